using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace ImrCite.Browser.Tests.Infrastructure;

/// <summary>
/// A page opened from a file:// URL with the network off: the context is offline, every request that is not for a
/// file is aborted and recorded, and every console error, uncaught exception and request is recorded, so a test can
/// assert that the page fetched nothing and reported nothing (<see cref="AssertClean"/>).
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>Requests for anything but a file.</summary>
    public ConcurrentQueue<string> NetworkRequests { get; } = new();

    /// <summary>
    /// Opens <paramref name="path"/>; with <paramref name="bypassCsp"/> the page's Content-Security-Policy is not
    /// applied (to inject axe-core, or to show that escaping alone keeps a letter's markup inert).
    /// </summary>
    public static async Task<PageSession> OpenAsync(IBrowser browser, string path, bool bypassCsp = false, int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = bypassCsp,
            Offline = true,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page);
        await context.RouteAsync("**/*", async route =>
        {
            if (IsLocal(route.Request.Url))
            {
                await route.ContinueAsync();
            }
            else
            {
                session.NetworkRequests.Enqueue("aborted: " + route.Request.Url);
                await route.AbortAsync();
            }
        });
        page.Request += (_, request) =>
        {
            if (!IsLocal(request.Url))
            {
                session.NetworkRequests.Enqueue(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                session.Errors.Enqueue($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => session.Errors.Enqueue("uncaught: " + error);
        await page.GotoAsync(Reports.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        return session;
    }

    private static bool IsLocal(string url) => url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal)
        || url.StartsWith("about:", StringComparison.Ordinal);

    /// <summary>Asserts that the page reported no error and asked the network for nothing.</summary>
    public void AssertClean()
    {
        Assert.True(Errors.IsEmpty, "The page reported errors:\n" + string.Join("\n", Errors));
        Assert.True(NetworkRequests.IsEmpty, "The page asked the network for:\n" + string.Join("\n", NetworkRequests.Distinct()));
    }

    /// <summary>Goes to another file in the same session.</summary>
    public Task GotoAsync(string path) => Page.GotoAsync(Reports.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

    /// <summary>The text of every element <paramref name="selector"/> matches.</summary>
    public async Task<IReadOnlyList<string>> TextsAsync(string selector) => await Page.Locator(selector).AllTextContentsAsync();

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}

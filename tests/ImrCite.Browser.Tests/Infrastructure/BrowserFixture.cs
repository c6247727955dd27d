using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using ImrCite.Testing;
using Microsoft.Playwright;
using Xunit;

namespace ImrCite.Browser.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for every browser test: Debian's <c>chromium</c> (<c>/usr/bin/chromium</c>, or the
/// executable <c>IMRCITE_CHROMIUM</c> names), driven by Playwright for .NET — Playwright's own browser download is not
/// used and does not work on the CI machines. When the browser is missing and the tests run as root (CI, a fresh
/// machine), the fixture installs it with apt-get; otherwise it fails and says what to install. It never skips.
/// axe-core comes from the npm package pinned in .ci/node, installed with <c>npm ci</c> when it is missing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian's package puts the browser.</summary>
    public const string DebianChromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>axe-core's script, from .ci/node/node_modules (pinned in .ci/node/package-lock.json).</summary>
    public string AxeScript { get; private set; } = "";

    /// <summary>The arguments Chromium runs with: headless, no sandbox (root in a container), nothing fetched in the background.</summary>
    public static IReadOnlyList<string> Arguments { get; } = new[]
    {
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
        "--disable-extensions", "--metrics-recording-only", "--no-default-browser-check",
    };

    public async Task InitializeAsync()
    {
        string chromium = EnsureChromium();
        AxeScript = EnsureAxe();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Arguments,
            Timeout = 120_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }

    /// <summary>The browser's path: installed with apt-get first when it is missing and the tests may install it.</summary>
    public static string EnsureChromium()
    {
        string? configured = Environment.GetEnvironmentVariable("IMRCITE_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"IMRCITE_CHROMIUM names {configured}, which does not exist.");
        }
        if (File.Exists(DebianChromium))
        {
            return DebianChromium;
        }
        if (!Environment.IsPrivilegedProcess || !File.Exists("/usr/bin/apt-get"))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {DebianChromium}: install Debian's package (sudo apt-get install chromium) " +
                "or set IMRCITE_CHROMIUM to a Chromium or Chrome executable. (Run as root, the tests install it themselves.)");
        }
        Run("/usr/bin/apt-get", RepositoryPaths.Root, TimeSpan.FromMinutes(10), "update");
        Run("/usr/bin/apt-get", RepositoryPaths.Root, TimeSpan.FromMinutes(15), "install", "-y", "--no-install-recommends", "chromium");
        return File.Exists(DebianChromium)
            ? DebianChromium
            : throw new InvalidOperationException($"apt-get install chromium did not install {DebianChromium}.");
    }

    /// <summary>axe-core's script: .ci/node's pinned packages are installed with npm ci when they are missing.</summary>
    public static string EnsureAxe()
    {
        string folder = RepositoryPaths.Combine(".ci", "node");
        string script = Path.Combine(folder, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(script))
        {
            Run("npm", folder, TimeSpan.FromMinutes(10), "ci", "--no-audit", "--no-fund");
        }
        return File.Exists(script)
            ? File.ReadAllText(script)
            : throw new InvalidOperationException($"{script} is missing after npm ci in {folder}: axe-core must be pinned in .ci/node/package.json.");
    }

    private static void Run(string program, string folder, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Cannot run {program} ({ex.Message}); the browser tests need it to install what they use.", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{program} {string.Join(' ', args)} did not finish within {timeout}.");
            }
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {output.Result}{error.Result}");
            }
        }
    }
}

/// <summary>The browser tests share one browser and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<Reports>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}

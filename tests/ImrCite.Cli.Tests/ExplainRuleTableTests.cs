using System;
using System.IO;
using ImrCite.Cli;
using ImrCite.Diagnostics;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// <c>imrcite explain</c> knows every rule of the rule table (src/ImrCite.Core/Diagnostics/Rules.cs), build
/// rules included. The table's agreement with the docs, the README, release tracking, the compiler's
/// descriptors and the package targets is tested in tests/ImrCite.Analyzers.Tests/RuleTable.
/// </summary>
public sealed class ExplainRuleTableTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Rules.All)
        {
            data.Add(rule.Id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ExplainShowsTheTablesRule(string id)
    {
        var rule = Rules.Find(id)!;
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CommandLine.Run(new[] { "explain", id }, output, error, new StringReader(""));
        Assert.Equal((int)ExitCode.Clean, code);
        Assert.Contains(rule.Id, output.ToString(), StringComparison.Ordinal);
        Assert.Contains(rule.Title, output.ToString(), StringComparison.Ordinal);
        Assert.Contains(rule.HelpPath, output.ToString(), StringComparison.Ordinal);
    }
}

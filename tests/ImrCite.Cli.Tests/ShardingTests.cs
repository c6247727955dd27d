using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ImrCite.Cli.Inputs;
using k8s;
using k8s.Models;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace ImrCite.Cli.Tests;

/// <summary>
/// Corpus scale: lint --shard i/n and merge give, for any n, the output of one run over all the letters (byte for
/// byte, JSON and SARIF); --files-from; the GitHub Actions and Kubernetes recipes run as written.
/// </summary>
public sealed class ShardingTests
{
    /// <summary>A folder of letters: the samples, synthetic variants of them in subfolders, and inputs that are not read.</summary>
    private static string Corpus()
    {
        string root = Tool.TempFolder("imrcite-corpus-");
        var samples = Directory.GetFiles(Tool.Samples, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        foreach (string sample in samples)
        {
            File.Copy(sample, Path.Combine(root, Path.GetFileName(sample)));
        }
        for (int i = 0; i < 24; i++)
        {
            string folder = Directory.CreateDirectory(Path.Combine(root, $"batch {i % 4}")).FullName;
            string text = File.ReadAllText(samples[i % samples.Count])
                .Replace("Page(s): 24.", $"Page(s): {20 + i}.", StringComparison.Ordinal)
                .Replace("Decision Date:", i % 3 == 0 ? "Decision Date: 0" : "Decision Date:", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, $"CM26-{i:D7}.txt"), text);
        }
        File.WriteAllBytes(Path.Combine(root, "batch 1", "binary.txt"), new byte[] { 1, 0, 2, 0, 0, 0, 3 });
        File.WriteAllText(Path.Combine(root, "batch 2", "notes.txt"), "Not a letter.\n");
        return root;
    }

    private static string Run(string format, params string[] args)
    {
        var (code, output, error) = Tool.Run(args.Concat(new[] { "--format", format }).ToArray());
        Assert.True(code is ExitCode.Clean or ExitCode.Findings, error);
        return output;
    }

    private static string Merge(IEnumerable<string> shardOutputs, string extension)
    {
        string folder = Tool.TempFolder();
        var files = shardOutputs.Select((text, i) =>
        {
            string file = Path.Combine(folder, $"shard-{i}.{extension}");
            File.WriteAllText(file, text);
            return file;
        }).ToArray();
        var (code, output, error) = Tool.Run(new[] { "merge" }.Concat(files).ToArray());
        Assert.True(code is ExitCode.Clean or ExitCode.Findings, error);
        return output;
    }

    [Theory]
    [InlineData(1, "json")]
    [InlineData(2, "json")]
    [InlineData(3, "json")]
    [InlineData(7, "json")]
    [InlineData(1, "sarif")]
    [InlineData(2, "sarif")]
    [InlineData(3, "sarif")]
    [InlineData(7, "sarif")]
    public void ShardsMergeIntoTheSingleRunByteForByte(int count, string format)
    {
        string corpus = Corpus();
        string single = Run(format, "lint", corpus);
        var shards = Enumerable.Range(0, count).Select(i => Run(format, "lint", corpus, "--shard", $"{i}/{count}")).ToList();
        if (count > 1)
        {
            Assert.All(shards, s => Assert.NotEqual(single, s));
        }
        Assert.Equal(single, Merge(shards, format));
    }

    [Fact]
    public void EachLetterIsInExactlyOneShardWhateverTheMachine()
    {
        string corpus = Corpus();
        var all = LetterFiles.Expand(new[] { corpus }, null, null, TextWriter.Null).Inputs.Select(i => i.Path).ToList();
        for (int count = 1; count <= 7; count++)
        {
            var owners = all.Select(path => Enumerable.Range(0, count).Where(i => new Shard(i, count).Contains(path)).ToList()).ToList();
            Assert.All(owners, o => Assert.Single(o));
        }
        // The split is by the path alone (a fixed hash): "./letters/a.txt" and "letters/a.txt" agree.
        Assert.Equal(new Shard(1, 3).Contains("letters/a.txt"), new Shard(1, 3).Contains("./letters/a.txt"));
        Assert.True(Shard.TryParse("2/3", out var shard) && shard == new Shard(2, 3));
        Assert.False(Shard.TryParse("3/3", out _));
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("lint", corpus, "--shard", "1of3").Code);
    }

    [Fact]
    public void FilesFromReadsAListOrStandardInput()
    {
        string corpus = Corpus();
        var letters = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        string list = Path.Combine(Tool.TempFolder(), "list.txt");
        File.WriteAllLines(list, letters.Prepend("# an object-store listing").Append(""));
        string direct = Run("json", new[] { "lint" }.Concat(letters).ToArray());
        Assert.Equal(direct, Run("json", "lint", "--files-from", list));
        var (_, fromStdin, _) = Tool.RunWithInput(string.Join("\n", letters), "lint", "--files-from", "-", "--format", "json");
        Assert.Equal(direct, fromStdin);
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("lint", "--files-from", Path.Combine(corpus, "missing.txt")).Code);
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("lint").Code);
    }

    [Fact]
    public void MergeRefusesMixedOrForeignInputs()
    {
        string corpus = Corpus();
        string folder = Tool.TempFolder();
        string json = Path.Combine(folder, "a.json");
        string sarif = Path.Combine(folder, "b.sarif");
        File.WriteAllText(json, Run("json", "lint", corpus, "--shard", "0/2"));
        File.WriteAllText(sarif, Run("sarif", "lint", corpus, "--shard", "1/2"));
        var (code, _, error) = Tool.Run("merge", json, sarif);
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Contains("merge outputs of one format", error, StringComparison.Ordinal);
        string other = Path.Combine(folder, "c.json");
        File.WriteAllText(other, "{ \"something\": [] }");
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("merge", other).Code);
    }

    /// <summary>The folded command of a recipe, with its shell variable set and the letters' path replaced.</summary>
    private static string[] Arguments(string command, string letters, string output)
    {
        string cut = command[(command.IndexOf("imrcite ", StringComparison.Ordinal) + "imrcite ".Length)..];
        cut = Regex.Split(cut, @"\s*(\|\||;|&&)\s*")[0];
        return Regex.Matches(cut, "\"[^\"]*\"|\\S+").Select(m => m.Value.Trim('"'))
            .Select(a => a == "letters" ? letters : a)
            .Select(a => a.Contains(".sarif", StringComparison.Ordinal) || a.Contains(".json", StringComparison.Ordinal) ? Path.Combine(output, Path.GetFileName(a)) : a)
            .ToArray();
    }

    [Fact]
    public void TheGitHubActionsRecipeRunsAsWrittenAndItsMergeEqualsOneRun()
    {
        string workflow = RepositoryFiles.Read("deploy", "github-actions", "imrcite-sharded.yml");
        Assert.Contains(workflow, RepositoryFiles.Read("docs", "recipes", "sharding.md"), StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(workflow));
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        var lint = (YamlMappingNode)jobs["lint"];
        var shards = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)lint["strategy"])["matrix"])["shard"]).Select(n => n.ToString()).ToList();
        string Step(YamlMappingNode job, string contains) => ((YamlSequenceNode)job["steps"]).OfType<YamlMappingNode>()
            .Select(s => s.Children.TryGetValue("run", out var run) ? run.ToString() : "").Single(r => r.Contains(contains, StringComparison.Ordinal));
        string lintCommand = Step(lint, "imrcite lint");
        string mergeCommand = Step((YamlMappingNode)jobs["merge"], "imrcite merge");
        int count = int.Parse(Regex.Match(lintCommand, @"--shard \$\{\{ matrix\.shard \}\}/(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), shards);

        string corpus = Corpus();
        string output = Tool.TempFolder();
        foreach (string shard in shards)
        {
            var (code, _, error) = Tool.Run(Arguments(lintCommand.Replace("${{ matrix.shard }}", shard, StringComparison.Ordinal), corpus, output));
            Assert.True(code is ExitCode.Clean or ExitCode.Findings, error);
        }
        var merged = Tool.Run(Arguments(mergeCommand, corpus, output));
        Assert.Equal(ExitCode.Findings, merged.Code); // the samples hold errors on purpose
        Assert.Equal(Run("sarif", "lint", corpus), File.ReadAllText(Path.Combine(output, "imrcite.sarif")));
    }

    [Fact]
    public void TheKubernetesManifestIsAValidIndexedJobAndAWrongFieldFails()
    {
        string manifest = RepositoryFiles.Read("deploy", "kubernetes", "imrcite-lint-job.yaml");
        Assert.Contains(manifest, RepositoryFiles.Read("docs", "recipes", "sharding.md"), StringComparison.Ordinal);
        var job = KubernetesYaml.Deserialize<V1Job>(manifest, strict: true);
        Assert.Equal("batch/v1", job.ApiVersion);
        Assert.Equal("Job", job.Kind);
        Assert.Equal("Indexed", job.Spec.CompletionMode);
        Assert.Equal("Never", job.Spec.Template.Spec.RestartPolicy);
        var container = Assert.Single(job.Spec.Template.Spec.Containers);
        string command = string.Join(" ", container.Args);
        Assert.Contains($"--shard \"$JOB_COMPLETION_INDEX/{job.Spec.Completions}\"", command, StringComparison.Ordinal);
        Assert.All(container.VolumeMounts, m => Assert.Contains(job.Spec.Template.Spec.Volumes, v => v.Name == m.Name));

        // The check is real: a misspelt field, or a field in the wrong place, is refused.
        Assert.ThrowsAny<Exception>(() => KubernetesYaml.Deserialize<V1Job>(manifest.Replace("completionMode:", "completionMod:", StringComparison.Ordinal), strict: true));
        Assert.ThrowsAny<Exception>(() => KubernetesYaml.Deserialize<V1Job>(manifest.Replace("      restartPolicy: Never", "      restartPolicy: Never\n      completions: 8", StringComparison.Ordinal), strict: true));

        // Its pods, run here one index at a time, merge into one run over the listed letters.
        string corpus = Corpus();
        string list = Path.Combine(Tool.TempFolder(), "list.txt");
        File.WriteAllLines(list, Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories));
        string results = Tool.TempFolder();
        var outputs = new List<string>();
        for (int index = 0; index < job.Spec.Completions; index++)
        {
            var arguments = Arguments(command.Replace("$JOB_COMPLETION_INDEX", index.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("/letters/list.txt", list, StringComparison.Ordinal), corpus, results);
            var (code, _, error) = Tool.Run(arguments);
            Assert.True(code is ExitCode.Clean or ExitCode.Findings, error);
            outputs.Add(Path.Combine(results, $"shard-{index}.json"));
        }
        var merged = Tool.Run(new[] { "merge" }.Concat(outputs).ToArray());
        Assert.Equal(Run("json", "lint", "--files-from", list), merged.Output);
    }
}

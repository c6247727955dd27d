using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ImrCite.Citations;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// <see cref="NameTrie{T}"/> keeps a node's children in two fields while it has one and in a dictionary once it has
/// more. Whatever the shape, <see cref="NameTrie{T}.Longest"/> and <see cref="NameTrie{T}.Ends"/> must find what a plain
/// reference finds: every name compared, as word stems, with the content words of the text from the start — names of
/// any length that share first words, plurals that share a stem, qualifiers in the text that the walk passes over.
/// </summary>
public sealed class NameTrieTests
{
    // Content words (two share a stem: "study", "studies") and qualifier words the walk skips ("chapter", "guidelines").
    private static readonly string[] NameWords = { "low", "back", "pain", "neck", "knee", "study", "studies", "opioids", "opioid", "use", "criteria", "acute" };
    private static readonly string[] TextOnlyWords = { "chapter", "guidelines", "unknown", "elbow" };

    private static Gen<string[]> Names() =>
        Gen.OneOfConst(NameWords).Array[1, 5].Select(words => string.Join(' ', words)).Array[1, 30];

    private static Gen<string> Text() =>
        Gen.Frequency((5, Gen.OneOfConst(NameWords)), (1, Gen.OneOfConst(TextOnlyWords)))
            .Array[0, 12]
            .Select(words => string.Join(' ', words));

    /// <summary>A name's stems: its content words, each as <see cref="NameTrie{T}.Stem"/> reads it.</summary>
    private static string StemsOf(NameWordList words, int start, int end)
    {
        var stems = new List<string>();
        for (int k = start; k < end; k++)
        {
            if (!words[k].IsSkipped)
            {
                stems.Add(NameTrie<object>.Stem(words[k].Key));
            }
        }
        return string.Join(' ', stems);
    }

    [Fact]
    public void LongestAndEndsFindWhatComparingEveryNameFinds()
    {
        Gen.Select(Names(), Text()).Sample((names, text) =>
        {
            var table = new WordTable();
            var trie = new NameTrie<string>(table);
            foreach (string name in names)
            {
                trie.Add(name, name);
            }
            var byStems = names.GroupBy(name => { var w = NameTokenizer.Read(name, 0, name.Length); return StemsOf(w, 0, w.Count); })
                .ToDictionary(group => group.Key, group => group.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            var words = NameTokenizer.Read(text, new[] { (0, text.Length) }, table);
            var entries = new List<string>();
            for (int start = 0; start < words.Count; start++)
            {
                int expectedEnd = -1;
                ulong expectedEnds = 0;
                if (!words[start].IsSkipped)
                {
                    for (int end = start + 1; end <= words.Count; end++)
                    {
                        if (!words[end - 1].IsSkipped && byStems.ContainsKey(StemsOf(words, start, end)))
                        {
                            expectedEnd = end;
                            expectedEnds |= 1UL << (end - start);
                        }
                    }
                }
                Assert.Equal(expectedEnd, trie.Longest(words, start, words.Count, entries));
                Assert.Equal(expectedEnds, trie.Ends(words, start, words.Count));
                var expectedEntries = expectedEnd < 0 ? new HashSet<string>() : byStems[StemsOf(words, start, expectedEnd)];
                Assert.Equal(expectedEntries.OrderBy(e => e, StringComparer.Ordinal), entries.OrderBy(e => e, StringComparer.Ordinal));
                Assert.Equal(entries.Count, entries.Distinct().Count());
            }
        }, iter: 2000);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// The validator reads citation text against the catalogue's word table, whose words carry what the qualifier grammar
/// knows of them (<see cref="NameQualifiers.FlagsOf"/>), worked out once. Reading the same text without the table
/// works every flag out from the word's own string. Both readings must classify every word alike, on the name grammar
/// tests' catalogue and strings of our own.
/// </summary>
public sealed class NameWordFlagsTests
{
    public static IEnumerable<object[]> Texts()
    {
        string[] texts =
        {
            "Decision based on MTUS Pain Treatment Guidelines 2009, Opioids Page(s): 74-80",
            "Non-MTUS Citation SEN Low Back (Acute & Chronic) Procedure Summary (updated 11/16/16), Lumbar supports",
            "SEN Low Back Chapter (Online Version) Treatment Index, Web Version, Lumbar supports",
            "MTUS Drug List v11.1, version 7, Version 12 ver 3, 3rd ed., Third Edition, 21st Annual Edition",
            "Chapter 12, Chapter: Procedure Review, 2016-08-11 and 11-16-16 and Table 12-8, 9792.2016",
            "(see as accessed on Jan 2017) [Current Version] (latest version), (s) (the 2nd ed) PROCEDURE SUMMARIES",
            "Reiter's Post-operative EMG/NCS Electro-\n  diagnostic, Ünïcödé ÀCUTE, Low Back, " + new string('x', 70) + "Y",
        };
        return texts.Select(text => new object[] { text });
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void WordsReadAgainstTheTableAreClassifiedAsWithout(string text)
    {
        var loaded = CatalogueLoader.FromText(("grammar.imrcite.json", NameGrammarTests.Json)); // the name grammar tests' catalogue
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == ImrSeverity.Error);
        var table = CatalogueNameIndex.For(loaded.Catalogue).Words;

        var withTable = NameTokenizer.Read(text, new[] { (0, text.Length) }, table);
        var without = NameTokenizer.Read(text, 0, text.Length);

        Assert.Equal(Describe(without), Describe(withTable));
        Assert.Contains(withTable, word => word.StemId != WordTable.NoStem); // the table was used
    }

    [Theory]
    [InlineData("procedure", (int)(WordFlags.PhraseFirst))]
    [InlineData("summary", (int)(WordFlags.PhraseSecond))]
    [InlineData("v11", (int)(WordFlags.Version))]
    [InlineData("ver", (int)(WordFlags.Version))]
    [InlineData("3rd", (int)(WordFlags.Ordinal))]
    [InlineData("2016", (int)(WordFlags.Number))]
    [InlineData("mtus", (int)(WordFlags.Filler))]
    [InlineData("acute", (int)(WordFlags.Group))]
    [InlineData("edn", (int)(WordFlags.EditionWord))]
    [InlineData("chapter", (int)(WordFlags.Qualifier | WordFlags.Filler | WordFlags.Chapter))]
    [InlineData("version", (int)(WordFlags.Qualifier | WordFlags.Group | WordFlags.PhraseSecond | WordFlags.Version))]
    [InlineData("opioids", (int)(WordFlags.None))]
    [InlineData("v", (int)(WordFlags.Version))]
    [InlineData("vx1", (int)(WordFlags.None))]
    public void FlagsSayWhatTheGrammarKnowsOfAWord(string key, int expected) =>
        Assert.Equal((WordFlags)expected, NameQualifiers.FlagsOf(key)); // an int: the enum is internal, the test public

    [Fact]
    public void AWordLongerThanTheStackBufferIsReadWhole()
    {
        string longWord = string.Concat(Enumerable.Repeat("Abc", 50));
        string text = "Opioids " + longWord + ", Low Back";
        var words = NameTokenizer.Read(text, 0, text.Length);
        Assert.Equal(new[] { "opioids", longWord.ToLowerInvariant(), "low", "back" }, words.Select(w => w.Key));
        Assert.Equal(text.IndexOf(longWord, StringComparison.Ordinal), words[1].Start);
        Assert.Equal(NameSeparator.Comma, words[2].Before);
    }

    private static string[] Describe(NameWordList words) =>
        words.Select(w => $"{w.Key}@{w.Start}-{w.End} {w.Before} d{w.Depth} j{w.JoinedAt} {w.Kind} {w.Selector} {w.Flags}").ToArray();
}

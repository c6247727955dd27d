using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using ImrCite.Catalogue;
using ImrCite.Cli.Letters;
using ImrCite.Reliability.Tests.Support;
using ImrCite.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Reliability.Tests;

/// <summary>
/// The letter structure (<see cref="LetterReader.Read"/>, a hand-written scanner) reads every text exactly as the
/// regular expressions it replaced did (<see cref="RegexLetterReader"/>, the oracle): the decision date, each disputed
/// item's text, decision and line, and its three blocks — on generated letter-shaped texts and on noise; and it takes
/// time linear in the text on the shapes that are hostile to a pattern matcher.
/// </summary>
public sealed class LetterStructureProperties
{
    private readonly ITestOutputHelper _output;

    public LetterStructureProperties(ITestOutputHelper output) => _output = output;

    /// <summary>Pieces of determination letters, and the near misses and characters the grammar must tell apart.</summary>
    private static readonly string[] Fragments =
    {
        "Norco 10/325 mg #60", "Lumbar MRI", "x", "A", " ", "  ", "\t", " \t ", ":", ": ", " : ", ":\t", "::", "\n", "\n", "\n", "\r\n", "\r", "\n\n",
        "Upheld", "upheld", "UPHELD", "uPhElD", "Overturned", "oVERTURNED", "Partially Overturned", "partially overturned",
        "Partially  Overturned", "Partially", "Partially\nOverturned", "Upheld.", "Upheld:", "Uphel", "pheld",
        "Claims Administrator guideline", "claims administrator GUIDELINE", "Claims Administrator guideline:", "Claims  Administrator guideline",
        "MAXIMUS guideline", "maximus Guideline:", "Expert Reviewer guideline", "EXPERT REVIEWER GUIDELINE:", "Decision rationale",
        "Decision rationale:", "Decision  rationale", "decision RATIONALE", "guideline", "rationale", "Decision based on MTUS",
        "IMR ISSUES, DECISIONS AND RATIONALES", "imr issues, decisions and rationales", "Decision Date:", "decision date:", "Decision Date",
        "Decision Date: 3/4/2015", "Decision Date:\t12/31/2016", "Decision Date:12/1/20155", "Decision Date: 13/45/2015",
        "Decision Date: 2/29/2015", "Decision Date: 123/4/2015", "12/", "1/", "/", "2015", "1", "12", "0",
        "original request,", "original request, ", "The remaining IMR eligible portion of the original request,", " is", " are", "is", "are",
        "===", "=== page 2 ===", "set forth below", "as set forth below:", ".", "\u00A0", "\u2028", "\u0085", "\v", "\f",
        "\u212A", "\u017F", "\u0130", "\u0131", "\u00C4", "\u0663", "\u0662\u0660\u0661\u0665", "\uD800", "\U0001F600",
        // Layouts: words of a phrase apart by doubled, no-break or broken white space.
        "Claims\nAdministrator guideline", "MAXIMUS\u00A0guideline:", "Decision \n rationale", "Partially\u00A0 Overturned", "Decision  Date:",
        "Decision\nDate: 3/4/2015", "IMR  ISSUES, DECISIONS\nAND RATIONALES", "original\nrequest,", "set  forth\u00A0below",
    };

    /// <summary>Letter-shaped text: fragments in any order, joined or not, with stray characters.</summary>
    private static readonly Gen<string> LetterShapes = Gen.Int[0, Fragments.Length - 1].Array[0, 60].Select(Gen.Bool.Array[60], Gen.Char.Array[0, 3], (picks, joined, noise) =>
    {
        var text = new StringBuilder();
        for (int i = 0; i < picks.Length; i++)
        {
            text.Append(Fragments[picks[i]]);
            if (!joined[i])
            {
                text.Append(' ');
            }
        }
        return text.Append(noise).ToString();
    });

    /// <summary>Noise over the grammar's own characters, so every near miss is tried.</summary>
    private static readonly Gen<string> Noise = Gen.Char["UuPpHhEeLlDdOoVvRrTtNnAaIiYy :\t\n\r./0123456789\u00A0\u212A"].Array[0, 200].Select(chars => new string(chars));

    [Fact]
    public void ReadsLetterShapesAsTheRegexesDid()
    {
        var counter = new Budget.Counter();
        var watch = Stopwatch.StartNew();
        LetterShapes.Sample(text =>
        {
            counter.Add();
            AssertSameAsOracle(text);
        }, iter: Budget.Iterations(4000), threads: Budget.Threads, print: CatalogueTexts.Show);
        Budget.Report(nameof(ReadsLetterShapesAsTheRegexesDid), counter.Cases, 0, watch.Elapsed);
    }

    [Fact]
    public void ReadsNoiseAsTheRegexesDid()
    {
        var counter = new Budget.Counter();
        var watch = Stopwatch.StartNew();
        Noise.Sample(text =>
        {
            counter.Add();
            AssertSameAsOracle(text);
        }, iter: Budget.Iterations(4000), threads: Budget.Threads, print: CatalogueTexts.Show);
        Budget.Report(nameof(ReadsNoiseAsTheRegexesDid), counter.Cases, 0, watch.Elapsed);
    }

    [Fact]
    public void ReadsTheSampleLettersAsTheRegexesDid()
    {
        var letters = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", "letters"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "consumer", "letters"), "*.txt"))
            .ToList();
        Assert.NotEmpty(letters);
        foreach (string path in letters)
        {
            string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.NotEmpty(LetterReader.Read(text).Items);
            AssertSameAsOracle(text);
            AssertSameAsOracle(text.Replace("\n", "\r\n", StringComparison.Ordinal)); // as Read would see a letter it were given unconverted
        }
    }

    /// <summary>
    /// The one place the scanner differs on purpose: the regex form threw <see cref="FormatException"/> on a decision
    /// date whose month or day is in digits beyond ASCII (\d matched them, int.Parse refused them); the scanner reads
    /// no date there.
    /// </summary>
    [Fact]
    public void ADecisionDateInOtherDigitsIsNoDateRatherThanACrash()
    {
        string text = "Decision Date: \u0663/4/2015\nIMR ISSUES, DECISIONS AND RATIONALES\n\nAn item: Upheld\n";
        Assert.Throws<FormatException>(() => RegexLetterReader.Date(text));
        var structure = LetterReader.Read(text);
        Assert.Null(structure.DecisionDate);
        Assert.Equal("An item", Assert.Single(structure.Items).Text);
        Assert.Equal(new GuidelineDate(2015, 3, 4), LetterReader.Read("Decision Date: 3/4/2015\n").DecisionDate);
    }

    /// <summary>Anchor words, their near misses, and characters on each side of a word boundary.</summary>
    private static readonly string[] AnchorFragments =
    {
        "MTUS", "ACOEM", "ODG", "Official Disability Guidelines", "C.C.R.", "CCR", "Chronic Pain Medical Treatment Guidelines",
        "Chronic Pain Treatment Guidelines", "Chronic Pain Medical Guidelines", "Chronic Pain", "mtus", "MTU", "C.C.R", "C.C.", "OD",
        "Official Disability", "9792.20", " ", ".", ",", "(", ")", "-", "_", "x", "7", "\n", "\u00E9", "\u0301", "\u0903", "\u0661",
        "\u200C", "\u200D", "\u200B", "\u00AD", "\u00A0", "\uD83D", "\u2160", "\u02B0", "\u01C5",
        // Layouts: a name's words apart by other white space, "Official" drawn with a ligature.
        "O\uFB03cial Disability Guidelines", "Of\uFB01cial\u00A0Disability Guidelines", "O\uFB00icial Disability\nGuidelines", "\uFB01", "\uFB03",
        "Chronic  Pain\nMedical Treatment Guidelines", "Chronic\u00A0Pain Treatment  Guidelines",
    };

    /// <summary>A text and a window in it, as the linter searches a rationale.</summary>
    private static readonly Gen<(string Text, int Start, int Length)> AnchorTexts =
        Gen.Int[0, AnchorFragments.Length - 1].Array[0, 30].SelectMany(picks =>
        {
            string text = string.Concat(picks.Select(pick => AnchorFragments[pick]));
            return Gen.Int[0, text.Length].SelectMany(start => Gen.Int[0, text.Length - start].Select(length => (text, start, length)));
        });

    [Fact]
    public void FindsAnchorsAsTheRegexDid()
    {
        var counter = new Budget.Counter();
        var watch = Stopwatch.StartNew();
        AnchorTexts.Sample(input =>
        {
            counter.Add();
            var (text, start, length) = input;
            var expected = RegexLetterReader.Anchors(text, start, length);
            var found = new System.Collections.Generic.List<(int Index, int Length)>();
            var window = text.AsSpan(start, length);
            for (int at = 0, index; (index = LetterGrammar.NextAnchor(window, at, out int matched)) >= 0; at = index + matched)
            {
                found.Add((start + index, matched));
            }
            if (!expected.SequenceEqual(found))
            {
                throw new InvalidOperationException($"Anchors at {string.Join(", ", found)} where the regex found {string.Join(", ", expected)}.");
            }
        }, iter: Budget.Iterations(4000), threads: Budget.Threads, print: input => CatalogueTexts.Show(input.Text) + $" [{input.Start}, +{input.Length})");
        Budget.Report(nameof(FindsAnchorsAsTheRegexDid), counter.Cases, 0, watch.Elapsed);
    }

    /// <summary>Every character is a word character to the scanner exactly when it is one to the regex's word boundary.</summary>
    [Fact]
    public void WordCharactersAreTheRegexes()
    {
        var boundary = new System.Text.RegularExpressions.Regex(@"\BMTUS", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(boundary.IsMatch((char)c + "MTUS") == LetterGrammar.IsWordCharacter((char)c), $"U+{c:X4}");
        }
    }

    /// <summary>
    /// Every character that matches a letter of the grammar's words case-insensitively to the regexes (the ASCII pair, and
    /// whatever else the invariant culture's case table holds) is read as the regexes read it, at every place of every word.
    /// </summary>
    [Fact]
    public void TheGrammarsWordsIgnoreCaseAsTheRegexesDid()
    {
        string[] words = { "Upheld", "Overturned", "Partially Overturned", "Claims Administrator guideline", "MAXIMUS guideline", "Expert Reviewer guideline", "Decision rationale", "Decision Date" };
        const string Letter = "Decision Date: 3/4/2015\nIMR ISSUES, DECISIONS AND RATIONALES\nNorco 10/325 #60: Upheld\nClaims Administrator guideline: MTUS.\n"
            + "MAXIMUS guideline: MTUS.\nExpert Reviewer guideline: ODG.\nDecision rationale: MTUS.\nLumbar MRI:\nPartially Overturned\nDecision rationale: ODG.\n";
        var equivalents = new System.Collections.Generic.Dictionary<char, System.Collections.Generic.List<char>>();
        foreach (char letter in words.SelectMany(w => w).Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).Distinct())
        {
            var one = new System.Text.RegularExpressions.Regex("^" + letter + "$",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            var found = new System.Collections.Generic.List<char>();
            for (int c = 0; c <= char.MaxValue; c++)
            {
                if (one.IsMatch(((char)c).ToString()))
                {
                    found.Add((char)c);
                }
            }
            Assert.Contains(letter, found);
            Assert.Contains(char.ToUpperInvariant(letter), found);
            equivalents[letter] = found;
        }
        int cases = 0;
        foreach (string word in words)
        {
            Assert.Contains(word, Letter, StringComparison.Ordinal);
            for (int k = 0; k < word.Length; k++)
            {
                if (!char.IsAsciiLetter(word[k]))
                {
                    continue;
                }
                foreach (char c in equivalents[char.ToLowerInvariant(word[k])])
                {
                    string variant = word[..k] + c + word[(k + 1)..];
                    AssertSameAsOracle(Letter.Replace(word, variant, StringComparison.Ordinal));
                    cases++;
                }
            }
        }
        _output.WriteLine($"{cases} variants; beyond ASCII: {string.Join(", ", equivalents.SelectMany(e => e.Value.Where(c => c > 127).Select(c => $"{e.Key}=U+{(int)c:X4}")))}");
    }

    [Fact]
    public void ManyNearMissAnchors()
    {
        Scaling.AssertLinear(_output, "anchor words, n near misses in one rationale",
            n => string.Concat(Enumerable.Repeat("MTUSx C.C.R. Chronic Pain Medical Guidelines OfficialODG ", n)), text =>
            {
                for (int at = 0, index; (index = LetterGrammar.NextAnchor(text, at, out int matched)) >= 0; at = index + matched)
                {
                }
            }, 1000);
    }

    private static void AssertSameAsOracle(string text)
    {
        var read = LetterReader.Read(text);
        GuidelineDate? expectedDate;
        try
        {
            expectedDate = RegexLetterReader.Date(text);
        }
        catch (FormatException)
        {
            expectedDate = null; // see ADecisionDateInOtherDigitsIsNoDateRatherThanACrash
        }
        if (read.DecisionDate != expectedDate)
        {
            throw new InvalidOperationException($"Decision date {read.DecisionDate} where the regexes read {expectedDate}.");
        }
        var expected = RegexLetterReader.Items(text);
        if (!expected.SequenceEqual(read.Items))
        {
            throw new InvalidOperationException("Items differ.\nregexes: " + string.Join("\n         ", expected)
                + "\nscanner: " + string.Join("\n         ", read.Items));
        }
    }

    // Linear time on the shapes hostile to a pattern matcher: each is a ratio of two sizes in one run.

    [Fact]
    public void AMegabyteOnOneLine()
    {
        Scaling.AssertLinear(_output, "letter structure, one line of n words with colons and decisions but no item line",
            n => "IMR ISSUES, DECISIONS AND RATIONALES\n" + string.Concat(Enumerable.Repeat("Upheld x: Overturned y \t", n)), Read, 4000);
    }

    [Fact]
    public void ALineOfBlanksBeforeTheDecision()
    {
        Scaling.AssertLinear(_output, "letter structure, n blanks between an item's colon and a decision that is not there",
            n => "Item:" + new string(' ', n) + "\n" + new string('\t', n) + "Upheld x\n", Read, 20000);
    }

    [Fact]
    public void ThousandsOfItems()
    {
        Scaling.AssertLinear(_output, "letter structure, n items with their three blocks",
            n => "IMR ISSUES, DECISIONS AND RATIONALES\n" + string.Concat(Enumerable.Range(0, n).Select(i =>
                $"Item {i}:\nUpheld\nClaims Administrator guideline: Decision based on MTUS.\nMAXIMUS guideline: Decision based on MTUS.\nDecision rationale: MTUS.\n")), Read, 500);
    }

    [Fact]
    public void ItemsThatAllWrap()
    {
        Scaling.AssertLinear(_output, "letter structure, n item lines each after a line that wraps onto it",
            n => string.Concat(Enumerable.Range(0, n).Select(i => $"Norco 10/325 m\ng #{i}: Partially Overturned\n")), Read, 500);
    }

    [Fact]
    public void NearMissLabels()
    {
        Scaling.AssertLinear(_output, "letter structure, n near-miss labels in one item's block",
            n => "Item: Upheld\n" + string.Concat(Enumerable.Repeat("Claims Administrator guidelin: MAXIMUS guideline \t Decision rationale ;Decision Date: 1/", n)), Read, 1000);
    }

    [Fact]
    public void PageBreaksWithFurnitureAroundEach()
    {
        Scaling.AssertLinear(_output, "page furniture, n page breaks each between a footer and a running head",
            n => "Case Number: CM17-0000001\n" + string.Concat(Enumerable.Range(1, n).Select(i =>
                $"Decision based on ODG Low Back -\n\nCM17-0000001   Page {i} of {n}\n\fCase Number: CM17-0000001\n\nLumbar & Thoracic.\n")), Furniture, 500);
    }

    [Fact]
    public void PageBreaksBetweenLongLinesAndNearMissFooters()
    {
        Scaling.AssertLinear(_output, "page furniture, n form feeds between long lines, blank lines and near-miss footers",
            n => "Case Number: CM17-0000001\n" + string.Concat(Enumerable.Repeat(new string('x', 300) + "\n \n\t\nPage 1 of\nCM17-0000001 Page\n\f\f\n", n)), Furniture, 200);
    }

    [Fact]
    public void TheOwnCaseNumberRepeatedOnOneLongLine()
    {
        Scaling.AssertLinear(_output, "page furniture, the letter's case number n times on one line",
            n => "Case Number: CM17-0000001\n" + string.Concat(Enumerable.Repeat("CM17-0000001 Page 1 of 2 ", n)), Furniture, 1000);
    }

    private static void Read(string text) => LetterReader.Read(text);

    private static void Furniture(string text) => PageFurniture.Blank(text, isPdf: false);
}

using System;
using System.Linq;
using System.Text;
using ImrCite.Diagnostics;
using ImrCite.Testing;
using ImrCite.Tests.Support;
using Xunit;
using static ImrCite.Tests.Support.Catalogues;

namespace ImrCite.Tests;

/// <summary>What reading one catalogue file reports: JSON syntax, unknown and missing fields, bad values.</summary>
public sealed class CatalogueReaderTests
{
    // ---- IMR0001: JSON syntax ------------------------------------------------------------------

    [Fact]
    public void MissingCommaBetweenPropertiesOnOneLineIsReportedAtTheTokenAfterTheGap()
    {
        const string text = """
            {
              "$schema": "../imrcite-catalogue.schema.json",
              "sources": [
                { "id": "acoem", "name": "ACOEM", "tier": "guideline" },
                { "id": "mtus" "name": "MTUS", "tier": "mtus" }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0001");
        Assert.Equal(5, diagnostic.Location.StartLine);
        Assert.Equal(20, diagnostic.Location.StartColumn); // the '"' of "name", where the ',' is missing
        Assert.Equal(ImrSeverity.Error, diagnostic.Severity);
        Assert.Equal(DefaultPath, diagnostic.Location.Path);
    }

    [Fact]
    public void MissingCommaAtTheEndOfLine5IsReportedAtTheStartOfLine6()
    {
        const string text = """
            {
              "sources": [
                {
                  "id": "mtus",
                  "name": "MTUS"
                  "tier": "mtus"
                }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0001");
        Assert.Equal((6, 7), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
        Assert.Contains("','", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntaxErrorAfterNonAsciiTextColumnCountsUtf16CodeUnits()
    {
        // 'é', '—', curly quotes (one UTF-16 unit each, 2-3 UTF-8 bytes) and an emoji (two units, four bytes).
        const string text = """
            {
              "sources": [
                { "id": "mtus", "name": "Médical — “Schedule” 😀", "tier": "mtus" } { "id": "x" }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0001");
        Assert.Equal((3, 73), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
        AssertAt(diagnostic, text, "{ \"id\": \"x\" }");
    }

    [Fact]
    public void SyntaxErrorInCrLfFileIsOnTheRightLineAndColumn()
    {
        string text = string.Join("\r\n",
            "{",
            "  \"sources\": [",
            "    { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" }",
            "    { \"id\": \"odg\" }",
            "  ]",
            "}",
            "");
        var diagnostic = AssertSingle(Load(text), "IMR0001");
        Assert.Equal((4, 5), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void SyntaxErrorInFileWithOldMacLineEndingsIsOnTheRightLine()
    {
        string text = string.Join("\r",
            "{",
            "  \"sources\": [",
            "    { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" }",
            "    { \"id\": \"odg\" }",
            "  ]",
            "}");
        var diagnostic = AssertSingle(Load(text), "IMR0001");
        Assert.Equal((4, 5), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void SyntaxErrorAfterMultiLineAndNonAsciiCommentsIsOnTheRightLineAndColumn()
    {
        const string text = """
            {
              /* a comment
                 over three lines, with é and 😀 */
              // and a line comment — “quoted”
              "sources": [
                { "id": "mtus" "name": "M" }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0001");
        Assert.Equal((6, 20), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void SyntaxErrorInCrLfFileWithNonAsciiTextIsOnTheRightLineAndColumn()
    {
        string text = string.Join("\r\n",
            "{",
            "  \"sources\": [",
            "    { \"id\": \"mtus\", \"name\": \"Médical — 😀\", \"tier\": \"mtus\" }",
            "    { \"id\": \"é\" } { }",
            "  ]",
            "}");
        var diagnostic = AssertSingle(Load(text), "IMR0001");
        Assert.Equal((4, 5), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void TruncatedFileIsReportedAtTheEnd()
    {
        const string text = "{\n  \"sources\": [\n";
        var diagnostic = AssertSingle(Load(text), "IMR0001");
        Assert.Equal((3, 1), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
        Assert.Equal(text.Length, diagnostic.Location.Start);
    }

    [Fact]
    public void UnterminatedStringIsASyntaxError()
    {
        const string text = """
            {
              "sources": [
                { "id": "mtus", "name": "MTUS, "tier": "mtus" }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0001");
        Assert.Equal(3, diagnostic.Location.StartLine);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("// only a comment")]
    public void FileWithoutAValueIsASyntaxError(string text)
    {
        var diagnostic = AssertSingle(Load(text), "IMR0001");
        Assert.InRange(diagnostic.Location.Start, 0, text.Length);
        Assert.Equal(TextPositions.PositionOf(text, diagnostic.Location.Start), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Theory]
    [InlineData("{ } x", 5)]
    [InlineData("{ } { }", 5)]
    [InlineData("{ \"sources\": [] } ]", 19)]
    public void ContentAfterTheTopLevelObject_IsReportedWhereItStarts(string text, int column)
    {
        var diagnostic = AssertSingle(Load(text), "IMR0001");
        Assert.Equal((1, column), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void CommentsAndTrailingCommasAreAccepted()
    {
        const string text = """
            {
              // People edit these files by hand.
              "sources": [
                { "id": "mtus", "name": "MTUS", "tier": "mtus", }, /* trailing comma above */
              ],
            }
            """;
        AssertClean(Load(text));
    }

    [Fact]
    public void TopLevelArrayIsAnInvalidValueAtTheArray()
    {
        var diagnostic = AssertSingle(Load("\n  [ ]"), "IMR0004");
        Assert.Equal((2, 3), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    // ---- IMR0002: unknown fields ---------------------------------------------------------------

    [Fact]
    public void UnknownFieldAtTopLevelIsReportedAtTheFieldName()
    {
        const string text = """
            {
              "sources": [],
              "document": []
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0002");
        AssertAt(diagnostic, text, "\"document\"");
        Assert.Contains("'document'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("documents", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFieldInNestedSectionIsReportedAtTheFieldName()
    {
        const string text = """
            {
              "sources": [ { "id": "mtus", "name": "MTUS", "tier": "mtus" } ],
              "documents": [
                {
                  "id": "mtus.cpmtg.2009", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines",
                  "edition": "2009", "effectiveFrom": "2009-07-18", "sourceNote": "Test.",
                  "sections": [
                    { "id": "opioids", "title": "Opioids", "pages": "74-96",
                      "sections": [ { "id": "criteria", "title": "Criteria for use", "page": "76-80" } ] }
                  ]
                }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0002");
        AssertAt(diagnostic, text, "\"page\"");
    }

    [Fact]
    public void UnknownFieldAfterNonAsciiTextHasTheRightColumn()
    {
        const string text = """
            {
              "sources": [
                { "id": "mtus", "name": "Médical — “Schedule” 😀", "tier": "mtus", "colour": 1 }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0002");
        Assert.Equal((3, 72), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
        AssertAt(diagnostic, text, "\"colour\"");
    }

    [Fact]
    public void UnknownFieldInCrLfFileHasTheRightLine()
    {
        string text = string.Join("\r\n",
            "{",
            "  \"sources\": [",
            "    {",
            "      \"id\": \"mtus\",",
            "      \"name\": \"MTUS\",",
            "      \"tier\": \"mtus\",",
            "      \"colour\": \"blue\"",
            "    }",
            "  ]",
            "}");
        var diagnostic = AssertSingle(Load(text), "IMR0002");
        Assert.Equal((7, 7), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Theory]
    [InlineData("\"colour\": 1")]
    [InlineData("\"colour\"  :  1")]
    public void FieldNameSpanCoversTheQuotedNameOnly(string member)
    {
        // The reader documents that a property's span "covers the quoted name"; the ':' is not part of it.
        string text = "{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\", " + member + " } ] }";
        var diagnostic = AssertSingle(Load(text), "IMR0002");
        AssertSpan(diagnostic, text, "\"colour\"");
        Assert.Equal(TextPositions.OffsetOf(text, "\"colour\"") + "\"colour\"".Length, diagnostic.Location.End);
    }

    // ---- IMR0003: missing required fields ------------------------------------------------------

    [Fact]
    public void SourceWithoutTierIsReportedAtTheSourceObject()
    {
        const string text = """
            {
              "sources": [
                { "id": "acoem", "name": "ACOEM", "tier": "guideline" },
                { "id": "mtus", "name": "MTUS" }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0003");
        AssertAt(diagnostic, text, "{ \"id\": \"mtus\"");
        Assert.Contains("'tier'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentMissingSeveralFieldsReportsEachAtTheDocumentObject()
    {
        const string text = """
            {
              "sources": [ { "id": "mtus", "name": "MTUS", "tier": "mtus" } ],
              "documents": [
                { "id": "mtus.cpmtg.2009", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines" }
              ]
            }
            """;
        var diagnostics = AssertAll(Load(text), "IMR0003", 3);
        foreach (var diagnostic in diagnostics)
        {
            AssertAt(diagnostic, text, "{ \"id\": \"mtus.cpmtg.2009\"");
        }
        Assert.Contains(diagnostics, d => d.Message.Contains("'edition'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("'effectiveFrom'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("'sourceNote'", StringComparison.Ordinal));
    }

    [Fact]
    public void SectionWithoutTitleAndTreatmentWithoutNamesAreReported()
    {
        const string text = """
            {
              "sources": [ { "id": "mtus", "name": "MTUS", "tier": "mtus" } ],
              "treatments": [ { "id": "opioids" } ],
              "documents": [
                { "id": "mtus.cpmtg.2009", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines",
                  "edition": "2009", "effectiveFrom": "2009-07-18", "sourceNote": "Test.",
                  "sections": [ { "id": "opioids", "pages": "74-96" } ] }
              ]
            }
            """;
        var diagnostics = AssertAll(Load(text), "IMR0003", 2);
        AssertAt(diagnostics.Single(d => d.Message.Contains("'names'", StringComparison.Ordinal)), text, "{ \"id\": \"opioids\" }");
        AssertAt(diagnostics.Single(d => d.Message.Contains("'title'", StringComparison.Ordinal)), text, "{ \"id\": \"opioids\", \"pages\"");
    }

    [Fact]
    public void SupersededByWithoutSupersededOnIsAMissingField()
    {
        const string text = """
            {
              "sources": [ { "id": "mtus", "name": "MTUS", "tier": "mtus" } ],
              "documents": [
                { "id": "a", "source": "mtus", "title": "A", "edition": "1", "effectiveFrom": "2009-07-18", "sourceNote": "n", "supersededBy": "b" },
                { "id": "b", "source": "mtus", "title": "B", "edition": "2", "effectiveFrom": "2016-07-28", "sourceNote": "n" }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0003");
        AssertAt(diagnostic, text, "{ \"id\": \"a\"");
        Assert.Contains("'supersededOn'", diagnostic.Message, StringComparison.Ordinal);
    }

    // ---- IMR0004: invalid values ---------------------------------------------------------------

    [Theory]
    [InlineData("MTUS")]
    [InlineData("mtus..cpmtg")]
    [InlineData("-mtus")]
    [InlineData("mtus.")]
    [InlineData("mtus_cpmtg")]
    [InlineData("mtus cpmtg")]
    [InlineData("")]
    public void IdNotMatchingThePatternIsInvalidAtTheValue(string id)
    {
        string text = "{\n  \"sources\": [\n    { \"id\": \"" + id + "\", \"name\": \"MTUS\", \"tier\": \"mtus\" }\n  ]\n}";
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        AssertSpan(diagnostic, text, "\"" + id + "\"");
        Assert.Equal(3, diagnostic.Location.StartLine);
    }

    [Fact]
    public void ValueOfTheWrongTypeIsInvalidAtTheValue()
    {
        const string text = """
            {
              "sources": [
                { "id": "mtus", "name": 42, "tier": "mtus" }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        AssertSpan(diagnostic, text, "42");
        Assert.Contains("'name'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesThatIsNotAnArrayIsInvalidAtTheValue()
    {
        const string text = """
            {
              "sources": { "id": "mtus" }
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        AssertSpan(diagnostic, text, "{ \"id\": \"mtus\" }");
    }

    [Fact]
    public void UnknownTierIsInvalidAtTheValue()
    {
        const string text = """
            {
              "sources": [
                { "id": "mtus", "name": "MTUS", "tier": "gold" }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        AssertSpan(diagnostic, text, "\"gold\"");
        Assert.Contains("mtus-regulation", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateFieldIsInvalidAtTheSecondName()
    {
        const string text = """
            {
              "sources": [
                { "id": "mtus", "name": "MTUS", "tier": "mtus", "name": "Medical Treatment Utilization Schedule" }
              ]
            }
            """;
        var loaded = Load(text);
        var diagnostic = AssertSingle(loaded, "IMR0004");
        AssertAt(diagnostic, text, "\"name\"", occurrence: 2);
        Assert.Equal("MTUS", loaded.Catalogue.FindSource("mtus")?.Name); // the first one is kept
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("12.5")]
    [InlineData("\"127\"")]
    public void StatedTotalThatIsNotAPositiveWholeNumberIsInvalidAtTheValue(string value)
    {
        string text = """
            {
              "sources": [ { "id": "mtus", "name": "MTUS", "tier": "mtus" } ],
              "documents": [
                { "id": "d", "source": "mtus", "title": "D", "edition": "1", "effectiveFrom": "2009-07-18", "sourceNote": "n",
                  "statedTotal": VALUE }
              ]
            }
            """.Replace("VALUE", value, StringComparison.Ordinal);
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        int valueStart = TextPositions.OffsetOf(text, "\"statedTotal\": ") + "\"statedTotal\": ".Length;
        Assert.Equal((valueStart, value.Length), (diagnostic.Location.Start, diagnostic.Location.Length));
        Assert.Equal(5, diagnostic.Location.StartLine);
    }

    [Theory]
    [InlineData("provenance", "\"checked\"")]
    [InlineData("codeName", "\"1Chronic\"")]
    [InlineData("siblingOverlap", "\"sometimes\"")]
    [InlineData("tier", "\"gold-tier\"")]
    [InlineData("aliases", "[\"\"]")]
    public void BadDocumentFieldValue_IsInvalidAtTheValue(string field, string value)
    {
        string text = "{\n  \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" } ],\n  \"documents\": [\n"
            + "    { \"id\": \"d\", \"source\": \"mtus\", \"title\": \"D\", \"edition\": \"1\", \"effectiveFrom\": \"2009-07-18\", \"sourceNote\": \"n\",\n"
            + "      \"" + field + "\": " + value + " }\n  ]\n}";
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        Assert.Equal(5, diagnostic.Location.StartLine);
        Assert.True(diagnostic.Location.Start >= TextPositions.OffsetOf(text, value) && diagnostic.Location.End <= TextPositions.OffsetOf(text, value) + value.Length,
            $"Expected the diagnostic inside {value}: {diagnostic}");
    }

    // ---- IMR0006 / IMR0007 / IMR0008: page sets as written -------------------------------------

    [Theory]
    [InlineData("74-")]
    [InlineData("seventy-four")]
    [InlineData("1,,2")]
    [InlineData("")]
    [InlineData("0-5")]
    [InlineData("74 96")]
    public void UnreadablePageSetIsInvalidAtTheValue(string pages)
    {
        string text = SectionWithPages(pages);
        var diagnostic = AssertSingle(Load(text), "IMR0006");
        AssertSpan(diagnostic, text, "\"" + pages + "\"");
    }

    [Fact]
    public void ReversedRangeInCatalogueIsReportedAtThePages()
    {
        string text = SectionWithPages("96-74");
        var diagnostic = AssertSingle(Load(text), "IMR0007");
        AssertSpan(diagnostic, text, "\"96-74\"");
        Assert.Contains("74-96", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlappingRangesWithinOnePageSetAreReportedAtThePages()
    {
        string text = SectionWithPages("74-96, 80-82");
        var diagnostic = AssertSingle(Load(text), "IMR0008");
        AssertSpan(diagnostic, text, "\"74-96, 80-82\"");
    }

    [Fact]
    public void AdjacentRangesWithinOnePageSetAreFine()
    {
        AssertClean(Load(SectionWithPages("74-79, 80-96")));
    }

    // ---- IMR0013: dates ------------------------------------------------------------------------

    [Theory]
    [InlineData("2009-02-30")]
    [InlineData("2009/07/18")]
    [InlineData("18-07-2009")]
    [InlineData("2009-7-18")]
    [InlineData("July 18, 2009")]
    public void MalformedEffectiveFromIsAnInvalidDateAtTheValue(string date)
    {
        string text = "{\n  \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" } ],\n  \"documents\": [\n"
            + "    { \"id\": \"d\", \"source\": \"mtus\", \"title\": \"D\", \"edition\": \"1\", \"sourceNote\": \"n\",\n"
            + "      \"effectiveFrom\": \"" + date + "\" }\n  ]\n}";
        var diagnostic = AssertSingle(Load(text), "IMR0013");
        AssertSpan(diagnostic, text, "\"" + date + "\"");
    }

    [Fact]
    public void EffectiveToBeforeEffectiveFromIsAnInvalidDateAtEffectiveTo()
    {
        const string text = """
            {
              "sources": [ { "id": "mtus", "name": "MTUS", "tier": "mtus" } ],
              "documents": [
                { "id": "d", "source": "mtus", "title": "D", "edition": "1", "sourceNote": "n",
                  "effectiveFrom": "2016-07-28",
                  "effectiveTo": "2016-07-27" }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0013");
        AssertSpan(diagnostic, text, "\"2016-07-27\"");
        Assert.Equal(6, diagnostic.Location.StartLine);
    }

    [Fact]
    public void EffectiveToOnTheSameDayAsEffectiveFromIsFine()
    {
        const string text = """
            {
              "sources": [ { "id": "mtus", "name": "MTUS", "tier": "mtus" } ],
              "documents": [
                { "id": "d", "source": "mtus", "title": "D", "edition": "1", "sourceNote": "n",
                  "effectiveFrom": "2016-07-28", "effectiveTo": "2016-07-28" }
              ]
            }
            """;
        AssertClean(Load(text));
    }

    [Fact]
    public void MalformedSectionSupersededOnIsAnInvalidDate()
    {
        const string text = """
            {
              "sources": [ { "id": "mtus", "name": "MTUS", "tier": "mtus" } ],
              "documents": [
                { "id": "d", "source": "mtus", "title": "D", "edition": "1", "sourceNote": "n", "effectiveFrom": "2009-07-18",
                  "sections": [
                    { "id": "a", "title": "A", "supersededBy": "d/b", "supersededOn": "last year" },
                    { "id": "b", "title": "B" }
                  ] }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0013");
        AssertSpan(diagnostic, text, "\"last year\"");
    }

    // ---- reading goes on after a broken record -------------------------------------------------

    [Fact]
    public void BrokenRecordIsSkippedAndTheRestOfTheFileIsStillRead()
    {
        const string text = """
            {
              "sources": [
                { "name": "No id", "tier": "mtus" },
                { "id": "mtus", "name": "MTUS", "tier": "mtus" }
              ],
              "documents": [
                { "id": "d", "source": "mtus", "title": "D", "edition": "1", "effectiveFrom": "2009-07-18", "sourceNote": "n" }
              ]
            }
            """;
        var loaded = Load(text);
        var diagnostic = AssertSingle(loaded, "IMR0003");
        AssertAt(diagnostic, text, "{ \"name\": \"No id\"");
        Assert.NotNull(loaded.Catalogue.FindSource("mtus"));
        Assert.NotNull(loaded.Catalogue.FindDocument("d"));
    }

    // ---- the reader never throws ---------------------------------------------------------------

    [Fact]
    public void ReaderNeverThrowsOnRandomText()
    {
        var random = new Random(4610);
        const string alphabet = "{}[]\":,.-+eE0123456789 abcdefimnorstuxz\\/*\n\r\t\u00e9\u2014\u201c\ud83d\ude00\u0000\ufeff";
        for (int i = 0; i < 3000; i++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 120);
            for (int k = 0; k < length; k++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }
            AssertLoadsWithoutThrowing(builder.ToString());
        }
    }

    [Fact]
    public void ReaderNeverThrowsOnRandomBytes()
    {
        var random = new Random(9792);
        for (int i = 0; i < 1000; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            AssertLoadsWithoutThrowing(Encoding.UTF8.GetString(bytes));
            AssertLoadsWithoutThrowing(Encoding.Latin1.GetString(bytes));
        }
    }

    [Fact]
    public void ReaderNeverThrowsOnMutationsOfAValidCatalogue()
    {
        var random = new Random(2009);
        const string insertable = "{}[]\":,-0123456789 \\\n\u00e9\ud83d\ude00";
        string original = ResolverCatalogue.Json;
        for (int i = 0; i < 600; i++)
        {
            var text = new StringBuilder(original);
            int mutations = random.Next(1, 4);
            for (int m = 0; m < mutations; m++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
                        break;
                    case 1:
                        text.Insert(at, insertable[random.Next(insertable.Length)]);
                        break;
                    default:
                        int from = random.Next(text.Length);
                        text.Insert(at, text.ToString(from, Math.Min(random.Next(1, 40), text.Length - from)));
                        break;
                }
            }
            AssertLoadsWithoutThrowing(text.ToString());
        }
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1000)]
    [InlineData(100_000)]
    public void DeeplyNestedArraysAreASyntaxErrorOrInvalidValueNotACrash(int depth)
    {
        string text = new string('[', depth) + new string(']', depth);
        var loaded = AssertLoadsWithoutThrowing(text);
        Assert.NotEmpty(loaded.Diagnostics);
        Assert.All(loaded.Diagnostics, d => Assert.True(d.Id is "IMR0001" or "IMR0004", d.ToString()));
    }

    [Fact]
    public void DeeplyNestedObjectsInsideAFieldDoNotCrash()
    {
        string nested = string.Concat(Enumerable.Repeat("{\"sections\":[", 5000)) + string.Concat(Enumerable.Repeat("]}", 5000));
        var loaded = AssertLoadsWithoutThrowing("{ \"documents\": [" + nested + "] }");
        Assert.Contains(loaded.Diagnostics, d => d.Id == "IMR0001");
    }

    [Theory]
    [InlineData("{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS \\uD800\", \"tier\": \"mtus\" } ] }")]
    [InlineData("{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\", \"\\uDC00\": 1 } ] }")]
    [InlineData("{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"\\uD83D\\u0041\", \"tier\": \"mtus\" } ] }")]
    public void EscapedLoneSurrogate_IsADiagnostic_NotACrash(string text)
    {
        // "\uD800" is valid JSON grammar but not valid UTF-16; the reader promises never to throw.
        var loaded = AssertLoadsWithoutThrowing(text);
        Assert.NotEmpty(loaded.Diagnostics);
    }

    [Fact]
    public void ByteOrderMarkDoesNotCrash()
    {
        AssertLoadsWithoutThrowing("\ufeff{ \"sources\": [] }");
    }

    private static ImrCite.LoadedCatalogue AssertLoadsWithoutThrowing(string text)
    {
        ImrCite.LoadedCatalogue? loaded = null;
        var exception = Record.Exception(() => loaded = Load(text));
        Assert.True(exception is null, $"Reading threw {exception?.GetType().Name}: {exception?.Message}\nInput: {Escape(text)}");
        foreach (var diagnostic in loaded!.Diagnostics)
        {
            var location = diagnostic.Location;
            Assert.True(location.Start >= 0 && location.End <= text.Length && location.StartLine >= 1 && location.StartColumn >= 1,
                $"Diagnostic outside the text ({text.Length} chars): {diagnostic}\nInput: {Escape(text)}");
            Assert.Equal(TextPositions.PositionOf(text, location.Start), (location.StartLine, location.StartColumn));
        }
        return loaded;
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text.Length > 300 ? text.Substring(0, 300) + "…" : text)
        {
            builder.Append(c < 32 || c > 126 ? $"\\u{(int)c:X4}" : c.ToString());
        }
        return builder.ToString();
    }

    private static string SectionWithPages(string pages) =>
        "{\n  \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" } ],\n  \"documents\": [\n"
        + "    { \"id\": \"mtus.cpmtg.2009\", \"source\": \"mtus\", \"title\": \"Chronic Pain Medical Treatment Guidelines\", \"edition\": \"2009\",\n"
        + "      \"effectiveFrom\": \"2009-07-18\", \"pages\": \"1-127\", \"sourceNote\": \"n\",\n"
        + "      \"sections\": [ { \"id\": \"opioids\", \"title\": \"Opioids\", \"pages\": \"" + pages + "\" } ] }\n  ]\n}";
}

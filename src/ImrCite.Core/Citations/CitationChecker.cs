using ImrCite.Catalogue;
using ImrCite.Diagnostics;

namespace ImrCite.Citations;

/// <summary>
/// The checks a resolved citation must pass: pages against its section and document, a stated total
/// against the document's length, supersession on the decision date, and the evidence hierarchy.
/// Verified page facts give errors; unverified ones give warnings that say so.
/// </summary>
internal static class CitationChecker
{
    /// <summary>Checks a citation built in code (no text spans).</summary>
    public static IReadOnlyList<CitationProblem> Check(Citation citation, GuidelineDate? asOf, GuidelineCatalogue? catalogue)
    {
        var problems = new List<CitationProblem>();
        var tokens = default(InlineList<PageToken>);
        if (citation.Pages is not null)
        {
            foreach (var range in citation.Pages.Ranges)
            {
                tokens.Add(new PageToken(range, -1, 0));
                if (range.IsReversed)
                {
                    problems.Add(ReversedRange(range, -1, 0));
                }
            }
        }
        var mention = new Mention(citation, -1, 0);
        CheckDocumentPages(citation.Document, tokens, problems);
        if (citation.StatedTotal is { } total)
        {
            CheckStatedTotal(citation.Document, total, -1, 0, problems);
        }
        CheckSectionPages(new[] { mention }, tokens, problems);
        if (!CheckDocumentStanding(citation.Document, -1, 0, asOf, catalogue, problems))
        {
            CheckStanding(mention, asOf, catalogue, problems);
        }
        return problems;
    }

    /// <summary>A reversed range ("96-74").</summary>
    public static CitationProblem ReversedRange(PageRange range, int start, int length) =>
        new CitationProblem(Rules.ReversedPageRange,
            new object?[] { range.ToString(), new PageRange(range.Last, range.First).ToString() },
            start, length, new PageRange(range.Last, range.First).ToString());

    /// <summary>Checks a statement's pages and stated total against one document it cites.</summary>
    public static void CheckDocument(GuidelineDocument document, CitationSegment segment, List<CitationProblem> problems)
    {
        CheckDocumentPages(document, segment.Pages, problems);
        if (segment.StatedTotal is { } total)
        {
            CheckStatedTotal(document, total, segment.StatedTotalStart, segment.StatedTotalLength, problems);
        }
    }

    /// <summary>Checks the citations of one statement with their spans.</summary>
    public static void CheckMentions(IReadOnlyList<Mention> mentions, (int Start, int Length) documentSpan, CitationSegment segment, GuidelineDate? asOf, GuidelineCatalogue catalogue, List<CitationProblem> problems)
    {
        CheckSectionPages(mentions, segment.Pages, problems);
        // A superseded document is reported once, on its name; sections on theirs.
        if (mentions.Count > 0 && CheckDocumentStanding(mentions[0].Citation.Document, documentSpan.Start, documentSpan.Length, asOf, catalogue, problems))
        {
            return;
        }
        for (int mentionIndex = 0; mentionIndex < mentions.Count; mentionIndex++)
        {
            var mention = mentions[mentionIndex];
            CheckStanding(mention, asOf, catalogue, problems);
        }
    }

    private static void CheckDocumentPages(GuidelineDocument document, InlineList<PageToken> tokens, List<CitationProblem> problems)
    {
        if (document.PageSet is null)
        {
            return;
        }
        for (int tokenIndex = 0; tokenIndex < tokens.Count; tokenIndex++)
        {
            var token = tokens[tokenIndex];
            if (document.PageSet.Contains(token.Range))
            {
                continue; // nothing outside: asked without building the set of pages outside
            }
            var outside = document.PageSet.Outside(new PageSet(token.Range));
            if (outside.IsEmpty)
            {
                continue;
            }
            var severity = document.PagesProvenance == Provenance.Verified ? ImrSeverity.Error : ImrSeverity.Warning;
            string known = document.PagesProvenance == Provenance.Verified ? "" : " (as recorded, not verified)";
            problems.Add(new CitationProblem(Rules.PagesBeyondDocument,
                new object?[] { outside.ToDisplayString(), document.CanonicalName, document.PageSet.ToDisplayString() + known },
                token.Start, token.Length, severity: severity));
        }
    }

    private static void CheckStatedTotal(GuidelineDocument document, int total, int start, int length, List<CitationProblem> problems)
    {
        int? actual = document.StatedTotal;
        if (actual is null && document.PageSet is { } pages && pages.Low == 1)
        {
            actual = pages.High;
        }
        if (actual is { } expected && expected != total)
        {
            var severity = document.PagesProvenance == Provenance.Verified ? ImrSeverity.Error : ImrSeverity.Warning;
            problems.Add(new CitationProblem(Rules.StatedTotalMismatch,
                new object?[] { total, document.CanonicalName, expected },
                start, length, expected.ToString(System.Globalization.CultureInfo.InvariantCulture), severity));
        }
    }

    /// <summary>
    /// Pages must lie in the cited sections (any of them, when a statement cites several: letters give one
    /// page list for "When to Continue Opioids; Weaning of Medications"), and each cited section must
    /// have at least one of its pages cited.
    /// </summary>
    private static void CheckSectionPages(IReadOnlyList<Mention> mentions, InlineList<PageToken> tokens, List<CitationProblem> problems)
    {
        if (tokens.Count == 0 || WithinTheOneSection(mentions, tokens))
        {
            return;
        }
        var paged = new List<Mention>();
        for (int mentionIndex = 0; mentionIndex < mentions.Count; mentionIndex++)
        {
            var mention = mentions[mentionIndex];
            if (mention.Citation.Section?.PageSet is not null)
            {
                paged.Add(mention);
            }
        }
        if (paged.Count == 0)
        {
            return;
        }
        var union = new List<PageRange>();
        bool allVerified = true;
        foreach (var mention in paged)
        {
            union.AddRange(mention.Citation.Section!.PageSet!.Ranges);
            allVerified &= mention.Citation.Section.PagesProvenance == Provenance.Verified;
        }
        var sectionPages = new PageSet(union).Normalize();
        var document = paged[0].Citation.Document;
        for (int tokenIndex = 0; tokenIndex < tokens.Count; tokenIndex++)
        {
            var token = tokens[tokenIndex];
            var outside = sectionPages.Outside(new PageSet(token.Range));
            if (outside.IsEmpty || (document.PageSet is not null && !document.PageSet.Contains(outside)))
            {
                continue; // pages beyond the document are reported once, by the document check
            }
            string names = paged.Count == 1 ? paged[0].Citation.Section!.DisplayTitle : JoinTitles(paged);
            string owner = DescribeOwner(document, outside);
            var rule = allVerified ? Rules.PagesOutsideSection : Rules.PagesOutsideSectionUnverified;
            problems.Add(new CitationProblem(rule, new object?[] { outside.ToDisplayString(), names, sectionPages.ToCitationString(), owner }, token.Start, token.Length));
        }
        if (paged.Count > 1)
        {
            var cited = new List<PageRange>();
            for (int tokenIndex = 0; tokenIndex < tokens.Count; tokenIndex++)
            {
                var token = tokens[tokenIndex];
                cited.Add(token.Range);
            }
            var citedSet = new PageSet(cited);
            foreach (var mention in paged)
            {
                var section = mention.Citation.Section!;
                if (section.PageSet!.OverlapWith(citedSet) == 0)
                {
                    var rule = section.PagesProvenance == Provenance.Verified ? Rules.PagesOutsideSection : Rules.PagesOutsideSectionUnverified;
                    problems.Add(new CitationProblem(rule,
                        new object?[] { citedSet.ToDisplayString(), section.DisplayTitle, section.PageSet.ToCitationString(), "; none of the cited pages belongs to it" },
                        mention.Start, mention.Length));
                }
            }
        }
    }

    /// <summary>
    /// True when at most one mention has a section with pages and every token lies within them: then there is
    /// nothing to report, which is asked here without building page sets (the common case of one section).
    /// </summary>
    private static bool WithinTheOneSection(IReadOnlyList<Mention> mentions, InlineList<PageToken> tokens)
    {
        PageSet? pages = null;
        for (int mentionIndex = 0; mentionIndex < mentions.Count; mentionIndex++)
        {
            var mention = mentions[mentionIndex];
            if (mention.Citation.Section?.PageSet is { } sectionPages)
            {
                if (pages is not null)
                {
                    return false;
                }
                pages = sectionPages;
            }
        }
        if (pages is null)
        {
            return true;
        }
        for (int tokenIndex = 0; tokenIndex < tokens.Count; tokenIndex++)
        {
            var token = tokens[tokenIndex];
            if (!pages.Contains(token.Range))
            {
                return false;
            }
        }
        return true;
    }

    private static string JoinTitles(List<Mention> mentions)
    {
        var titles = new List<string>();
        for (int mentionIndex = 0; mentionIndex < mentions.Count; mentionIndex++)
        {
            var mention = mentions[mentionIndex];
            titles.Add(mention.Citation.Section!.DisplayTitle);
        }
        return string.Join("' or '", titles);
    }

    /// <summary>Names the deepest section that holds the first of the pages, as a hint.</summary>
    private static string DescribeOwner(GuidelineDocument document, PageSet pages)
    {
        int page = pages.Low;
        GuidelineSection? best = null;
        foreach (var section in document.AllSections)
        {
            if (section.PageSet is not null && section.PageSet.Contains(page)
                && (best is null || section.PageSet.High - section.PageSet.Low <= best.PageSet!.High - best.PageSet.Low))
            {
                best = section;
            }
        }
        return best is null ? "" : $"; page {page} is in '{best.DisplayTitle}' ({best.PageSet!.ToCitationString()})";
    }

    /// <summary>
    /// Reports a document that was not the version to cite on the decision date — proposed but not adopted
    /// (IMR0115), superseded (IMR0109, naming the version in force along the supersession chain), not yet or no
    /// longer in force (IMR0114); true when it did.
    /// </summary>
    private static bool CheckDocumentStanding(GuidelineDocument document, int start, int length, GuidelineDate? asOf, GuidelineCatalogue? catalogue, List<CitationProblem> problems)
    {
        if (document.IsProposed)
        {
            var current = asOf is { } day && catalogue is not null ? VersionInForceNamedLike(catalogue, document, day) : null;
            problems.Add(new CitationProblem(Rules.ProposedGuideline,
                new object?[]
                {
                    document.CanonicalName, document.ProposedOn?.ToString() ?? "a date the catalogue does not know", asOf?.ToString() ?? "the decision date",
                    current is null ? "" : $"; the version in force then is {current.CanonicalName}",
                },
                start, length, current?.Id));
            return true;
        }
        if (asOf is not { } date)
        {
            return false;
        }
        if (document.SupersededBy is { } next && document.SupersededOn is { } on && date >= on)
        {
            var successor = catalogue?.FindDocument(next);
            var inForce = VersionChoice.SuccessorInForce(catalogue, document, date);
            string then = inForce is not null && !ReferenceEquals(inForce, successor) ? $", and on {date} the version in force is {inForce.CanonicalName}" : "";
            problems.Add(new CitationProblem(Rules.SupersededCitation,
                new object?[] { document.CanonicalName, successor?.CanonicalName ?? next, on, then }, start, length, inForce?.Id ?? next));
            return true;
        }
        if (document.EffectiveFrom is { } from && date < from)
        {
            var before = catalogue is null ? null : PredecessorInForce(catalogue, document, date);
            string why = $"it took effect on {from}" + (before is null ? "" : $", and on {date} the version in force was {before.CanonicalName}");
            problems.Add(new CitationProblem(Rules.NotInForce, new object?[] { document.CanonicalName, date, why }, start, length, before?.Id));
            return true;
        }
        if (document.EffectiveTo is { } to && date > to)
        {
            problems.Add(new CitationProblem(Rules.NotInForce,
                new object?[] { document.CanonicalName, date, $"it ended on {to}, and the catalogue knows of no version that replaced it" }, start, length));
            return true;
        }
        return false;
    }

    /// <summary>The version in force on <paramref name="date"/> whose supersession chain leads to <paramref name="document"/>, if any.</summary>
    private static GuidelineDocument? PredecessorInForce(GuidelineCatalogue catalogue, GuidelineDocument document, GuidelineDate date)
    {
        for (int candidateIndex = 0; candidateIndex < catalogue.Documents.Count; candidateIndex++)
        {
            var candidate = catalogue.Documents[candidateIndex];
            if (!candidate.IsInForceOn(date))
            {
                continue;
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var step = candidate; step.SupersededBy is { } next && seen.Add(step.Id); )
            {
                if (next == document.Id)
                {
                    return candidate;
                }
                if (catalogue.FindDocument(next) is not { } successor)
                {
                    break;
                }
                step = successor;
            }
        }
        return null;
    }

    /// <summary>A version in force on <paramref name="date"/> that shares the proposed document's title, if any.</summary>
    private static GuidelineDocument? VersionInForceNamedLike(GuidelineCatalogue catalogue, GuidelineDocument document, GuidelineDate date)
    {
        foreach (var candidate in catalogue.FindDocumentsByName(document.Title))
        {
            if (!ReferenceEquals(candidate, document) && candidate.IsInForceOn(date))
            {
                return candidate;
            }
        }
        return null;
    }

    private static void CheckStanding(Mention mention, GuidelineDate? asOf, GuidelineCatalogue? catalogue, List<CitationProblem> problems)
    {
        var citation = mention.Citation;
        var document = citation.Document;
        if (asOf is { } date)
        {
            if (citation.Section is { SupersededBy: not null, SupersededOn: { } sectionOn } section && date >= sectionOn)
            {
                var successorSection = catalogue?.FindSection(section.SupersededBy!);
                string successor = successorSection is null ? section.SupersededBy! : successorSection.Document.CanonicalName + ", " + successorSection.DisplayTitle;
                // Followed along the chain to the section in force on the date ("…, and on 2018-03-01 the version in force is …").
                var inForce = VersionChoice.SuccessorInForce(catalogue, section, date);
                string then = inForce is not null && !ReferenceEquals(inForce, successorSection)
                    ? $", and on {date} the version in force is {inForce.Document.CanonicalName}, {inForce.DisplayTitle}" : "";
                problems.Add(new CitationProblem(Rules.SupersededCitation,
                    new object?[] { "'" + section.DisplayTitle + "'", successor, sectionOn, then }, mention.Start, mention.Length, inForce?.FullId ?? section.SupersededBy));
            }
        }
        if (catalogue is not null && !document.IsMtus && citation.Section is { } cited && cited.Addresses.Count > 0
            && MtusPreference.For(catalogue).Instead(document, cited, asOf) is { } first)
        {
            problems.Add(new CitationProblem(Rules.NonMtusForMtusTopic,
                new object?[] { document.CanonicalName, first.Document.CanonicalName + ", " + first.DisplayTitle },
                mention.Start, mention.Length, first.FullId));
        }
    }

    /// <summary>A resolved citation with the span of the words that name it.</summary>
    internal readonly record struct Mention(Citation Citation, int Start, int Length);
}

// Why this file is long (~400 lines): one letter's lint — reading each item's rationale into statements, checking
// their citations and the topic of each statement, and recording the findings — shares the letter, the item and the
// findings list; the grammars it calls (statements, names, topics) live in the core, each in its own file.
using System.Security.Cryptography;
using ImrCite.Citations;
using ImrCite.Text;

namespace ImrCite.Cli.Letters;

/// <summary>
/// A citation found in a letter: where it is, its text as written (<see cref="Text"/>, line breaks kept) and on one
/// line (<see cref="Display"/>), who cited it, and what became of it — resolved to <see cref="Resolved"/>,
/// unverified (recognised as part of <see cref="Recognised"/>, a guideline the catalogue holds only in part), or
/// unresolved (a finding says why).
/// </summary>
public sealed record LetterCitation(
    string File, int Line, int Column, int EndLine, int EndColumn, int? Page,
    string Text, CitationRole Role, string? DisputedItem, Citation? Resolved,
    CitationOutcome Outcome = CitationOutcome.Resolved, string? Recognised = null)
{
    /// <summary>The text on one line, white space collapsed.</summary>
    public string Display => CitationText.OneLine(Text, int.MaxValue);
}

/// <summary>A finding in a letter, with a fingerprint that does not depend on line numbers.</summary>
public sealed record LetterFinding(
    RuleDescriptor Rule, ImrSeverity Severity, string Message, string File, int Line, int Column, int EndLine, int EndColumn,
    int? Page, string Fingerprint, string SnippetLine, int SnippetStart, int SnippetLength);

/// <summary>What linting one letter found; of its citation-like spans, how many resolved and how many are unverified.</summary>
public sealed record LetterReport(
    string File, IReadOnlyList<DisputedItem> Items, IReadOnlyList<LetterCitation> Citations, IReadOnlyList<LetterFinding> Findings,
    int CitationLikeSpans, int ResolvedSpans, int UnverifiedSpans = 0);

/// <summary>
/// Checks a letter: every guideline statement and rationale mention through the shared core, plus the letter
/// rules (topic match, a reviewer citation per item, a rationale per decision). Nothing read is dropped
/// silently: citation-like text that does not resolve is a finding, and the report counts both.
/// </summary>
public sealed class LetterLinter
{
    private readonly CitationResolver _resolver;
    private readonly IReadOnlyDictionary<string, ImrSeverity> _severities;
    private readonly TopicMemo _topics;

    /// <summary>Creates a linter over a catalogue, with per-rule severities (none = not reported).</summary>
    public LetterLinter(GuidelineCatalogue catalogue, IReadOnlyDictionary<string, ImrSeverity>? severities = null)
    {
        _resolver = new CitationResolver(catalogue);
        _topics = new TopicMemo(catalogue);
        _severities = severities ?? new Dictionary<string, ImrSeverity>();
    }

    /// <summary>Lints one letter.</summary>
    public LetterReport Lint(LetterDocument letter)
    {
        var structure = LetterReader.Read(letter.ScanText);
        var citations = new List<LetterCitation>();
        var findings = new List<LetterFinding>();
        if (structure.Items.Count == 0)
        {
            // A CI gate must not pass a letter it could not read: say so rather than report a clean letter.
            bool noText = string.IsNullOrWhiteSpace(letter.ScanText);
            var reason = noText
                ? new object?[] { "No text could be read from the letter", letter.IsPdf ? " (a scanned PDF has no text layer: run OCR on it first)" : "" }
                : new object?[] { "No disputed item with a decision (\"<item>: Upheld\", \"Overturned\" or \"Partially Overturned\") was found", "" };
            Add(letter, Rules.NoDisputedItem, reason, 0, 0, "", noText ? "no text" : "no items", findings);
        }
        int citationLike = 0;
        int resolved = 0;
        int unverified = 0;

        foreach (var item in structure.Items)
        {
            bool reviewerCited = false;
            foreach (var (span, role) in new[] { (item.ClaimsAdministrator, CitationRole.ClaimsAdministrator), (item.Maximus, CitationRole.Maximus) })
            {
                if (span is not { } block)
                {
                    continue;
                }
                int start = StatementStart(letter.ScanText, block);
                if (start < 0)
                {
                    continue; // "did not cite any medical evidence": a statement that cites nothing
                }
                var analysis = _resolver.Analyze(letter.ScanText, start, block.End, structure.DecisionDate);
                var statement = new TopicStatement(letter.ScanText, start, block.End);
                foreach (var match in analysis.Matches)
                {
                    citationLike++;
                    // The reviewer cited something, whatever became of it: a wrong or unverified citation has its own finding.
                    reviewerCited |= role == CitationRole.Maximus;
                    if (match.Citation is { } citation)
                    {
                        resolved++;
                        citations.Add(NewCitation(letter, match.Start, match.Length, role, item.Text, citation));
                        statement.Cited.Add((citation, match));
                    }
                    else
                    {
                        unverified += match.Outcome == CitationOutcome.Unverified ? 1 : 0;
                        // A topic the catalogue lacks may address the item: the statement cannot be judged wrong.
                        statement.HasUnverified |= match.Outcome == CitationOutcome.Unverified;
                        string? recognised = match.RecognisedDocument?.CanonicalName ?? match.RecognisedSource?.Name;
                        citations.Add(NewCitation(letter, match.Start, match.Length, role, item.Text, null, match.Outcome, recognised));
                    }
                }
                foreach (var problem in analysis.Problems)
                {
                    AddProblem(letter, item.Text, problem, findings);
                }
                CheckTopic(letter, item, statement, structure.DecisionDate, findings);
            }
            if (!reviewerCited)
            {
                Add(letter, Rules.NoReviewerCitation, new object?[] { item.Text }, item.Line.Start, item.Line.End - item.Line.Start, item.Text, "", findings);
            }
            if (item.Rationale is not { } rationale || string.IsNullOrWhiteSpace(letter.ScanText.Substring(rationale.Start, rationale.End - rationale.Start)))
            {
                Add(letter, Rules.NoRationale, new object?[] { item.Text }, item.Line.Start, item.Line.End - item.Line.Start, item.Text, "", findings);
            }
            else
            {
                ReadRationale(letter, item, rationale, structure.DecisionDate, citations, findings, ref citationLike, ref resolved);
            }
        }
        return new LetterReport(letter.Path, structure.Items, citations, findings, citationLike, resolved, unverified);
    }

    /// <summary>Where a statement's citations begin: at "Decision based on", or nowhere when it cites nothing.</summary>
    private static int StatementStart(string text, TextSpan block)
    {
        var content = text.AsSpan(block.Start, block.End - block.Start);
        int decision = LetterGrammar.IndexOfPhrase(content, 0, "Decision based on", out _);
        if (decision >= 0)
        {
            return block.Start + decision;
        }
        if (LetterGrammar.IndexOfPhrase(content, 0, "did not cite", out _) >= 0 || content.IsWhiteSpace())
        {
            return -1;
        }
        return block.Start;
    }

    /// <summary>Sentences of the rationale that name a guideline are read as citations; only the first citation of each counts.</summary>
    private void ReadRationale(LetterDocument letter, DisputedItem item, TextSpan rationale, GuidelineDate? asOf,
        List<LetterCitation> citations, List<LetterFinding> findings, ref int citationLike, ref int resolved)
    {
        string text = letter.ScanText;
        int position = rationale.Start;
        // The words that make a sentence citation-like (LetterGrammar.NextAnchor), searched within the rationale only, without
        // copying the text before it: linear in the letter.
        var window = text.AsSpan(rationale.Start, rationale.End - rationale.Start);
        for (int at = 0, found; (found = LetterGrammar.NextAnchor(window, at, out int length)) >= 0; at = found + length)
        {
            int anchor = rationale.Start + found;
            if (anchor < position)
            {
                continue;
            }
            int end = SentenceEnd(text, anchor, rationale.End);
            position = end;
            var analysis = _resolver.Analyze(text, anchor, end, asOf);
            var first = analysis.Matches.FirstOrDefault(m => m.Citation is not null);
            if (first is null)
            {
                // Prose such as "MTUS does not discourage..." names no guideline and is not a citation; but a
                // sentence with pages or a regulation reference is one, and it must not pass unread.
                // (A known guideline followed by prose — "MTUS Opioid Treatment Guidelines recommend ..." — names a
                // document: the unknown "section" is just the sentence, so that is not reported.)
                bool namedADocument = analysis.Problems.Any(p => p.Rule == Rules.UnknownSection || p.Rule == Rules.UnverifiedTopic);
                if (!namedADocument && analysis.Segments.Any(segment => segment.Pages.Count > 0 || segment.IsRegulation))
                {
                    citationLike++;
                    string written = text.Substring(anchor, end - anchor);
                    Add(letter, Rules.UnresolvedCitationLikeText, new object?[] { CitationText.OneLine(written, 120) },
                        anchor, end - anchor, item.Text, TextKey.Normalize(written), findings);
                }
                continue;
            }
            citationLike++;
            resolved++;
            citations.Add(NewCitation(letter, first.Start, first.Length, CitationRole.Rationale, item.Text, first.Citation));
            foreach (var problem in analysis.Problems)
            {
                // Only problems about the citation itself (its pages), not about the prose after it.
                if (problem.Start >= first.Segment.Start && problem.Start < first.Segment.End
                    && problem.Rule != Rules.UnknownSection && problem.Rule != Rules.UnknownDocument && problem.Rule != Rules.UncataloguedNonMtusSource
                    && problem.Rule != Rules.UnverifiedTopic
                    // Prose is not a citation statement: a sentence cut short or a bracket of the prose is no malformed citation.
                    && problem.Rule != Rules.MalformedCitation)
                {
                    AddProblem(letter, item.Text, problem, findings);
                }
            }
        }
    }

    private static int SentenceEnd(string text, int start, int limit)
    {
        int max = Math.Min(limit, start + 240);
        for (int i = start; i < max - 1; i++)
        {
            if (text[i] == '.' && char.IsWhiteSpace(text[i + 1]) && !(i >= 1 && char.IsUpper(text[i - 1]) && (i < 2 || text[i - 2] == '.')))
            {
                return i;
            }
        }
        return max;
    }

    /// <summary>What one guideline statement cites for a disputed item, judged as a whole by <see cref="CheckTopic"/>.</summary>
    private sealed class TopicStatement
    {
        private readonly string _text;
        private readonly int _start;
        private readonly int _end;
        private string? _key;

        public TopicStatement(string text, int start, int end)
        {
            _text = text;
            _start = start;
            _end = end;
        }

        /// <summary>The statement's matching key, padded with spaces for whole-word searches; worked out when first needed (rarely).</summary>
        public string Key => _key ??= " " + TextKey.Normalize(_text.Substring(_start, _end - _start)) + " ";

        public List<(Citation Citation, CitationMatch Match)> Cited { get; } = new();

        public bool HasUnverified { get; set; }
    }

    /// <summary>
    /// IMR0200, once per statement: reported when the statement cites sections (or whole documents) and none of them
    /// addresses the disputed item — a statement that cites "Special Studies" of the knee and of the low back chapter for
    /// a knee MRI rests on one that does. A section or document the catalogue cannot judge (no scope, an unverified topic)
    /// may address it, so it keeps the statement from being reported. The suggestion is an MTUS section that addresses the
    /// item, from the guideline the statement cites and for the item's body part, never one already cited for the item.
    /// </summary>
    private void CheckTopic(LetterDocument letter, DisputedItem item, TopicStatement statement, GuidelineDate? asOf, List<LetterFinding> findings)
    {
        if (statement.Cited.Count == 0 || statement.HasUnverified)
        {
            return;
        }
        // Read and judged once per run for each distinct item (TopicMemo): the same answers, not worked out again per letter.
        var topic = _topics.Item(item.Text);
        var reading = topic.Reading;
        if (reading.IsUnknown)
        {
            return;
        }
        var wrong = new List<(Citation Citation, CitationMatch Match)>();
        foreach (var (citation, match) in statement.Cited)
        {
            var verdict = citation.Section is { } section ? topic.Judge(section) : topic.Judge(citation.Document);
            if (verdict != TopicVerdict.DoesNotAddress || (citation.Section is { } citedSection && MayBeAnotherChapters(citedSection, statement, topic)))
            {
                return;
            }
            if (!wrong.Exists(w => Same(w.Citation, citation)))
            {
                wrong.Add((citation, match));
            }
        }
        var citedSections = new List<GuidelineSection>();
        var citedDocuments = new List<GuidelineDocument>();
        foreach (var (citation, _) in statement.Cited)
        {
            if (citation.Section is { } section && !citedSections.Contains(section))
            {
                citedSections.Add(section);
            }
            if (!citedDocuments.Contains(citation.Document))
            {
                citedDocuments.Add(citation.Document);
            }
        }
        var better = topic.Suggest(asOf, citedSections, citedDocuments);
        // Name the document when the suggestion is in another one: every ACOEM chapter has a 'Special Studies'.
        string suggestion = better is null ? ""
            : citedDocuments.Count == 1 && better.Document.Id == citedDocuments[0].Id ? $", e.g. '{better.DisplayTitle}'"
            : $", e.g. '{better.DisplayTitle}' in {better.Document.CanonicalName}";
        var names = wrong.Select(w => "'" + CitedName(w.Citation) + "'").ToList();
        string cited = names.Count == 1 ? names[0] + " is"
            : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1] + " are";
        string judged = (names.Count == 1 ? "it does not address " : "none of them addresses ") + reading.Describe() + AboutTheEvidence(wrong, reading, _resolver.Catalogue, names.Count);
        int start = wrong[0].Match.Start;
        int end = wrong[^1].Match.Start + wrong[^1].Match.Length;
        string key = string.Join(";", wrong.Select(w => w.Citation.ToString()));
        Add(letter, Rules.SectionDoesNotAddressItem, new object?[] { cited, item.Text, judged, suggestion }, start, end - start, item.Text, key, findings);
    }

    /// <summary>
    /// The evidence, when every cited section is judged on the same kind of it, so the reader can weigh the warning: on body
    /// part, the parts they are about (" (it is about the lumbar spine)"); on purpose, what the general
    /// heading covers against what the item is for (" (it covers diagnostic studies, and this item is a treatment)").
    /// Empty when any is judged on its topic, whose title already says what it is about, or the kinds differ.
    /// </summary>
    private static string AboutTheEvidence(List<(Citation Citation, CitationMatch Match)> wrong, DisputedItemReading reading, GuidelineCatalogue catalogue, int count)
    {
        var parts = new List<BodyPart>();
        ItemPurpose? headingPurpose = null;
        foreach (var (citation, _) in wrong)
        {
            var evidence = citation.Section is { } section ? catalogue.EvidenceAgainst(section, reading) : catalogue.EvidenceAgainst(citation.Document, reading);
            if (evidence == MismatchEvidence.Purpose && parts.Count == 0 && citation.Section is { } heading
                && catalogue.SectionPurpose(heading) is { } purpose && (headingPurpose is null || headingPurpose == purpose))
            {
                headingPurpose = purpose;
                continue;
            }
            if (evidence != MismatchEvidence.BodyPart || headingPurpose is not null)
            {
                return "";
            }
            var about = citation.Section is { } cited ? catalogue.BodyPartsAbout(cited) : catalogue.BodyPartsAbout(citation.Document);
            parts.AddRange(about.Where(part => !parts.Contains(part)));
        }
        if (headingPurpose is { } covered)
        {
            string what = covered == ItemPurpose.Diagnosis ? "diagnostic studies, and this item is a treatment" : "treatment, and this item is a diagnostic study";
            return (count == 1 ? " (it covers " : " (they cover ") + what + ")";
        }
        var names = parts.Select(BodyParts.Display).ToList();
        string joined = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
        return (count == 1 ? " (it is about the " : " (they are about the ") + joined + ")";
    }

    /// <summary>
    /// True when a section outside the MTUS was cited by its source and topic alone ("ODG, PRP") and addresses the item's
    /// treatment: the chapter the resolver took for it is a guess (the source's other chapters, which the catalogue holds in
    /// part, may have the same topic), so the chapter's body part cannot make the citation wrong.
    /// </summary>
    private bool MayBeAnotherChapters(GuidelineSection section, TopicStatement statement, TopicMemo.ItemTopic topic)
    {
        var document = section.Document;
        if (document.IsMtus || Named(statement.Key, _topics.DocumentNames(document)))
        {
            return false;
        }
        return topic.JudgeAnyBodyPart(section) != TopicVerdict.DoesNotAddress;
    }

    /// <summary>True when the statement names one of the keys (a document's title or aliases, padded by <see cref="TopicMemo.DocumentNames"/>).</summary>
    private static bool Named(string statementKey, string[] paddedKeys)
    {
        foreach (string key in paddedKeys)
        {
            if (statementKey.Contains(key, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Same(Citation a, Citation b) =>
        ReferenceEquals(a.Document, b.Document) && ReferenceEquals(a.Section, b.Section);

    /// <summary>A section by its title; a whole document by its name.</summary>
    private static string CitedName(Citation citation) => citation.Section?.DisplayTitle ?? citation.Document.CanonicalName;

    private void AddProblem(LetterDocument letter, string item, CitationProblem problem, List<LetterFinding> findings)
    {
        string key = problem.Start >= 0 ? TextKey.Normalize(letter.ScanText.Substring(problem.Start, problem.Length)) : "";
        AddWithSeverity(letter, problem.Rule, problem.Severity, problem.Message, Math.Max(0, problem.Start), problem.Length, item, key, findings);
    }

    private void Add(LetterDocument letter, RuleDescriptor rule, object?[] args, int start, int length, string item, string key, List<LetterFinding> findings) =>
        AddWithSeverity(letter, rule, rule.DefaultSeverity, rule.Format(args), start, length, item, key, findings);

    private void AddWithSeverity(LetterDocument letter, RuleDescriptor rule, ImrSeverity severity, string message, int start, int length, string item, string key, List<LetterFinding> findings)
    {
        if (_severities.TryGetValue(rule.Id, out var configured))
        {
            severity = configured;
        }
        if (severity == ImrSeverity.Hidden)
        {
            return;
        }
        var location = letter.Lines.GetLocation(start, length);
        // A bounded window of the line, never a copy of a whole long line (LetterDocument.SnippetAt).
        var (snippet, snippetStart, snippetLength) = letter.SnippetAt(location);
        findings.Add(new LetterFinding(rule, severity, message, letter.Path, location.StartLine, location.StartColumn, location.EndLine, location.EndColumn,
            letter.PageOf(location.StartLine), Fingerprint(letter.Path, item, key, rule.Id), snippet, snippetStart, snippetLength));
    }

    private static LetterCitation NewCitation(LetterDocument letter, int start, int length, CitationRole role, string item, Citation? citation,
        CitationOutcome? outcome = null, string? recognised = null)
    {
        var location = letter.Lines.GetLocation(start, length);
        return new LetterCitation(letter.Path, location.StartLine, location.StartColumn, location.EndLine, location.EndColumn,
            letter.PageOf(location.StartLine), letter.ScanText.Substring(start, length), role, item, citation,
            outcome ?? (citation is null ? CitationOutcome.Unresolved : CitationOutcome.Resolved), recognised);
    }

    /// <summary>From the letter's file name, the disputed item, the normalized citation and the rule: not from line numbers.</summary>
    public static string Fingerprint(string file, string item, string citation, string rule)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(file);
        string text = string.Concat(name, "\u001f", TextKey.Normalize(item), "\u001f", citation) + "\u001f" + rule;
        // Hashed from the stack for the usual short text: one finding, one string, no byte arrays.
        int most = Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> bytes = most <= 1024 ? stackalloc byte[1024] : new byte[most];
        int length = Encoding.UTF8.GetBytes(text, bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..length], hash);
        return Convert.ToHexStringLower(hash[..12]);
    }
}

using System.Collections.ObjectModel;

namespace ImrCite.Diagnostics;

/// <summary>
/// The rule table: every rule ImrCite reports, each written once — id, category, default severity,
/// title and message format (the message says what is wrong and how to fix it); the help page is
/// docs/diagnostics/&lt;ID&gt;.md. Everything else is built from these entries: the compiler's descriptors,
/// the run-time results, the CLI's rules and <c>imrcite explain</c>, the build rules' texts in the
/// package's MSBuild targets, the docs index, the README's table and release tracking (tests keep the
/// files in step and rewrite them on request; see docs/diagnostics/README.md, "Writing a new rule").
/// </summary>
/// <remarks>
/// One entry per rule, ordered by id. Adding a rule is adding its entry here, the check that reports it
/// and its help page.
/// </remarks>
internal static class Rules
{
    // Filled by Define, in the order of the entries below; it must stay the first field of the class,
    // because static fields are initialised in the order they are written.
    private static readonly List<RuleDescriptor> Table = new List<RuleDescriptor>();

    private static RuleDescriptor Define(string id, string category, ImrSeverity defaultSeverity, string title, string messageFormat)
    {
        var rule = new RuleDescriptor(id, title, messageFormat, category, defaultSeverity);
        Table.Add(rule);
        return rule;
    }

    // ---- Catalogue rules (IMR00xx): guideline catalogue files, *.imrcite.json ----

    /// <summary>IMR0001: the catalogue file is not valid JSON.</summary>
    public static readonly RuleDescriptor CatalogueSyntaxError = Define("IMR0001", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Catalogue file is not valid JSON",
        "The catalogue file is not valid JSON: {0}. Fix the syntax at this position.");

    /// <summary>IMR0002: a field the catalogue format does not define.</summary>
    public static readonly RuleDescriptor UnknownField = Define("IMR0002", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Unknown catalogue field",
        "Unknown field '{0}' in {1}. Allowed fields: {2}.");

    /// <summary>IMR0003: a required field is missing.</summary>
    public static readonly RuleDescriptor MissingField = Define("IMR0003", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Missing required catalogue field",
        "{0} is missing the required field '{1}'. Add it.");

    /// <summary>IMR0004: a field has a value of the wrong type or form.</summary>
    public static readonly RuleDescriptor InvalidValue = Define("IMR0004", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Invalid catalogue value",
        "Field '{0}' {1}. Correct the value.");

    /// <summary>IMR0005: two records share an id.</summary>
    public static readonly RuleDescriptor DuplicateId = Define("IMR0005", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Duplicate catalogue id",
        "Duplicate {0} id '{1}' (first declared at {2}). Ids must be unique: rename or remove one.");

    /// <summary>IMR0006: a page set cannot be read.</summary>
    public static readonly RuleDescriptor InvalidPageSet = Define("IMR0006", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Invalid page set",
        "Page set '{0}' is not valid: {1}. Write pages as ranges and lists, e.g. \"74-96\" or \"76, 80-82\".");

    /// <summary>IMR0007: a page range in the catalogue runs backwards.</summary>
    public static readonly RuleDescriptor ReversedCataloguePageRange = Define("IMR0007", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Catalogue page range runs backwards",
        "Page range '{0}' runs backwards. Write it as '{1}'.");

    /// <summary>IMR0008: page ranges overlap where they may not.</summary>
    public static readonly RuleDescriptor OverlappingPages = Define("IMR0008", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Overlapping page ranges",
        "{0}. Fix the pages, nest one section in the other, or set \"siblingOverlap\": \"allowed\" on the parent.");

    /// <summary>IMR0009: a section's pages lie beyond its document's pages.</summary>
    public static readonly RuleDescriptor SectionPagesBeyondDocument = Define("IMR0009", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Section pages beyond the document",
        "Section '{0}' has pages {1}, outside its document's pages {2}. Correct the pages.");

    /// <summary>IMR0010: a section's pages lie outside its parent section's pages.</summary>
    public static readonly RuleDescriptor SectionPagesOutsideParent = Define("IMR0010", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Section pages outside the parent section",
        "Section '{0}' has pages {1}, outside its parent section '{2}' (pages {3}). Correct the pages or move the section.");

    /// <summary>IMR0011: one alias or title names two sections of one document.</summary>
    public static readonly RuleDescriptor DuplicateAlias = Define("IMR0011", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Alias names two sections",
        "'{0}' names both section '{1}' and section '{2}' of document '{3}'. A citation could not tell them apart: remove or reword one.");

    /// <summary>IMR0012: a supersession names a document or section the catalogue lacks.</summary>
    public static readonly RuleDescriptor DanglingSupersession = Define("IMR0012", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Supersession names a missing successor",
        "'{0}' is superseded by '{1}', which the catalogue does not contain. Add the successor or correct the id.");

    /// <summary>IMR0013: a date is malformed or an effective window is reversed.</summary>
    public static readonly RuleDescriptor InvalidDate = Define("IMR0013", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Invalid date",
        "{0}. Dates are written yyyy-MM-dd and an effective window must not end before it starts.");

    /// <summary>IMR0014: a document names a source the catalogue lacks.</summary>
    public static readonly RuleDescriptor UnknownSource = Define("IMR0014", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Unknown source",
        "Document '{0}' names source '{1}', which the catalogue does not define. Known sources: {2}.");

    /// <summary>IMR0015: a section addresses a treatment the catalogue lacks.</summary>
    public static readonly RuleDescriptor UnknownTreatment = Define("IMR0015", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Unknown treatment",
        "Section '{0}' addresses '{1}', which is not a treatment in the catalogue{2}. Add it to \"treatments\" or correct the id.");

    /// <summary>IMR0016: two documents in force at the same time share an alias.</summary>
    public static readonly RuleDescriptor AmbiguousDocumentAlias = Define("IMR0016", DiagnosticCategories.Catalogue, ImrSeverity.Warning,
        "Alias names two documents in force together",
        "'{0}' names both '{1}' and '{2}', whose effective windows overlap, so a citation by this name would be ambiguous. If one replaced the other, end the older one's window with \"effectiveTo\"; otherwise remove the name from one.");

    /// <summary>IMR0017: a document that supersedes another lacks sections its predecessor had.</summary>
    public static readonly RuleDescriptor MissingPredecessorSection = Define("IMR0017", DiagnosticCategories.Catalogue, ImrSeverity.Warning,
        "Newer edition lacks a predecessor's section",
        "'{0}' supersedes '{1}' but lacks {2}. Add the section(s) to '{0}' (matched by id, title, number or alias), or list them in \"omits\" with a reason.");

    /// <summary>IMR0018: supersededBy links lead back to where they started.</summary>
    public static readonly RuleDescriptor SupersessionCycle = Define("IMR0018", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Supersession cycle",
        "{0}: {1}. A chain of supersededBy links must end at a record nobody supersedes: correct or remove one of the links.");

    /// <summary>IMR0019: a catalogue file's bytes are not valid UTF-8.</summary>
    public static readonly RuleDescriptor CatalogueEncoding = Define("IMR0019", DiagnosticCategories.Catalogue, ImrSeverity.Error,
        "Catalogue file is not valid UTF-8",
        "The catalogue file is not valid UTF-8: {0}. Save the file as UTF-8 (it looks like Latin-1 or Windows-1252 text); it was not read.");

    /// <summary>IMR0020: a general section of an MTUS guideline (a heading its series repeats) does not say what it addresses.</summary>
    public static readonly RuleDescriptor GeneralSectionWithoutScope = Define("IMR0020", DiagnosticCategories.Catalogue, ImrSeverity.Warning,
        "General section without scope",
        "'{0}' of '{1}' is a general section (other chapters of its series have it too) but does not say what it addresses, so a letter's citation of it cannot be checked against the disputed item (IMR0200). Add \"addresses\" with the treatment classes it covers (its body parts come from the document's \"bodyParts\"), or \"addresses\": [] when it addresses no treatment.");

    // ---- Citation rules (IMR01xx): citation text and typed citations ----

    /// <summary>IMR0100: citation text that cannot be read.</summary>
    public static readonly RuleDescriptor MalformedCitation = Define("IMR0100", DiagnosticCategories.Citation, ImrSeverity.Error,
        "Malformed citation",
        "{0}. Write citations as \"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96\".");

    /// <summary>IMR0101: a citation names no document the catalogue knows.</summary>
    public static readonly RuleDescriptor UnknownDocument = Define("IMR0101", DiagnosticCategories.Citation, ImrSeverity.Error,
        "Unknown guideline document",
        "No guideline document in the catalogue is called '{0}'. Use a name the catalogue knows{1}.");

    /// <summary>IMR0102: a citation names a section its document lacks.</summary>
    public static readonly RuleDescriptor UnknownSection = Define("IMR0102", DiagnosticCategories.Citation, ImrSeverity.Error,
        "Unknown guideline section",
        "{0} has no section '{1}'. Use a title or alias the catalogue lists{2}.");

    /// <summary>IMR0103: cited pages lie outside the section's verified pages.</summary>
    public static readonly RuleDescriptor PagesOutsideSection = Define("IMR0103", DiagnosticCategories.Citation, ImrSeverity.Error,
        "Pages outside the cited section",
        "Page(s) {0} are outside '{1}', which is on {2} (verified). Cite the pages of the section, or the section those pages belong to{3}.");

    /// <summary>IMR0104: cited pages lie outside the section's pages as commonly cited (unverified).</summary>
    public static readonly RuleDescriptor PagesOutsideSectionUnverified = Define("IMR0104", DiagnosticCategories.Citation, ImrSeverity.Warning,
        "Pages outside the cited section (unverified pages)",
        "Page(s) {0} are outside '{1}', which is on {2} as commonly cited (not verified against the guideline). Check the pages{3}.");

    /// <summary>IMR0105: cited pages lie beyond the document's length.</summary>
    public static readonly RuleDescriptor PagesBeyondDocument = Define("IMR0105", DiagnosticCategories.Citation, ImrSeverity.Error,
        "Pages beyond the document",
        "Page(s) {0} are beyond {1}, which has pages {2}. Correct the page numbers.");

    /// <summary>IMR0106: a stated total ("of 112") contradicts the document's length.</summary>
    public static readonly RuleDescriptor StatedTotalMismatch = Define("IMR0106", DiagnosticCategories.Citation, ImrSeverity.Error,
        "Stated page total contradicts the document",
        "The citation says 'of {0}' but {1} has {2} pages. Write 'of {2}' or check which document is meant.");

    /// <summary>IMR0107: a cited page range runs backwards.</summary>
    public static readonly RuleDescriptor ReversedPageRange = Define("IMR0107", DiagnosticCategories.Citation, ImrSeverity.Error,
        "Cited page range runs backwards",
        "Page range {0} runs backwards. Write it as {1}.");

    /// <summary>IMR0108: a regulation reference is malformed.</summary>
    public static readonly RuleDescriptor MalformedRegulation = Define("IMR0108", DiagnosticCategories.Citation, ImrSeverity.Error,
        "Malformed regulation reference",
        "{0}. Write regulation references as \"8 C.C.R. 9792.20 - 9792.26\".");

    /// <summary>IMR0109: a superseded section or document is cited.</summary>
    public static readonly RuleDescriptor SupersededCitation = Define("IMR0109", DiagnosticCategories.Citation, ImrSeverity.Warning,
        "Superseded guideline cited",
        "{0} was superseded by {1} on {2}{3}. Cite the version in force on the decision date.");

    /// <summary>IMR0110: a non-MTUS source is cited for a topic the MTUS addresses.</summary>
    public static readonly RuleDescriptor NonMtusForMtusTopic = Define("IMR0110", DiagnosticCategories.Citation, ImrSeverity.Note,
        "Non-MTUS source cited for a topic the MTUS addresses",
        "{0} is not part of the MTUS, but the MTUS addresses this topic in {1}. The MTUS is presumed correct (Labor Code 4610.5(c)(2)): cite it first.");

    /// <summary>IMR0111: a valid citation literal could be the generated API's typed citation.</summary>
    public static readonly RuleDescriptor UseGeneratedCitation = Define("IMR0111", DiagnosticCategories.Citation, ImrSeverity.Note,
        "Citation text can be a typed citation",
        "'{0}' is {1}. Use the generated API ({2}) so the compiler checks it.");

    /// <summary>IMR0112: a citation marked non-MTUS names a source the catalogue does not hold (an article, a website).</summary>
    public static readonly RuleDescriptor UncataloguedNonMtusSource = Define("IMR0112", DiagnosticCategories.Citation, ImrSeverity.Warning,
        "Non-MTUS source not in the catalogue",
        "'{0}' is cited as non-MTUS evidence but is not in the catalogue, so it was not checked. If it is a guideline letters cite, add it to a catalogue file.");

    /// <summary>IMR0113: a topic or chapter of a partially catalogued guideline that the catalogue does not hold: recognised, not checked.</summary>
    public static readonly RuleDescriptor UnverifiedTopic = Define("IMR0113", DiagnosticCategories.Citation, ImrSeverity.Note,
        "Topic not in the catalogue (unverified)",
        "'{0}' is recognised as {1}, but the catalogue does not hold it{2}, so it was not checked. Nothing to fix unless the name is misspelt.");

    /// <summary>IMR0114: no version of the cited guideline was in force on the decision date.</summary>
    public static readonly RuleDescriptor NotInForce = Define("IMR0114", DiagnosticCategories.Citation, ImrSeverity.Warning,
        "Guideline not in force on the decision date",
        "{0} was not in force on {1}: {2}. Cite the version in force on the decision date.");

    /// <summary>IMR0115: a guideline that was proposed but, as far as the catalogue knows, not adopted.</summary>
    public static readonly RuleDescriptor ProposedGuideline = Define("IMR0115", DiagnosticCategories.Citation, ImrSeverity.Warning,
        "Proposed guideline cited",
        "{0} was proposed on {1} but, as far as the catalogue knows, not adopted: it is not part of the MTUS on {2}{3}. Cite the guideline in force.");

    // ---- Letter rules (IMR02xx): whole determination letters, reported by imrcite lint ----

    /// <summary>IMR0200: a cited section does not address the disputed item.</summary>
    public static readonly RuleDescriptor SectionDoesNotAddressItem = Define("IMR0200", DiagnosticCategories.Letter, ImrSeverity.Warning,
        "Cited section does not address the disputed item",
        "{0} cited for '{1}', but {2}. Cite a section that does{3}.");

    /// <summary>IMR0201: a disputed item has no MAXIMUS guideline citation.</summary>
    public static readonly RuleDescriptor NoReviewerCitation = Define("IMR0201", DiagnosticCategories.Letter, ImrSeverity.Warning,
        "Disputed item without a reviewer guideline citation",
        "The decision on '{0}' has no MAXIMUS guideline citation. Cite the guideline the decision rests on.");

    /// <summary>IMR0202: a decision line has no rationale.</summary>
    public static readonly RuleDescriptor NoRationale = Define("IMR0202", DiagnosticCategories.Letter, ImrSeverity.Warning,
        "Decision without a rationale",
        "The decision on '{0}' has no decision rationale. Write the rationale under \"Decision rationale:\".");

    /// <summary>IMR0203: text that looks like a guideline citation but does not resolve.</summary>
    public static readonly RuleDescriptor UnresolvedCitationLikeText = Define("IMR0203", DiagnosticCategories.Letter, ImrSeverity.Warning,
        "Citation-like text that does not resolve",
        "'{0}' looks like a guideline citation but names no document and section the catalogue knows. Check it against the catalogue.");

    /// <summary>IMR0204: a letter in which no disputed item was found, so nothing in it was checked.</summary>
    public static readonly RuleDescriptor NoDisputedItem = Define("IMR0204", DiagnosticCategories.Letter, ImrSeverity.Warning,
        "Letter without a disputed item",
        "{0}{1}, so nothing in this letter was checked. Check that it is an IMR determination letter.");

    /// <summary>IMR0205: a letter over the input cap (text size, PDF pages, inflated PDF content), not read.</summary>
    public static readonly RuleDescriptor OverInputCap = Define("IMR0205", DiagnosticCategories.Letter, ImrSeverity.Warning,
        "Letter over the input cap",
        "The letter is {0}, over the cap of {1}, so it was not checked. If it is a real letter, raise the cap with {2}.");

    /// <summary>IMR0206: a file that is binary, or text in an encoding other than UTF-8 and UTF-16, not read.</summary>
    public static readonly RuleDescriptor NotText = Define("IMR0206", DiagnosticCategories.Letter, ImrSeverity.Warning,
        "File is binary or not UTF-8/UTF-16 text",
        "The file is {0}, so it was not checked: {1}.");

    /// <summary>IMR0207: a path that is not a regular file (FIFO, device, socket), or a folder already read, skipped.</summary>
    public static readonly RuleDescriptor Skipped = Define("IMR0207", DiagnosticCategories.Letter, ImrSeverity.Note,
        "File skipped: not a regular file, or a folder already read",
        "Not read: this is {0}. Only regular files are read, and each folder once.");

    // ---- Build rules (IMR03xx): reported by the package's MSBuild targets before the compiler runs ----

    /// <summary>IMR0300: an ImrCiteCatalogue item names no file.</summary>
    public static readonly RuleDescriptor CatalogueItemNamesNoFile = Define("IMR0300", DiagnosticCategories.Build, ImrSeverity.Warning,
        "Catalogue item names no file",
        "ImrCiteCatalogue item '{0}' names no file. Fix the path in the project file; the generator reads only files that exist.");

    /// <summary>IMR0301: an ImrCiteCatalogue item is not named *.imrcite.json.</summary>
    public static readonly RuleDescriptor CatalogueItemWrongName = Define("IMR0301", DiagnosticCategories.Build, ImrSeverity.Warning,
        "Catalogue item is not named *.imrcite.json",
        "ImrCiteCatalogue item '{0}' is not named *.imrcite.json, so the generator ignores it. Rename the file to end in .imrcite.json.");

    // ---- End of the table ----

    /// <summary>Every rule, in the order of the table (by id).</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new ReadOnlyCollection<RuleDescriptor>(Table);

    /// <summary>The rules of one category (<see cref="DiagnosticCategories"/>), by id.</summary>
    public static IReadOnlyList<RuleDescriptor> InCategory(string category)
    {
        var rules = new List<RuleDescriptor>();
        foreach (var rule in Table)
        {
            if (string.Equals(rule.Category, category, StringComparison.Ordinal))
            {
                rules.Add(rule);
            }
        }
        return rules;
    }

    /// <summary>Finds a rule by id (ignoring case), or null.</summary>
    public static RuleDescriptor? Find(string id)
    {
        foreach (var rule in Table)
        {
            if (string.Equals(rule.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return rule;
            }
        }
        return null;
    }
}

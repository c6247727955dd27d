using System.Text.RegularExpressions;
using ImrCite.Catalogue;

namespace ImrCite.Citations;

/// <summary>What the words around a document's name say about its version: a year, a version, an edition ordinal, a version's date.</summary>
internal readonly struct VersionSelectors
{
    public VersionSelectors(string? year, string? version, string? edition, GuidelineDate? date = null)
    {
        Year = year;
        Version = version;
        Edition = edition;
        Date = date;
    }

    /// <summary>The date the publisher gave the version ("Chronic Pain Guideline (ACOEM December 19, 2024)"), or null.</summary>
    public GuidelineDate? Date { get; }

    /// <summary>True when the words pick a version at all.</summary>
    public bool Any => Year is not null || Version is not null || Edition is not null || Date is not null;

    /// <summary>A year written with the name ("Low Back Disorders 2019"), or null.</summary>
    public string? Year { get; }

    /// <summary>A version written with the name ("v11"), or null.</summary>
    public string? Version { get; }

    /// <summary>An edition ordinal written with the name ("3" for "3rd ed."), or null.</summary>
    public string? Edition { get; }

    /// <summary>The selectors among words[start..end) (the words of a name, with its leading and trailing qualifiers).</summary>
    public static VersionSelectors Read(NameWordList words, int start, int end)
    {
        string? year = null, version = null, edition = null;
        GuidelineDate? date = null;
        for (int k = Math.Max(0, start); k < end && k < words.Count; k++)
        {
            ref readonly var word = ref words[k];
            switch (word.Kind)
            {
                case NameWordKind.Year:
                    year ??= word.Selector;
                    break;
                case NameWordKind.Version:
                    version ??= word.Selector;
                    break;
                case NameWordKind.Edition:
                    edition ??= word.Selector;
                    break;
                case NameWordKind.VersionDate when date is null && GuidelineDate.TryParse(word.Selector, out var parsed):
                    date = parsed;
                    break;
            }
        }
        return new VersionSelectors(year, version, edition, date);
    }
}

/// <summary>
/// Which version of a guideline a citation means, and what the decision date makes of it. One name often
/// stands for several versions ("Chronic Pain Medical Treatment Guidelines": 2009, 2016); a year, version or
/// edition written with the name picks one, otherwise the decision date does. When no version was in force
/// on the decision date, the choice is never silent: the version chosen is the one nearest the date, and the
/// checker reports that it was superseded, not yet in force, no longer in force or only proposed.
/// </summary>
internal static class VersionChoice
{
    private static readonly Regex EditionOrdinal = new(@"(\d+)\s*(st|nd|rd|th)\s+ed", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The outcome of choosing among versions.</summary>
    public enum Fit
    {
        /// <summary>A version in force on the date (or no date to ask about).</summary>
        InForce,
        /// <summary>The version chosen was not in force on the date; the checker says why.</summary>
        NotInForce,
        /// <summary>The words name an edition, a version number or a version's date the catalogue does not hold ("3rd ed." of a guideline catalogued in its 2nd; "v4" of a list known in v3 and v6; "December 18, 2024" of a guideline whose versions are dated otherwise).</summary>
        OtherEdition,
    }

    /// <summary>Chooses among <paramref name="candidates"/> (documents sharing a name, best first).</summary>
    public static GuidelineDocument Choose(IReadOnlyList<GuidelineDocument> candidates, VersionSelectors selectors, GuidelineDate? asOf, out Fit fit)
    {
        // The pool narrows only where a selector picks some of it; it is copied only then (no closure, no copy per call).
        IReadOnlyList<GuidelineDocument> pool = candidates;
        if (selectors.Edition is not null)
        {
            var ofEdition = Narrow(pool, selectors, By.Edition);
            if (ofEdition is null)
            {
                fit = Fit.OtherEdition;
                return pool[0];
            }
            pool = ofEdition;
        }
        // A version number the catalogue does not hold ("Drug List v4" when only v3 and v6 are known) is not
        // silently read as whichever version the date picks: the date still chooses what to show, but the
        // citation is recognised and not checked.
        bool namesUnheldVersion = false;
        if (selectors.Version is not null)
        {
            if (Narrow(pool, selectors, By.Version) is { } ofVersion)
            {
                pool = ofVersion;
            }
            else
            {
                for (int documentIndex = 0; documentIndex < pool.Count; documentIndex++)
                {
                    var document = pool[documentIndex];
                    namesUnheldVersion |= IsVersionNumber(document.Edition);
                }
            }
        }
        // A version's date picks the version the publisher dated so; a date that no version of the name has is named
        // the same way as a version number the catalogue does not hold (when the catalogue dates none of them, the
        // date says nothing it can check, and is passed over).
        if (selectors.Date is not null)
        {
            if (Narrow(pool, selectors, By.Date) is { } ofDate)
            {
                pool = ofDate;
            }
            else
            {
                for (int documentIndex = 0; documentIndex < pool.Count; documentIndex++)
                {
                    namesUnheldVersion |= pool[documentIndex].VersionDate is not null;
                }
            }
        }
        if (selectors.Year is not null)
        {
            pool = Narrow(pool, selectors, By.Year) ?? pool;
        }
        var chosen = ByDate(pool, asOf, out fit);
        if (namesUnheldVersion)
        {
            fit = Fit.OtherEdition;
        }
        return chosen;
    }

    /// <summary>The version in force on <paramref name="asOf"/>, else the one nearest it (the earliest with no date).</summary>
    private static GuidelineDocument ByDate(IReadOnlyList<GuidelineDocument> pool, GuidelineDate? asOf, out Fit fit)
    {
        if (asOf is not { } date)
        {
            fit = Fit.InForce;
            return Earliest(pool);
        }
        for (int candidateIndex = 0; candidateIndex < pool.Count; candidateIndex++)
        {
            var candidate = pool[candidateIndex];
            if (candidate.IsInForceOn(date))
            {
                fit = Fit.InForce;
                return candidate;
            }
        }
        fit = Fit.NotInForce;
        // The version nearest the date: the last that ended before it, else the first that starts after it.
        GuidelineDocument? ended = null;
        GuidelineDocument? upcoming = null;
        for (int candidateIndex = 0; candidateIndex < pool.Count; candidateIndex++)
        {
            var candidate = pool[candidateIndex];
            if (candidate.EffectiveTo is { } to && to < date)
            {
                if (ended is null || ended.EffectiveTo!.Value < to)
                {
                    ended = candidate;
                }
            }
            else if (upcoming is null || candidate.EffectiveFrom < upcoming.EffectiveFrom)
            {
                upcoming = candidate;
            }
        }
        return ended ?? upcoming ?? pool[0];
    }

    /// <summary>
    /// The version in force on <paramref name="date"/> that <paramref name="document"/>'s supersession chain leads
    /// to: its successor, that successor's successor, and so on, as far as the date reaches. Null when the chain
    /// ends before any version in force (or <paramref name="document"/> has no successor).
    /// </summary>
    public static GuidelineDocument? SuccessorInForce(GuidelineCatalogue? catalogue, GuidelineDocument document, GuidelineDate date)
    {
        if (catalogue is null)
        {
            return null;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { document.Id };
        var current = document;
        GuidelineDocument? last = null;
        while (current.SupersededBy is { } next && current.SupersededOn is { } on && on <= date && seen.Add(next))
        {
            var successor = catalogue.FindDocument(next);
            if (successor is null)
            {
                break;
            }
            last = successor;
            if (successor.IsInForceOn(date))
            {
                return successor;
            }
            current = successor;
        }
        return last is not null && last.IsInForceOn(date) ? last : null;
    }

    /// <summary>The section in force on <paramref name="date"/> that a section's supersession chain leads to, or null.</summary>
    public static GuidelineSection? SuccessorInForce(GuidelineCatalogue? catalogue, GuidelineSection section, GuidelineDate date)
    {
        if (catalogue is null)
        {
            return null;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { section.FullId };
        GuidelineSection current = section;
        GuidelineSection? last = null;
        while (current.SupersededBy is { } next && current.SupersededOn is { } on && on <= date && seen.Add(next))
        {
            var successor = catalogue.FindSection(next);
            if (successor is null)
            {
                break;
            }
            last = successor;
            bool superseded = successor.SupersededOn is { } successorOn && successorOn <= date;
            if (successor.Document.IsInForceOn(date) && !superseded)
            {
                return successor;
            }
            current = successor;
        }
        return last;
    }

    private enum By
    {
        Edition,
        Version,
        Year,
        Date,
    }

    /// <summary>
    /// True when <paramref name="selectors"/> pick a version of <paramref name="candidates"/> (or name one they lack) that
    /// <paramref name="current"/> is not: "MTUS Drug Formulary, MTUS Drug List v12" — the version belongs to the Drug
    /// List, not to the formulary's section of that name, which has no versions of its own.
    /// </summary>
    public static bool PicksAnotherVersion(IReadOnlyList<GuidelineDocument> candidates, GuidelineDocument current, VersionSelectors selectors)
    {
        var alone = new[] { current };
        if (selectors.Version is not null)
        {
            return Narrow(alone, selectors, By.Version) is null && HasVersionNumbers(candidates);
        }
        if (selectors.Date is not null)
        {
            return current.VersionDate != selectors.Date && HasVersionDates(candidates);
        }
        if (selectors.Year is not null)
        {
            return Narrow(alone, selectors, By.Year) is null && Narrow(candidates, selectors, By.Year) is not null;
        }
        return false;
    }

    private static bool HasVersionNumbers(IReadOnlyList<GuidelineDocument> documents)
    {
        foreach (var document in documents)
        {
            if (IsVersionNumber(document.Edition))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasVersionDates(IReadOnlyList<GuidelineDocument> documents)
    {
        foreach (var document in documents)
        {
            if (document.VersionDate is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The versions of a name the catalogue holds, for a finding about one it does not: " (the versions it holds: v1,
    /// v3, …)", or, where the words named a version's date, each version's date and window: " (the versions it holds:
    /// dated 2017-05-15 (in force from 2017-12-01); dated 2024-12-19 (proposed, not adopted))".
    /// </summary>
    public static string HeldVersions(IReadOnlyList<GuidelineDocument> candidates, VersionSelectors selectors)
    {
        var versions = new List<string>();
        var ordered = new List<GuidelineDocument>(candidates);
        ordered.Sort((a, b) => (a.EffectiveFrom ?? a.ProposedOn ?? default).CompareTo(b.EffectiveFrom ?? b.ProposedOn ?? default));
        foreach (var document in ordered)
        {
            string? name = selectors.Date is null ? document.Edition
                : document.VersionDate is { } dated ? "dated " + dated : null;
            if (name is null)
            {
                continue;
            }
            if (selectors.Date is null)
            {
                versions.Add(name); // a list of numbered versions reads as their numbers: "v1, v3, v6"
                continue;
            }
            string window = document.IsProposed ? "proposed, not adopted"
                : document.EffectiveFrom is { } from ? document.EffectiveTo is { } to ? $"in force {from} to {to}" : $"in force from {from}"
                : "never in force";
            versions.Add($"{name} ({window})");
        }
        return versions.Count == 0 ? "" : " (the versions it holds: " + string.Join(selectors.Date is null ? ", " : "; ", versions) + ")";
    }

    /// <summary>The documents of <paramref name="pool"/> the selector picks, in order; null when it picks none.</summary>
    private static List<GuidelineDocument>? Narrow(IReadOnlyList<GuidelineDocument> pool, VersionSelectors selectors, By by)
    {
        List<GuidelineDocument>? picked = null;
        for (int documentIndex = 0; documentIndex < pool.Count; documentIndex++)
        {
            var document = pool[documentIndex];
            bool fits = by switch
            {
                By.Edition => EditionOf(document) == selectors.Edition,
                By.Version => SameVersion(document.Edition, selectors.Version!),
                By.Date => document.VersionDate == selectors.Date,
                _ => document.Edition.StartsWith(selectors.Year!, StringComparison.Ordinal),
            };
            if (fits)
            {
                (picked ??= new List<GuidelineDocument>()).Add(document);
            }
        }
        return picked;
    }

    private static GuidelineDocument Earliest(IReadOnlyList<GuidelineDocument> pool)
    {
        var best = pool[0];
        for (int candidateIndex = 0; candidateIndex < pool.Count; candidateIndex++)
        {
            var candidate = pool[candidateIndex];
            if (candidate.EffectiveFrom < best.EffectiveFrom)
            {
                best = candidate;
            }
        }
        return best;
    }

    /// <summary>The edition ordinal a document's series or edition states ("ACOEM Practice Guidelines, 2nd Edition" → "2"), or null.</summary>
    private static string? EditionOf(GuidelineDocument document)
    {
        foreach (string? text in new[] { document.Series, document.Edition, document.Title })
        {
            if (text is not null && EditionOrdinal.Match(text) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }
        return null;
    }

    private static bool SameVersion(string edition, string version) => NormalizedVersion(edition) == version;

    /// <summary>Whether an edition is a version number ("v11", "Version 3"), not a year or a date.</summary>
    private static bool IsVersionNumber(string edition)
    {
        string normalized = NormalizedVersion(edition);
        return normalized.Length > 1 && normalized[0] == 'v' && char.IsDigit(normalized[1]);
    }

    private static string NormalizedVersion(string edition)
    {
        string normalized = edition.Replace(" ", "").ToLowerInvariant().Replace("version", "v").Replace("ver.", "v");
        if (normalized.StartsWith("v.", StringComparison.Ordinal))
        {
            normalized = "v" + normalized.Substring(2);
        }
        return normalized;
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ImrCite.Catalogue;
using ImrCite.Text;

namespace ImrCite.Citations;

/// <summary>
/// For a cited non-MTUS section, the MTUS section in force that addresses its topic (IMR0110), worked out once per
/// catalogue, section and date epoch (<see cref="GuidelineCatalogue.DateEpoch"/>: dates that compare alike with every
/// date the catalogue holds get the same answer), then looked up: judging every MTUS section against a topic costs tens
/// of microseconds, and letters cite the same few ODG topics over and over. The cache is bounded by the catalogue, not
/// the input.
/// </summary>
internal sealed class MtusPreference
{
    private static readonly ConditionalWeakTable<GuidelineCatalogue, MtusPreference> Preferences = new();

    private readonly GuidelineCatalogue _catalogue;

    private readonly ConcurrentDictionary<Key, GuidelineSection?> _answers = new();

    private MtusPreference(GuidelineCatalogue catalogue) => _catalogue = catalogue;

    /// <summary>The preference table of <paramref name="catalogue"/>, built on first use.</summary>
    public static MtusPreference For(GuidelineCatalogue catalogue) => Preferences.GetValue(catalogue, c => new MtusPreference(c));

    /// <summary>
    /// The MTUS section to cite instead of <paramref name="cited"/> of <paramref name="document"/> on
    /// <paramref name="asOf"/> (any date when null), or null when no MTUS section in force addresses what it does.
    /// </summary>
    public GuidelineSection? Instead(GuidelineDocument document, GuidelineSection cited, GuidelineDate? asOf)
    {
        var key = new Key(document, cited, _catalogue.DateEpoch(asOf));
        if (!_answers.TryGetValue(key, out var section))
        {
            section = Find(document, cited, asOf);
            _answers.TryAdd(key, section);
        }
        return section;
    }

    private GuidelineSection? Find(GuidelineDocument document, GuidelineSection cited, GuidelineDate? asOf)
    {
        foreach (string treatmentId in cited.Addresses)
        {
            if (_catalogue.FindTreatment(treatmentId) is not { } treatment)
            {
                continue;
            }
            var mtus = _catalogue.MtusSectionsAddressing(treatment, asOf, cited.Scope);
            if (mtus.Count > 0)
            {
                return ClosestTopic(mtus, document, cited, treatment);
            }
        }
        return null;
    }

    /// <summary>
    /// The MTUS section most like the cited one: most shared words in document titles and section names; among equals, one
    /// whose own title names the treatment it was found by (a section on the topic, not one whose scope lists it: for a
    /// neuropsychological test, "Psychological evaluations" before a stress chapter's "Referral"), and of those the one
    /// whose title says least beyond the cited names ("Opioids" before "Opioids, differentiation: dependence &amp;
    /// addiction"); otherwise the catalogue's order. A title that states the other purpose than the cited one's comes last.
    /// </summary>
    private static GuidelineSection ClosestTopic(IReadOnlyList<GuidelineSection> candidates, GuidelineDocument document, GuidelineSection cited, Treatment treatment)
    {
        var citedWords = new HashSet<string>(TextKey.Normalize(document.Title + " " + cited.Title).Split(' '), StringComparer.Ordinal);
        var citedPurpose = StatedPurpose(cited.Title);
        GuidelineSection best = candidates[0];
        (int SamePurpose, int Shared, int Titled, int Extra) bestRank = (-1, -1, 0, 0);
        foreach (var candidate in candidates)
        {
            int score = 0;
            var names = new List<string> { candidate.Document.Title, candidate.Title };
            names.AddRange(candidate.Aliases);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string name in names)
            {
                foreach (string word in TextKey.Normalize(name).Split(' '))
                {
                    // Joining words ("and", "the") are shared by any two titles: they say nothing of the topic.
                    if (word.Length > 2 && !NameQualifiers.IsFiller(word) && seen.Add(word) && citedWords.Contains(word))
                    {
                        score++;
                    }
                }
            }
            int extra = 0;
            foreach (string word in TextKey.Normalize(candidate.Title).Split(' '))
            {
                extra += word.Length > 0 && !citedWords.Contains(word) ? 1 : 0;
            }
            bool titled = GuidelineCatalogue.TitleNames(candidate, treatment);
            // A title that states the other purpose ("therapeutic blocks" for "diagnostic blocks") comes last, whatever it shares.
            bool otherPurpose = citedPurpose is { } purpose && StatedPurpose(candidate.Title) is { } own && own != purpose;
            var rank = (otherPurpose ? 0 : 1, score, titled ? 1 : 0, titled ? -extra : 0);
            if (rank.CompareTo(bestRank) > 0)
            {
                bestRank = rank;
                best = candidate;
            }
        }
        return best;
    }

    /// <summary>The one purpose a title states by its words ("diagnostic", "therapeutic"), or null for none or both.</summary>
    private static ItemPurpose? StatedPurpose(string title)
    {
        ItemPurpose? stated = null;
        foreach (string word in TextKey.Normalize(title).Split(' '))
        {
            foreach (var phrase in ItemWords.StartingWith(word))
            {
                if (phrase.Kind == ItemWordKind.Purpose && phrase.Words.Length == 1 && phrase.Purpose is { } purpose)
                {
                    if (stated is not null && stated != purpose)
                    {
                        return null;
                    }
                    stated = purpose;
                }
            }
        }
        return stated;
    }

    /// <summary>A cited section of a document in a date epoch; compared by reference, as the catalogue's records are unique.</summary>
    private readonly record struct Key(GuidelineDocument Document, GuidelineSection Section, int Epoch)
    {
        public bool Equals(Key other) => ReferenceEquals(Document, other.Document) && ReferenceEquals(Section, other.Section) && Epoch == other.Epoch;

        public override int GetHashCode() =>
            unchecked((((RuntimeHelpers.GetHashCode(Document) * 397) ^ RuntimeHelpers.GetHashCode(Section)) * 397) ^ Epoch);
    }
}

using System.Collections.Concurrent;

namespace ImrCite.Catalogue;

// What the topic machinery works out once per catalogue rather than once per call (issue 15.4): a corpus asks the same
// questions letter after letter. Only remembered answers; the answers are the methods' own.
#pragma warning disable IDE0040 // this type's visibility is declared once, on its part in Model/GuidelineCatalogue.cs
partial class GuidelineCatalogue
#pragma warning restore IDE0040
{
    /// <summary>The most answers of <see cref="MtusSectionsAddressing(Treatment, GuidelineDate?, IReadOnlyList{BodyPart}?)"/> kept.</summary>
    private const int MaxRememberedMtusSections = 4096;

    private readonly ConcurrentDictionary<string, IReadOnlyList<GuidelineSection>> _mtusSectionsAddressing = new ConcurrentDictionary<string, IReadOnlyList<GuidelineSection>>(StringComparer.Ordinal);
    private GuidelineDate[]? _datesHeld;

    /// <summary>
    /// Which of the catalogue's dates a decision date falls between (or on): two decision dates with the same epoch
    /// compare alike with every date the catalogue holds (documents' proposal, effective, end and supersession dates,
    /// sections' effective and supersession dates), so every date-dependent answer about the catalogue is the same for
    /// both. -1 without a date. Lets answers that depend on a date be remembered per epoch, of which there are few.
    /// </summary>
    internal int DateEpoch(GuidelineDate? asOf)
    {
        if (asOf is not { } date)
        {
            return -1;
        }
        var dates = _datesHeld ??= DatesHeld();
        int found = Array.BinarySearch(dates, date);
        return found >= 0 ? 2 * found + 1 : 2 * ~found;
    }

    private GuidelineDate[] DatesHeld()
    {
        var dates = new SortedSet<GuidelineDate>();
        void Add(GuidelineDate? date)
        {
            if (date is { } value)
            {
                dates.Add(value);
            }
        }
        foreach (var document in Documents)
        {
            Add(document.ProposedOn);
            Add(document.EffectiveFrom);
            Add(document.EffectiveTo);
            Add(document.SupersededOn);
            foreach (var section in document.AllSections)
            {
                Add(section.EffectiveFrom);
                Add(section.SupersededOn);
            }
        }
        return new List<GuidelineDate>(dates).ToArray();
    }

    /// <summary>The remembered answer for a treatment, a date's epoch and body parts, worked out on first use.</summary>
    private IReadOnlyList<GuidelineSection> RememberedMtusSections(Treatment treatment, GuidelineDate? asOf, IReadOnlyList<BodyPart>? bodyParts)
    {
        if (!_treatments.TryGetValue(treatment.Id, out var known) || !ReferenceEquals(known, treatment))
        {
            return FindMtusSectionsAddressing(treatment, asOf, bodyParts); // not this catalogue's: nothing to key it by
        }
        var key = new StringBuilder(treatment.Id).Append('\u001f').Append(DateEpoch(asOf));
        if (bodyParts is not null)
        {
            foreach (var part in bodyParts)
            {
                key.Append('\u001f').Append((int)part);
            }
        }
        string question = key.ToString();
        if (_mtusSectionsAddressing.TryGetValue(question, out var remembered))
        {
            return remembered;
        }
        var answer = FindMtusSectionsAddressing(treatment, asOf, bodyParts);
        if (_mtusSectionsAddressing.Count < MaxRememberedMtusSections)
        {
            _mtusSectionsAddressing.TryAdd(question, answer);
        }
        return answer;
    }
}

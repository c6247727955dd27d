namespace ImrCite.Catalogue;

// What the topic machinery's memos key their answers by (issue 15.4): a corpus asks the same questions letter after
// letter, with decision dates that differ letter by letter but fall into few of the catalogue's epochs. The memos
// themselves are MtusPreference (IMR0110, per catalogue) and the CLI's TopicMemo (IMR0200, per run).
#pragma warning disable IDE0040 // this type's visibility is declared once, on its part in Model/GuidelineCatalogue.cs
partial class GuidelineCatalogue
#pragma warning restore IDE0040
{
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
}

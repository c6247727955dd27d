using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Cli.Commands;
using ImrCite.Cli.Letters;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// The topic check's memo gives the catalogue's own answers: the same reading, the same verdict for every section and
/// document, and the same suggestion for every decision date — also when the answer comes from the memo, asked with
/// another date of the same epoch (the dates of a corpus differ letter by letter; the catalogue's dates are few).
/// </summary>
public sealed class TopicMemoTests
{
    private static readonly string[] Items =
    {
        "MRI of the left knee",
        "Norco 10/325mg #60",
        "Flurbiprofen 20%/Cyclobenzaprine 4% cream 180gm",
        "Physical therapy 2x6 for the lumbar spine",
        "Orthopedic consultation",
        "Right L5 transforaminal epidural steroid injection",
    };

    private static readonly GuidelineCatalogue Catalogue = ShippedCatalogue.LoadWith(Array.Empty<string>(), TextWriter.Null, out _);

    [Fact]
    public void Items_past_the_cap_are_answered_but_not_remembered()
    {
        var memo = new TopicMemo(Catalogue);
        var first = memo.Item("Item 0 of the cap: MRI of the left knee");
        for (int i = 1; i < TopicMemo.MaxItems + 20; i++)
        {
            memo.Item($"Item {i} of the cap: MRI of the left knee");
        }
        // Remembered before the cap: the same answer object; past it: a fresh one each time, with the same reading.
        Assert.Same(first, memo.Item("Item 0 of the cap: MRI of the left knee"));
        string past = $"Item {TopicMemo.MaxItems + 10} of the cap: MRI of the left knee";
        var once = memo.Item(past);
        var again = memo.Item(past);
        Assert.NotSame(once, again);
        Assert.Equal(once.Reading.Describe(), again.Reading.Describe());
        Assert.Equal(Catalogue.ReadItem(past).Describe(), again.Reading.Describe());
    }

    [Fact]
    public void Readings_and_verdicts_are_the_catalogues()
    {
        var memo = new TopicMemo(Catalogue);
        foreach (string text in Items)
        {
            var fresh = Catalogue.ReadItem(text);
            var topic = memo.Item(text);
            Assert.Same(topic, memo.Item(text));
            Assert.Equal(fresh.Describe(), topic.Reading.Describe());
            foreach (var document in Catalogue.Documents)
            {
                Assert.Equal(Catalogue.Judge(document, fresh), topic.Judge(document));
                foreach (var section in document.AllSections)
                {
                    Assert.Equal(Catalogue.Judge(section, fresh).Verdict, topic.Judge(section));
                    Assert.Equal(Catalogue.Judge(section, fresh.WithoutBodyParts()).Verdict, topic.JudgeAnyBodyPart(section));
                }
            }
        }
    }

    [Fact]
    public void Suggestions_are_the_catalogues_on_every_date()
    {
        var memo = new TopicMemo(Catalogue);
        var dates = Dates().Where((_, i) => i % 2 == 0).ToList();
        var knee = Catalogue.Documents.First(d => d.IsMtus && d.AllSections.Any(s => s.Title == "Special Studies"));
        var citedSets = new[]
        {
            (Sections: new List<GuidelineSection>(), Documents: new List<GuidelineDocument> { knee }),
            (Sections: new List<GuidelineSection> { knee.AllSections.First(s => s.Title == "Special Studies") }, Documents: new List<GuidelineDocument> { knee }),
        };
        int suggested = 0;
        foreach (string text in Items)
        {
            var topic = memo.Item(text);
            foreach (var (sections, documents) in citedSets)
            {
                // Asked twice over: the second pass is answered from the memo, for dates it may not have seen.
                foreach (var date in dates.Concat(dates.AsEnumerable().Reverse()))
                {
                    var expected = Catalogue.SuggestSections(topic.Reading, date, sections, documents).FirstOrDefault();
                    Assert.Same(expected, topic.Suggest(date, sections, documents));
                    suggested += expected is null ? 0 : 1;
                }
            }
        }
        Assert.True(suggested > 0, "the items must get suggestions, or the test shows nothing");
    }

    [Fact]
    public void Dates_of_one_epoch_compare_alike_with_every_catalogue_date()
    {
        var catalogueDates = Catalogue.Documents.SelectMany(d => new[] { d.EffectiveFrom, d.EffectiveTo, d.SupersededOn, d.ProposedOn })
            .Where(d => d is not null).Select(d => d!.Value).Distinct().ToList();
        Assert.NotEmpty(catalogueDates);
        foreach (var group in Dates().GroupBy(d => Catalogue.DateEpoch(d)))
        {
            var first = group.First();
            foreach (var date in group)
            {
                foreach (var threshold in catalogueDates)
                {
                    Assert.Equal(Math.Sign(first.CompareTo(threshold)), Math.Sign(date.CompareTo(threshold)));
                }
            }
        }
        Assert.Equal(-1, Catalogue.DateEpoch(null));
    }

    [Fact]
    public void The_remembered_mtus_preference_is_the_catalogues_answer_for_every_date()
    {
        // IMR0110's answer is remembered once, per cited section and date epoch (MtusPreference); asked in two passes
        // over interleaved dates, so most answers come from the memo for a date it has not seen.
        var preference = ImrCite.Citations.MtusPreference.For(Catalogue);
        var cited = Catalogue.Documents.Where(d => !d.IsMtus).SelectMany(d => d.AllSections).Where(s => s.Addresses.Count > 0).ToList();
        int found = 0;
        foreach (var section in cited.Where((_, i) => i % 5 == 0))
        {
            foreach (var date in Dates().Where((_, i) => i % 6 == 0).Concat(Dates().Where((_, i) => i % 6 == 3)).Cast<GuidelineDate?>().Append(null))
            {
                var first = section.Addresses.Select(Catalogue.FindTreatment).OfType<Treatment>()
                    .Select(t => Catalogue.FindMtusSectionsAddressing(t, date, section.Scope)).FirstOrDefault(s => s.Length > 0);
                var answer = preference.Instead(section.Document, section, date);
                if (first is null)
                {
                    Assert.Null(answer);
                }
                else
                {
                    Assert.Contains(answer, first);
                    found++;
                }
            }
        }
        Assert.True(found > 0, "some cited section must have an MTUS section to prefer, or the test shows nothing");
    }

    /// <summary>Every catalogue date, the days around it, and the first of each month from 2004 to 2027.</summary>
    private static IEnumerable<GuidelineDate> Dates()
    {
        var dates = new SortedSet<GuidelineDate>();
        foreach (var document in Catalogue.Documents)
        {
            foreach (var date in new[] { document.EffectiveFrom, document.EffectiveTo, document.SupersededOn })
            {
                if (date is { } value)
                {
                    var day = new DateTime(value.Year, value.Month, value.Day);
                    for (int offset = -1; offset <= 1; offset++)
                    {
                        dates.Add(GuidelineDate.FromDateTime(day.AddDays(offset)));
                    }
                }
            }
        }
        for (int year = 2004; year <= 2027; year++)
        {
            for (int month = 1; month <= 12; month += 3)
            {
                dates.Add(new GuidelineDate(year, month, 1));
            }
        }
        return dates;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Text;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// <see cref="GuidelineCatalogue.FindTreatmentsIn"/> matches an item word by word against the names that start
/// with its words; it must find what searching the item for every name in turn finds, in the same order.
/// </summary>
public sealed class TreatmentSearchTests
{
    private static readonly Lazy<GuidelineCatalogue> Shipped = new(() =>
        CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") }).Catalogue);

    private static readonly string[] Noise = { "left", "right", "bilateral", "Lt", "rt", "of the", "#60", "10/325 mg", "x 2", "and", "(", ")", "-", "with", "refills", "knee", "shoulder", "MRI", "" };

    [Fact]
    public void ItemsMadeOfTreatmentNamesSidesAndNoise_FindWhatSearchingEveryNameFinds()
    {
        var catalogue = Shipped.Value;
        var names = catalogue.Treatments.SelectMany(t => t.Names).ToArray();
        Assert.NotEmpty(names);
        var random = new Random(15);
        for (int n = 0; n < 3000; n++)
        {
            var parts = new List<string>();
            int count = random.Next(1, 6);
            for (int k = 0; k < count; k++)
            {
                parts.Add(random.Next(3) == 0 ? Noise[random.Next(Noise.Length)] : names[random.Next(names.Length)]);
            }
            string item = string.Join(random.Next(2) == 0 ? " " : "  ", parts);
            Assert.Equal(SearchEveryName(catalogue, item).Select(t => t.Id), catalogue.FindTreatmentsIn(item).Select(t => t.Id));
        }
    }

    [Fact]
    public void ASideWordBetweenTheWordsOfAName_StillNamesIt()
    {
        var found = Shipped.Value.FindTreatmentsIn("MRI of the left shoulder");
        Assert.Equal(SearchEveryName(Shipped.Value, "MRI of the left shoulder").Select(t => t.Id), found.Select(t => t.Id));
    }

    /// <summary>The specification: every name (longest first) searched for as whole words, with and without side words.</summary>
    private static List<Treatment> SearchEveryName(GuidelineCatalogue catalogue, string text)
    {
        var ordered = new List<(string Key, Treatment Treatment)>();
        foreach (var treatment in catalogue.Treatments)
        {
            foreach (string name in treatment.Names)
            {
                string key = TextKey.Normalize(name);
                if (key.Length > 0)
                {
                    ordered.Add((key, treatment));
                }
            }
        }
        ordered.Sort((a, b) => b.Key.Length != a.Key.Length ? b.Key.Length.CompareTo(a.Key.Length) : string.CompareOrdinal(a.Key, b.Key));
        string spaced = " " + TextKey.Normalize(text) + " ";
        string withoutSide = spaced;
        foreach (string side in new[] { " left ", " right ", " bilateral ", " lt ", " rt " })
        {
            withoutSide = withoutSide.Replace(side, " ", StringComparison.Ordinal);
        }
        var found = new List<Treatment>();
        foreach (var (key, treatment) in ordered)
        {
            string wanted = " " + key + " ";
            if (!found.Contains(treatment) && (spaced.Contains(wanted, StringComparison.Ordinal) || withoutSide.Contains(wanted, StringComparison.Ordinal)))
            {
                found.Add(treatment);
            }
        }
        found.RemoveAll(general => found.Exists(other => other != general && catalogue.ExpandClasses(other).Contains(general.Id)));
        return found;
    }
}

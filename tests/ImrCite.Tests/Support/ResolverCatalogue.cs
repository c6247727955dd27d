using ImrCite;
using ImrCite.Testing;

namespace ImrCite.Tests.Support;

/// <summary>
/// A small catalogue that mimics the shipped one, composed of the shared fixture records (tests/Shared): the MTUS
/// Chronic Pain Medical Treatment Guidelines 2009 (superseded by 2016), ACOEM chapter 12 adopted into the MTUS,
/// two ODG chapters and the MTUS regulations.
/// </summary>
internal static class ResolverCatalogue
{
    public const string Path = "resolver.imrcite.json";

    public static readonly string Json = FixtureJson.Catalogue(
        sources: [FixtureCatalogue.MtusSource, FixtureCatalogue.AcoemSource, FixtureCatalogue.OdgSource, FixtureCatalogue.RegulationsSource],
        treatments:
        [
            FixtureCatalogue.Opioids, FixtureCatalogue.HydrocodoneAcetaminophen, FixtureCatalogue.Benzodiazepines,
            FixtureCatalogue.Diazepam, FixtureCatalogue.Carisoprodol, FixtureCatalogue.LumbarMri,
        ],
        documents:
        [
            FixtureCatalogue.ChronicPain2009, FixtureCatalogue.ChronicPain2016, FixtureCatalogue.LowBackComplaints2004,
            FixtureCatalogue.OdgLowBack, FixtureCatalogue.OdgPain, FixtureCatalogue.MtusRegulations,
        ]);

    /// <summary>A fresh load of the catalogue (documents index their sections lazily, so tests do not share one).</summary>
    public static LoadedCatalogue Load() => CatalogueLoader.FromText((Path, Json));
}

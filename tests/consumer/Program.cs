using System;
using ImrCite;
using ImrCite.Guidelines;

// Typed citations, generated at build time from the shipped catalogue.
Console.WriteLine(Mtus.ChronicPain.Opioids.Pages(74, 96));
Console.WriteLine(Acoem.LowBack2021.Recommendations.Cite());

// Citation text is checked at build time wherever it flows into a [GuidelineCitation] parameter.
Console.WriteLine(Letters.Cite("MTUS Chronic Pain Medical Treatment Guidelines Benzodiazepines Page(s): 30"));

static class Letters
{
    public static string Cite([GuidelineCitation] string citation) => citation;
}

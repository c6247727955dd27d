using ImrCite;
using ImrCite.Guidelines;

namespace Reports;

// A library that gets ImrCite only through its reference to MyDeterminations: it uses that project's
// generated classes, and the analyzers still check its citation text against the shipped catalogue.
public static class Report
{
    public static string Opioids() => Mtus.ChronicPain.Opioids.Pages(74, 96).ToString();

    public static string Cite([GuidelineCitation] string citation) => citation;

    public static string Benzodiazepines() => Cite("MTUS Chronic Pain Medical Treatment Guidelines Benzodiazepines Page(s): 30");
}

using ImrCite.Guidelines;

namespace ImrCite.Sample;

// Deliberately wrong citations, compiled only with -p:ShowCitationErrors=true (and then alone, decided as of
// 2017-03-01) so a newcomer can watch the analyzers work in a real build:
//   dotnet build samples/ImrCite.Sample -p:ShowCitationErrors=true
// Each line names the rules it trips (IMR0109: the 2009 Chronic Pain guidelines were superseded by 2017; IMR0111:
// the text names a section the generated API has); check-citation-errors.sh holds the build to these comments.
internal static class WrongCitations
{
    private static string Cite([GuidelineCitation] string citation) => citation;

    public static void Show()
    {
        Cite("MTUS ACOEM Chapter 12 Low Back Complaints Page(s):");                           // IMR0100 "Page(s):" without pages
        Cite("MTUS ACOEM Chapter 12 Low Back Complaints (Page(s): 303-304");                  // IMR0100 unbalanced parenthesis
        Cite("Guide to Spine Care Page(s): 12");                                                // IMR0101 unknown document
        Cite("MTUS Chronic Pain Medical Treatment 2009 Opiods Page(s): 74-96");                // IMR0102 unknown section, did you mean
        Cite("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 115");                        // IMR0105 page outside the verified chapter
        Cite("MTUS Chronic Pain Medical Treatment 2009 Benzodiazepines Page(s): 30");          // IMR0104 outside the section (unverified pages); IMR0109
        Cite("MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96 of 112");        // IMR0106 stated total is not 127; IMR0109
        Cite("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-303");                    // IMR0107 reversed range; IMR0111
        Cite("8 C.C.R. 9792.20 - 972.26");                                                     // IMR0108 malformed range end
        Cite("8 C.C.R. 9792.26 - 9792.20");                                                    // IMR0108 range runs backwards
        Cite("8 CCR 9792:24.2");                                                               // IMR0108 OCR noise
        Cite("Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids"); // IMR0109 superseded on ImrCiteAsOf
        Cite("ODG Pain (Chronic) Opioids");                                                    // IMR0110 non-MTUS source for an MTUS topic; IMR0111
        Cite("Decision based on Non-MTUS Citation www.example.org/imaging-policy");            // IMR0112 non-MTUS source the catalogue lacks
        _ = Mtus.ChronicPain.Opioids.Pages(96, 74);                                            // IMR0107 on the generated API (and IMR0109, CS0618)
        _ = Mtus.ChronicPain.Benzodiazepines.Pages(29);                                        // IMR0104 on the generated API (and IMR0109, CS0618)
        _ = Acoem.LowBackComplaints.Pages(115);                                                // IMR0105 on the generated API
        _ = Acoem.LowBack2021.Recommendations.Cite();                                          // IMR0114 not yet in force on ImrCiteAsOf
        Cite("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304");                    // IMR0111 valid: use the typed citation
    }
}

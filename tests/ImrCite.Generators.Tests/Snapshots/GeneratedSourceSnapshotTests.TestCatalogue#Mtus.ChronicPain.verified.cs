namespace ImrCite.Guidelines;
using I_=global::ImrCite;
using S_=global::ImrCite.Catalogue.GuidelineSection;
partial class Mtus{
/// <summary>MTUS Chronic Pain Medical Treatment Guidelines (2009): pages 1–127 (verified); in force 2009-07-18 to 2016-07-27; superseded by mtus.cpmtg.2016 on 2016-07-28.</summary>
[I_.GuidelineRecord(Id)]
public abstract partial class ChronicPain:I_.GeneratedDocument<ChronicPain>,I_.IGeneratedDocument{
/// <summary>The catalogue id.</summary>
public const string Id="mtus.cpmtg.2009";
/// <summary>The document and its sections.</summary>
public static I_.Catalogue.GuidelineDocument Document{get;}=Read(GeneratedCatalogue.Data,Id);
/// <summary>Section ids.</summary>
public static class Ids{
/// <summary>The id of the section of this name.</summary>
public const string
Benzodiazepines=Id+"/benzodiazepines",
Opioids=Id+"/opioids",
CriteriaForUse=Id+"/criteria-for-use",
WhenToContinue=Id+"/when-to-continue";
}
/// <summary>Benzodiazepines, p. 24 (verified).</summary>
public static S_ Benzodiazepines=>At(0);
/// <summary>Opioids, pp. 74–96 (cited, unverified).</summary>
public static S_ Opioids=>At(1);
/// <summary>Criteria for use, pp. 76–80 (cited, unverified).</summary>
public static S_ CriteriaForUse=>At(2);
/// <summary>When to Continue Opioids, p. 80 (cited, unverified).</summary>
public static S_ WhenToContinue=>At(3);
}}

namespace ImrCite.Guidelines;
using I_=global::ImrCite;
using S_=global::ImrCite.Catalogue.GuidelineSection;
partial class Mtus{
/// <summary>MTUS Chronic Pain Medical Treatment Guidelines (2016): in force from 2016-07-28.</summary>
[I_.GuidelineRecord(Id)]
public abstract partial class ChronicPain2016:I_.GeneratedDocument<ChronicPain2016>,I_.IGeneratedDocument{
/// <summary>The catalogue id.</summary>
public const string Id="mtus.cpmtg.2016";
/// <summary>The document and its sections.</summary>
public static I_.Catalogue.GuidelineDocument Document{get;}=Read(GeneratedCatalogue.Data,Id);
/// <summary>Section ids.</summary>
public static class Ids{
/// <summary>The id of the section of this name.</summary>
public const string
Opioids=Id+"/opioids",
Benzodiazepines=Id+"/benzodiazepines";
}
/// <summary>Opioids, pp. 1–20 (secondary source).</summary>
public static S_ Opioids=>At(0);
/// <summary>Benzodiazepines, pp. 21–22 (secondary source).</summary>
public static S_ Benzodiazepines=>At(1);
}}

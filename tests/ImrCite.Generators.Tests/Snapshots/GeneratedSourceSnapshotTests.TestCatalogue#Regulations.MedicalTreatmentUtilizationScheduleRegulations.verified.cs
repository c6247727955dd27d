namespace ImrCite.Guidelines;
using I_=global::ImrCite;
using S_=global::ImrCite.Catalogue.GuidelineSection;
partial class Regulations{
/// <summary>MTUS Medical Treatment Utilization Schedule Regulations (2016): in force from 2009-07-18.</summary>
[I_.GuidelineRecord(Id)]
public abstract partial class MedicalTreatmentUtilizationScheduleRegulations:I_.GeneratedDocument<MedicalTreatmentUtilizationScheduleRegulations>,I_.IGeneratedDocument{
/// <summary>The catalogue id.</summary>
public const string Id="ccr.mtus";
/// <summary>The document and its sections.</summary>
public static I_.Catalogue.GuidelineDocument Document{get;}=Read(GeneratedCatalogue.Data,Id);
/// <summary>Section ids.</summary>
public static class Ids{
/// <summary>The id of the section of this name.</summary>
public const string
_9792_20Definitions=Id+"/9792-20",
_9792_24_2ChronicPainMedicalTreatmentGuidelines=Id+"/9792-24-2";
}
/// <summary>9792.20 Definitions</summary>
public static S_ _9792_20Definitions=>At(0);
/// <summary>9792.24.2 Chronic Pain Medical Treatment Guidelines</summary>
public static S_ _9792_24_2ChronicPainMedicalTreatmentGuidelines=>At(1);
}}

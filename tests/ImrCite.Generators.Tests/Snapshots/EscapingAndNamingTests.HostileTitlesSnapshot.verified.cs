namespace ImrCite.Guidelines;
using I_=global::ImrCite;
using S_=global::ImrCite.Catalogue.GuidelineSection;
partial class Mtus{
/// <summary>MTUS Say "hi" */ \ back\slash (2009): pages 1–500 (cited, unverified); in force from 2009-07-18.</summary>
[I_.GuidelineRecord(Id)]
public abstract partial class Hostile:I_.GeneratedDocument<Hostile>,I_.IGeneratedDocument{
/// <summary>The catalogue id.</summary>
public const string Id="hostile";
/// <summary>The document and its sections.</summary>
public static I_.Catalogue.GuidelineDocument Document{get;}=Read(GeneratedCatalogue.Data,Id);
/// <summary>Section ids.</summary>
public static class Ids{
/// <summary>The id of the section of this name.</summary>
public const string
OpioidsLongTermUse=Id+"/quotes",
EndsACommentHereAndOpensOne=Id+"/comment-end",
FirstLineSecondLineThirdLineEnd=Id+"/newline",
IfDEBUGErrorBoomEndif=Id+"/directive",
PipesAndTildesE=Id+"/table-characters",
SummaryCCodeCSeeCrefX=Id+"/xml",
Class=Id+"/class",
Event=Id+"/event",
@namespace=Id+"/keyword-code",
_1_4OpioidsForPostOperativePain=Id+"/digits",
_1_5OpioidsForPostOperativePain=Id+"/numbered",
EpauleEtCoudeΩ日本語=Id+"/accent",
Opioids=Id+"/opioids",
Opioids2=Id+"/opioids-bang",
OPIOIDS=Id+"/opioids-dash",
HostileSection=Id+"/same-as-class",
IdSection=Id+"/id",
PagesSection=Id+"/pages",
DocumentSection=Id+"/document",
IdsSection=Id+"/ids",
CiteSection=Id+"/cite",
BuildSection=Id+"/build",
FindSectionSection=Id+"/find-section",
ToStringSection=Id+"/to-string",
GetTypeSection=Id+"/get-type",
ReadSection=Id+"/read",
AtSection=Id+"/at",
Item=Id+"/empty-name",
EmojiTitle=Id+"/surrogates",
Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=Id+"/long",
Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx2=Id+"/long-2",
ParentSection=Id+"/parent",
ChildSection=Id+"/child",
GrandChild=Id+"/grandchild";
}
/// <summary>Opioids "long-term" use</summary>
public static S_ OpioidsLongTermUse=>At(0);
/// <summary>Ends a comment */ here /* and opens one</summary>
public static S_ EndsACommentHereAndOpensOne=>At(1);
/// <summary>First line Second line  Third line end</summary>
public static S_ FirstLineSecondLineThirdLineEnd=>At(2);
/// <summary>#if DEBUG #error boom #endif</summary>
public static S_ IfDEBUGErrorBoomEndif=>At(3);
/// <summary>Pipes | and ~ tildes ~| ~e ~~</summary>
public static S_ PipesAndTildesE=>At(4);
/// <summary>&lt;/summary&gt; &lt;c&gt;code&lt;/c&gt; &amp; &lt;see cref="X"/&gt; ]]&gt;</summary>
public static S_ SummaryCCodeCSeeCrefX=>At(5);
/// <summary>class</summary>
public static S_ Class=>At(6);
/// <summary>event</summary>
public static S_ Event=>At(7);
/// <summary>Keyword code name</summary>
public static S_ @namespace=>At(8);
/// <summary>1.4 Opioids for Post-operative Pain</summary>
public static S_ _1_4OpioidsForPostOperativePain=>At(9);
/// <summary>1.5 Opioids for Post-operative Pain</summary>
public static S_ _1_5OpioidsForPostOperativePain=>At(10);
/// <summary>Épaule et coude (Ω, 日本語)</summary>
public static S_ EpauleEtCoudeΩ日本語=>At(11);
/// <summary>Opioids</summary>
public static S_ Opioids=>At(12);
/// <summary>Opioids!</summary>
public static S_ Opioids2=>At(13);
/// <summary>OPIOIDS</summary>
public static S_ OPIOIDS=>At(14);
/// <summary>Hostile</summary>
public static S_ HostileSection=>At(15);
/// <summary>Id</summary>
public static S_ IdSection=>At(16);
/// <summary>Pages</summary>
public static S_ PagesSection=>At(17);
/// <summary>Document</summary>
public static S_ DocumentSection=>At(18);
/// <summary>Ids</summary>
public static S_ IdsSection=>At(19);
/// <summary>Cite</summary>
public static S_ CiteSection=>At(20);
/// <summary>Build</summary>
public static S_ BuildSection=>At(21);
/// <summary>Find Section</summary>
public static S_ FindSectionSection=>At(22);
/// <summary>To String</summary>
public static S_ ToStringSection=>At(23);
/// <summary>GetType</summary>
public static S_ GetTypeSection=>At(24);
/// <summary>Read</summary>
public static S_ ReadSection=>At(25);
/// <summary>At</summary>
public static S_ AtSection=>At(26);
/// <summary>!!! ???</summary>
public static S_ Item=>At(27);
/// <summary>Emoji 😀 title</summary>
public static S_ EmojiTitle=>At(28);
/// <summary>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx long title</summary>
public static S_ Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=>At(29);
/// <summary>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx long title too</summary>
public static S_ Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx2=>At(30);
/// <summary>Parent "section"</summary>
public static S_ ParentSection=>At(31);
/// <summary>Child */ section</summary>
public static S_ ChildSection=>At(32);
/// <summary>Grand child</summary>
public static S_ GrandChild=>At(33);
}}

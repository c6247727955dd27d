// Added to Program.cs, before the Letters class: typed citations to the team's own guideline,
// generated from guidelines/contoso.imrcite.json.
Console.WriteLine(Contoso.MedicationPolicy.OpioidRefills.Pages(4, 6));
Console.WriteLine(Contoso.MedicationPolicy.Ids.BenzodiazepineTapering);

namespace ImrCite.Catalogue;

/// <summary>
/// The catalogue's records as the validator's cross-file checks (<see cref="CarriedOverSections"/>,
/// <see cref="SupersessionCycles"/>, <see cref="GeneralSectionScopes"/>) read them: the files in order and the
/// first declaration of each source and document id. A later declaration of an id is IMR0005 and takes no part.
/// </summary>
/// <param name="Files">The catalogue files, in order.</param>
/// <param name="Sources">The first declaration of each source id, with its file.</param>
/// <param name="Documents">The first declaration of each document id, with its file.</param>
internal sealed record CatalogueDeclarations(
    IReadOnlyList<CatalogueFile> Files,
    Dictionary<string, (CatalogueFile File, SourceRecord Record)> Sources,
    Dictionary<string, (CatalogueFile File, DocumentRecord Record)> Documents)
{
    /// <summary>Every document that is the first declaration of its id, with its file, in file order.</summary>
    public IEnumerable<(CatalogueFile File, DocumentRecord Record)> FirstDocuments()
    {
        foreach (var file in Files)
        {
            foreach (var document in file.Documents)
            {
                if (ReferenceEquals(Documents[document.Id.Value].Record, document))
                {
                    yield return (file, document);
                }
            }
        }
    }
}

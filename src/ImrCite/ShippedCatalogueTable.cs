using System.ComponentModel;
using ImrCite.Catalogue;

namespace ImrCite;

/// <summary>
/// The shipped catalogue's data table (<see cref="CatalogueTable"/>'s format), which the source generator writes into this
/// library at its own build from guidelines/catalogue. A project whose catalogue is the shipped one, unchanged, names this
/// constant as its generated <c>GeneratedCatalogue.Data</c> instead of a literal of its own: the compiler copies the value
/// in, so the project's assembly holds the same table either way. For generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ShippedCatalogueTable
{
}

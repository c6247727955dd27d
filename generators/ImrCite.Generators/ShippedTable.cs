using System.IO;
using System.Reflection.Metadata;
using System.Security.Cryptography;

namespace ImrCite.Generators;

/// <summary>
/// The shipped catalogue's data table that ImrCite.dll carries (<c>ImrCite.ShippedCatalogueTable.Data</c>, written by
/// this generator at the runtime library's own build), and how a consumer's generator recognises it: by the SHA-256 of the
/// table text, which the runtime library records in an <c>[assembly: AssemblyMetadata]</c> attribute. A consumer whose own
/// table has the same hash names the runtime's constant instead of writing the same literal again.
/// </summary>
internal static class ShippedTable
{
    /// <summary>The <c>AssemblyMetadata</c> key of the table's hash in ImrCite.dll.</summary>
    public const string HashKey = "ImrCite.ShippedCatalogueTable.Sha256";

    /// <summary>The runtime library's class that holds the table, and its constant.</summary>
    public const string Class = "ImrCite.ShippedCatalogueTable", Constant = "Data";

    /// <summary>The SHA-256 of the table text (UTF-8), in lower-case hex: what identifies a table.</summary>
    public static string Hash(string table)
    {
        using var sha = SHA256.Create();
        byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(table));
        var hex = new StringBuilder(hash.Length * 2);
        foreach (byte b in hash)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }
        return hex.ToString();
    }

    /// <summary>
    /// The table hash recorded in <paramref name="reference"/> when it is ImrCite.dll (a file named so whose assembly is
    /// named ImrCite), else null. Reads the assembly's own attributes from metadata the compiler has already loaded; a
    /// reference that is not a file (an IDE's reference to a project in the same solution) gives null, so that
    /// project gets the literal: the same values, only longer.
    /// </summary>
    public static string? HashOf(MetadataReference reference) => RecordedValue(reference, "ImrCite", HashKey);

    /// <summary>
    /// The value of <c>[assembly: AssemblyMetadata(key, value)]</c> in <paramref name="reference"/> when it is the file
    /// <c><paramref name="assemblyName"/>.dll</c> whose assembly is named so, else null. Reads the attributes from metadata
    /// the compiler has already loaded; never throws.
    /// </summary>
    public static string? RecordedValue(MetadataReference reference, string assemblyName, string key)
    {
        if (reference is not PortableExecutableReference file || file.FilePath is not { } path
            || !string.Equals(Path.GetFileName(path), assemblyName + ".dll", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        try
        {
            if (file.GetMetadata() is not AssemblyMetadata assembly || assembly.GetModules() is not { IsEmpty: false } modules)
            {
                return null;
            }
            var reader = modules[0].GetMetadataReader();
            if (!reader.IsAssembly || !reader.StringComparer.Equals(reader.GetAssemblyDefinition().Name, assemblyName))
            {
                return null;
            }
            foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (!IsAssemblyMetadata(reader, attribute.Constructor))
                {
                    continue;
                }
                // The value blob: prolog 0x0001, then the two string arguments (key, value).
                var blob = reader.GetBlobReader(attribute.Value);
                if (blob.Length >= 2 && blob.ReadUInt16() == 1 && blob.ReadSerializedString() == key)
                {
                    return blob.ReadSerializedString();
                }
            }
        }
        catch (Exception e) when (e is BadImageFormatException || e is IOException || e is InvalidOperationException || e is ArgumentException)
        {
            // An unreadable reference records nothing: the generator behaves as without it.
        }
        return null;
    }

    private static bool IsAssemblyMetadata(MetadataReader reader, EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }
        var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }
        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.StringComparer.Equals(type.Name, "AssemblyMetadataAttribute")
            && reader.StringComparer.Equals(type.Namespace, "System.Reflection");
    }
}

namespace ImrCite.Cli.Inputs;

/// <summary>
/// One of <see cref="Count"/> shards of a lint (<c>--shard INDEX/COUNT</c>, INDEX from 0): the inputs whose path
/// hashes to it. The hash is FNV-1a over the path's UTF-8 bytes (forward slashes, no leading <c>./</c>), so every
/// machine that runs the same command over the same files agrees on the split without talking to the others,
/// and a letter's shard does not change when others are added or removed.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>The whole run: one shard.</summary>
    public static Shard All => new(0, 1);

    /// <summary>Reads "INDEX/COUNT" (e.g. <c>0/3</c>, <c>2/3</c>).</summary>
    public static bool TryParse(string? text, out Shard shard)
    {
        shard = All;
        if (text is null)
        {
            return true;
        }
        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count >= 1 && index < count)
        {
            shard = new Shard(index, count);
            return true;
        }
        return false;
    }

    /// <summary>The form of a path that is hashed and sorted: forward slashes, no leading "./".</summary>
    public static string Key(string path)
    {
        string key = path.Replace('\\', '/');
        while (key.StartsWith("./", StringComparison.Ordinal))
        {
            key = key[2..];
        }
        return key;
    }

    /// <summary>True when <paramref name="path"/> belongs to this shard.</summary>
    public bool Contains(string path) => Count == 1 || (int)(Hash(Key(path)) % (ulong)Count) == Index;

    private static ulong Hash(string key)
    {
        ulong hash = 14695981039346656037;
        foreach (byte b in Encoding.UTF8.GetBytes(key))
        {
            hash ^= b;
            hash *= 1099511628211;
        }
        return hash;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}

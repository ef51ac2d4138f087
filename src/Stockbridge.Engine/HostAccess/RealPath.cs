namespace Stockbridge.Engine.HostAccess;

/// <summary>The full path of a file or directory with every symbolic link on the way resolved (what <c>realpath</c> answers).</summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/> (made absolute first); parts that do not exist are kept as written.</summary>
    public static string Of(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks) throw new IOException($"Too many symbolic links under '{full}'.");
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }
            current = next;
        }
        return current;
    }
}

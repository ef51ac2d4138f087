namespace Stockbridge.Storage.Security;

/// <summary>Files and directories that hold keys or data: created readable and writable by the owner only (0600/0700) on Unix.</summary>
public static class OwnerOnlyFiles
{
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode DirectoryMode = FileMode | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="path"/> (0700) if missing.</summary>
    public static DirectoryInfo CreateDirectory(string path) =>
        OperatingSystem.IsWindows() ? Directory.CreateDirectory(path) : Directory.CreateDirectory(path, DirectoryMode);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> through a 0600 temporary file and a rename, so no reader sees it half-written.</summary>
    public static void WriteAllText(string path, string text)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        using (var writer = new StreamWriter(temporary, System.Text.Encoding.UTF8, options)) writer.Write(text);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Narrows existing files to 0600 (files a previous version left world-readable); missing ones are skipped.</summary>
    public static void Restrict(params string[] paths)
    {
        if (OperatingSystem.IsWindows()) return;
        foreach (var path in paths.Where(File.Exists)) File.SetUnixFileMode(path, FileMode);
    }

    /// <summary>Creates an empty <paramref name="path"/> with mode 0600 if it does not exist (SQLite gives its -wal and -shm the same mode).</summary>
    public static void Touch(string path)
    {
        if (OperatingSystem.IsWindows() || File.Exists(path)) return;
        try
        {
            using var _ = new FileStream(path, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; Restrict narrows it.
        }
    }
}

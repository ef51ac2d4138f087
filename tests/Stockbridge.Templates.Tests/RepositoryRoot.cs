namespace Stockbridge.Templates.Tests;

/// <summary>The checkout these tests run from: the folder holding Stockbridge.slnx.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Stockbridge.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Stockbridge.slnx not found above " + AppContext.BaseDirectory);
    }
}

using Microsoft.Playwright;

namespace Stockbridge.TradeStore.Tests.Journeys;

/// <summary>Writes full-page PNGs to the repository's <c>docs/screenshots/</c>.</summary>
internal static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var directory = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stockbridge.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Stockbridge.slnx not found above " + AppContext.BaseDirectory);
    }
}

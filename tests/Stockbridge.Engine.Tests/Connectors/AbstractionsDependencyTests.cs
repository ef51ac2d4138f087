using System.Xml.Linq;
using Stockbridge.Connectors;

namespace Stockbridge.Engine.Tests.Connectors;

/// <summary>The connector SDK (Stockbridge.Connectors.Abstractions) must not pull ASP.NET Core into every connector.</summary>
public sealed class AbstractionsDependencyTests
{
    [Fact]
    public void AbstractionsAssembly_ReferencesNoAspNetCoreAssembly()
    {
        var referenced = typeof(IConnector).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        referenced.ShouldContain("Stockbridge.Domain", "the check reads the right assembly's references");
        referenced.Where(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase))
            .ShouldBeEmpty("Stockbridge.Connectors.Abstractions must not reference ASP.NET Core");
    }

    [Fact]
    public void AbstractionsProject_HasNoAspNetCoreFrameworkReference()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "Stockbridge.Connectors.Abstractions", "Stockbridge.Connectors.Abstractions.csproj"));
        project.Descendants("FrameworkReference").Select(r => (string?)r.Attribute("Include"))
            .Where(name => name is not null && name.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase))
            .ShouldBeEmpty("use Microsoft.Extensions.* packages in the connector SDK, not the ASP.NET Core shared framework");
        project.Root!.Attribute("Sdk")?.Value.ShouldBe("Microsoft.NET.Sdk");
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

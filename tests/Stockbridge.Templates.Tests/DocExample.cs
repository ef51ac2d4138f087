using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Stockbridge.Templates.Tests;

/// <summary>Compiles the C# blocks of a Markdown page together, as one library, against the Stockbridge assemblies this test references.</summary>
internal static partial class DocExample
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The <c>```csharp</c> blocks of the page, in order.</summary>
    public static IReadOnlyList<string> Blocks(string markdown) => [.. CSharpBlock().Matches(markdown).Select(m => m.Groups[1].Value)];

    /// <summary>Every error and warning of compiling the blocks (nullable on), each with its block and line.</summary>
    public static IReadOnlyList<string> Compile(IReadOnlyList<string> blocks)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = blocks.Select((code, i) => CSharpSyntaxTree.ParseText(code, options, path: $"block{i + 1}.cs"))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, options, path: "ImplicitUsings.cs"));
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll");
        var references = platform.Concat(local)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("WorkedExample", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var peStream = new MemoryStream();
        var result = compilation.Emit(peStream);
        return [.. result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString())];
    }

    [GeneratedRegex(@"^```csharp\s*\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();
}

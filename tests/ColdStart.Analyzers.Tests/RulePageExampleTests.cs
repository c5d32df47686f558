using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ColdStart.Analyzers.Generation;
using ColdStart.Analyzers.Rules;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ColdStart.Analyzers.Tests;

/// <summary>
/// The C# on the rule pages is code the rules were run on (the convention is in the README's Rules section): a
/// <c>```csharp before</c> block compiles and its page's rule reports on it, a <c>```csharp after</c> block compiles
/// and the rule is silent. Each block is a project of its own with the analyzer tests' references and Lambda stubs (the
/// Azure Functions worker's stubs instead for a block that uses the worker),
/// System.Text.Json's generator and ours, and <c>ColdStartSnapStart=true</c> so that the SnapStart rules apply.
/// </summary>
public class RulePageExampleTests
{
    private static readonly Regex ExampleFence = new(@"^```csharp (?<kind>before|after)\s*$");

    private static readonly string PagesFolder = Path.Combine(Repository.Root, "docs", "rules");

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The analyzer tests' references, and configuration from files, which some pages build.</summary>
    private static readonly ImmutableArray<MetadataReference> References = TestSetup.References.AddRange(new[]
    {
        typeof(Microsoft.Extensions.Configuration.ConfigurationBuilder).Assembly,
        typeof(Microsoft.Extensions.Configuration.IConfigurationBuilder).Assembly,
        typeof(Microsoft.Extensions.Configuration.FileConfigurationExtensions).Assembly,
        typeof(Microsoft.Extensions.Configuration.JsonConfigurationExtensions).Assembly,
        typeof(Microsoft.Extensions.FileProviders.IFileProvider).Assembly,
        typeof(Microsoft.Extensions.Primitives.IChangeToken).Assembly,
    }.Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)));

    private static readonly AnalyzerConfigOptionsProvider SnapStartProject =
        new DictionaryOptionsProvider(new Dictionary<string, string> { ["build_property.ColdStartSnapStart"] = "true" });

    public static IEnumerable<object[]> Examples() =>
        Pages().SelectMany(page => Blocks(page).Select(block => new object[] { Path.GetFileName(page), block.Line }));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Before_blocks_are_reported_and_after_blocks_are_not(string page, int line)
    {
        var id = Path.GetFileNameWithoutExtension(page);
        var block = Blocks(Path.Combine(PagesFolder, page)).Single(b => b.Line == line);
        var compilation = CompileWithGenerators(block.Code, out var generatorDiagnostics);
        var errors = generatorDiagnostics.Concat(compilation.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{page}:{line} does not compile:\n" + string.Join("\n", errors));

        var analyzers = AnalyzersOf(id);
        Assert.False(analyzers.IsEmpty, $"no analyzer reports {id}");
        var reported = (await compilation
                .WithAnalyzers(analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, SnapStartProject))
                .GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id == id)
            .ToList();

        if (block.IsFix)
        {
            Assert.True(reported.Count == 0, $"{id} reports the fix at {page}:{line}:\n" + string.Join("\n", reported));
        }
        else
        {
            Assert.True(reported.Count > 0, $"{id} reports nothing on the hazard at {page}:{line}");
        }
    }

    [Fact]
    public void Every_page_with_csharp_shows_the_hazard_and_the_fix()
    {
        var incomplete = Pages()
            .Where(page => File.ReadLines(page).Any(l => l.StartsWith("```csharp", StringComparison.Ordinal)))
            .Where(page => !Blocks(page).Any(b => b.IsFix) || Blocks(page).All(b => b.IsFix))
            .Select(Path.GetFileName)
            .ToList();

        Assert.NotEmpty(Examples());
        Assert.True(incomplete.Count == 0, "Pages with C# but no ```csharp before and ```csharp after block: " + string.Join(", ", incomplete));
    }

    private static IEnumerable<string> Pages() => Directory.GetFiles(PagesFolder, "COLD*.md").OrderBy(p => p, StringComparer.Ordinal);

    private static IEnumerable<(int Line, bool IsFix, string Code)> Blocks(string page)
    {
        var lines = File.ReadAllLines(page);
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = ExampleFence.Match(lines[i]);
            if (fence.Success)
            {
                var end = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == "```");
                Assert.True(end > i, $"{Path.GetFileName(page)}:{i + 1}: the code block is not closed");
                yield return (i + 1, fence.Groups["kind"].Value == "after", string.Join("\n", lines[(i + 1)..end]));
                i = end;
            }
        }
    }

    private static Compilation CompileWithGenerators(string code, out ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        var example = CSharpSyntaxTree.ParseText(code, ParseOptions, path: "Example.cs");
        var isExecutable = example.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "Example",
            StubsFor(code).Select(stub => CSharpSyntaxTree.ParseText(stub, ParseOptions)).Prepend(example),
            References,
            new CSharpCompilationOptions(isExecutable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));
        var generators = new[] { (IIncrementalGenerator)Activator.CreateInstance(JsonSourceGenerator.Type)!, new PrewarmGenerator(), new LazyClientGenerator() }
            .Select(g => g.AsSourceGenerator());
        CSharpGeneratorDriver.Create(generators, parseOptions: ParseOptions, optionsProvider: SnapStartProject)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out generatorDiagnostics);
        return generated;
    }

    // An Azure Functions example compiles against the worker's stubs and nothing of Lambda, as an Azure project does.
    private static string[] StubsFor(string code)
    {
        return code.Contains("Microsoft.Azure.Functions.Worker", StringComparison.Ordinal)
            || code.Contains("ConfigureFunctionsWorkerDefaults", StringComparison.Ordinal)
                ? AzureStubs.Default
                : LambdaStubs.Default;
    }

    private static ImmutableArray<DiagnosticAnalyzer> AnalyzersOf(string id) =>
        typeof(Descriptors).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .Where(a => a.SupportedDiagnostics.Any(d => d.Id == id))
            .ToImmutableArray();
}

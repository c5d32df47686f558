using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using ColdStart.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ColdStart.RoslynFloor.Tests;

/// <summary>The analyzers and generators in a Roslyn 4.8 host, over the samples' real sources.</summary>
public class RoslynFloorTests
{
    private static readonly string RepositoryRoot = typeof(RoslynFloorTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    [Fact]
    public void The_host_is_Roslyn_4_8()
    {
        Assert.Equal(new Version(4, 8, 0, 0), typeof(CSharpCompilation).Assembly.GetName().Version);
    }

    [Fact]
    public async Task Every_analyzer_runs_over_the_naive_sample_without_throwing_and_finds_its_hazards()
    {
        var compilation = Compile("Naive.Function");
        var analyzers = typeof(PrewarmGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var failures = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(failures);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var ids = diagnostics.Select(d => d.Id).ToHashSet();
        Assert.Superset(new[] { "COLD101", "COLD102", "COLD103", "COLD201", "COLD202", "COLD301", "COLD303" }.ToHashSet(), ids);
    }

    [Fact]
    public void The_generators_write_the_optimized_sample_s_entry_point_and_holders_and_it_compiles()
    {
        var compilation = Compile("Optimized.Function");
        var driver = CSharpGeneratorDriver.Create(
            new[] { new PrewarmGenerator().AsSourceGenerator(), new LazyClientGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        var result = driver.RunGenerators(compilation).GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        var hints = result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).ToList();
        Assert.Contains("Optimized.Function.OrderFunction.FunctionHandler.Prewarm.g.cs", hints);
        Assert.Contains("Optimized.Function.LazyClients.LazyClients.g.cs", hints);
        // System.Text.Json's own generator, which is not run here, completes AppJsonContext; nothing else may fail.
        var contextFile = Path.Combine(RepositoryRoot, "samples", "Optimized.Function", "AppJsonContext.cs");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error
            && d.Location.SourceTree?.FilePath != contextFile
            && !d.GetMessage().Contains("'AppJsonContext' does not contain a definition for 'Default'", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_hazard_summary_generator_summarises_a_library_and_leaves_a_function_alone()
    {
        var library = CSharpCompilation.Create(
            "Shop.Common",
            new[]
            {
                CSharpSyntaxTree.ParseText(
                    """
                    public static class Setup
                    {
                        public static string Load() => Read();

                        private static string Read() => System.IO.File.ReadAllText("a");
                    }
                    """,
                    ParseOptions),
            },
            Compile("Naive.Function").References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var generator = new HazardSummaryGenerator().AsSourceGenerator();

        var summary = CSharpGeneratorDriver.Create(new[] { generator }, parseOptions: ParseOptions).RunGenerators(library).GetRunResult();
        var function = CSharpGeneratorDriver.Create(new[] { generator }, parseOptions: ParseOptions).RunGenerators(Compile("Naive.Function")).GetRunResult();

        Assert.Contains("COLD101|M:Setup.Load|Setup.Load|File.ReadAllText in Setup.Read|file I/O", summary.GeneratedTrees.Single().ToString());
        Assert.All(function.Results, r => Assert.Null(r.Exception));
        Assert.Empty(function.GeneratedTrees);
    }

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A sample's own files and the shared domain, against this runtime and the packages the sample uses.</summary>
    private static CSharpCompilation Compile(string sample)
    {
        var folders = new[] { Path.Combine(RepositoryRoot, "samples", sample), Path.Combine(RepositoryRoot, "samples", "Shop.Domain") };
        var trees = folders
            .SelectMany(folder => Directory.GetFiles(folder, "*.cs"))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path));
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var packages =
            new[] { typeof(Amazon.S3.AmazonS3Client), typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient), typeof(Amazon.Runtime.AmazonServiceClient),
            typeof(Newtonsoft.Json.JsonConvert), typeof(ColdStart.PrewarmAttribute), typeof(Amazon.Lambda.Core.ILambdaContext) }
            .Select(t => t.Assembly.Location);
        var references = platform.Concat(packages).Distinct().Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create(
            sample, trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}

using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ColdStart.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ColdStart.Benchmarks;

/// <summary>
/// What our generators cost a build of a project that uses neither [Prewarm] nor [LazyClient]: a fresh generator
/// driver over freshly parsed syntax trees of 300 handler files, as in a command-line build, against the floor the
/// issue sets: one ForAttributeWithMetadataName pipeline for an attribute nobody uses. (Reusing the trees would
/// measure Roslyn's per-tree caches instead.) Also the hazard summary of a class library: the same 300 files without
/// the Lambda types, so that no handler makes it a function and every member is read.
/// </summary>
[MemoryDiagnoser]
public class GeneratorOverheadBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _freshlyParsed = null!;
    private CSharpCompilation _library = null!;
    private CSharpCompilation _freshlyParsedLibrary = null!;

    [Params(300)]
    public int Handlers { get; set; }

    [GlobalSetup]
    public void CreateProject()
    {
        var trees = Enumerable.Range(0, Handlers)
            .Select(i => CSharpSyntaxTree.ParseText(AnalyzerOverheadBenchmarks.Handler(i), ParseOptions, path: $"Function{i}.cs"));
        _compilation = CSharpCompilation.Create(
            "LargeFunction",
            trees.Append(CSharpSyntaxTree.ParseText(AnalyzerOverheadBenchmarks.LambdaCore, ParseOptions)),
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Amazon.S3.AmazonS3Client).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(Amazon.Runtime.AmazonServiceClient).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(ColdStart.PrewarmAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _library = _compilation.RemoveAllSyntaxTrees().WithAssemblyName("LargeLibrary").AddSyntaxTrees(Enumerable.Range(0, Handlers)
            .Select(i => CSharpSyntaxTree.ParseText(LibraryFile(i), ParseOptions, path: $"Library{i}.cs")));
    }

    [IterationSetup]
    public void ParseAgain()
    {
        _freshlyParsed = Reparsed(_compilation);
        _freshlyParsedLibrary = Reparsed(_library);
    }

    [Benchmark(Baseline = true)]
    public int UnusedAttributeFloor() => Run(_freshlyParsed, new UnusedAttributeGenerator());

    [Benchmark]
    public int ColdStartGenerators() => Run(_freshlyParsed, new PrewarmGenerator(), new LazyClientGenerator(), new HazardSummaryGenerator());

    [Benchmark]
    public int LibraryHazardSummary() => Run(_freshlyParsedLibrary, new PrewarmGenerator(), new LazyClientGenerator(), new HazardSummaryGenerator());

    internal int RunOnce(params IIncrementalGenerator[] generators) => Run(_freshlyParsed, generators);

    private static CSharpCompilation Reparsed(CSharpCompilation compilation)
    {
        return compilation.RemoveAllSyntaxTrees()
            .AddSyntaxTrees(compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), ParseOptions, t.FilePath)));
    }

    // A handler file as library code: the handler's context is a plain object, and nothing refers to Lambda.
    private static string LibraryFile(int i) => AnalyzerOverheadBenchmarks.Handler(i)
        .Replace("using Amazon.Lambda.Core;\n", string.Empty)
        .Replace("ILambdaContext context", "object context")
        .Replace("context.Logger.LogLine(", "Console.WriteLine(");

    private static int Run(CSharpCompilation compilation, params IIncrementalGenerator[] generators)
    {
        var driver = CSharpGeneratorDriver.Create(generators.Select(g => g.AsSourceGenerator()), parseOptions: ParseOptions);
        return driver.RunGenerators(compilation).GetRunResult().GeneratedTrees.Length;
    }

    /// <summary>The least an attribute-driven generator can do: one ForAttributeWithMetadataName that never matches.</summary>
    internal sealed class UnusedAttributeGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var nothing = context.SyntaxProvider.ForAttributeWithMetadataName("Benchmarks.UnusedAttribute", static (_, _) => true, static (_, _) => 0);
            context.RegisterSourceOutput(nothing, static (_, _) => { });
        }
    }
}

/// <summary>
/// The same comparison on the first run in a process, as a build pays it when the compiler loads the generators
/// afresh: Roslyn's own generator machinery is warmed first (by the floor generator in setup), so what is measured
/// is the first run of our pipelines, JIT compilation included.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class GeneratorFirstRunBenchmarks
{
    private readonly GeneratorOverheadBenchmarks _project = new() { Handlers = 300 };

    [GlobalSetup]
    public void WarmRoslyn()
    {
        _project.CreateProject();
        _project.ParseAgain();
        _project.UnusedAttributeFloor();
        _project.ParseAgain();
    }

    [Benchmark(Baseline = true)]
    public int UnusedAttributeFloor() => _project.RunOnce(new GeneratorOverheadBenchmarks.UnusedAttributeGenerator());

    [Benchmark]
    public int ColdStartGenerators() => _project.RunOnce(new PrewarmGenerator(), new LazyClientGenerator(), new HazardSummaryGenerator());
}


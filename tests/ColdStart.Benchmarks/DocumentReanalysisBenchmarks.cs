using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Benchmarks;

/// <summary>
/// What the IDE pays after a one-line edit inside one handler: the project gets a new compilation, and the edited
/// document is analysed again (<c>CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync</c> on its semantic model).
/// Measured for a project of 30 and of 300 handler files: if the cost follows the document, not the project, both
/// sizes cost about the same.
/// </summary>
[MemoryDiagnoser]
public class DocumentReanalysisBenchmarks
{
    private CSharpCompilation _edited = null!;
    private SyntaxTree _editedTree = null!;

    [Params(30, 300)]
    public int Handlers { get; set; }

    [GlobalSetup]
    public void EditOneHandler()
    {
        var trees = Enumerable.Range(0, Handlers).Select(i => CSharpSyntaxTree.ParseText(AnalyzerOverheadBenchmarks.Handler(i), path: $"Function{i}.cs"))
            .ToList();
        var compilation = CSharpCompilation.Create(
            "LargeFunction",
            trees.Append(CSharpSyntaxTree.ParseText(AnalyzerOverheadBenchmarks.LambdaCore)),
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Amazon.S3.AmazonS3Client).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(Amazon.Runtime.AmazonServiceClient).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var original = trees[0];
        _editedTree = original.WithChangedText(
            original.GetText().Replace(original.GetText().ToString().IndexOf("\"invalid\"", StringComparison.Ordinal), "\"invalid\"".Length, "\"rejected\""));
        _edited = compilation.ReplaceSyntaxTree(original, _editedTree);
    }

    /// <summary>The analyzer driver alone, with the same callbacks and no work: what any operation analyzer pays.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> ReanalyseWithEmptyAnalyzer()
    {
        return await ReanalyseAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new AnalyzerOverheadBenchmarks.EmptyAnalyzer()));
    }

    [Benchmark]
    public async Task<int> ReanalyseWithColdStartAnalyzers()
    {
        return await ReanalyseAsync(AnalyzerOverheadBenchmarks.Analyzers);
    }

    // A fresh compilation each time: after an edit the IDE has one, with nothing bound yet.
    private async Task<int> ReanalyseAsync(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = _edited.Clone();
        var analysis = compilation.WithAnalyzers(analyzers);
        var diagnostics = await analysis.GetAnalyzerSemanticDiagnosticsAsync(
            compilation.GetSemanticModel(_editedTree), filterSpan: null, CancellationToken.None);
        return diagnostics.Length;
    }
}

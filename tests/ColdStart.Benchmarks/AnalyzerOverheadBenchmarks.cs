using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Benchmarks;

/// <summary>
/// What the ColdStart analyzers add to the compile time of a large serverless project (300 handler files with
/// hazards, helpers and DTOs): full compilation diagnostics without analyzers vs with all of ours.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerOverheadBenchmarks
{
    internal static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(ColdStart.Analyzers.Rules.ClientCreatedPerInvocationAnalyzer)
        .Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private CSharpCompilation _compilation = null!;

    [Params(300)]
    public int Handlers { get; set; }

    [GlobalSetup]
    public void CreateProject()
    {
        var trees = Enumerable.Range(0, Handlers).Select(i => CSharpSyntaxTree.ParseText(Handler(i))).Append(CSharpSyntaxTree.ParseText(LambdaCore));
        _compilation = CSharpCompilation.Create(
            "LargeFunction",
            trees,
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Amazon.S3.AmazonS3Client).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(Amazon.Runtime.AmazonServiceClient).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    [Benchmark(Baseline = true)]
    public int CompileWithoutAnalyzers()
    {
        // A fresh compilation each time, so no bound state is reused between runs.
        return _compilation.Clone().GetDiagnostics().Length;
    }

    /// <summary>
    /// The analyzer driver's own cost: an analyzer that subscribes to the same kinds of callbacks as ours and does
    /// nothing. Any operation-based analyzer pays this; the difference to the next row is ours.
    /// </summary>
    [Benchmark]
    public async Task<int> CompileWithEmptyAnalyzer()
    {
        var withAnalyzers = _compilation.Clone().WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        return diagnostics.Length;
    }

    [Benchmark]
    public async Task<int> CompileWithColdStartAnalyzers()
    {
        var withAnalyzers = _compilation.Clone().WithAnalyzers(Analyzers);
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        return diagnostics.Length;
    }

    internal const string LambdaCore = """
        namespace Amazon.Lambda.Core
        {
            public interface ILambdaLogger { void LogLine(string message); }
            public interface ILambdaContext { ILambdaLogger Logger { get; } }
        }
        """;

    internal static string Handler(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Amazon.Lambda.Core;
        using Amazon.S3;

        namespace Functions.F{{i}}
        {
            public sealed class Order{{i}}
            {
                public string Id { get; set; } = "";
                public List<decimal> Amounts { get; set; } = new();
            }

            public partial class Function{{i}}
            {
                private static readonly string Config = File.ReadAllText("config{{i}}.json");
                private static readonly AmazonS3Client Archive = new AmazonS3Client(Amazon.RegionEndpoint.EUWest1);

                public async Task<string> Handle(Order{{i}} order, ILambdaContext context)
                {
                    if (string.IsNullOrEmpty(order.Id))
                    {
                        return "invalid";
                    }

                    var total = Helpers{{i}}.Total(order);
                    if (total > 1000)
                    {
                        await Archive.ListBucketsAsync();
                    }

                    using var http = new HttpClient();
                    context.Logger.LogLine(Config + total);
                    return await http.GetStringAsync("https://example.com/" + order.Id);
                }
            }

            public static class Helpers{{i}}
            {
                public static decimal Total(Order{{i}} order) => order.Amounts.Where(a => a > 0).Sum();
            }
        }
        """;

    internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Unused = new(
            "BENCH001", "Unused", "Unused", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference);
            context.RegisterSymbolAction(_ => { }, SymbolKind.Method, SymbolKind.NamedType);
        }
    }
}

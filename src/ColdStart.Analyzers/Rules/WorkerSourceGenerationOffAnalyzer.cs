using System.Collections.Immutable;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD702: an Azure Functions app whose Worker SDK source generation is switched off: the optimized function executor
/// (<c>FunctionsEnableExecutorSourceGen</c>) or the generated function metadata (<c>FunctionsEnableMetadataSourceGen</c>,
/// which the SDK sets from <c>FunctionsEnableWorkerIndexing</c>). The SDK's own props make both visible to analyzers.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WorkerSourceGenerationOffAnalyzer : ProjectSettingRule
{
    private static readonly string[] ExecutorOff =
    {
        "FunctionsEnableExecutorSourceGen",
        "every invocation goes through the worker's reflection-based default executor instead of the source-generated one",
    };

    private static readonly string[] MetadataOff =
    {
        "FunctionsEnableWorkerIndexing",
        "the worker reports no source-generated function metadata at start-up and the functions are indexed from functions.metadata instead",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WorkerSourceGenerationOff);

    private protected override void RegisterProject(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        ReportOnceForAzure(start, facts, Descriptors.WorkerSourceGenerationOff, "FunctionsEnableExecutorSourceGen", settings =>
            settings.IsFalse("FunctionsEnableExecutorSourceGen") ? ExecutorOff : null);

        // The SDK assigns FunctionsEnableMetadataSourceGen from FunctionsEnableWorkerIndexing, which is what a project sets.
        ReportOnceForAzure(start, facts, Descriptors.WorkerSourceGenerationOff, "FunctionsEnableWorkerIndexing", settings =>
            settings.IsFalse("FunctionsEnableMetadataSourceGen") || settings.IsFalse("FunctionsEnableWorkerIndexing") ? MetadataOff : null);
    }
}

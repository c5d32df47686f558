using System.Collections.Immutable;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD701: an Azure Functions app published with neither ReadyToRun nor Native AOT (the Azure twin of COLD401, whose
/// message and page speak of Lambda; COLD401 never reports an Azure project).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AzureReadyToRunOffAnalyzer : ProjectSettingRule
{
    private static readonly string[] AddReadyToRun =
    {
        "add <PublishReadyToRun>true</PublishReadyToRun> and the function app's <RuntimeIdentifier> (linux-x64 or win-x64) to its project file",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AzureReadyToRunOff);

    private protected override void RegisterProject(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        ReportOnceForAzure(start, facts, Descriptors.AzureReadyToRunOff, "PublishReadyToRun", settings =>
            settings.IsOnWhenPublished("PublishReadyToRun") || settings.IsOnWhenPublished("PublishAot") ? null : AddReadyToRun);
    }
}

using System.Collections.Immutable;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>COLD401: a serverless project published with neither ReadyToRun nor Native AOT.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReadyToRunOffAnalyzer : ProjectSettingRule
{
    private static readonly string[] AddReadyToRun =
        { "add <PublishReadyToRun>true</PublishReadyToRun> (or <PublishAot>true</PublishAot>) to its project file" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ReadyToRunOff);

    /// <summary>A function on netcoreapp1.x/2.x is told to retarget: its runtime is retired and predates ReadyToRun.</summary>
    private protected override bool AppliesToRetiredNetCore => true;

    private protected override void RegisterProject(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        // PublishReadyToRunComposite alone does nothing without PublishReadyToRun.
        ReportOnce(start, facts, Descriptors.ReadyToRunOff, "PublishReadyToRun", settings =>
            settings.IsOnWhenPublished("PublishReadyToRun") || settings.IsOnWhenPublished("PublishAot") ? null
            : settings.TargetsNetCoreBeforeReadyToRun ? Retarget(settings.TargetFramework)
            : AddReadyToRun);
    }

    private static string[] Retarget(string targetFramework)
    {
        return new[]
        {
            $"ReadyToRun needs .NET Core 3.0 or later, so retarget it from {targetFramework} to a supported Lambda runtime (net8.0 or later)"
                + " and add <PublishReadyToRun>true</PublishReadyToRun>",
        };
    }
}

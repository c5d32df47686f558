using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>COLD401: a serverless project published with neither ReadyToRun nor Native AOT.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReadyToRunOffAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] AddReadyToRun = { "add <PublishReadyToRun>true</PublishReadyToRun> (or <PublishAot>true</PublishAot>) to its project file" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ReadyToRunOff);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);

        // PublishReadyToRunComposite alone does nothing without PublishReadyToRun.
        context.RegisterProjectCheck(Descriptors.ReadyToRunOff, "PublishReadyToRun", settings =>
            settings.IsOnWhenPublished("PublishReadyToRun") || settings.IsOnWhenPublished("PublishAot") ? null
            : settings.TargetsNetCoreBeforeReadyToRun ? new[] { $"ReadyToRun needs .NET Core 3.0 or later, so retarget it from {settings.TargetFramework} to a supported Lambda runtime (net8.0 or later) and add <PublishReadyToRun>true</PublishReadyToRun>" }
            : AddReadyToRun);
    }
}

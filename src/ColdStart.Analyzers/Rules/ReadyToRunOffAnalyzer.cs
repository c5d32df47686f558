using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD401: a serverless project published with neither ReadyToRun nor Native AOT. For a container image whose
/// Dockerfile runs <c>dotnet publish</c>, that publish decides, and the report sits at its line.
/// </summary>
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
        // An image whose Dockerfile runs the publish decides for itself; the deploy tool's msbuild-parameters never reach it.
        var settings = facts.Settings;
        var projectSwitchesOn = settings.IsOnInProjectFile("PublishReadyToRun") || settings.IsOnInProjectFile("PublishAot");
        var imagesDecide = false;
        foreach (var image in facts.Images.Where(i => FunctionImage.Publishes(i.File).Count > 0))
        {
            imagesDecide = true;
            if (FunctionImage.ReadyToRunOff(image.File, projectSwitchesOn) is { } hazard)
            {
                var advice = hazard.SwitchedOff
                    ? $"the dotnet publish in {Path.GetFileName(image.Path)} switches it off: pass -p:PublishReadyToRun=true (with -r linux-x64 or linux-arm64)"
                    : $"add -p:PublishReadyToRun=true (with -r linux-x64 or linux-arm64) to the dotnet publish in {Path.GetFileName(image.Path)}, "
                        + "or <PublishReadyToRun>true</PublishReadyToRun> to the project file";
                ReportAt(start, facts, image.LocationOf(hazard.Span), advice);
            }
        }

        if (imagesDecide)
        {
            return;
        }

        // PublishReadyToRunComposite alone does nothing without PublishReadyToRun.
        ReportOnce(start, facts, Descriptors.ReadyToRunOff, "PublishReadyToRun", settings =>
            settings.IsOnWhenPublished("PublishReadyToRun") || settings.IsOnWhenPublished("PublishAot") ? null
            : settings.TargetsNetCoreBeforeReadyToRun ? Retarget(settings.TargetFramework)
            : AddReadyToRun);
    }

#pragma warning disable RS1013 // The start action is FunctionRule's, shared by every rule; a project check adds only its end action to it.
    private static void ReportAt(CompilationStartAnalysisContext start, CompilationFacts facts, Location location, string advice)
#pragma warning restore RS1013
    {
        start.RegisterCompilationEndAction(end =>
        {
            if (IsServerless(facts, end.Compilation, end.CancellationToken))
            {
                end.ReportDiagnostic(Diagnostic.Create(Descriptors.ReadyToRunOff, location, facts.Settings.ProjectName, advice));
            }
        });
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

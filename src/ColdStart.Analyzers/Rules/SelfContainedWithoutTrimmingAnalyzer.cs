using System;
using System.Collections.Immutable;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD402: a self-contained serverless project published without trimming. When the function's Dockerfile runs a
/// <c>dotnet publish</c> that says whether it is self-contained, that publish decides and the report sits at its switch.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SelfContainedWithoutTrimmingAnalyzer : ProjectSettingRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SelfContainedWithoutTrimming);

#pragma warning disable RS1013 // The start action is FunctionRule's, shared by every rule; a project check adds only its end action to it.
    private protected override void RegisterProject(CompilationStartAnalysisContext start, CompilationFacts facts)
#pragma warning restore RS1013
    {
        var settings = facts.Settings;
        var projectTrims = settings.IsOnInProjectFile("PublishTrimmed") || settings.IsOnInProjectFile("PublishAot");
        var imagesDecide = false;
        foreach (var image in facts.Images)
        {
            if (FunctionImage.SelfContainedWithoutTrimming(image.File, projectTrims) is { } decision)
            {
                imagesDecide = true;
                if (decision.Hazard)
                {
                    var location = image.LocationOf(decision.Span);
                    start.RegisterCompilationEndAction(end =>
                    {
                        if (IsServerless(facts, end.Compilation, end.CancellationToken))
                        {
                            end.ReportDiagnostic(Diagnostic.Create(Descriptors.SelfContainedWithoutTrimming, location, settings.ProjectName));
                        }
                    });
                }
            }
        }

        if (imagesDecide)
        {
            return;
        }

        // Native AOT trims by itself.
        ReportOnce(start, facts, Descriptors.SelfContainedWithoutTrimming, "SelfContained", settings =>
            settings.TargetsModernDotNet && settings.IsTrue("SelfContained") && !settings.IsOnWhenPublished("PublishTrimmed")
                && !settings.IsOnWhenPublished("PublishAot")
                ? Array.Empty<string>()
                : null);
    }
}

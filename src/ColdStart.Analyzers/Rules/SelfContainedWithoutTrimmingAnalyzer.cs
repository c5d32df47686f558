using System;
using System.Collections.Immutable;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>COLD402: a self-contained serverless project published without trimming.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SelfContainedWithoutTrimmingAnalyzer : ProjectSettingRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SelfContainedWithoutTrimming);

    private protected override void RegisterProject(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        // Native AOT trims by itself.
        ReportOnce(start, facts, Descriptors.SelfContainedWithoutTrimming, "SelfContained", settings =>
            settings.TargetsModernDotNet && settings.IsTrue("SelfContained") && !settings.IsOnWhenPublished("PublishTrimmed")
                && !settings.IsOnWhenPublished("PublishAot")
                ? Array.Empty<string>()
                : null);
    }
}

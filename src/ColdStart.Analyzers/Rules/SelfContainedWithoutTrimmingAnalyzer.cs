using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>COLD402: a self-contained serverless project published without trimming.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SelfContainedWithoutTrimmingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SelfContainedWithoutTrimming);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);

        // Native AOT trims by itself.
        context.RegisterProjectCheck(Descriptors.SelfContainedWithoutTrimming, "SelfContained", settings =>
            settings.TargetsModernDotNet && settings.IsTrue("SelfContained") && !settings.IsOnWhenPublished("PublishTrimmed") && !settings.IsOnWhenPublished("PublishAot")
                ? Array.Empty<string>()
                : null);
    }
}

using System.Collections.Immutable;
using ColdStart.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>COLD407: the stage that becomes the function's image builds or restores the project.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BuildInFinalImageStageAnalyzer : ImageRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.BuildInFinalImageStage);

    private protected override DiagnosticDescriptor Descriptor => Descriptors.BuildInFinalImageStage;

    private protected override ImageFinding? Find(Dockerfile image, Compilation compilation) => FunctionImage.BuildInFinalStage(image);
}

using System.Collections.Immutable;
using ColdStart.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>COLD406: the final stage of the function's image is based on a .NET SDK image.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SdkInFunctionImageAnalyzer : ImageRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SdkInFunctionImage);

    private protected override DiagnosticDescriptor Descriptor => Descriptors.SdkInFunctionImage;

    private protected override ImageFinding? Find(Dockerfile image, Compilation compilation) => FunctionImage.SdkInFinalStage(image);
}

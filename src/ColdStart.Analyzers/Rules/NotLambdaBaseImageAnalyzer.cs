using System.Collections.Immutable;
using ColdStart.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD408: the function's image is based on a known image that is not an AWS Lambda base image for .NET, without the
/// runtime interface client.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NotLambdaBaseImageAnalyzer : ImageRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NotLambdaBaseImage);

    private protected override DiagnosticDescriptor Descriptor => Descriptors.NotLambdaBaseImage;

    private protected override ImageFinding? Find(Dockerfile image, Compilation compilation)
        => FunctionImage.NotLambdaBase(image, HasOwnRuntimeClient(compilation));
}

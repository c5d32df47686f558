using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>COLD404: a function configured with less than 512 MB, in deployment files or [LambdaFunction(MemorySize = ...)].</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MemoryStarvesCpuAnalyzer : FunctionRule
{
    private const int MinimumMegabytes = 512;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MemoryStarvesCpu);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterAdditionalFileAction(file =>
        {
            var path = file.AdditionalFile.Path;
            if (!DeploymentTemplates.IsDeploymentFile(path) || file.AdditionalFile.GetText(file.CancellationToken) is not { } text)
            {
                return;
            }

            // A template above the project folder may describe other projects' functions: only the settings of
            // functions it deploys from this assembly (or of all its functions, when it deploys one from here) apply.
            var local = facts.Settings.IsInProjectFolder(path);
            var deploysThis = local || DeploymentTemplates.HandlerStrings(path, text).Any(facts.Deploys);
            foreach (var setting in DeploymentTemplates.MemorySettings(path, text).Where(s => s.Megabytes < MinimumMegabytes))
            {
                if (!local && !(setting.Handler is null ? deploysThis : facts.Deploys(setting.Handler)))
                {
                    continue;
                }

                var location = Location.Create(path, setting.Span, text.Lines.GetLinePositionSpan(setting.Span));
                file.ReportDiagnostic(
                    Diagnostic.Create(
                    Descriptors.MemoryStarvesCpu, location, System.IO.Path.GetFileName(path) + " (" + setting.Setting + ")", setting.Megabytes));
            }
        });

        if (facts.KnownTypes.LambdaFunctionAttribute is not null)
        {
            start.RegisterSyntaxNodeAction(node => AnalyzeAttribute(node, facts), SyntaxKind.Attribute);
        }
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, CompilationFacts facts)
    {
        var attribute = (AttributeSyntax)context.Node;
        var memory = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "MemorySize");
        if (memory is null
            || context.SemanticModel.GetConstantValue(memory.Expression, context.CancellationToken) is not { HasValue: true, Value: int megabytes }
            || megabytes >= MinimumMegabytes
            || !SymbolEqualityComparer.Default.Equals(
                context.SemanticModel.GetTypeInfo(attribute, context.CancellationToken).Type, facts.KnownTypes.LambdaFunctionAttribute))
        {
            return;
        }

        var method = attribute.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.Identifier.ValueText ?? "the function";
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.MemoryStarvesCpu, memory.GetLocation(), "[LambdaFunction] on '" + method + "'", megabytes));
    }
}

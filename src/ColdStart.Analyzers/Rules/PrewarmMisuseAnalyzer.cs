using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Generation;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD604/COLD605: [Prewarm] uses the generator cannot turn into an entry point (the generator itself stays
/// silent); COLD606: a deployment file that still names the handler instead of the generated entry point.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PrewarmMisuseAnalyzer : AttributeRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.PrewarmUnsupported,
        Descriptors.PrewarmTypeNotPartial,
        Descriptors.PrewarmEntryPointNotDeployed);

    private protected override INamedTypeSymbol? AttributeOf(KnownTypes known) => known.PrewarmAttribute;

    private protected override void Register(CompilationStartAnalysisContext start, KnownTypes known, INamedTypeSymbol attribute)
    {
        var hasDetector = start.Compilation.GetTypeByMetadataName(PrewarmDeclarations.PingDetectorName) is not null;
        start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, attribute, hasDetector, known), SymbolKind.Method);
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, INamedTypeSymbol prewarm, bool hasDetector, KnownTypes known)
    {
        var method = (IMethodSymbol)context.Symbol;
        var attribute = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, prewarm));
        if (attribute is null)
        {
            return;
        }

        var location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? method.Locations[0];
        var reason = hasDetector ? null : "the project targets a framework older than .NET 8, where the ColdStart runtime library has no ping detector";
        // A controller action is a handler of the hosted app, but Lambda invokes the base class's handler, not the action.
        if (reason is null
            && HandlerModel.GetOrCreate(context.Compilation, context.Options, context.CancellationToken).HandlerFor(method)
                is null or { Kind: HandlerKind.ControllerAction })
        {
            reason = "it is not a Lambda handler (give it an ILambdaContext parameter, [LambdaFunction] or [ColdStartHandler])";
        }

        // Keep-warm pings are a Lambda convention: the Functions host never sends one through a function's trigger.
        if (reason is null && method.HasAttribute(known.AzureFunctionAttribute))
        {
            reason = "it is an Azure Functions function: the Functions host sends no keep-warm pings through a trigger, so there is "
                + "nothing to short-circuit; prime clients in a [WarmupTrigger] function (Premium and Dedicated plans) and keep "
                + "always-ready instances instead";
        }

        reason ??= PrewarmDeclarations.Read(method, known).UnsupportedReason;
        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PrewarmUnsupported, location, method.ContainingType.Name + "." + method.Name, reason));
        }
        else if (!PrewarmDeclarations.TypeIsPartial(method))
        {
            var identifier = method.ContainingType.DeclaringSyntaxReferences
                .Select(r => r.GetSyntax(context.CancellationToken))
                .OfType<TypeDeclarationSyntax>()
                .FirstOrDefault()?.Identifier.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PrewarmTypeNotPartial, identifier ?? location, method.ContainingType.Name));
        }
        else
        {
            ReportStaleHandlerStrings(context, method, location);
        }
    }

    // The generated entry point only runs if the deployment names it: Assembly::Namespace.Type::HandlePrewarmed.
    private static void ReportStaleHandlerStrings(SymbolAnalysisContext context, IMethodSymbol method, Location location)
    {
        var assembly = context.Compilation.AssemblyName;
        var type = HandlerDiscovery.FullName(method.ContainingType);
        foreach (var file in context.Options.AdditionalFiles.Where(f => DeploymentTemplates.IsDeploymentFile(f.Path)))
        {
            if (file.GetText(context.CancellationToken) is not { } text)
            {
                continue;
            }

            foreach (var handler in DeploymentTemplates.HandlerStrings(file.Path, text))
            {
                if (DeploymentTemplates.ParseHandler(handler) is { } parsed && parsed.Assembly == assembly && parsed.Type == type
                    && parsed.Method == method.Name)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.PrewarmEntryPointNotDeployed,
                        location,
                        method.ContainingType.Name + "." + method.Name,
                        System.IO.Path.GetFileName(file.Path),
                        handler,
                        $"{parsed.Assembly}::{parsed.Type}::{method.Name}Prewarmed"));
                }
            }
        }
    }
}

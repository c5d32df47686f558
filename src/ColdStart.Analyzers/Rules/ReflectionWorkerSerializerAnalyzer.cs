using System;
using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD204: the Azure Functions worker's serializer (<c>WorkerOptions.Serializer</c>) set to a <c>JsonObjectSerializer</c>
/// whose <c>JsonSerializerOptions</c> have no source-generated <c>TypeInfoResolver</c> — the Azure twin of COLD202. Only in an
/// Azure Functions project; options the rule cannot see into (a parameter, a field, a method's result) are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReflectionWorkerSerializerAnalyzer : FunctionRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ReflectionWorkerSerializer);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        if (HandlerModel.IsAzureFunctionsProject(start.Compilation)
            && start.Compilation.GetTypeByMetadataName("Azure.Core.Serialization.JsonObjectSerializer") is { } serializer
            && facts.KnownTypes.WorkerOptions is { } workerOptions)
        {
            start.RegisterOperationAction(c => Analyze(c, serializer, workerOptions, facts.KnownTypes), OperationKind.ObjectCreation);
        }
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol serializer, INamedTypeSymbol workerOptions, KnownTypes known)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!creation.Type.Is(serializer)
            || creation.ParentWithoutConversions() is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } }
            || property.Name != "Serializer" || !property.ContainingType.Is(workerOptions))
        {
            return;
        }

        var options = creation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Is(known.StjOptions) == true)?.Value.WithoutConversions();
        string? how = options switch
        {
            null or IDefaultValueOperation or ILiteralOperation => "with default JsonSerializerOptions",
            _ when HasSourceGeneratedResolver(options, known) != false => null,
            _ => "whose JsonSerializerOptions have no source-generated TypeInfoResolver",
        };
        if (how is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ReflectionWorkerSerializer, creation.Syntax.GetLocation(), how));
        }
    }

    // True or false where the options are built in sight (a `new JsonSerializerOptions { ... }`, or a local initialised
    // and configured in the same body); null where they come from elsewhere, which the rule does not guess about.
    private static bool? HasSourceGeneratedResolver(IOperation options, KnownTypes known)
    {
        switch (options)
        {
            case IObjectCreationOperation created when created.Type.Is(known.StjOptions):
                // new JsonSerializerOptions(Ctx.Default.Options) copies the context's resolver.
                return created.Arguments.Any(a => a.Parameter?.Type.Is(known.StjOptions) == true)
                    || (created.Initializer?.Initializers.Any(SetsResolver) ?? false);

            case ILocalReferenceOperation local when local.SemanticModel is { } semanticModel
                && local.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is { } declared
                && semanticModel.GetOperation(declared) is IVariableDeclaratorOperation declarator:
                var statement = declared.FirstAncestorOrSelf<StatementSyntax>();
                var scope = statement?.Parent is GlobalStatementSyntax global ? global.Parent : statement?.Parent;
                if (declarator.Initializer?.Value.WithoutConversions() is not IObjectCreationOperation initializer || scope is null)
                {
                    return null;
                }

                // `var options = new JsonSerializerOptions { ... }; options.TypeInfoResolver = ...` (or TypeInfoResolverChain.Add).
                return HasSourceGeneratedResolver(initializer, known) == true
                    || scope.DescendantNodes().OfType<ExpressionStatementSyntax>().Any(
                        e => e.Expression.ToString().StartsWith(local.Local.Name + ".TypeInfoResolver", StringComparison.Ordinal));

            default:
                return null;
        }
    }

    private static bool SetsResolver(IOperation initializer)
    {
        return initializer switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "TypeInfoResolver" } } => true,
            IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "TypeInfoResolverChain" } } => true,
            _ => false,
        };
    }
}

using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD303: a DynamoDBContext that will call DescribeTable on its first operation: one constructed directly without
/// a config that disables fetching, or built by DynamoDBContextBuilder with fetching switched back on (the builder,
/// new in AWSSDK.DynamoDBv2 4, disables it by default: measured with the harness's local endpoint).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DynamoDbContextTableMetadataAnalyzer : FunctionRule
{
    private const string DisableFetchingTableMetadata = "DisableFetchingTableMetadata";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DynamoDbContextFetchesTableMetadata);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterOperationAction(operation => Analyze(operation, facts), OperationKind.ObjectCreation, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context, CompilationFacts facts)
    {
        var known = facts.KnownTypes;
        var fetchesMetadata = context.Operation switch
        {
            IObjectCreationOperation creation when creation.Type.DerivesFrom(known.DynamoDbContext) => !ConfigDisablesFetching(creation, known),
            IInvocationOperation { TargetMethod.Name: "Build" } build when IsContextBuilder(build.TargetMethod.ContainingType, known)
                => BuilderEnablesFetching(build),
            _ => false,
        };
        var model = facts.Model(context.CancellationToken);
        if (!fetchesMetadata || !model.IsServerlessProject
            || (context.Operation.SemanticModel is { } semanticModel && model.IsInLocalHarness(context.Operation.Syntax, semanticModel)))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.DynamoDbContextFetchesTableMetadata, context.Operation.Syntax.GetLocation()));
    }

    private static bool IsContextBuilder(INamedTypeSymbol type, KnownTypes known)
    {
        return type.Is(known.DynamoDbContextBuilderInterface) || type.AllInterfaces.Any(i => i.Is(known.DynamoDbContextBuilderInterface));
    }

    private static bool ConfigDisablesFetching(IObjectCreationOperation creation, KnownTypes known)
    {
        var config = creation.Arguments.FirstOrDefault(a => a.Value.Type.DerivesFrom(known.DynamoDbContextConfig))?.Value.WithoutConversions();

        return config switch
        {
            null => false,
            IObjectCreationOperation { Initializer: { } initializer } => initializer.Initializers.Any(SetsDisableToTrue),
            IObjectCreationOperation => false,

            // A config built elsewhere: trust it when the code in this type switches the setting on.
            _ => creation.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type && AssignsDisable(type, SyntaxKind.TrueLiteralExpression),
        };
    }

    private static bool SetsDisableToTrue(IOperation initializer)
    {
        if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: DisableFetchingTableMetadata } } assignment)
        {
            return false;
        }

        // The property is bool?, so the literal arrives wrapped in a conversion.
        return assignment.Value.WithoutConversions().ConstantValue is { HasValue: true, Value: true };
    }

    /// <summary>A builder chain whose ConfigureContext sets DisableFetchingTableMetadata = false.</summary>
    private static bool BuilderEnablesFetching(IInvocationOperation build)
    {
        for (var receiver = build.Instance; receiver is IInvocationOperation call; receiver = call.Instance)
        {
            if (call.TargetMethod.Name == "ConfigureContext" && AssignsDisable(call.Syntax, SyntaxKind.FalseLiteralExpression))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AssignsDisable(SyntaxNode scope, SyntaxKind literal)
    {
        return scope.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(assignment =>
            assignment.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: DisableFetchingTableMetadata }
                or IdentifierNameSyntax { Identifier.ValueText: DisableFetchingTableMetadata }
            && assignment.Right.IsKind(literal));
    }
}

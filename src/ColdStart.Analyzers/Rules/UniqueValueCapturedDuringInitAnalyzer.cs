using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD501: in a SnapStart function, a unique value (identifier, random generator or seed, timestamp, random
/// bytes) produced before the snapshot and kept: in a field or property, a closure, or a singleton registration.
/// A value only used during init (a random sleep length) is not kept, so it is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UniqueValueCapturedDuringInitAnalyzer : FunctionRule
{
    private const string SharedRandom = "Random.Shared, whose seed is fixed when it is first used";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UniqueValueCapturedDuringInit);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterOperationAction(
            operation => Analyze(operation, facts), OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference);
    }

    private static void Analyze(OperationAnalysisContext context, CompilationFacts facts)
    {
        var operation = context.Operation;
        if (!IsUniqueValue(operation, facts.KnownTypes, out var isSharedRandom))
        {
            return;
        }

        var (keptIn, member) = isSharedRandom ? (SharedRandom, null) : KeptIn(operation, facts.KnownTypes);
        if (keptIn is null
            || !facts.IsSnapStartFunction(context.CancellationToken)
            || !facts.RunsBeforeSnapshot(operation, context.CancellationToken)
            || (member is not null && IsRefreshedAfterRestore(member, facts, context.CancellationToken)))
        {
            return;
        }

        context.ReportDiagnostic(
            Diagnostic.Create(Descriptors.UniqueValueCapturedDuringInit, operation.Syntax.GetLocation(), RuleSupport.Describe(operation.Syntax), keptIn));
    }

    /// <summary>
    /// Whether an after-restore hook of the member's type assigns it again: a lambda or method given to
    /// <c>SnapshotRestore.RegisterAfterRestore</c>, or an <c>[AfterRestore]</c> method. Then every restored environment
    /// gets a value of its own, and the one made before the snapshot is only a placeholder.
    /// </summary>
    private static bool IsRefreshedAfterRestore(ISymbol member, CompilationFacts facts, CancellationToken cancellationToken)
    {
        var known = facts.KnownTypes;
        var model = facts.Model(cancellationToken);
        foreach (var part in member.ContainingType.DeclaringSyntaxReferences)
        {
            var type = part.GetSyntax(cancellationToken);
            var semanticModel = model.GetSemanticModel(type.SyntaxTree);
            foreach (var node in type.DescendantNodes())
            {
                var hook = node switch
                {
                    InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } invocation
                        when invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "RegisterAfterRestore" }
                            or IdentifierNameSyntax { Identifier.ValueText: "RegisterAfterRestore" }
                        && semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol registration
                        && registration.ContainingType.Is(known.SnapshotRestore)
                        => HookBody(invocation.ArgumentList.Arguments[0].Expression, semanticModel, cancellationToken),
                    MethodDeclarationSyntax { AttributeLists.Count: > 0 } method
                        when semanticModel.GetDeclaredSymbol(method, cancellationToken) is { } declared
                            && declared.GetAttributes().Any(a => a.AttributeClass.Is(known.AfterRestoreAttribute)) => method,
                    _ => null,
                };
                if (hook is not null && Assigns(hook, member, hook.SyntaxTree == type.SyntaxTree ? semanticModel : model.GetSemanticModel(hook.SyntaxTree),
                    cancellationToken))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The lambda itself, or the declaration of the method a method group names.
    private static SyntaxNode? HookBody(ExpressionSyntax argument, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        return argument is AnonymousFunctionExpressionSyntax
            ? argument
            : semanticModel.GetSymbolInfo(argument, cancellationToken).Symbol?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
    }

    private static bool Assigns(SyntaxNode body, ISymbol member, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        return body.DescendantNodes()
            .OfType<AssignmentExpressionSyntax>()
            .Select(assignment => semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol?.OriginalDefinition)
            .Any(target => SymbolEqualityComparer.Default.Equals(target, member.OriginalDefinition));
    }

    private static bool IsUniqueValue(IOperation operation, KnownTypes known, out bool isSharedRandom)
    {
        isSharedRandom = false;
        switch (operation)
        {
            case IInvocationOperation { TargetMethod: { IsStatic: true } method }:
                var type = method.ContainingType;
                return (type.Is(known.Guid) && method.Name is "NewGuid" or "CreateVersion7")
                    || (type.Is(known.Stopwatch) && method.Name is "StartNew" or "GetTimestamp")
                    || (type.Is(known.RandomNumberGenerator) && method.Name.StartsWith("Get", System.StringComparison.Ordinal) && !method.ReturnsVoid);

            case IObjectCreationOperation creation when IsRandomCreation(creation, known):
                // new Random(42) repeats one sequence everywhere by design; an unseeded or time-seeded one is meant to differ.
                return creation.Arguments.All(argument => !argument.Value.ConstantValue.HasValue);

            case IPropertyReferenceOperation { Property: { IsStatic: true } property }:
                var owner = property.ContainingType;
                isSharedRandom = owner.Is(known.Random) && property.Name == "Shared";
                return isSharedRandom
                    || ((owner.Is(known.DateTime) || owner.Is(known.DateTimeOffset)) && property.Name is "Now" or "UtcNow")
                    || (owner.Is(known.Environment) && property.Name is "TickCount" or "TickCount64");

            default:
                return false;
        }
    }

    private static bool IsRandomCreation(IObjectCreationOperation creation, KnownTypes known) => creation.Type.Is(known.Random);

    /// <summary>
    /// Where the value, or a value computed from it, is kept beyond init: "field 'T.F'", "property 'T.P'", "a
    /// closure", "a singleton registration", with the field or property; null when it is only used and dropped.
    /// </summary>
    private static (string? Description, ISymbol? Member) KeptIn(IOperation value, KnownTypes known)
    {
        var current = value;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IFieldInitializerOperation initializer:
                    return Describe(initializer.InitializedFields.FirstOrDefault());
                case IPropertyInitializerOperation initializer:
                    return Describe(initializer.InitializedProperties.FirstOrDefault());
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target switch
                    {
                        IFieldReferenceOperation field => Describe(field.Field),
                        IPropertyReferenceOperation property => Describe(property.Property),
                        ILocalReferenceOperation local => KeptThroughLocal(local.Local, parent),
                        _ => default,
                    };
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return KeptThroughLocal(declarator.Symbol, parent);
                case IArgumentOperation { Parent: IObjectCreationOperation seeded } when IsRandomCreation(seeded, known):
                    return default; // the seeded generator is reported itself
                case IArgumentOperation { Parent: IInvocationOperation registration }
                    when registration.TargetMethod.Name is "AddSingleton" or "TryAddSingleton":
                    return ("a singleton registration", null);
                case IConversionOperation or IInterpolationOperation or IInterpolatedStringOperation or IBinaryOperation or ICoalesceOperation
                    or IConditionalOperation or ITupleOperation or IArrayInitializerOperation or IArrayCreationOperation
                    or IArgumentOperation or IObjectCreationOperation or IAnonymousObjectCreationOperation:
                    break;
                case IInvocationOperation invocation when invocation.Instance == current || invocation.Arguments.Any(a => a == current):
                    break;
                case IMemberReferenceOperation member when member.Instance == current:
                    break;
                default:
                    return default;
            }

            current = parent;
        }

        return default;
    }

    /// <summary>A local kept in a field or property later, or captured by a lambda or local function (a closure).</summary>
    private static (string? Description, ISymbol? Member) KeptThroughLocal(ILocalSymbol local, IOperation declaration)
    {
        var root = declaration;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var reference in root.Descendants().OfType<ILocalReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            for (var ancestor = reference.Parent; ancestor is not null && ancestor != root; ancestor = ancestor.Parent)
            {
                if (ancestor is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return ($"a closure (local '{local.Name}')", null);
                }
            }

            if (reference.ParentWithoutConversions() is ISimpleAssignmentOperation
                {
                    Target: IFieldReferenceOperation or IPropertyReferenceOperation,
                } assignment
                && assignment.Value.WithoutConversions() == reference)
            {
                return assignment.Target is IFieldReferenceOperation field ? Describe(field.Field)
                    : Describe(((IPropertyReferenceOperation)assignment.Target).Property);
            }
        }

        return default;
    }

    private static (string? Description, ISymbol? Member) Describe(ISymbol? member)
    {
        return member switch
        {
            IFieldSymbol field => ($"field '{field.ContainingType.Name}.{field.Name}'", field),
            IPropertySymbol property => ($"property '{property.ContainingType.Name}.{property.Name}'", property),
            _ => default,
        };
    }
}

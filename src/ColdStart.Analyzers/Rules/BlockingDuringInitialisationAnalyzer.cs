using System.Collections.Immutable;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD102: <c>.Result</c>, <c>.Wait()</c> and <c>.GetAwaiter().GetResult()</c> on the init path, and calls to library
/// members whose hazard summary says they block.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingDuringInitialisationAnalyzer : FunctionRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.BlockingDuringInitialisation);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterOperationAction(operation => Analyze(operation, facts), OperationKind.Invocation, OperationKind.PropertyReference, OperationKind.Invalid);
    }

    private static void Analyze(OperationAnalysisContext context, CompilationFacts facts)
    {
        var library = LibraryHazards.Called(context.Operation, facts, RuleIds.BlockingDuringInitialisation, context.CancellationToken);
        if (library is null && !IsBlockingWait(context.Operation, facts.KnownTypes))
        {
            return;
        }

        var model = facts.Model(context.CancellationToken);
        var where = library is null ? string.Empty : $" ({LibraryHazards.Inside(library)}){LibraryHazards.WhenConstructed(context.Operation, library)}";
        if ((model.PathsOf(context.Operation, CodePaths.Init) & CodePaths.Init) == 0)
        {
            if (SingletonFactoryRegistration(context.Operation, facts.KnownTypes) is { } registration
                && (model.PathsOf(registration, CodePaths.Init) & CodePaths.Init) != 0)
            {
                where += $" in the factory of the '{registration.TargetMethod.TypeArguments[0].Name}' singleton (which runs when the first invocation "
                    + "that needs it resolves it)";
            }
            else if (RuleSupport.SingletonConstructing(context.Operation, facts, context.CancellationToken) is { } singleton)
            {
                where += $" in the constructor of the '{singleton.Name}' singleton (which runs when the first invocation that needs it resolves it)";
            }
            else
            {
                return;
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.BlockingDuringInitialisation,
            RuleSupport.CallLocation(context.Operation),
            library?.Properties(),
            library?.MemberName ?? RuleSupport.Describe(context.Operation.Syntax),
            RuleSupport.InitialisingTypeName(context.Operation),
            where));
    }

    // services.AddSingleton(sp => { ...; context.InitializeAsync().GetAwaiter().GetResult(); ... }) registered at init: the
    // container runs a singleton's factory once, when the first invocation that needs the service resolves it, so what the
    // factory waits for is part of that cold start.
    private static IInvocationOperation? SingletonFactoryRegistration(IOperation operation, KnownTypes known)
    {
        return ServiceRegistrations.FactoryRegistrationOf(operation) is ({ } registration, _)
            && registration.TargetMethod is { TypeArguments.Length: 1 or 2 } method
            && ServiceRegistrations.IsSingletonRegistration(method, known)
                ? registration
                : null;
    }

    /// <summary><c>.Result</c>, <c>.Wait()</c> or <c>.GetAwaiter().GetResult()</c> on a task (also what a library member's summary lists).</summary>
    internal static bool IsBlockingWait(IOperation operation, KnownTypes known)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.Name: "Result" } result:
                return result.Property.ContainingType.Is(known.TaskOfT) || result.Property.ContainingType.Is(known.ValueTaskOfT);

            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                var type = method.ContainingType;
                if (type.DerivesFrom(known.Task) && method.Name is "Wait" or "WaitAll" or "WaitAny")
                {
                    return true;
                }

                return method.Name == "GetResult"
                    && type.Name.EndsWith("Awaiter", System.StringComparison.Ordinal)
                    && type.ContainingNamespace?.ToDisplayString() == "System.Runtime.CompilerServices";

            // A task whose type is unknown here (a call given a value of a type from a package this build lacks):
            // `.GetAwaiter().GetResult()` says it all; `.Result` and `.Wait()` only on the result of an ...Async call.
            case IInvalidOperation { Syntax: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } call }:
                return call.ArgumentList.Arguments.Count == 0
                    && ((member.Name.Identifier.ValueText == "GetResult"
                            && member.Expression is InvocationExpressionSyntax
                            {
                                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter" },
                                ArgumentList.Arguments.Count: 0,
                            })
                        || (member.Name.Identifier.ValueText == "Wait" && IsAsyncCall(member.Expression)));

            case IInvalidOperation { Syntax: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } result }:
                return IsAsyncCall(result.Expression);

            default:
                return false;
        }
    }

    private static bool IsAsyncCall(ExpressionSyntax expression)
    {
        var name = expression is InvocationExpressionSyntax invocation
            ? invocation.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                _ => null,
            }
            : null;
        return name is not null && name.EndsWith("Async", System.StringComparison.Ordinal);
    }
}

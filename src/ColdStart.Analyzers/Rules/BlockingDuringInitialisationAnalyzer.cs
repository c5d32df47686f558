using System.Collections.Immutable;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
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
        if ((library is null && !IsBlockingWait(context.Operation, facts.KnownTypes))
            || (facts.Model(context.CancellationToken).PathsOf(context.Operation, CodePaths.Init) & CodePaths.Init) == 0)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.BlockingDuringInitialisation,
            RuleSupport.CallLocation(context.Operation),
            library?.Properties(),
            library?.MemberName ?? RuleSupport.Describe(context.Operation.Syntax),
            RuleSupport.InitialisingTypeName(context.Operation),
            library is null ? string.Empty : $" ({LibraryHazards.Inside(library)})"));
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

            default:
                return false;
        }
    }
}

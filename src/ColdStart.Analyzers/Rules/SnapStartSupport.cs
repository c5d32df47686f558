using System.Threading;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>What the SnapStart rules (COLD501, COLD503) ask about an operation.</summary>
internal static class SnapStartSupport
{
    /// <summary>True when the function runs under SnapStart (see <see cref="SnapStartFacts"/>).</summary>
    public static bool IsSnapStartFunction(this CompilationFacts facts, CancellationToken cancellationToken)
    {
        var snapStart = facts.SnapStart;
        return !snapStart.IsSwitchedOff
            && (snapStart.Declaration is not null || snapStart.Hooks(facts.Model(cancellationToken).GetSemanticModel, cancellationToken).Count > 0);
    }

    /// <summary>
    /// True when <paramref name="operation"/> runs before the snapshot is taken: on a handler's init path, or in
    /// a lambda registered with <c>SnapshotRestore.RegisterBeforeSnapshot</c>.
    /// </summary>
    public static bool RunsBeforeSnapshot(this CompilationFacts facts, IOperation operation, CancellationToken cancellationToken)
    {
        return IsInBeforeSnapshotHook(operation, facts.KnownTypes)
            || (facts.Model(cancellationToken).PathsOf(operation, CodePaths.Init) & CodePaths.Init) != 0;
    }

    private static bool IsInBeforeSnapshotHook(IOperation operation, KnownTypes known)
    {
        if (known.SnapshotRestore is null)
        {
            return false;
        }

        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation function
                && function.Parent?.ParentWithoutConversions() is IArgumentOperation { Parent: IInvocationOperation registration }
                && registration.TargetMethod.Name == SnapStartFacts.BeforeSnapshotMethod
                && registration.TargetMethod.ContainingType.Is(known.SnapshotRestore))
            {
                return true;
            }
        }

        return false;
    }
}

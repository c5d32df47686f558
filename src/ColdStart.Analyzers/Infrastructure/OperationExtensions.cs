using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Infrastructure;

internal static class OperationExtensions
{
    /// <summary>The operation under any implicit or explicit conversions (<c>(object)x</c>, <c>bool</c> to <c>bool?</c>, …).</summary>
    public static IOperation WithoutConversions(this IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The first parent that is not a conversion: where a value really goes.</summary>
    public static IOperation? ParentWithoutConversions(this IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    /// <summary>
    /// Where a value goes once awaited, if it is: the first parent that is neither a conversion nor the <c>await</c> of it
    /// (`_cache ??= await ConnectAsync()` stores what the call returns).
    /// </summary>
    public static IOperation? ParentThroughAwait(this IOperation operation)
    {
        var parent = operation.ParentWithoutConversions();
        return parent is IAwaitOperation awaited ? awaited.ParentWithoutConversions() : parent;
    }

    /// <summary>
    /// The method a call or construction runs: its bound target, or, for one that does not compile because an argument's
    /// type is unknown (a package this build lacks, and every value derived from it), the one method the compiler was
    /// left with. Null for anything else, and when several overloads remain.
    /// </summary>
    public static IMethodSymbol? CalledMethod(this IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                return invocation.TargetMethod;
            case IObjectCreationOperation creation:
                return creation.Constructor;
            case IInvalidOperation { Syntax: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax, SemanticModel: { } semanticModel } invalid:
                var info = semanticModel.GetSymbolInfo(invalid.Syntax);
                return info.Symbol as IMethodSymbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] as IMethodSymbol : null);
            default:
                return null;
        }
    }
}

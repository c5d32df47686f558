using Microsoft.CodeAnalysis;
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
}

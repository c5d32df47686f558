using ColdStart.Analyzers.Handlers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules
{
    /// <summary>The few helpers every rule uses to reach the shared handler model.</summary>
    internal static class RuleSupport
    {
        public static HandlerModel Model(this OperationAnalysisContext context)
        {
            return HandlerModel.GetOrCreate(context.Compilation, context.Options, context.CancellationToken);
        }

        public static CodePaths PathsOf(this HandlerModel model, IOperation operation)
        {
            return operation.SemanticModel is { } semanticModel ? model.Classify(operation.Syntax, semanticModel) : CodePaths.None;
        }

        /// <summary>The name of the type (or "Program") whose initialisation runs <paramref name="operation"/>.</summary>
        public static string InitialisingTypeName(IOperation operation)
        {
            var symbol = operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);
            return symbol?.ContainingType?.Name ?? symbol?.Name ?? "the function";
        }

        /// <summary>Short source text of an expression for messages.</summary>
        public static string Describe(SyntaxNode node)
        {
            var text = node.ToString();
            return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
        }

        public static bool Is(this ITypeSymbol? type, INamedTypeSymbol? expected)
        {
            return type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
        }

        public static bool DerivesFrom(this ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Is(baseType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

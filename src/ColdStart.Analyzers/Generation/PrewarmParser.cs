using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Generation
{
    /// <summary>Turns a [Prewarm] method into its <see cref="PrewarmSpec"/>; null when it cannot be generated (the analyzer says why).</summary>
    internal static class PrewarmParser
    {
        public static PrewarmSpec? Parse(IMethodSymbol method, AttributeData attribute)
        {
            var handler = PrewarmDeclarations.Read(method);
            if (handler.UnsupportedReason is not null || !PrewarmDeclarations.TypeIsPartial(method))
            {
                return null;
            }

            var type = method.ContainingType;
            var containing = new List<string>();
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                containing.Insert(0, LazyClientParser.DeclarationOf(outer));
            }

            return new PrewarmSpec(
                type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
                new EquatableArray<string>(containing),
                LazyClientParser.DeclarationOf(type),
                type.ToDisplayString(),
                method.Name,
                method.IsStatic,
                handler.Input?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                handler.InputIsJson,
                handler.HasContext,
                handler.ReturnKind,
                handler.Output?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                handler.OutputIsJson,
                handler.Serializer?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                Named(attribute, "Conventions") is int conventions ? conventions : 15,
                Named(attribute, "ScheduleRuleName") as string,
                Named(attribute, "CustomProperty") as string,
                Named(attribute, "CustomValue") as string,
                new EquatableArray<WarmUpSpec>(handler.WarmUps.Select(w => new WarmUpSpec(w.Method.Name, w.Method.IsStatic, w.Kind))));
        }

        private static object? Named(AttributeData attribute, string name)
        {
            return attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value;
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Generation
{
    /// <summary>Turns a [Prewarm] method into its <see cref="PrewarmSpec"/>; null when it cannot be generated (the analyzer says why).</summary>
    internal static class PrewarmParser
    {
        /// <summary>What [Prewarm] listens for when the attribute does not say (WarmupConventions.All).</summary>
        private const int AllConventions = 15;

        public static PrewarmSpec? Parse(IMethodSymbol method, AttributeData attribute, Compilation compilation, bool nullableAnnotations)
        {
            var handler = PrewarmDeclarations.Read(method, compilation);
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

            return new PrewarmSpec
            {
                Namespace = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
                ContainingDeclarations = new EquatableArray<string>(containing),
                TypeDeclaration = LazyClientParser.DeclarationOf(type),
                TypeDisplayName = type.ToDisplayString(),
                AssemblyName = method.ContainingAssembly.Name,
                HandlerName = method.Name,
                IsStatic = method.IsStatic,
                InputType = handler.Input?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                InputIsJson = handler.InputIsJson,
                HasContext = handler.HasContext,
                ReturnKind = handler.ReturnKind,
                OutputType = handler.Output?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                OutputIsJson = handler.OutputIsJson,
                SerializerType = handler.Serializer?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                Conventions = Named(attribute, "Conventions") is int conventions ? conventions : AllConventions,
                ScheduleRuleName = Named(attribute, "ScheduleRuleName") as string,
                CustomProperty = Named(attribute, "CustomProperty") as string,
                CustomValue = Named(attribute, "CustomValue") as string,
                WarmUps = new EquatableArray<WarmUpSpec>(handler.WarmUps.Select(w => new WarmUpSpec(w.Method.Name, w.Method.IsStatic, w.Kind))),
                NullableAnnotations = nullableAnnotations,
                SnapStart = handler.SnapStart,
                PrimingInstanceType = handler.SnapStart && !method.IsStatic ? type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) : null,
                AfterRestores = new EquatableArray<WarmUpSpec>(handler.AfterRestores.Select(a => new WarmUpSpec(a.Method.Name, a.Method.IsStatic, a.Kind))),
            };
        }

        private static object? Named(AttributeData attribute, string name)
        {
            return attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value;
        }
    }
}

using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ColdStart.Analyzers.Generation;

/// <summary>What every generated member carries, and what the consuming project's language version allows.</summary>
internal static class GeneratedCode
{
    /// <summary>On every generated member: tools (analyzers, coverage, style) can tell it from the user's code.</summary>
    public static readonly string Attribute =
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"ColdStart.Analyzers\", \"{typeof(GeneratedCode).Assembly.GetName().Version}\")]";

    /// <summary>On generated methods and properties (the attribute does not apply to fields).</summary>
    public const string ExcludeFromCodeCoverage = "[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]";

    /// <summary>C# 8 or later: nullable annotations and <c>#nullable</c> compile (a netstandard2.0 project defaults to 7.3).</summary>
    public static bool HasNullableAnnotations(SyntaxNode node)
    {
        return node.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 };
    }

    /// <summary>A hint name from a type or member name: letters, digits and dots kept, anything else (generic brackets, +) as '_'.</summary>
    public static string HintName(string name, string suffix)
    {
        return new string(name.Select(c => char.IsLetterOrDigit(c) || c == '.' ? c : '_').ToArray()) + suffix;
    }

    /// <summary><paramref name="type"/> as a nullable reference where the language version has annotations.</summary>
    public static string MaybeNull(string type, bool nullableAnnotations) => nullableAnnotations ? type + "?" : type;

    /// <summary>The partial declaration that adds members to <paramref name="type"/>, e.g. <c>static partial class Clients</c>.</summary>
    public static string PartialDeclaration(INamedTypeSymbol type)
    {
        var keyword = type.IsRecord ? (type.TypeKind == TypeKind.Struct ? "record struct" : "record") : type.TypeKind == TypeKind.Struct ? "struct" : "class";
        var typeParameters = type.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">";
        return (type.IsStatic ? "static " : string.Empty) + "partial " + keyword + " " + type.Name + typeParameters;
    }

    /// <summary>The partial declarations of the types <paramref name="type"/> is nested in, outermost first.</summary>
    public static EquatableArray<string> ContainingDeclarations(INamedTypeSymbol type)
    {
        var containing = new System.Collections.Generic.List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containing.Insert(0, PartialDeclaration(outer));
        }

        return new EquatableArray<string>(containing);
    }

    /// <summary>The namespace to generate into, or null for the global namespace.</summary>
    public static string? NamespaceOf(INamedTypeSymbol type) => type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();

    /// <summary>The value of an attribute's named argument (<c>[Prewarm(SnapStart = true)]</c>), or null when it is not set.</summary>
    public static object? NamedArgument(AttributeData attribute, string name)
    {
        return attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value;
    }
}

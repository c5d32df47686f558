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

    /// <summary>
    /// Whether a generated property named <paramref name="name"/> hides a member <paramref name="type"/> inherits (say,
    /// the same generator's output on a base class): it then says <c>new</c>, as hand-written code would, and leaves
    /// no warning CS0108.
    /// </summary>
    public static bool PropertyHidesInherited(INamedTypeSymbol type, string name) => InheritedVisible(type, name).Any();

    /// <summary>
    /// Whether a generated method hides an inherited member: a method of the same name and parameter types
    /// (fully qualified, <c>global::...</c>), or any other member of that name.
    /// </summary>
    public static bool MethodHidesInherited(INamedTypeSymbol type, string name, params string[] parameterTypes)
    {
        return InheritedVisible(type, name).Any(member => member is not IMethodSymbol method
            || method.Parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).SequenceEqual(parameterTypes));
    }

    /// <summary><c>"new "</c> for a member whose name is in <paramref name="hiding"/>, else nothing.</summary>
    public static string NewModifier(EquatableArray<string> hiding, string name) => hiding.Contains(name) ? "new " : string.Empty;

    private static System.Collections.Generic.IEnumerable<ISymbol> InheritedVisible(INamedTypeSymbol type, string name)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            foreach (var member in baseType.GetMembers(name))
            {
                var visible = member.DeclaredAccessibility switch
                {
                    Accessibility.Private or Accessibility.NotApplicable => false,
                    Accessibility.Internal or Accessibility.ProtectedAndInternal
                        => SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, type.ContainingAssembly),
                    _ => true,
                };
                if (visible && !member.IsImplicitlyDeclared)
                {
                    yield return member;
                }
            }
        }
    }

    /// <summary>The value of an attribute's named argument (<c>[Prewarm(SnapStart = true)]</c>), or null when it is not set.</summary>
    public static object? NamedArgument(AttributeData attribute, string name)
    {
        return attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value;
    }
}

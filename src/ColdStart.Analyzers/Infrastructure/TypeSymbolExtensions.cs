using System.Linq;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Infrastructure;

internal static class TypeSymbolExtensions
{
    /// <summary>True when <paramref name="type"/> is <paramref name="expected"/> (any construction of it).</summary>
    /// <summary>
    /// How messages name the type that declares a member: its name, or for a C# 14 <c>extension(...)</c> block, which has
    /// no name, the static class that holds the block.
    /// </summary>
    public static string NameForMessages(this INamedTypeSymbol type)
    {
        return type.Name.Length == 0 && type.ContainingType is { } holder ? holder.Name : type.Name;
    }

    public static bool Is(this ITypeSymbol? type, INamedTypeSymbol? expected)
    {
        return type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
    }

    /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
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

    /// <summary>True when <paramref name="type"/> can be created with <c>new T()</c> from anywhere: not abstract, with
    /// a public parameterless constructor.</summary>
    public static bool HasPublicParameterlessConstructor(this INamedTypeSymbol type)
    {
        return !type.IsAbstract && type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public);
    }

    /// <summary>True when <paramref name="symbol"/> carries an attribute constructed from <paramref name="attribute"/>
    /// (a generic attribute in any construction).</summary>
    public static bool HasAttributeOf(this ISymbol symbol, INamedTypeSymbol? attribute)
    {
        return attribute is not null && symbol.GetAttributes().Any(a => a.AttributeClass.Is(attribute));
    }

    /// <summary>True when <paramref name="symbol"/> carries an attribute of class <paramref name="attribute"/>.</summary>
    public static bool HasAttribute(this ISymbol symbol, INamedTypeSymbol? attribute)
    {
        return attribute is not null && symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
    }
}

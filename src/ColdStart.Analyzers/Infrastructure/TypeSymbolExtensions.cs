using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Infrastructure;

internal static class TypeSymbolExtensions
{
    /// <summary>True when <paramref name="type"/> is <paramref name="expected"/> (any construction of it).</summary>
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
}

using System.Collections.Generic;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// Reads the [LazyClient] attributes of a holder class. Shared by the generator (which emits the valid ones)
/// and the COLD6xx analyzer (which reports the invalid ones), so both agree on what is valid.
/// </summary>
internal static class LazyClientDeclarations
{
    public static IReadOnlyList<LazyClientDeclaration> Read(INamedTypeSymbol holder, KnownTypes known)
    {
        var declarations = new List<LazyClientDeclaration>();
        var names = new HashSet<string>();
        foreach (var attribute in holder.GetAttributes())
        {
            var attributeClass = attribute.AttributeClass;
            INamedTypeSymbol? client;
            if (attributeClass is { IsGenericType: true } && attributeClass.Is(known.GenericLazyClientAttribute))
            {
                client = attributeClass.TypeArguments[0] as INamedTypeSymbol;
            }
            else if (attributeClass.Is(known.LazyClientAttribute))
            {
                client = attribute.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol;
            }
            else
            {
                continue;
            }

            if (client is null || client.TypeKind == TypeKind.Error)
            {
                continue;
            }

            var name = GeneratedCode.NamedArgument(attribute, "Name") as string;
            var exposed = GeneratedCode.NamedArgument(attribute, "As") as ITypeSymbol ?? client;
            var propertyName = string.IsNullOrWhiteSpace(name) ? client.Name : name!;
            var factory = holder.GetMembers("Create" + propertyName).OfType<IMethodSymbol>()
                .FirstOrDefault(m => m.IsStatic && m.Parameters.Length == 0 && !m.ReturnsVoid);
            var hasConstructor = client.HasPublicParameterlessConstructor();
            declarations.Add(
                new LazyClientDeclaration(attribute, client, exposed, propertyName, factory, hasConstructor, IsDuplicate: !names.Add(propertyName)));
        }

        return declarations;
    }

    /// <summary>True when the holder and every type it is nested in are declared <c>partial</c> everywhere.</summary>
    public static bool IsPartialEverywhere(INamedTypeSymbol holder)
    {
        for (var type = holder; type is not null; type = type.ContainingType)
        {
            if (type.DeclaringSyntaxReferences.Length == 0
                || type.DeclaringSyntaxReferences.Any(
                    r => r.GetSyntax() is not TypeDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One [LazyClient] attribute, resolved.</summary>
internal sealed record LazyClientDeclaration(
    AttributeData Attribute,
    INamedTypeSymbol Client,
    ITypeSymbol Exposed,
    string PropertyName,
    IMethodSymbol? Factory,
    bool HasPublicParameterlessConstructor,
    bool IsDuplicate)
{
    /// <summary>The generator can build this client: a factory, or a public parameterless constructor.</summary>
    public bool IsConstructible => Factory is not null || HasPublicParameterlessConstructor;
}

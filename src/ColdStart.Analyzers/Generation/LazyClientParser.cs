using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Generation;

/// <summary>Turns a [LazyClient] holder symbol into its <see cref="LazyClientHolderSpec"/>; null when nothing valid can be generated.</summary>
internal static class LazyClientParser
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static LazyClientHolderSpec? Parse(INamedTypeSymbol holder, KnownTypes known, bool nullableAnnotations, CancellationToken cancellationToken)
    {
        if (!LazyClientDeclarations.IsPartialEverywhere(holder))
        {
            return null;
        }

        var clients = new List<LazyClientSpec>();
        foreach (var declaration in LazyClientDeclarations.Read(holder, known))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (declaration.IsDuplicate || !declaration.IsConstructible)
            {
                continue;
            }

            clients.Add(new LazyClientSpec
            {
                PropertyName = declaration.PropertyName,
                ClientType = declaration.Client.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                ExposedType = declaration.Exposed.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                FactoryMethod = declaration.Factory?.Name,
                FactoryDefinition = FactoryDefinition(declaration.Factory),
            });
        }

        if (clients.Count == 0)
        {
            return null;
        }

        return new LazyClientHolderSpec
        {
            Namespace = GeneratedCode.NamespaceOf(holder),
            FullName = holder.ToDisplayString(),
            Declaration = GeneratedCode.PartialDeclaration(holder),
            ContainingDeclarations = GeneratedCode.ContainingDeclarations(holder),
            Clients = new EquatableArray<LazyClientSpec>(clients),
            PrimeAllCall = PrimeAllCall(holder),
            NullableAnnotations = nullableAnnotations,
            HidingMembers = HidingMembers(holder, clients, known),
        };
    }

    // A base holder's members are hidden whether they were written by hand, compiled into a referenced assembly, or are
    // about to be generated for the base holder's own [LazyClient]s, which the generator does not see as members.
    private static EquatableArray<string> HidingMembers(INamedTypeSymbol holder, List<LazyClientSpec> clients, KnownTypes known)
    {
        var generatedInBase = new HashSet<string>();
        for (var baseType = holder.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.Locations.Any(location => location.IsInSource) && LazyClientDeclarations.IsPartialEverywhere(baseType))
            {
                foreach (var declaration in LazyClientDeclarations.Read(baseType, known).Where(d => !d.IsDuplicate && d.IsConstructible))
                {
                    generatedInBase.UnionWith(new[] { declaration.PropertyName, CreatedFlag(declaration.PropertyName), "PrimeAll" });
                }
            }
        }

        var hiding = clients.SelectMany(client => new[] { client.PropertyName, CreatedFlag(client.PropertyName) })
            .Where(name => generatedInBase.Contains(name) || GeneratedCode.PropertyHidesInherited(holder, name))
            .ToList();
        if (generatedInBase.Contains("PrimeAll") || GeneratedCode.MethodHidesInherited(holder, "PrimeAll"))
        {
            hiding.Add("PrimeAll");
        }

        return new EquatableArray<string>(hiding);
    }

    /// <summary>The name of the generated property that says whether a client exists: <c>Is{Name}Created</c>.</summary>
    public static string CreatedFlag(string propertyName) => "Is" + propertyName + "Created";

    private static string? PrimeAllCall(INamedTypeSymbol holder)
    {
        for (var type = holder; type is not null; type = type.ContainingType)
        {
            if (type.TypeParameters.Length > 0
                || type.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return null;
            }
        }

        return holder.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ".PrimeAll()";
    }

    // A user who wrote only `private static partial T CreateX() { ... }` gets the defining declaration generated.
    private static string? FactoryDefinition(IMethodSymbol? factory)
    {
        if (factory is null || factory.PartialDefinitionPart is not null || factory.IsPartialDefinition)
        {
            return null;
        }

        var syntax = factory.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as MethodDeclarationSyntax;
        if (syntax is null || !syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return null;
        }

        var accessibility = string.Join(" ", syntax.Modifiers.Where(IsAccessibility).Select(m => m.Text));
        return $"{accessibility} static partial {factory.ReturnType.ToDisplayString(TypeFormat)} {factory.Name}();".TrimStart();
    }

    private static bool IsAccessibility(SyntaxToken modifier) =>
        modifier.Kind() is SyntaxKind.PrivateKeyword or SyntaxKind.InternalKeyword or SyntaxKind.PublicKeyword or SyntaxKind.ProtectedKeyword;
}

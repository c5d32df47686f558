using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// The serializer settings a reflection call runs with, and those a source-generated context was generated with,
/// in one comparable form (<c>"Defaults=Web;PropertyNameCaseInsensitive=true"</c>; empty for the defaults). A call
/// may move to a context only when both are equal: otherwise the fix would change what is read or written.
/// </summary>
internal static class JsonGenerationOptions
{
    private static readonly char[] NameValueSeparator = { '=' };

    public const string Defaults = "";

    /// <summary><c>new JsonSerializerOptions(JsonSerializerDefaults.Web)</c>, what System.Net.Http.Json uses without options.</summary>
    public const string WebDefaults = "Defaults=Web";

    // JsonSerializerOptions properties that [JsonSourceGenerationOptions] can carry under the same name.
    private static readonly HashSet<string> Carried = new(StringComparer.Ordinal)
    {
        "AllowTrailingCommas", "DefaultBufferSize", "DefaultIgnoreCondition", "DictionaryKeyPolicy", "IgnoreReadOnlyFields",
        "IgnoreReadOnlyProperties", "IncludeFields", "MaxDepth", "NumberHandling", "PreferredObjectCreationHandling",
        "PropertyNameCaseInsensitive", "PropertyNamingPolicy", "ReadCommentHandling", "UnknownTypeHandling",
        "UnmappedMemberHandling", "WriteIndented",
    };

    /// <summary>
    /// The settings of the <c>JsonSerializerOptions</c> argument of <paramref name="invocation"/>: <see cref="Defaults"/>
    /// without one; those of a new instance passed directly or kept in a readonly field, a get-only property or a local
    /// that is only ever passed on; null when they cannot be known statically (a parameter, converters, a mutated
    /// instance...).
    /// </summary>
    public static string? OfCall(
        IInvocationOperation invocation, KnownTypes known, Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Is(known.StjOptions) == true);
        if (argument is null || argument.IsImplicit)
        {
            return Defaults;
        }

        var value = argument.Value.WithoutConversions();
        var compilation = invocation.SemanticModel?.Compilation;
        switch (value)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation:
                return Defaults;
            case IObjectCreationOperation creation:
                return OfCreation(creation, known);
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field }:
                return OfStoredCreation(field, compilation, known, semanticModels, cancellationToken);
            case IPropertyReferenceOperation { Property: { SetMethod: null, IsIndexer: false } property }:
                return OfStoredCreation(property, compilation, known, semanticModels, cancellationToken);
            case ILocalReferenceOperation { Local: { IsRef: false } local }:
                return OfStoredCreation(local, compilation, known, semanticModels, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>What <c>[JsonSourceGenerationOptions]</c> on <paramref name="context"/> sets, in the same form.</summary>
    public static string OfContext(INamedTypeSymbol context)
    {
        var attribute = context.GetAttributes().FirstOrDefault(a => a.AttributeClass is { Name: "JsonSourceGenerationOptionsAttribute" } type
            && type.ContainingNamespace.ToDisplayString() == "System.Text.Json.Serialization");
        if (attribute is null)
        {
            return Defaults;
        }

        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in attribute.ConstructorArguments)
        {
            AddDefaults(settings, argument.Value, argument.Type);
        }

        foreach (var named in attribute.NamedArguments)
        {
            // GenerationMode chooses metadata or fast-path code, not what the JSON looks like.
            if (named.Key != "GenerationMode")
            {
                settings[named.Key] = Format(named.Value.Value, named.Value.Type);
            }
        }

        return Join(settings);
    }

    /// <summary>The attribute that makes a new context generate with <paramref name="options"/>, or null for the defaults.</summary>
    public static string? AttributeFor(string options)
    {
        if (options.Length == 0)
        {
            return null;
        }

        var arguments = options.Split(';').Select(pair => pair.Split(NameValueSeparator, 2)).Select(pair => pair[0] == "Defaults"
            ? "System.Text.Json.JsonSerializerDefaults." + pair[1]
            : pair[0] + " = " + pair[1]);
        return "[JsonSourceGenerationOptions(" + string.Join(", ", arguments) + ")]";
    }

    // A field of a referenced project comes with its source in the IDE (and in one compilation of several projects), but
    // that source belongs to the other compilation: only this compilation's own declarations are read.
    private static string? OfStoredCreation(
        ISymbol storage, Compilation? compilation, KnownTypes known, Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        if (storage.DeclaringSyntaxReferences.Length != 1 || compilation?.ContainsSyntaxTree(storage.DeclaringSyntaxReferences[0].SyntaxTree) != true)
        {
            return null;
        }

        var declaration = storage.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var initializer = declaration switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value,
            _ => null,
        };
        if (initializer is null || !OnlyPassedAsArgument(storage, declaration))
        {
            return null;
        }

        return semanticModels(initializer.SyntaxTree).GetOperation(initializer, cancellationToken)?.WithoutConversions() is IObjectCreationOperation creation
            ? OfCreation(creation, known)
            : null;
    }

    // `Options.Converters.Add(...)` or `Options = ...` elsewhere would change the settings after the initializer. A
    // field or property is searched for in its type; a local in the block (or top-level program) that declares it.
    private static bool OnlyPassedAsArgument(ISymbol storage, SyntaxNode declaration)
    {
        var scope = storage is ILocalSymbol
            ? declaration.FirstAncestorOrSelf<SyntaxNode>(n => n is BlockSyntax or SwitchSectionSyntax or CompilationUnitSyntax)
            : declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        return scope is not null && scope.DescendantNodes()
            .OfType<IdentifierNameSyntax>()
            .Where(identifier => identifier.Identifier.ValueText == storage.Name)
            .All(identifier => UseOf(identifier) is ArgumentSyntax);
    }

    // The syntax that uses the storage: `Options` or `this.Options`.
    private static SyntaxNode? UseOf(IdentifierNameSyntax identifier)
        => identifier.WithQualifier().Parent;

    private static string? OfCreation(IObjectCreationOperation creation, KnownTypes known)
    {
        if (!creation.Type.Is(known.StjOptions))
        {
            return null;
        }

        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in creation.Arguments)
        {
            var value = argument.Value.WithoutConversions();
            if (!value.ConstantValue.HasValue || value.Type?.Name != "JsonSerializerDefaults")
            {
                return null;
            }

            AddDefaults(settings, value.ConstantValue.Value, value.Type);
        }

        foreach (var initializer in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } assignment
                || !Carried.Contains(name))
            {
                return null;
            }

            var value = assignment.Value.WithoutConversions();
            if (value.ConstantValue.HasValue && value.ConstantValue.Value is not null)
            {
                settings[name] = Format(value.ConstantValue.Value, value.Type);
            }
            else if (value is IPropertyReferenceOperation { Property: { IsStatic: true, ContainingType.Name: "JsonNamingPolicy" } policy })
            {
                settings[name] = "System.Text.Json.Serialization.JsonKnownNamingPolicy." + policy.Name;
            }
            else if (!(value.ConstantValue.HasValue && value.ConstantValue.Value is null))
            {
                return null;
            }
        }

        return Join(settings);
    }

    private static void AddDefaults(SortedDictionary<string, string> settings, object? value, ITypeSymbol? type)
    {
        var name = EnumMember(value, type);
        if (name is not null && name != "General")
        {
            settings["Defaults"] = name;
        }
    }

    private static string Format(object? value, ITypeSymbol? type)
    {
        return value switch
        {
            bool flag => flag ? "true" : "false",
            _ when type?.TypeKind == TypeKind.Enum && EnumMember(value, type) is { } member => type.ToDisplayString() + "." + member,
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value?.ToString() ?? "null",
        };
    }

    private static string? EnumMember(object? value, ITypeSymbol? type)
    {
        var number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        return type?.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => f.HasConstantValue && Convert.ToInt64(f.ConstantValue, CultureInfo.InvariantCulture) == number)?.Name;
    }

    private static string Join(SortedDictionary<string, string> settings)
    {
        // Defaults first: it is the attribute's constructor argument.
        var pairs = settings.Where(p => p.Key == "Defaults").Concat(settings.Where(p => p.Key != "Defaults"));
        return string.Join(";", pairs.Select(p => p.Key + "=" + p.Value));
    }
}

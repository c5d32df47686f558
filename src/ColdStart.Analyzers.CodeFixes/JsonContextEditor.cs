using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// Writes System.Text.Json source-generation contexts for the serialisation fixes: chooses the project's
/// context, registers types with [JsonSerializable] (each once), creates <c>AppJsonContext</c> when there is
/// none (in the fixed document, see <see cref="NewTypePlacement"/>), and names the JsonTypeInfo properties the way
/// System.Text.Json's generator does.
/// </summary>
internal static class JsonContextEditor
{
    public const string NewContextName = "AppJsonContext";

    private const string SerializationNamespace = "System.Text.Json.Serialization";

    /// <summary>The contexts a fix can use for <paramref name="document"/>: the one it already uses, else all of the project's.</summary>
    public static async Task<IReadOnlyList<INamedTypeSymbol>> CandidateContextsAsync(Document document, CancellationToken cancellationToken)
    {
        var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null || root is null || semanticModel is null)
        {
            return Array.Empty<INamedTypeSymbol>();
        }

        var contexts = JsonSerialization.SourceContexts(compilation, new KnownTypes(compilation)).ToList();
        if (contexts.Count <= 1)
        {
            return contexts;
        }

        var names = new HashSet<string>(contexts.Select(c => c.Name));
        var used = root.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(i => names.Contains(i.Identifier.ValueText))
            .Select(i => semanticModel.GetSymbolInfo(i, cancellationToken).Symbol as INamedTypeSymbol)
            .FirstOrDefault(s => s is not null && contexts.Contains(s, SymbolEqualityComparer.Default));
        return used is null ? contexts : new[] { used };
    }

    // Members a context already has (JsonSerializerContext's, the generated Default, object's): a type named after one
    // (`Options`) would get a property that hides it, and System.Text.Json's generated code then calls the wrong member.
    private static readonly HashSet<string> ContextMemberNames = new(StringComparer.Ordinal)
    {
        "Default", "Options", "GeneratedSerializerOptions", "GetTypeInfo", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone",
    };

    /// <summary>
    /// The property System.Text.Json generates on a context for <paramref name="type"/> (List&lt;Order&gt; → ListOrder),
    /// or the one the fix names with <c>TypeInfoPropertyName</c> when that would clash with a member of the context
    /// (<c>Options</c> → <c>OptionsType</c>).
    /// </summary>
    public static string TypeInfoPropertyName(ITypeSymbol type)
    {
        var generated = GeneratedPropertyName(type);
        return ContextMemberNames.Contains(generated) ? generated + "Type" : generated;
    }

    // The types System.Text.Json's generator reaches from `root` (type arguments, elements, public instance properties and
    // fields, through base classes) whose generated property would clash with a member of the context.
    private static IEnumerable<ITypeSymbol> ClashingTypesReachedFrom(ITypeSymbol root)
    {
        const int MostTypes = 500;
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<ITypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0 && seen.Count < MostTypes)
        {
            var type = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            if (!SymbolEqualityComparer.Default.Equals(type, root) && ContextMemberNames.Contains(GeneratedPropertyName(type)))
            {
                yield return type;
            }

            if (type is IArrayTypeSymbol array)
            {
                pending.Push(array.ElementType);
                continue;
            }

            if (type is not INamedTypeSymbol named)
            {
                continue;
            }

            foreach (var argument in named.TypeArguments)
            {
                pending.Push(argument);
            }

            if (named.SpecialType != SpecialType.None || named.ContainingNamespace?.ToDisplayString().StartsWith("System", StringComparison.Ordinal) == true)
            {
                continue;
            }

            for (var current = named; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    switch (member)
                    {
                        case IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property:
                            pending.Push(property.Type);
                            break;
                        case IFieldSymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public } field:
                            pending.Push(field.Type);
                            break;
                    }
                }
            }
        }
    }

    private static string GeneratedPropertyName(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return GeneratedPropertyName(array.ElementType) + (array.Rank == 1 ? "Array" : "Array" + array.Rank + "D");
            case INamedTypeSymbol { IsGenericType: true } generic:
                return generic.Name + string.Concat(generic.TypeArguments.Select(GeneratedPropertyName));
            default:
                return type.Name;
        }
    }

    /// <summary><c>Ctx.Default.Property</c>, with the context named so that the simplifier and import adder can shorten it.</summary>
    public static ExpressionSyntax TypeInfoExpression(string contextQualifiedName, ITypeSymbol type)
    {
        var context = ParseName(contextQualifiedName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        return MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, context, IdentifierName("Default")),
            IdentifierName(TypeInfoPropertyName(type)));
    }

    /// <summary>
    /// The fully qualified name (global::...) of <paramref name="context"/>, or of the context a fix will create: in
    /// the namespace around <paramref name="position"/> of the fixed document.
    /// </summary>
    public static string QualifiedName(INamedTypeSymbol? context, SyntaxNode root, int position, string newContextName = NewContextName)
    {
        return context is not null
            ? context.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
            : NewTypePlacement.QualifiedName(NewTypePlacement.NamespaceAt(root, position), newContextName);
    }

    /// <summary>
    /// A name for one more context when the project's contexts were generated with other settings:
    /// AppJsonContext, else AppJsonContext2, AppJsonContext3... (also skipping names one fix is already creating).
    /// </summary>
    public static string FreeContextName(Compilation compilation, ICollection<string>? alsoTaken = null)
    {
        var name = NewContextName;
        for (var suffix = 2; compilation.ContainsSymbolsWithName(name, SymbolFilter.Type) || alsoTaken?.Contains(name) == true; suffix++)
        {
            name = NewContextName + suffix;
        }

        return name;
    }

    /// <summary>
    /// Adds [JsonSerializable(typeof(T))] for every type the context lacks, or creates the context with them in
    /// <paramref name="newContextHost"/>, in the namespace <paramref name="newContextName"/> names.
    /// </summary>
    public static async Task<Solution> RegisterAsync(
        Solution solution,
        ProjectId projectId,
        INamedTypeSymbol? context,
        IEnumerable<ITypeSymbol> types,
        CancellationToken cancellationToken,
        string generationOptions = JsonGenerationOptions.Defaults,
        DocumentId? newContextHost = null,
        string? newContextName = null)
    {
        var project = solution.GetProject(projectId)!;
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var known = new KnownTypes(compilation!);
        var registered = context is null
            ? new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)
            : new HashSet<ITypeSymbol>(JsonSerialization.RegisteredRoots(context, known).Select(Normalise), SymbolEqualityComparer.Default);
        var missing = new List<ITypeSymbol>();
        foreach (var type in types.Select(Normalise))
        {
            if (registered.Add(type))
            {
                missing.Add(type);
            }
        }

        // What the generator reaches from them gets a property too: one that would clash needs a name of its own.
        foreach (var reached in missing.SelectMany(ClashingTypesReachedFrom).ToList())
        {
            if (registered.Add(reached))
            {
                missing.Add(reached);
            }
        }

        if (context is null)
        {
            return newContextHost is null || newContextName is null
                ? solution
                : await CreateContextAsync(solution, newContextHost, newContextName, missing, generationOptions, cancellationToken).ConfigureAwait(false)
                    ?? solution;
        }

        if (missing.Count == 0)
        {
            return solution;
        }

        var declaration = context.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax(cancellationToken))
            .OfType<ClassDeclarationSyntax>()
            .OrderByDescending(c => c.AttributeLists.Any(IsJsonSerializableList))
            .FirstOrDefault();
        var document = declaration is null ? null : solution.GetDocument(declaration.SyntaxTree);
        if (declaration is null || document is null)
        {
            return solution;
        }

        var lists = declaration.AttributeLists;
        var insertAt = lists.LastIndexOf(IsJsonSerializableList) + 1;
        var newLists = lists.InsertRange(insertAt, missing.Select(AttributeFor));
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var updated = declaration.WithAttributeLists(newLists);
        if (insertAt == 0 && lists.Count == 0)
        {
            updated = updated.WithoutLeadingTrivia()
                .WithAttributeLists(newLists.Replace(newLists[0], newLists[0].WithLeadingTrivia(declaration.GetLeadingTrivia())));
        }

        return solution.WithDocumentSyntaxRoot(document.Id, root!.ReplaceNode(declaration, updated));
    }

    private static async Task<Solution?> CreateContextAsync(
        Solution solution,
        DocumentId host,
        string qualifiedName,
        IReadOnlyList<ITypeSymbol> types,
        string generationOptions,
        CancellationToken cancellationToken)
    {
        var ns = NewTypePlacement.NamespaceOf(qualifiedName);
        var name = qualifiedName.Substring(qualifiedName.LastIndexOf('.') + 1).Replace("global::", string.Empty);
        var qualify = await ImportWouldBeAmbiguousAsync(solution.GetDocument(host), cancellationToken).ConfigureAwait(false);
        var prefix = qualify ? "global::" + SerializationNamespace + "." : string.Empty;
        var attributes = (JsonGenerationOptions.AttributeFor(generationOptions) is { } options ? options.Insert(1, prefix) + "\n" : string.Empty)
            + string.Concat(types.Select(
                t => $"[{prefix}JsonSerializable(typeof({t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)}){PropertyNameArgument(t)})]\n"));
        var declaration = ParseMemberDeclaration(attributes + $"internal partial class {name} : {prefix}JsonSerializerContext\n{{\n}}\n")!;
        var typeOfs = declaration.DescendantNodes().OfType<TypeOfExpressionSyntax>().ToList();
        declaration = declaration.ReplaceNodes(typeOfs, (original, _) => original.WithType(original.Type.WithAdditionalAnnotations(Simplifier.Annotation)));
        if (qualify)
        {
            declaration = declaration.WithAdditionalAnnotations(Simplifier.Annotation);
        }

        var requiredNamespace = qualify ? null : SerializationNamespace;
        return await NewTypePlacement.AddAsync(solution, host, ns, declaration, requiredNamespace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether <c>using System.Text.Json.Serialization;</c> would make a name in <paramref name="document"/> ambiguous:
    /// a file that uses Newtonsoft.Json's <c>[JsonIgnore]</c> or <c>[JsonConverter]</c> gets CS0104 from it.
    /// </summary>
    private static async Task<bool> ImportWouldBeAmbiguousAsync(Document? document, CancellationToken cancellationToken)
    {
        var semanticModel = document is null ? null : await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var serialization = semanticModel?.Compilation.GetTypeByMetadataName(SerializationNamespace + ".JsonSerializerContext")?.ContainingNamespace;
        if (semanticModel is null || serialization is null)
        {
            return false;
        }

        var names = new HashSet<string>(serialization.GetTypeMembers().Select(t => t.Name), StringComparer.Ordinal);
        var root = await semanticModel.SyntaxTree.GetRootAsync(cancellationToken).ConfigureAwait(false);
        return root.DescendantNodes().OfType<SimpleNameSyntax>()
            .Where(n => names.Contains(n.Identifier.ValueText) || names.Contains(n.Identifier.ValueText + "Attribute"))
            .Any(n => semanticModel.GetSymbolInfo(n, cancellationToken).Symbol is { } symbol
                && (symbol as INamedTypeSymbol ?? symbol.ContainingType) is { } type
                && !SymbolEqualityComparer.Default.Equals(type.ContainingNamespace, serialization));
    }

    private static AttributeListSyntax AttributeFor(ITypeSymbol type)
    {
        var typeSyntax = ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation);
        var arguments = SingletonSeparatedList(AttributeArgument(TypeOfExpression(typeSyntax)));
        if (PropertyNameArgument(type).Length > 0)
        {
            arguments = arguments.Add(AttributeArgument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(TypeInfoPropertyName(type))))
                .WithNameEquals(NameEquals("TypeInfoPropertyName")));
        }

        return AttributeList(SingletonSeparatedList(Attribute(IdentifierName("JsonSerializable")).WithArgumentList(AttributeArgumentList(arguments))))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static string PropertyNameArgument(ITypeSymbol type)
    {
        var name = TypeInfoPropertyName(type);
        return name == GeneratedPropertyName(type) ? string.Empty : $", TypeInfoPropertyName = \"{name}\"";
    }

    private static bool IsJsonSerializableList(AttributeListSyntax list)
    {
        return list.Attributes.Any(
            a => a.Name.ToString() is "JsonSerializable" or "JsonSerializableAttribute"
            || a.Name.ToString().EndsWith(".JsonSerializable", System.StringComparison.Ordinal));
    }

    private static ITypeSymbol Normalise(ITypeSymbol type)
    {
        return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
    }
}

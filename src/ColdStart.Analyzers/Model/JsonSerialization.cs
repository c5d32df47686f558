using System;
using System.Collections.Generic;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// Shared answers about JSON serialisation in a function: which Lambda serializer a handler uses, whether a
/// serializer is reflection based, what a handler reads and writes, and what a source-generated
/// <c>JsonSerializerContext</c> can serialise.
/// </summary>
internal static class JsonSerialization
{
    private const int MaxReachableTypes = 2000;

    /// <summary>True for DefaultLambdaJsonSerializer, CamelCaseLambdaJsonSerializer (and user subclasses),
    /// LambdaJsonSerializer and the Newtonsoft Lambda serializer.</summary>
    public static bool IsReflectionLambdaSerializer(ITypeSymbol? type, KnownTypes known)
    {
        return type.DerivesFrom(known.DefaultLambdaJsonSerializer)
            || type.DerivesFrom(known.ObsoleteLambdaJsonSerializer)
            || type.DerivesFrom(known.NewtonsoftLambdaSerializer);
    }

    /// <summary>The context type argument when <paramref name="serializer"/> is SourceGeneratorLambdaJsonSerializer&lt;TContext&gt;.</summary>
    public static INamedTypeSymbol? SourceGeneratedContext(ITypeSymbol? serializer, KnownTypes known)
    {
        for (var current = serializer as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (known.SourceGeneratorLambdaSerializer is not null
                && SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, known.SourceGeneratorLambdaSerializer)
                && current.TypeArguments.Length == 1)
            {
                return current.TypeArguments[0] as INamedTypeSymbol;
            }
        }

        return null;
    }

    /// <summary>The [LambdaSerializer] in effect for a method: the method's own, else the assembly's.</summary>
    public static AttributeData? SerializerAttributeFor(IMethodSymbol method, KnownTypes known)
    {
        return LambdaSerializerAttribute(method.GetAttributes(), known)
            ?? LambdaSerializerAttribute(method.ContainingAssembly.GetAttributes(), known);
    }

    public static AttributeData? LambdaSerializerAttribute(IEnumerable<AttributeData> attributes, KnownTypes known)
    {
        return known.LambdaSerializerAttribute is null
            ? null
            : attributes.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.LambdaSerializerAttribute));
    }

    public static ITypeSymbol? SerializerType(AttributeData attribute)
    {
        return attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as ITypeSymbol : null;
    }

    /// <summary>
    /// What a handler deserialises and serialises: its event parameter and its result, with Task/ValueTask
    /// unwrapped. Stream, void, Task, ValueTask, ILambdaContext and CancellationToken need no JSON metadata.
    /// </summary>
    public static IEnumerable<(ITypeSymbol Type, bool IsInput, SyntaxNode? Syntax)> PayloadTypes(IMethodSymbol method, KnownTypes known)
    {
        foreach (var parameter in method.Parameters)
        {
            if (NeedsJson(parameter.Type, known))
            {
                var syntax = parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as ParameterSyntax;
                yield return (parameter.Type, true, (SyntaxNode?)syntax?.Type ?? syntax);
            }
        }

        var result = Unwrap(method.ReturnType, known);
        if (result is not null && NeedsJson(result, known))
        {
            var declaration = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            var returnSyntax = declaration switch
            {
                MethodDeclarationSyntax m => m.ReturnType,
                LocalFunctionStatementSyntax f => f.ReturnType,
                ParenthesizedLambdaExpressionSyntax { ReturnType: { } explicitReturn } => explicitReturn,
                _ => (SyntaxNode?)null,
            };
            yield return (result, false, returnSyntax);
        }
    }

    /// <summary>
    /// What the handler given to <c>LambdaBootstrapBuilder.Create(handler, serializer)</c> reads and writes, with
    /// a display name for it: from the lambda or method when visible, else from Create's type arguments.
    /// </summary>
    public static IEnumerable<(ITypeSymbol Type, bool IsInput, SyntaxNode? Syntax, string Handler)> BootstrapPayloadTypes(
        IInvocationOperation create, KnownTypes known)
    {
        var handlerArgument = create.Arguments.FirstOrDefault()?.Value;
        if (handlerArgument is null)
        {
            yield break;
        }

        var handlerMethod = handlerArgument.WithoutConversions() switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda.Symbol,
            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => reference.Method,
            IAnonymousFunctionOperation lambda => lambda.Symbol,
            _ => null,
        };
        var display = handlerMethod?.MethodKind == MethodKind.AnonymousFunction
            ? "the bootstrap lambda"
            : handlerMethod?.Name ?? handlerArgument.WithoutConversions().Syntax.ToString();
        if (handlerMethod is not null)
        {
            foreach (var (type, isInput, syntax) in PayloadTypes(handlerMethod, known))
            {
                yield return (type, isInput, syntax, display);
            }

            yield break;
        }

        // A delegate from elsewhere: Create's own type arguments say what it reads and writes.
        var typeArguments = create.TargetMethod.TypeArguments;
        var typeParameters = create.TargetMethod.TypeParameters;
        for (var i = 0; i < typeArguments.Length; i++)
        {
            var type = Unwrap(typeArguments[i], known);
            if (type is not null && !type.DerivesFrom(known.Stream))
            {
                yield return (type, typeParameters[i].Name == "TInput", null, display);
            }
        }
    }

    /// <summary>
    /// Whether <c>[JsonSerializable(typeof(T))]</c> on a context declared in <paramref name="within"/> (the assembly,
    /// for a context at namespace level) compiles and gets generated: a named or array type that mentions no type
    /// parameter (typeof in an attribute cannot) and that the context can see (not another type's private member).
    /// </summary>
    public static bool CanRegister(ITypeSymbol type, Compilation compilation, ISymbol within)
    {
        return type is { IsAnonymousType: false, TypeKind: not (TypeKind.Error or TypeKind.Dynamic or TypeKind.Pointer or TypeKind.FunctionPointer) }
            && !MentionsTypeParameter(type)
            && compilation.IsSymbolAccessibleWithin(type, within)
            && !ReachesUnresolvedType(type);
    }

    /// <summary>
    /// <see cref="UnreachableConverterOf"/> for <paramref name="type"/> or a type it reaches (<see cref="FirstReached"/>; a
    /// package's <c>Update</c> whose <c>Message</c> holds <c>PaidMedia[]</c>, a type with an internal converter): the
    /// generator writes no metadata for that type, and the code it writes for a collection of it does not compile.
    /// <paramref name="owner"/> is the type that names the converter.
    /// </summary>
    public static INamedTypeSymbol? UnreachableConverterIn(ITypeSymbol type, Compilation compilation, out ITypeSymbol? owner)
    {
        owner = FirstReached(
            type,
            reached => reached is INamedTypeSymbol named && IsPackageType(named) && UnreachableConverterOf(named, compilation) is not null,
            IsPackageType);
        return owner is null ? null : UnreachableConverterOf(owner, compilation);
    }

    // Not the framework's types (collections, Guid, DateTimeOffset...), which hold no converter a package declared; their
    // type arguments are still reached.
    private static bool IsPackageType(INamedTypeSymbol type)
        => type.SpecialType == SpecialType.None
            && !(type.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal)));

    /// <summary>
    /// The converter that <c>[JsonConverter(typeof(C))]</c> names on <paramref name="type"/> or on one of its public
    /// properties when generated code in <paramref name="compilation"/> cannot create it (an internal converter of a
    /// package, or one without an accessible parameterless constructor): System.Text.Json's generator then writes no
    /// metadata for the type (SYSLIB1220, SYSLIB1030), and a context that names it does not compile.
    /// </summary>
    public static INamedTypeSymbol? UnreachableConverterOf(ITypeSymbol type, Compilation compilation)
    {
        var attributes = type.GetAttributes().Concat(
            type.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public).SelectMany(p => p.GetAttributes()));
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is { Name: "JsonConverterAttribute" } attributeClass
                && attributeClass.ContainingNamespace?.ToDisplayString() == "System.Text.Json.Serialization"
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is INamedTypeSymbol converter
                && !(compilation.IsSymbolAccessibleWithin(converter, compilation.Assembly)
                    && converter.InstanceConstructors.Any(c => c.Parameters.IsEmpty && compilation.IsSymbolAccessibleWithin(c, compilation.Assembly))))
            {
                return converter;
            }
        }

        return null;
    }

    /// <summary>
    /// A type the compilation cannot resolve (a package not restored yet), in the type or in the types it reaches
    /// (<see cref="FirstReached"/>; members only of the project's own types, since a type from metadata bound its members
    /// when it was read): System.Text.Json's generator would write code that names it and does not compile.
    /// </summary>
    public static bool ReachesUnresolvedType(ITypeSymbol type)
        => FirstReached(type, reached => reached.TypeKind == TypeKind.Error, named => named.SpecialType == SpecialType.None
            && named.Locations.Any(l => l.IsInSource)) is not null;

    /// <summary>
    /// The first type, among <paramref name="type"/> and the types it reaches three levels deep (array elements, type
    /// arguments, and the public instance properties and fields of the types <paramref name="membersOf"/> accepts), that
    /// <paramref name="found"/> accepts; null if none. What System.Text.Json's generator writes code for.
    /// </summary>
    private static ITypeSymbol? FirstReached(ITypeSymbol type, Func<ITypeSymbol, bool> found, Func<INamedTypeSymbol, bool> membersOf)
    {
        return FirstReached(type, found, membersOf, depth: 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));
    }

    private static ITypeSymbol? FirstReached(
        ITypeSymbol type, Func<ITypeSymbol, bool> found, Func<INamedTypeSymbol, bool> membersOf, int depth, HashSet<ITypeSymbol> visited)
    {
        if (type is IArrayTypeSymbol array)
        {
            return FirstReached(array.ElementType, found, membersOf, depth, visited);
        }

        if (type is not INamedTypeSymbol named || !visited.Add(named))
        {
            return null;
        }

        if (found(named))
        {
            return named;
        }

        if (depth > 3)
        {
            return null;
        }

        var next = named.TypeArguments.AsEnumerable();
        if (membersOf(named))
        {
            next = next.Concat(named.GetMembers().Select(member => member switch
            {
                IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public } property => property.Type,
                IFieldSymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public } field => field.Type,
                _ => null,
            }).OfType<ITypeSymbol>());
        }

        foreach (var reached in next)
        {
            if (FirstReached(reached, found, membersOf, depth + 1, visited) is { } first)
            {
                return first;
            }
        }

        return null;
    }

    private static bool MentionsTypeParameter(ITypeSymbol type)
    {
        return type switch
        {
            ITypeParameterSymbol => true,
            IArrayTypeSymbol array => MentionsTypeParameter(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(MentionsTypeParameter) || (named.ContainingType is { } outer && MentionsTypeParameter(outer)),
            _ => false,
        };
    }

    /// <summary>
    /// A documentation reference id for a type, to pass a type from an analyzer to a code fix. Nullable
    /// reference annotations are removed first (annotated types do not round-trip through these ids).
    /// </summary>
    public static string TypeId(ITypeSymbol type, Compilation compilation)
    {
        return DocumentationCommentId.CreateReferenceId(WithoutAnnotations(type, compilation));
    }

    public static ITypeSymbol? ResolveTypeId(string id, Compilation compilation)
    {
        return DocumentationCommentId.GetFirstSymbolForReferenceId(id, compilation) as ITypeSymbol;
    }

    private static ITypeSymbol WithoutAnnotations(ITypeSymbol type, Compilation compilation)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return compilation.CreateArrayTypeSymbol(WithoutAnnotations(array.ElementType, compilation), array.Rank);
            case INamedTypeSymbol { IsGenericType: true } generic when !generic.IsUnboundGenericType:
                return generic.OriginalDefinition.Construct(generic.TypeArguments.Select(t => WithoutAnnotations(t, compilation)).ToArray());
            default:
                return type.WithNullableAnnotation(NullableAnnotation.None);
        }
    }

    /// <summary>T for Task&lt;T&gt; and ValueTask&lt;T&gt;; null for void, Task and ValueTask.</summary>
    public static ITypeSymbol? Unwrap(ITypeSymbol type, KnownTypes known)
    {
        if (type.SpecialType == SpecialType.System_Void || type.Is(known.Task) || type.Is(known.ValueTask))
        {
            return null;
        }

        if (type is INamedTypeSymbol { TypeArguments.Length: 1 } generic
            && (generic.OriginalDefinition.Is(known.TaskOfT) || generic.OriginalDefinition.Is(known.ValueTaskOfT)))
        {
            return generic.TypeArguments[0];
        }

        return type;
    }

    /// <summary>True when <paramref name="context"/> has metadata for <paramref name="type"/>: a [JsonSerializable]
    /// root or a type reachable from one.</summary>
    public static bool Provides(INamedTypeSymbol context, ITypeSymbol type, KnownTypes known)
    {
        var target = Normalise(type);
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var queue = new Queue<ITypeSymbol>(RegisteredRoots(context, known));
        while (queue.Count > 0 && seen.Count < MaxReachableTypes)
        {
            var current = Normalise(queue.Dequeue());
            if (!seen.Add(current))
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(current, target))
            {
                return true;
            }

            foreach (var next in Children(current))
            {
                queue.Enqueue(next);
            }
        }

        return false;
    }

    /// <summary>The types named by [JsonSerializable(typeof(T))] on any partial declaration of the context.</summary>
    public static IEnumerable<ITypeSymbol> RegisteredRoots(INamedTypeSymbol context, KnownTypes known)
    {
        return context.GetAttributes()
            .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.StjSerializableAttribute))
            .Select(a => a.ConstructorArguments.FirstOrDefault().Value as ITypeSymbol)
            .OfType<ITypeSymbol>();
    }

    /// <summary>The source JsonSerializerContext classes of the compilation.</summary>
    public static IEnumerable<INamedTypeSymbol> SourceContexts(Compilation compilation, KnownTypes known)
    {
        if (known.StjContext is null)
        {
            return Enumerable.Empty<INamedTypeSymbol>();
        }

        return compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(t => !t.IsAbstract && t.BaseType.DerivesFrom(known.StjContext));
    }

    private static bool NeedsJson(ITypeSymbol type, KnownTypes known)
    {
        return type.TypeKind != TypeKind.Error
            && !type.DerivesFrom(known.Stream)
            && !type.Is(known.LambdaContext)
            && !type.Is(known.CancellationToken)
            && !IsAnnotationsHttpResult(type, known);
    }

    // Lambda Annotations turns an IHttpResult into the API Gateway response itself; the serializer never sees it.
    private static bool IsAnnotationsHttpResult(ITypeSymbol type, KnownTypes known)
    {
        return known.AnnotationsHttpResult is not null
            && (type.Is(known.AnnotationsHttpResult) || type.AllInterfaces.Any(i => i.Is(known.AnnotationsHttpResult)));
    }

    private static ITypeSymbol Normalise(ITypeSymbol type)
    {
        return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
    }

    private static IEnumerable<ITypeSymbol> Children(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            yield return array.ElementType;
            yield break;
        }

        if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None)
        {
            yield break;
        }

        foreach (var argument in named.TypeArguments)
        {
            yield return argument;
        }

        for (var current = named; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (!property.IsStatic && property.DeclaredAccessibility == Accessibility.Public && !property.IsIndexer)
                {
                    yield return property.Type;
                }
            }
        }
    }
}

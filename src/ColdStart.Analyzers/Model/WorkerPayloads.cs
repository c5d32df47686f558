using System;
using System.Collections.Generic;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// What the Azure Functions isolated worker reads and writes through <c>WorkerOptions.Serializer</c> for a
/// <c>[Function]</c> method: parameters bound from a payload (a trigger or input binding, <c>[FromBody]</c>), the
/// result (Task/ValueTask unwrapped), and on a multi-output result the properties that carry output bindings. The
/// worker's own types, the framework's and the Azure SDK's (HttpRequestData, FunctionContext, BlobClient, string,
/// Stream...) are bound by their own converters and never reach the serializer.
/// </summary>
internal static class WorkerPayloads
{
    private const int MaxReachableTypes = 500;

    private const string WorkerNamespace = "Microsoft.Azure.Functions.Worker";

    // Namespaces whose types, in a referenced assembly, the worker binds itself or that are not the app's payloads.
    private static readonly HashSet<string> FrameworkRoots = new(StringComparer.Ordinal) { "System", "Microsoft", "Azure", "Newtonsoft", "Google", "Grpc" };

    private static readonly string[] PlatformNamespaces = { "System", WorkerNamespace, "Microsoft.AspNetCore", "Microsoft.Extensions" };

    private enum Binding
    {
        None,
        Input,
        Output,
    }

    /// <summary>The payload types of <paramref name="function"/>, nullable annotations included as declared.</summary>
    public static IEnumerable<ITypeSymbol> Of(IMethodSymbol function, Compilation compilation, KnownTypes known)
    {
        var app = compilation.Assembly;
        foreach (var parameter in function.Parameters)
        {
            if (parameter.GetAttributes().Any(a => BindingOf(a) == Binding.Input) && IsPayload(parameter.Type, app))
            {
                yield return parameter.Type;
            }
        }

        var result = JsonSerialization.Unwrap(function.ReturnType, known);
        if (result is null)
        {
            yield break;
        }

        var outputs = OutputProperties(result, app).ToList();
        if (outputs.Count > 0)
        {
            // A multi-output class: the worker writes each bound property, not the class.
            foreach (var property in outputs.Where(p => IsPayload(p.Type, app)))
            {
                yield return property.Type;
            }
        }
        else if (IsPayload(result, app))
        {
            yield return result;
        }
    }

    /// <summary>
    /// Whether System.Text.Json's generator gives <paramref name="type"/> (and every type it reaches) the same
    /// metadata that reflection builds, without a warning: not when one of them has a <c>[JsonInclude]</c> member or a
    /// <c>[JsonConstructor]</c> the generated code cannot reach (private, protected: reflection serialises those, the
    /// generated metadata throws), nor when one of them or its members names the non-generic
    /// <c>JsonStringEnumConverter</c> or a subclass of <c>[JsonConverter]</c> (the generator warns, SYSLIB1034/1223).
    /// </summary>
    public static bool IsSourceGenerationSafe(ITypeSymbol type, Compilation compilation)
    {
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var queue = new Queue<ITypeSymbol>();
        queue.Enqueue(type);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue().WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            if (!seen.Add(current))
            {
                continue;
            }

            if (seen.Count > MaxReachableTypes)
            {
                return false;
            }

            switch (current)
            {
                case IArrayTypeSymbol array:
                    queue.Enqueue(array.ElementType);
                    continue;
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        queue.Enqueue(argument);
                    }

                    if (IsFramework(named, compilation.Assembly))
                    {
                        continue;
                    }

                    if (WarnsInGenerator(named))
                    {
                        return false;
                    }

                    for (var declaring = named; declaring is not null && !IsFramework(declaring, compilation.Assembly); declaring = declaring.BaseType)
                    {
                        foreach (var member in declaring.GetMembers())
                        {
                            if (HidesFromGeneratedCode(member) || WarnsInGenerator(member))
                            {
                                return false;
                            }

                            // What either kind of metadata covers: public members and [JsonInclude] ones.
                            var serialised = member.DeclaredAccessibility == Accessibility.Public || HasJsonAttribute(member, "JsonIncludeAttribute");
                            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property && serialised)
                            {
                                queue.Enqueue(property.Type);
                            }
                            else if (member is IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } field && serialised)
                            {
                                queue.Enqueue(field.Type);
                            }
                        }
                    }

                    continue;
            }
        }

        return true;
    }

    private static bool HidesFromGeneratedCode(ISymbol member)
    {
        bool Has(string name) => HasJsonAttribute(member, name);

        return member switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                => Has("JsonConstructorAttribute") && Unreachable(constructor.DeclaredAccessibility),
            IPropertySymbol property => Has("JsonIncludeAttribute")
                && (Unreachable(property.DeclaredAccessibility)
                    || (property.GetMethod is { } getter && Unreachable(getter.DeclaredAccessibility))
                    || (property.SetMethod is { } setter && Unreachable(setter.DeclaredAccessibility))),
            IFieldSymbol field => Has("JsonIncludeAttribute") && Unreachable(field.DeclaredAccessibility),
            _ => false,
        };
    }

    private static bool WarnsInGenerator(ISymbol symbol)
    {
        return symbol.GetAttributes().Any(a => a.AttributeClass is { } attribute
            && (attribute.Name != "JsonConverterAttribute"
                ? attribute.BaseType is { Name: "JsonConverterAttribute" }
                : a.ConstructorArguments.FirstOrDefault().Value is INamedTypeSymbol { Name: "JsonStringEnumConverter", IsGenericType: false }));
    }

    private static bool HasJsonAttribute(ISymbol member, string name)
    {
        return member.GetAttributes().Any(
            a => a.AttributeClass is { } attribute
                && attribute.Name == name
                && attribute.ContainingNamespace.ToDisplayString() == "System.Text.Json.Serialization");
    }

    private static bool Unreachable(Accessibility accessibility)
    {
        return accessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal;
    }

    private static IEnumerable<IPropertySymbol> OutputProperties(ITypeSymbol result, IAssemblySymbol app)
    {
        if (result is not INamedTypeSymbol named || IsFramework(named, app))
        {
            return Enumerable.Empty<IPropertySymbol>();
        }

        return named.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && p.GetAttributes().Any(a => BindingOf(a) == Binding.Output));
    }

    // Triggers and input bindings derive from TriggerBindingAttribute / InputBindingAttribute and output bindings from
    // OutputBindingAttribute (Microsoft.Azure.Functions.Worker.Extensions.Abstractions); the names say the same for the
    // worker's own attributes (HttpTrigger, [HttpResult], [FromBody]).
    private static Binding BindingOf(AttributeData attribute)
    {
        for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
        {
            var name = type.Name;
            if (name == "FromBodyAttribute")
            {
                return Binding.Input;
            }

            if (!type.ContainingNamespace.ToDisplayString().StartsWith(WorkerNamespace, StringComparison.Ordinal))
            {
                continue;
            }

            if (name is "TriggerBindingAttribute" or "InputBindingAttribute"
                || name.EndsWith("TriggerAttribute", StringComparison.Ordinal) || name.EndsWith("InputAttribute", StringComparison.Ordinal))
            {
                return Binding.Input;
            }

            if (name is "OutputBindingAttribute" or "HttpResultAttribute" || name.EndsWith("OutputAttribute", StringComparison.Ordinal))
            {
                return Binding.Output;
            }
        }

        return Binding.None;
    }

    /// <summary>A type of the app (or a collection, nullable or generic of one): something the serializer reads or writes.</summary>
    private static bool IsPayload(ITypeSymbol type, IAssemblySymbol app)
    {
        return type switch
        {
            IArrayTypeSymbol array => IsPayload(array.ElementType, app),
            INamedTypeSymbol named => named.TypeKind != TypeKind.Error && (!IsFramework(named, app) || named.TypeArguments.Any(t => IsPayload(t, app))),
            _ => false,
        };
    }

    // The app's own types never are, whatever their namespace (an app may well live in Azure.Shop.Functions), except
    // in the namespaces of the platform itself, where only the platform declares types.
    private static bool IsFramework(INamedTypeSymbol type, IAssemblySymbol app)
    {
        if (type.SpecialType != SpecialType.None)
        {
            return true;
        }

        var name = type.ContainingNamespace.ToDisplayString();
        if (PlatformNamespaces.Any(p => name == p || name.StartsWith(p + ".", StringComparison.Ordinal)))
        {
            return true;
        }

        if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, app))
        {
            return false;
        }

        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: false } && FrameworkRoots.Contains(ns.Name);
    }
}

using System.Collections.Generic;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// Reads a [Prewarm] handler: its payload shape, serializer and warm-up methods, or why it cannot be supported.
/// Shared by the generator (emits the supported ones) and the COLD604/COLD605 analyzer (reports the others).
/// Types are recognised through <see cref="KnownTypes"/> (by metadata name), so no Lambda package is needed.
/// </summary>
internal static class PrewarmDeclarations
{
    /// <summary>The runtime library's ping detector, which exists only in its .NET 8+ build.</summary>
    public const string PingDetectorName = "ColdStart.WarmupPing";

    /// <summary>What [Prewarm] listens for when the attribute does not say: WarmupConventions.All.</summary>
    public const int AllConventions = 15;

    /// <summary>The named argument of [Prewarm] that asks for SnapStart priming.</summary>
    public const string SnapStartArgument = "SnapStart";

    public static PrewarmHandler Read(IMethodSymbol method, KnownTypes known)
    {
        var handler = new PrewarmHandler(method);
        if (method.ContainingType.TypeKind == TypeKind.Interface)
        {
            return handler.Unsupported("it is an interface member: put [Prewarm] on the class that implements the handler");
        }

        // A Lambda handler string names a method, not one of its overloads, and each overload would get the same entry point.
        if (method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Count(m => m.MethodKind == MethodKind.Ordinary) > 1)
        {
            return handler.Unsupported($"'{method.Name}' is overloaded, and a handler string cannot choose an overload: give the handler a name of its own");
        }

        var parameters = method.Parameters;
        var contextIndex = parameters.ToList().FindIndex(p => p.Type.Is(known.LambdaContext));
        var inputs = parameters.Where(p => !p.Type.Is(known.LambdaContext)).ToList();
        if (method.IsGenericMethod || inputs.Count > 1 || (contextIndex >= 0 && contextIndex != parameters.Length - 1)
            || parameters.Any(p => p.RefKind != RefKind.None))
        {
            return handler.Unsupported("its parameters must be (input, ILambdaContext), (input), (ILambdaContext) or none");
        }

        handler.Input = inputs.FirstOrDefault()?.Type;
        handler.InputIsJson = handler.Input is not null && !handler.Input.DerivesFrom(known.Stream);
        handler.HasContext = contextIndex >= 0;
        (handler.ReturnKind, handler.Output) = ReturnShape(method.ReturnType, known);
        handler.OutputIsJson = handler.Output is not null && !handler.Output.DerivesFrom(known.Stream);
        if (handler.ReturnKind == PrewarmReturnKind.Unsupported)
        {
            return handler.Unsupported("its return type must be void, Task, ValueTask, T, Task<T> or ValueTask<T>");
        }

        if (handler.NeedsSerializer)
        {
            handler.Serializer = JsonSerialization.SerializerAttributeFor(method, known)?.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol;
            if (handler.Serializer is null)
            {
                return handler.Unsupported("it reads or returns JSON but no [LambdaSerializer] is set on the method or the assembly");
            }

            if (!handler.Serializer.HasPublicParameterlessConstructor())
            {
                return handler.Unsupported($"its serializer '{handler.Serializer.Name}' has no public parameterless constructor");
            }
        }

        // Analyzers see the generator's own output; only a member the user wrote is a clash.
        static bool WrittenByTheUser(ISymbol member) =>
            member.DeclaringSyntaxReferences.Any(r => !r.SyntaxTree.FilePath.EndsWith(PrewarmGenerator.HintSuffix, System.StringComparison.Ordinal));

        if (method.ContainingType.GetMembers(method.Name + "Prewarmed").Any(WrittenByTheUser))
        {
            return handler.Unsupported($"its type already has a member named '{method.Name}Prewarmed'");
        }

        foreach (var warmUp in method.ContainingType.GetMembers().OfType<IMethodSymbol>().Where(m => m.HasAttribute(known.WarmUpAttribute)))
        {
            var kind = ReturnShape(warmUp.ReturnType, known).Kind;
            if (warmUp.Parameters.Length > 0 || kind is not (PrewarmReturnKind.Void or PrewarmReturnKind.Task or PrewarmReturnKind.ValueTask)
                || (method.IsStatic && !warmUp.IsStatic))
            {
                return handler.Unsupported(
                    $"[WarmUp] method '{warmUp.Name}' must take no parameters, return void, Task or ValueTask, and be static when the handler is");
            }

            handler.WarmUps.Add((warmUp, kind));
        }

        var prewarm = method.GetAttributes().FirstOrDefault(a => a.AttributeClass.Is(known.PrewarmAttribute));
        handler.SnapStart = prewarm is not null && GeneratedCode.NamedArgument(prewarm, SnapStartArgument) is true;
        return handler.SnapStart ? ReadSnapStart(handler, known) : handler;
    }

    /// <summary>What <c>SnapStart = true</c> needs: the hook API, module initializers, an instance to prime, valid [AfterRestore] methods.</summary>
    private static PrewarmHandler ReadSnapStart(PrewarmHandler handler, KnownTypes known)
    {
        var method = handler.Method;
        var type = method.ContainingType;
        if (known.SnapshotRestore is null)
        {
            return handler.Unsupported("SnapStart = true needs SnapshotRestore from Amazon.Lambda.Core 2.5 or later on .NET 8 or later");
        }

        var declaration = method.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree.Options;
        if (known.ModuleInitializerAttribute is null || declaration is not CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp9 })
        {
            return handler.Unsupported("SnapStart = true needs C# 9 or later: the hooks are registered by a module initializer");
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return handler.Unsupported($"SnapStart = true cannot register hooks from the generic type '{current.Name}'");
            }
        }

        if (!method.IsStatic && !type.HasPublicParameterlessConstructor())
        {
            return handler.Unsupported(
                $"SnapStart = true primes an instance handler on an instance made with a public parameterless constructor, which '{type.Name}' does not have");
        }

        foreach (var afterRestore in type.GetMembers().OfType<IMethodSymbol>().Where(m => m.HasAttribute(known.AfterRestoreAttribute)))
        {
            var kind = ReturnShape(afterRestore.ReturnType, known).Kind;
            if (afterRestore.Parameters.Length > 0 || !afterRestore.IsStatic
                || kind is not (PrewarmReturnKind.Void or PrewarmReturnKind.Task or PrewarmReturnKind.ValueTask))
            {
                return handler.Unsupported(
                    $"[AfterRestore] method '{afterRestore.Name}' must be static, take no parameters and return void, Task or ValueTask");
            }

            handler.AfterRestores.Add((afterRestore, kind));
        }

        return handler;
    }

    /// <summary>True when the handler's type and every type containing it are declared partial.</summary>
    public static bool TypeIsPartial(IMethodSymbol method) => LazyClientDeclarations.IsPartialEverywhere(method.ContainingType);

    /// <summary>
    /// The [Prewarm] handler of the same name that a base class declares in this compilation and the generator
    /// supports: its generated members exist only in the generator's output, which the generator does not see.
    /// </summary>
    public static PrewarmHandler? GeneratedInBase(IMethodSymbol method, KnownTypes known)
    {
        for (var baseType = method.ContainingType.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            foreach (var candidate in baseType.GetMembers(method.Name).OfType<IMethodSymbol>())
            {
                if (candidate.Locations.Any(location => location.IsInSource) && candidate.HasAttribute(known.PrewarmAttribute)
                    && TypeIsPartial(candidate) && Read(candidate, known) is { UnsupportedReason: null } handler)
                {
                    return handler;
                }
            }
        }

        return null;
    }

    private static (PrewarmReturnKind Kind, ITypeSymbol? Output) ReturnShape(ITypeSymbol type, KnownTypes known)
    {
        if (type.SpecialType == SpecialType.System_Void)
        {
            return (PrewarmReturnKind.Void, null);
        }

        if (type.Is(known.Task))
        {
            return (PrewarmReturnKind.Task, null);
        }

        if (type.Is(known.ValueTask))
        {
            return (PrewarmReturnKind.ValueTask, null);
        }

        if (type.Is(known.TaskOfT))
        {
            return (PrewarmReturnKind.TaskOfT, ((INamedTypeSymbol)type).TypeArguments[0]);
        }

        if (type.Is(known.ValueTaskOfT))
        {
            return (PrewarmReturnKind.ValueTaskOfT, ((INamedTypeSymbol)type).TypeArguments[0]);
        }

        return type.TypeKind is TypeKind.Error or TypeKind.TypeParameter ? (PrewarmReturnKind.Unsupported, null) : (PrewarmReturnKind.Value, type);
    }
}

internal enum PrewarmReturnKind
{
    Unsupported,
    Void,
    Task,
    ValueTask,
    Value,
    TaskOfT,
    ValueTaskOfT,
}

/// <summary>The facts about one [Prewarm] handler.</summary>
internal sealed class PrewarmHandler
{
    public PrewarmHandler(IMethodSymbol method)
    {
        Method = method;
    }

    public IMethodSymbol Method { get; }

    public string? UnsupportedReason { get; private set; }

    public ITypeSymbol? Input { get; set; }

    public bool HasContext { get; set; }

    public PrewarmReturnKind ReturnKind { get; set; }

    public ITypeSymbol? Output { get; set; }

    public INamedTypeSymbol? Serializer { get; set; }

    public List<(IMethodSymbol Method, PrewarmReturnKind Kind)> WarmUps { get; } = new();

    /// <summary>[Prewarm(SnapStart = true)]: register before-snapshot and after-restore hooks.</summary>
    public bool SnapStart { get; set; }

    public List<(IMethodSymbol Method, PrewarmReturnKind Kind)> AfterRestores { get; } = new();

    public bool InputIsJson { get; set; }

    public bool OutputIsJson { get; set; }

    public bool NeedsSerializer => InputIsJson || OutputIsJson;

    public PrewarmHandler Unsupported(string reason)
    {
        UnsupportedReason = reason;
        return this;
    }
}

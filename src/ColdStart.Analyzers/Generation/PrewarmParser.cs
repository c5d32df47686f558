using System.Collections.Generic;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Generation;

/// <summary>Turns a [Prewarm] method into its <see cref="PrewarmSpec"/>; null when it cannot be generated (the analyzer says why).</summary>
internal static class PrewarmParser
{
    public static PrewarmSpec? Parse(IMethodSymbol method, AttributeData attribute, KnownTypes known, bool nullableAnnotations)
    {
        var handler = PrewarmDeclarations.Read(method, known);
        if (handler.UnsupportedReason is not null || !PrewarmDeclarations.TypeIsPartial(method))
        {
            return null;
        }

        var type = method.ContainingType;
        return new PrewarmSpec
        {
            Namespace = GeneratedCode.NamespaceOf(type),
            ContainingDeclarations = GeneratedCode.ContainingDeclarations(type),
            TypeDeclaration = GeneratedCode.PartialDeclaration(type),
            TypeDisplayName = type.ToDisplayString(),
            AssemblyName = method.ContainingAssembly.Name,
            HandlerName = method.Name,
            IsStatic = method.IsStatic,
            InputType = handler.Input?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            InputIsJson = handler.InputIsJson,
            HasContext = handler.HasContext,
            ReturnKind = handler.ReturnKind,
            OutputType = handler.Output?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            OutputIsJson = handler.OutputIsJson,
            SerializerType = handler.Serializer?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            SerializerIsObsolete = handler.Serializer?.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.ObsoleteAttribute") == true,
            HandlerIsObsolete = method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.ObsoleteAttribute"),
            Conventions = GeneratedCode.NamedArgument(attribute, "Conventions") is int conventions ? conventions : PrewarmDeclarations.AllConventions,
            ScheduleRuleName = GeneratedCode.NamedArgument(attribute, "ScheduleRuleName") as string,
            CustomProperty = GeneratedCode.NamedArgument(attribute, "CustomProperty") as string,
            CustomValue = GeneratedCode.NamedArgument(attribute, "CustomValue") as string,
            WarmUps = new EquatableArray<WarmUpSpec>(handler.WarmUps.Select(w => new WarmUpSpec(w.Method.Name, w.Method.IsStatic, w.Kind))),
            NullableAnnotations = nullableAnnotations,
            SnapStart = handler.SnapStart,
            PrimingInstanceType = handler.SnapStart && !method.IsStatic ? type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) : null,
            AfterRestores = new EquatableArray<WarmUpSpec>(handler.AfterRestores.Select(a => new WarmUpSpec(a.Method.Name, a.Method.IsStatic, a.Kind))),
            HidingMembers = HidingMembers(method, handler, known),
        };
    }

    // A base class's entry point is hidden whether it was written by hand, compiled into a referenced assembly, or is
    // about to be generated for a [Prewarm] handler of the same name on the base class.
    private static EquatableArray<string> HidingMembers(IMethodSymbol method, PrewarmHandler handler, KnownTypes known)
    {
        var type = method.ContainingType;
        var entryPoint = method.Name + "Prewarmed";
        var hooks = method.Name + "RegisterSnapStartHooks";
        var inBase = PrewarmDeclarations.GeneratedInBase(method, known);
        var hiding = new List<string>();
        if (inBase is not null || GeneratedCode.MethodHidesInherited(type, entryPoint, "global::System.IO.Stream", "global::Amazon.Lambda.Core.ILambdaContext"))
        {
            hiding.Add(entryPoint);
        }

        if (handler.SnapStart && (inBase is { SnapStart: true } || GeneratedCode.MethodHidesInherited(type, hooks)))
        {
            hiding.Add(hooks);
        }

        return new EquatableArray<string>(hiding);
    }
}

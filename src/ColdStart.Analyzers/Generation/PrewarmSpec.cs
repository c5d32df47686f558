using System;

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// Everything the prewarm emitter writes for one handler, as strings and flags (no symbols). A record: value
/// equality over every member, so a member added later takes part in pipeline caching without more code.
/// </summary>
internal sealed record PrewarmSpec
{
    public string? Namespace { get; init; }

    public required EquatableArray<string> ContainingDeclarations { get; init; }

    public required string TypeDeclaration { get; init; }

    /// <summary>The handler type as written in messages and the header comment, e.g. <c>Orders.OrderFunction</c>.</summary>
    public required string TypeDisplayName { get; init; }

    /// <summary>The assembly the handler is compiled into: the first part of its handler string.</summary>
    public required string AssemblyName { get; init; }

    public required string HandlerName { get; init; }

    public required bool IsStatic { get; init; }

    public string? InputType { get; init; }

    public required bool InputIsJson { get; init; }

    public required bool HasContext { get; init; }

    public required PrewarmReturnKind ReturnKind { get; init; }

    public string? OutputType { get; init; }

    public required bool OutputIsJson { get; init; }

    public string? SerializerType { get; init; }

    /// <summary>The serializer type is marked [Obsolete] (Amazon.Lambda.Serialization.SystemTextJson's LambdaJsonSerializer).</summary>
    public bool SerializerIsObsolete { get; init; }

    /// <summary>The handler method is marked [Obsolete]; the generated code calls it all the same.</summary>
    public bool HandlerIsObsolete { get; init; }

    public required int Conventions { get; init; }

    public string? ScheduleRuleName { get; init; }

    public string? CustomProperty { get; init; }

    public string? CustomValue { get; init; }

    public required EquatableArray<WarmUpSpec> WarmUps { get; init; }

    /// <summary>Whether the consuming project's language version has nullable annotations (C# 8).</summary>
    public required bool NullableAnnotations { get; init; }

    /// <summary>[Prewarm(SnapStart = true)]: a module initializer registers before-snapshot and after-restore hooks.</summary>
    public bool SnapStart { get; init; }

    /// <summary>
    /// For an instance handler, the type (fully qualified) whose public parameterless constructor makes the instance
    /// the before-snapshot hook runs the warm-up on; null for a static handler.
    /// </summary>
    public string? PrimingInstanceType { get; init; }

    /// <summary>Static [AfterRestore] methods, run by the after-restore hook.</summary>
    public EquatableArray<WarmUpSpec> AfterRestores { get; init; } = EquatableArray<WarmUpSpec>.Empty;

    /// <summary>The generated members that hide one the type inherits (they are declared <c>new</c>).</summary>
    public EquatableArray<string> HidingMembers { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>A [WarmUp] method to run once on the first ping.</summary>
internal sealed record WarmUpSpec(string Name, bool IsStatic, PrewarmReturnKind Kind);

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// What the lazy-client emitter needs to write one holder class: names and type strings only (no symbols,
/// syntax or locations), so that equal inputs compare equal and the pipeline caches. Records: value equality over
/// every member.
/// </summary>
internal sealed record LazyClientHolderSpec
{
    /// <summary>The holder's namespace, or null for the global namespace.</summary>
    public string? Namespace { get; init; }

    /// <summary>Metadata-style full name, unique per holder (hint name and header comment).</summary>
    public required string FullName { get; init; }

    /// <summary>The holder's partial declaration line, e.g. <c>partial class LazyClients</c>.</summary>
    public required string Declaration { get; init; }

    /// <summary>The declarations of the types it is nested in, outermost first.</summary>
    public required EquatableArray<string> ContainingDeclarations { get; init; }

    public required EquatableArray<LazyClientSpec> Clients { get; init; }

    /// <summary>How generated warm-up code calls this holder's PrimeAll(), or null when it cannot reach it (private or generic).</summary>
    public string? PrimeAllCall { get; init; }

    /// <summary>Whether the consuming project's language version has nullable annotations (C# 8).</summary>
    public required bool NullableAnnotations { get; init; }

    /// <summary>The generated members that hide one the holder inherits (they are declared <c>new</c>).</summary>
    public EquatableArray<string> HidingMembers { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>One lazily created client of a holder.</summary>
internal sealed record LazyClientSpec
{
    public required string PropertyName { get; init; }

    /// <summary>Fully qualified client type (global::...).</summary>
    public required string ClientType { get; init; }

    /// <summary>Fully qualified type of the property and its backing field: the client type or its As type.</summary>
    public required string ExposedType { get; init; }

    /// <summary>The user's Create{Name}() factory, or null to call the parameterless constructor.</summary>
    public string? FactoryMethod { get; init; }

    /// <summary>
    /// The defining declaration to emit when the user wrote only the implementing part of a
    /// <c>static partial</c> factory, e.g. <c>private static partial global::Amazon.S3.AmazonS3Client CreateS3();</c>.
    /// </summary>
    public string? FactoryDefinition { get; init; }
}

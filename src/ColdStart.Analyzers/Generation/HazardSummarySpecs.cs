namespace ColdStart.Analyzers.Generation;

/// <summary>
/// What the hazard summary needs of one method or constructor of a library: strings only (no symbols, syntax or
/// locations), so that nothing of a compilation outlives the step that reads it.
/// </summary>
internal sealed record LibraryMemberSpec
{
    /// <summary>The documentation comment id, which the function's analyzers compute for the method they see in metadata.</summary>
    public required string Id { get; init; }

    /// <summary>How messages name the member: <c>JsonHelper.Read&lt;T&gt;</c>, or the type's name for a constructor.</summary>
    public required string Name { get; init; }

    /// <summary>Whether code outside its type can call it (not private): only those are listed.</summary>
    public required bool Visible { get; init; }

    /// <summary>What the member does itself or through other libraries, at most one per rule and origin.</summary>
    public required EquatableArray<HazardSpec> Hazards { get; init; }

    /// <summary>
    /// The ids of the methods of the same library it calls, through which it does what they do; an id that starts with
    /// <see cref="RunsLater"/> is a method it only registers to run later (a middleware's <c>Invoke</c>), one that starts
    /// with <see cref="RunsOnResolution"/> a constructor of a singleton it registers, one that starts (or goes on) with
    /// <see cref="ThroughInterface"/> a member of one of the library's interfaces.
    /// </summary>
    public required EquatableArray<string> Callees { get; init; }

    /// <summary>
    /// Whether the member stands for the implementations it lists (an interface member, a MediatR request's handler):
    /// reaching them through it is dispatch, not a call, and costs no call depth.
    /// </summary>
    public bool Dispatches { get; init; }

    /// <summary>
    /// Marks a callee the member registers rather than calls: it runs later, on another path, so only the hazards that do
    /// not depend on the path (reflection JSON) are the member's too.
    /// </summary>
    public const string RunsLater = "~";

    /// <summary>
    /// Marks a callee the member registers as a singleton (the constructor of <c>AddSingleton&lt;IOrderCache, OrderCache&gt;()</c>):
    /// it runs once, when the first invocation that needs the service resolves it, so only the hazards that cost that
    /// invocation (<see cref="CostsFirstResolution"/>) are the member's too. It may precede <see cref="ThroughInterface"/>.
    /// </summary>
    public const string RunsOnResolution = "!";

    /// <summary>
    /// The rules whose work in a singleton's constructor or factory costs the invocation that first resolves it: I/O and
    /// network calls, blocking waits, reflection scanning and reflection JSON. A client it builds is built once, as it should be.
    /// </summary>
    public static bool CostsFirstResolution(string rule)
        => rule is Rules.RuleIds.ExpensiveInitialisation or Rules.RuleIds.BlockingDuringInitialisation
            or Rules.RuleIds.ReflectionScanningDuringInitialisation || Rules.LibraryHazards.IsReflectionJson(rule);

    /// <summary>
    /// Marks a callee that is a member of an interface of the library: when no class of the library implements it, a
    /// library that references this one does, and the summary lists the call as a <see cref="Model.LibraryHazard.Dispatch"/>.
    /// </summary>
    public const string ThroughInterface = "^";
}

/// <summary>
/// One hazard of a member: its rule, the call that does it, the kind of work (COLD101) or client built (COLD301), and,
/// when another library's member makes the call, that member's id (<see cref="Origin"/>); empty for the member's own code.
/// </summary>
internal sealed record HazardSpec(string Rule, string Cause, string Kind, string Origin = "")
{
    /// <summary>
    /// Whether two hazards are one entry: the same rule and origin, and for a <see cref="Model.LibraryHazard.Dispatch"/> the
    /// same interface member (<see cref="Kind"/>), as one member may call several.
    /// </summary>
    public bool SameEntryAs(HazardSpec other)
        => Rule == other.Rule && Origin == other.Origin && (Rule != Model.LibraryHazard.Dispatch || Kind == other.Kind);
}

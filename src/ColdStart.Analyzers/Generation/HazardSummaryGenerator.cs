using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// Writes a hazard summary into a class library (docs/handlers.md, "Code in the function's own libraries"): which of its
/// members serialise JSON with reflection, build a client per call, block on asynchronous work, scan assemblies or do
/// I/O, directly or through other members of the library. The analyzers of a function that references the library
/// read it from metadata and report the call in the function. A project that has handlers (or hosts them) gets no
/// summary: the rules run on its code where it is.
/// </summary>
/// <remarks>
/// One step over the compilation, not a syntax provider per member: a syntax provider's predicate walks every node of
/// every file in every project, and the package is installed mostly in functions, which get no summary. This way a
/// function pays for the decision only (docs/benchmarks.md). A library's members are read again when its compilation
/// changes, as a syntax provider's semantic transforms would be; the entries are compared, so an edit that changes no
/// entry writes nothing.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class HazardSummaryGenerator : IIncrementalGenerator
{
    /// <summary>The generated file's name.</summary>
    public const string HintName = "ColdStartHazardSummary.g.cs";

    /// <summary>Tracking name of the step that computes the summary's entries.</summary>
    public const string SummaryStep = "HazardSummary";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var summary = context.CompilationProvider.Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => HazardSummaryEmitter.Summarise(LibraryMemberParser.Members(pair.Left, pair.Right, cancellationToken)))
            .WithTrackingName(SummaryStep);

        context.RegisterSourceOutput(summary, static (output, entries) =>
        {
            if (entries.Count > 0)
            {
                output.AddSource(HintName, HazardSummaryEmitter.Emit(entries));
            }
        });
    }
}

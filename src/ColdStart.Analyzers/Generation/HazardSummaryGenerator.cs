using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// Writes a hazard summary into a class library (docs/handlers.md, "Code in the function's own libraries"): which of its
/// members serialise JSON with reflection, build a client per call, block on asynchronous work, scan assemblies or do
/// I/O, directly or through other members of the library. The analyzers of a function that references the library
/// read it from metadata and report the call in the function. A project that has handlers (or is a function or an
/// executable) gets no summary: the rules run on its code where it is.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class HazardSummaryGenerator : IIncrementalGenerator
{
    /// <summary>The generated file's name.</summary>
    public const string HintName = "ColdStartHazardSummary.g.cs";

    /// <summary>Tracking name of the step that reads each member.</summary>
    public const string MemberStep = "HazardSummaryMembers";

    /// <summary>Tracking name of the step that computes the summary's entries.</summary>
    public const string SummaryStep = "HazardSummary";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var members = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => LibraryMemberParser.IsCandidate(node),
                static (syntaxContext, cancellationToken) => LibraryMemberParser.Parse(syntaxContext, cancellationToken))
            .Where(static member => member is not null)
            .Select(static (member, _) => member!)
            .WithTrackingName(MemberStep);

        // Decided again for every compilation: members read before a library gained its first handler stay cached, and
        // its summary must go. (The reverse, a library losing its last handler, lists a member again once its file changes:
        // members are not bound at all in a project with handlers, which is what keeps a function's build cheap.)
        var isLibrary = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => LibraryMemberParser.Summarises(compilation, cancellationToken));

        var summary = members.Collect().Combine(isLibrary)
            .Select(static (pair, _) => pair.Right ? HazardSummaryEmitter.Summarise(pair.Left) : EquatableArray<string>.Empty)
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

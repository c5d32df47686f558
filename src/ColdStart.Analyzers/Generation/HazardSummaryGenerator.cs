using System.Collections.Immutable;
using System.Threading;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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

        var isLibrary = context.CompilationProvider.Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => IsLibraryWithoutHandlers(pair.Left, pair.Right, cancellationToken));

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

    // A function's own hazards are reported in it, and a library with handlers is analysed like a function: neither gets
    // a summary, so nothing is reported twice. The cheap test first; the handler model only for a library that may have handlers.
    private static bool IsLibraryWithoutHandlers(Compilation compilation, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        if (compilation.Options.OutputKind != OutputKind.DynamicallyLinkedLibrary)
        {
            return false;
        }

        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider);
        return !HandlerModel.MayContainHandlers(compilation, options) || !HandlerModel.GetOrCreate(compilation, options, cancellationToken).IsServerlessProject;
    }
}

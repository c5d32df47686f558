using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// [LazyClient&lt;T&gt;] / [LazyClient(typeof(T))] on a partial class: thread-safe lazily created client
/// properties, Is{Name}Created, and PrimeAll(). Parser → spec → emitter; misuse is reported by
/// LazyClientMisuseAnalyzer, not here.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LazyClientGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the step that produces holder specs (used by incrementality tests).</summary>
    public const string HolderStep = "LazyClientHolders";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterSourceOutput(Holders(context).WithTrackingName(HolderStep), static (output, holder) =>
            output.AddSource(GeneratedCode.HintName(holder.FullName, ".LazyClients.g.cs"), LazyClientEmitter.Emit(holder)));
    }

    /// <summary>The holder specs of the compilation; the prewarm generator uses them to call every PrimeAll().</summary>
    internal static IncrementalValuesProvider<LazyClientHolderSpec> Holders(IncrementalGeneratorInitializationContext context)
    {
        var generic = context.SyntaxProvider.ForAttributeWithMetadataName(
            MetadataNames.GenericLazyClientAttribute,
            static (node, _) => node is ClassDeclarationSyntax,
            static (attributeContext, cancellationToken) => Parse(attributeContext, cancellationToken));
        var nonGeneric = context.SyntaxProvider.ForAttributeWithMetadataName(
            MetadataNames.LazyClientAttribute,
            static (node, _) => node is ClassDeclarationSyntax,
            static (attributeContext, cancellationToken) => Parse(attributeContext, cancellationToken));

        // A holder may use both attribute forms: each pipeline then yields the same spec, emitted once.
        return generic.Collect()
            .Combine(nonGeneric.Collect())
            .SelectMany(static (pair, _) => pair.Left.Concat(pair.Right).OfType<LazyClientHolderSpec>().GroupBy(h => h.FullName).Select(g => g.First()).ToImmutableArray());
    }

    private static LazyClientHolderSpec? Parse(GeneratorAttributeSyntaxContext attributeContext, System.Threading.CancellationToken cancellationToken)
    {
        var holder = (INamedTypeSymbol)attributeContext.TargetSymbol;
        var known = new KnownTypes(attributeContext.SemanticModel.Compilation);
        return LazyClientParser.Parse(holder, known, GeneratedCode.HasNullableAnnotations(attributeContext.TargetNode), cancellationToken);
    }
}

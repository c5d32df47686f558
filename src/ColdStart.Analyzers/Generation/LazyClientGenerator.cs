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
        var (generic, nonGeneric) = Holders(context);
        context.RegisterSourceOutput(generic.WithTrackingName(HolderStep), Emit);
        context.RegisterSourceOutput(nonGeneric.WithTrackingName(HolderStep), Emit);
    }

    /// <summary>
    /// The holder specs of the compilation, one pipeline per attribute form; a holder with both forms comes from the
    /// generic one only. The prewarm generator uses them to call every PrimeAll(). Plain pipelines over reference
    /// types: a build that uses neither attribute then JIT-compiles almost nothing of ours (see docs/benchmarks.md).
    /// </summary>
    internal static (IncrementalValuesProvider<LazyClientHolderSpec> Generic, IncrementalValuesProvider<LazyClientHolderSpec> NonGeneric) Holders(
        IncrementalGeneratorInitializationContext context)
    {
        var generic = context.SyntaxProvider.ForAttributeWithMetadataName(
            MetadataNames.GenericLazyClientAttribute,
            static (node, _) => node is ClassDeclarationSyntax,
            static (attributeContext, cancellationToken) => Parse(attributeContext, fromGenericForm: true, cancellationToken));
        var nonGeneric = context.SyntaxProvider.ForAttributeWithMetadataName(
            MetadataNames.LazyClientAttribute,
            static (node, _) => node is ClassDeclarationSyntax,
            static (attributeContext, cancellationToken) => Parse(attributeContext, fromGenericForm: false, cancellationToken));
        return (
            generic.Where(static holder => holder is not null).Select(static (holder, _) => holder!),
            nonGeneric.Where(static holder => holder is not null).Select(static (holder, _) => holder!));
    }

    private static void Emit(SourceProductionContext output, LazyClientHolderSpec holder)
    {
        output.AddSource(GeneratedCode.HintName(holder.FullName, ".LazyClients.g.cs"), LazyClientEmitter.Emit(holder));
    }

    private static LazyClientHolderSpec? Parse(
        GeneratorAttributeSyntaxContext attributeContext, bool fromGenericForm, System.Threading.CancellationToken cancellationToken)
    {
        var holder = (INamedTypeSymbol)attributeContext.TargetSymbol;
        var known = new KnownTypes(attributeContext.SemanticModel.Compilation);
        if (!fromGenericForm && holder.HasAttributeOf(known.GenericLazyClientAttribute))
        {
            return null; // the generic form's pipeline emits this holder, with every attribute of both forms
        }

        return LazyClientParser.Parse(holder, known, GeneratedCode.HasNullableAnnotations(attributeContext.TargetNode), cancellationToken);
    }
}

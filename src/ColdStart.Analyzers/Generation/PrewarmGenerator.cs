using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// [Prewarm] on a handler method: a Stream entry point that answers warm-up pings before deserialisation and
/// otherwise calls the handler through the function's own serializer. Misuse is reported by PrewarmMisuseAnalyzer.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PrewarmGenerator : IIncrementalGenerator
{
    /// <summary>How the names of the generated files end.</summary>
    public const string HintSuffix = ".Prewarm.g.cs";

    /// <summary>Tracking name of the step that produces handler specs.</summary>
    public const string HandlerStep = "PrewarmHandlers";

    /// <summary>Tracking name of the step that lists the lazy client holders to prime.</summary>
    public const string HolderStep = "PrewarmHolders";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var handlers = context.SyntaxProvider.ForAttributeWithMetadataName(
                MetadataNames.PrewarmAttribute,
                static (node, _) => node is MethodDeclarationSyntax,
                static (attributeContext, _) => Parse(attributeContext))
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(HandlerStep);

        var (generic, nonGeneric) = LazyClientGenerator.Holders(context);
        var primeAllCalls = generic.Collect().Select(static (holders, _) => PrimeAllCalls(holders))
            .Combine(nonGeneric.Collect().Select(static (holders, _) => PrimeAllCalls(holders)))
            .Select(static (pair, _)
                => new EquatableArray<string>(pair.Left.Concat(pair.Right).Distinct().OrderBy(call => call, System.StringComparer.Ordinal)))
            .WithTrackingName(HolderStep);

        context.RegisterSourceOutput(handlers.Combine(primeAllCalls), static (output, pair) =>
            output.AddSource(
                GeneratedCode.HintName(pair.Left.TypeDisplayName + "." + pair.Left.HandlerName, HintSuffix), PrewarmEmitter.Emit(pair.Left, pair.Right)));
    }

    private static PrewarmSpec? Parse(GeneratorAttributeSyntaxContext attributeContext)
    {
        var compilation = attributeContext.SemanticModel.Compilation;

        // Below .NET 8 the runtime library has no ping detector: COLD604 says so, and nothing is generated.
        if (compilation.GetTypeByMetadataName(PrewarmDeclarations.PingDetectorName) is null)
        {
            return null;
        }

        var method = (IMethodSymbol)attributeContext.TargetSymbol;
        var nullableAnnotations = GeneratedCode.HasNullableAnnotations(attributeContext.TargetNode);
        return PrewarmParser.Parse(method, attributeContext.Attributes[0], new KnownTypes(compilation), nullableAnnotations);
    }

    private static EquatableArray<string> PrimeAllCalls(System.Collections.Immutable.ImmutableArray<LazyClientHolderSpec> holders)
    {
        return new EquatableArray<string>(holders.Select(holder => holder.PrimeAllCall).OfType<string>());
    }
}

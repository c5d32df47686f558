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

        var primeAllCalls = LazyClientGenerator.Holders(context)
            .Select(static (holder, _) => holder.PrimeAllCall)
            .Where(static call => call is not null)
            .Collect()
            .Select(static (calls, _) => new EquatableArray<string>(calls.Select(c => c!).Distinct().OrderBy(c => c, System.StringComparer.Ordinal)))
            .WithTrackingName(HolderStep);

        context.RegisterSourceOutput(handlers.Combine(primeAllCalls), static (output, pair) =>
            output.AddSource(GeneratedCode.HintName(pair.Left.TypeDisplayName + "." + pair.Left.HandlerName, HintSuffix), PrewarmEmitter.Emit(pair.Left, pair.Right)));
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
}

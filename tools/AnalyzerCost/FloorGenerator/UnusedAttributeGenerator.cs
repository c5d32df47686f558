using Microsoft.CodeAnalysis;

namespace ColdStart.AnalyzerCost;

/// <summary>One ForAttributeWithMetadataName for an attribute no project declares: the generator fast path and nothing else.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class UnusedAttributeGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var never = context.SyntaxProvider.ForAttributeWithMetadataName(
            "ColdStart.AnalyzerCost.UnusedAttribute",
            static (_, _) => true,
            static (target, _) => target.TargetSymbol.Name);
        context.RegisterSourceOutput(never, static (output, name) => output.AddSource(name + ".g.cs", "// " + name));
    }
}

using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// The one way a rule about one of our own attributes (COLD60x) registers. Such a rule applies to any project, not only
/// functions, and does nothing in a compilation that cannot see the attribute. Initialize is sealed, as in
/// <see cref="FunctionRule"/>.
/// </summary>
public abstract class AttributeRule : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var known = new KnownTypes(start.Compilation);
            if (AttributeOf(known) is { } attribute)
            {
                Register(start, known, attribute);
            }
        });
    }

    /// <summary>The attribute the rule is about, or null when the compilation cannot see it.</summary>
    private protected abstract INamedTypeSymbol? AttributeOf(KnownTypes known);

    private protected abstract void Register(CompilationStartAnalysisContext start, KnownTypes known, INamedTypeSymbol attribute);
}

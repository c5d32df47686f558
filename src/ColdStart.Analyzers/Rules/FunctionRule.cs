using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// The one way a ColdStart rule about function code registers. Initialize is sealed: it enables concurrent execution,
/// leaves generated code alone unless the rule asks to see it, and calls <see cref="Register"/> with the compilation's
/// shared facts only for compilations that can contain a handler, so class libraries and test projects cost one cheap
/// check per compilation. (The COLD60x rules are about our own attributes and apply to any project: see
/// <see cref="AttributeRule"/>.)
/// </summary>
public abstract class FunctionRule : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(SeesGeneratedCode ? GeneratedCodeAnalysisFlags.Analyze : GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (HandlerModel.MayContainHandlers(start.Compilation, start.Options))
            {
                Register(start, CompilationFacts.For(start.Compilation, start.Options));
            }
        });
    }

    /// <summary>True for a rule that must see what generators add (to count it; it never reports there).</summary>
    private protected virtual bool SeesGeneratedCode => false;

    /// <summary>Registers the rule's actions for a compilation that can contain handlers.</summary>
    private protected abstract void Register(CompilationStartAnalysisContext start, CompilationFacts facts);
}

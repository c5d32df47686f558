using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD205: JSON read into Newtonsoft.Json's document model (<c>JObject.Parse</c>, <c>JToken.Parse</c>, <c>JArray.Parse</c>,
/// <c>JToken.ReadFrom</c>, <c>JObject.Load</c>) in a serverless project, directly or inside one of the function's libraries.
/// No reflection over the function's types is involved, so it is not COLD201, but the first call still loads and compiles
/// Newtonsoft.Json on the cold start's path. Not reported in dead code or a local harness, as COLD201. No code fix: a
/// JsonNode is read differently from a JObject (<c>["id"]!.GetValue&lt;string&gt;()</c>, not <c>(string)o["id"]</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NewtonsoftDocumentParseAnalyzer : FunctionRule
{
    private const string Advice = "parse with System.Text.Json's JsonNode.Parse or JsonDocument.Parse, which ship precompiled with the runtime";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NewtonsoftDocumentParsed);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterOperationAction(operation => Analyze(operation, facts), OperationKind.Invocation);
        start.RegisterOperationAction(operation => AnalyzeLateBound(operation, facts), OperationKind.DynamicInvocation);
    }

    /// <summary>A static method of Newtonsoft.Json.Linq that reads JSON text or a reader into a JToken.</summary>
    internal static bool IsDocumentParse(IMethodSymbol method)
    {
        return method is { IsStatic: true, Name: "Parse" or "Load" or "LoadAsync" or "ReadFrom" or "ReadFromAsync" }
            && method.ContainingType is { Name: "JToken" or "JObject" or "JArray" or "JContainer" } type
            && type.ContainingNamespace is { Name: "Linq", ContainingNamespace: { Name: "Json", ContainingNamespace: { Name: "Newtonsoft" } } };
    }

    private static void Analyze(OperationAnalysisContext context, CompilationFacts facts)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        string parse;
        ImmutableDictionary<string, string?>? properties = null;
        if (IsDocumentParse(method))
        {
            parse = $"'{method.ContainingType.Name}.{method.Name}'";
        }
        else if (LibraryHazards.Called(invocation, facts, RuleIds.NewtonsoftDocumentParsed, context.CancellationToken) is { } library)
        {
            parse = $"'{library.MemberName}' ({LibraryHazards.Inside(library)})";
            properties = library.Properties();
        }
        else
        {
            return;
        }

        Report(context, facts, invocation, parse, properties);
    }

    // `JObject.Parse(json.body.ToString())` where `json` is `dynamic`: the runtime binder picks the overload, and every
    // candidate parses into the document model.
    private static void AnalyzeLateBound(OperationAnalysisContext context, CompilationFacts facts)
    {
        var invocation = (IDynamicInvocationOperation)context.Operation;
        if (invocation.SemanticModel?.GetSymbolInfo(invocation.Syntax, context.CancellationToken) is { CandidateReason: CandidateReason.LateBound } info
            && !info.CandidateSymbols.IsEmpty
            && info.CandidateSymbols.All(candidate => candidate is IMethodSymbol method && IsDocumentParse(method)))
        {
            var method = (IMethodSymbol)info.CandidateSymbols[0];
            Report(context, facts, invocation, $"'{method.ContainingType.Name}.{method.Name}'", properties: null);
        }
    }

    private static void Report(
        OperationAnalysisContext context, CompilationFacts facts, IOperation invocation, string parse, ImmutableDictionary<string, string?>? properties)
    {
        var model = facts.Model(context.CancellationToken);
        if (!model.IsServerlessProject
            || invocation.SemanticModel is not { } semanticModel
            || model.IsInLocalHarness(invocation.Syntax, semanticModel)
            || ReflectionJsonSerialisationAnalyzer.IsInDeadCode(invocation.Syntax, semanticModel, model))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.NewtonsoftDocumentParsed, RuleSupport.CallLocation(invocation), properties, parse, Advice));
    }
}

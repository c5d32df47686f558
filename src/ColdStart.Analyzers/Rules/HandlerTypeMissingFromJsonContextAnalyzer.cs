using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>COLD203: a handler's input or output type that the SourceGeneratorLambdaJsonSerializer context lacks.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerTypeMissingFromJsonContextAnalyzer : FunctionRule
{
    /// <summary>Diagnostic property: documentation id of the context type.</summary>
    public const string ContextProperty = "Context";

    /// <summary>Diagnostic property: documentation reference id of the missing type.</summary>
    public const string TypeProperty = "Type";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HandlerTypeMissingFromJsonContext);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        if (facts.KnownTypes.SourceGeneratorLambdaSerializer is null)
        {
            return;
        }

        start.RegisterSymbolAction(c => AnalyzeMethod(c, facts), SymbolKind.Method);
        start.RegisterOperationAction(c => AnalyzeBootstrap(c, facts), OperationKind.Invocation);
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, CompilationFacts facts)
    {
        var method = (IMethodSymbol)context.Symbol;
        var known = facts.KnownTypes;
        var attribute = JsonSerialization.SerializerAttributeFor(method, known);
        var jsonContext = attribute is null ? null : JsonSerialization.SourceGeneratedContext(JsonSerialization.SerializerType(attribute), known);
        if (jsonContext is null)
        {
            return;
        }

        // The Lambda serializer reads only the event of a hosted web app; ASP.NET Core serialises what its actions take and return.
        var handler = facts.Model(context.CancellationToken).HandlerFor(method);
        if (handler is null or { Kind: HandlerKind.ControllerAction })
        {
            return;
        }

        foreach (var (type, isInput, syntax) in JsonSerialization.PayloadTypes(method, known))
        {
            Report(context.ReportDiagnostic, context.Compilation, jsonContext, type, isInput, handler.DisplayName, syntax?.GetLocation()
                ?? method.Locations[0], known);
        }
    }

    private static void AnalyzeBootstrap(OperationAnalysisContext context, CompilationFacts facts)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var known = facts.KnownTypes;
        if (invocation.TargetMethod.Name != "Create" || !invocation.TargetMethod.ContainingType.Is(known.LambdaBootstrapBuilder))
        {
            return;
        }

        var jsonContext = invocation.Arguments.Select(a => JsonSerialization.SourceGeneratedContext(a.Value.WithoutConversions().Type, known))
            .FirstOrDefault(c => c is not null);
        var handlerArgument = invocation.Arguments.FirstOrDefault()?.Value;
        if (jsonContext is null || handlerArgument is null)
        {
            return;
        }

        foreach (var (type, isInput, syntax, handler) in JsonSerialization.BootstrapPayloadTypes(invocation, known))
        {
            var location = syntax is not null && syntax.SyntaxTree == invocation.Syntax.SyntaxTree && invocation.Syntax.Span.Contains(syntax.Span)
                ? syntax.GetLocation()
                : handlerArgument.Syntax.GetLocation();
            Report(context.ReportDiagnostic, context.Compilation, jsonContext, type, isInput, handler, location, known);
        }
    }

    private static void Report(
        System.Action<Diagnostic> report,
        Compilation compilation,
        INamedTypeSymbol jsonContext,
        ITypeSymbol type,
        bool isInput,
        string handler,
        Location location,
        KnownTypes known)
    {
        if (JsonSerialization.Provides(jsonContext, type, known))
        {
            return;
        }

        // Without the type the fix has nothing to register: a type the context cannot name gets no fix.
        var properties = JsonSerialization.CanRegister(type, compilation, jsonContext)
                && JsonSerialization.UnreachableConverterIn(type, compilation, out _) is null
            ? ImmutableDictionary<string, string?>.Empty
                .Add(ContextProperty, DocumentationCommentId.CreateDeclarationId(jsonContext))
                .Add(TypeProperty, JsonSerialization.TypeId(type, compilation))
            : ImmutableDictionary<string, string?>.Empty;
        report(Diagnostic.Create(
            Descriptors.HandlerTypeMissingFromJsonContext,
            location,
            properties,
            type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            isInput ? "input" : "output",
            handler,
            jsonContext.Name));
    }
}

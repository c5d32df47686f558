using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD201: System.Text.Json calls without source-generated metadata, Newtonsoft.Json calls, and calls to library members
/// (constructors included) whose hazard summary says they make one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReflectionJsonSerialisationAnalyzer : FunctionRule
{
    /// <summary>Diagnostic property: documentation reference id of the serialised type, for the code fix.</summary>
    public const string TypeProperty = "Type";

    /// <summary>
    /// Diagnostic property: the serializer settings the call runs with (<see cref="JsonGenerationOptions"/>); the fix
    /// uses only a context generated with the same settings. Absent when they are not statically known: no fix then.
    /// </summary>
    public const string OptionsProperty = "Options";

    /// <summary>Diagnostic property: why no code fix is offered (also at the end of the message).</summary>
    public const string NoFixProperty = "NoFix";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ReflectionJsonSerialisation);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        // Asked only when an Azure function calls one of the worker's JSON helpers: does the app choose its serializer?
        var workerSerializerChosen = new Lazy<bool>(() => WorkerSerializer.IsChosen(start.Compilation, facts, start.CancellationToken));
        // Asked only when the code calls ASP.NET Core's HttpRequest/HttpResponse JSON helpers without options.
        var httpJsonOptions = new Lazy<HttpJsonOptionsUse>(() => HttpJsonOptions.Of(start.Compilation, facts, start.CancellationToken));
        start.RegisterOperationAction(operation => Analyze(operation, facts, workerSerializerChosen, httpJsonOptions), OperationKind.Invocation);
        start.RegisterOperationAction(operation => AnalyzeConstruction(operation, facts), OperationKind.ObjectCreation);
        start.RegisterOperationAction(operation => AnalyzeLateBound(operation, facts), OperationKind.DynamicInvocation);
        start.RegisterOperationAction(operation => AnalyzeMethodGroup(operation, facts), OperationKind.MethodReference);
        start.RegisterOperationAction(operation => AnalyzeUnbound(operation, facts, workerSerializerChosen, httpJsonOptions), OperationKind.Invalid);
    }

    // `JsonSerializer.Deserialize<Order>(message.Body)` where the argument's type does not bind (a package not restored
    // yet, a project reference missing, a line being typed): no overload is chosen, but when every overload that takes that
    // many arguments reflects, the finished call will too. So do the HTTP helpers' and the worker's (`response.WriteAsJsonAsync(
    // order)`). A call to a library member that reflects is reported as when it compiles.
    private static void AnalyzeUnbound(
        OperationAnalysisContext context, CompilationFacts facts, Lazy<bool> workerSerializerChosen, Lazy<HttpJsonOptionsUse> httpJsonOptions)
    {
        var operation = context.Operation;
        if (LibraryHazards.Called(operation, facts, RuleIds.ReflectionJsonSerialisation, context.CancellationToken) is { } library)
        {
            AnalyzeLibraryCall(context, facts, operation, operation.CalledMethod()!, library);
            return;
        }

        if (operation.Syntax is not InvocationExpressionSyntax syntax)
        {
            return;
        }

        var known = facts.KnownTypes;
        if (AnalyzeWorkerLibraryCall(context, facts, operation, workerSerializerChosen))
        {
            return;
        }

        if ((UnboundMethod(operation, (m, _) => WorkerSerializer.IsDefaultSerializerMethod(m, known), context.CancellationToken)
            ?? WorkerSerializer.UnboundDefaultSerializerMethod(operation, known, context.CancellationToken)) is { } helper)
        {
            if (!workerSerializerChosen.Value)
            {
                AnalyzeWorkerCall(context, facts, syntax, helper);
            }

            return;
        }

        var method = UnboundReflectingMethod(operation, known, context.CancellationToken)
            ?? UnboundMethod(operation, (m, count) => IsHttpJson(m.ContainingType, known) && ReflectsWithout(m, count, known), context.CancellationToken);
        if (method is null || (IsAspNetHttpJson(method.ContainingType, known) && httpJsonOptions.Value != HttpJsonOptionsUse.Defaults))
        {
            return;
        }

        var model = facts.Model(context.CancellationToken);
        if (!model.IsServerlessProject
            || (operation.SemanticModel is { } semanticModel
                && (model.IsInLocalHarness(syntax, semanticModel) || IsInDeadCode(syntax, semanticModel, model))))
        {
            return;
        }

        const string Reason = "the call does not compile yet (an argument's type is unknown)";
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ReflectionJsonSerialisation,
            syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(NoFixProperty, Reason),
            method.ContainingType.Name + "." + method.Name,
            method.TypeArguments.Length == 1 && method.TypeArguments[0].TypeKind != TypeKind.TypeParameter
                ? method.TypeArguments[0].ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
                : "its value",
            "pass the JsonTypeInfo of a source-generated JsonSerializerContext once it compiles; no automatic fix: " + Reason));
    }

    /// <summary>
    /// For a serialisation call that does not compile (an argument's type is unknown): one of the overloads left, when every
    /// one that takes that many arguments reflects, since the finished call will too. Null otherwise.
    /// </summary>
    internal static IMethodSymbol? UnboundReflectingMethod(IOperation operation, KnownTypes known, CancellationToken cancellationToken)
        => UnboundMethod(operation, (method, count) => ReflectsWith(method, count, known), cancellationToken);

    // One of the overloads left for a call that does not compile, when every one that takes that many arguments matches.
    private static IMethodSymbol? UnboundMethod(IOperation operation, Func<IMethodSymbol, int, bool> matches, CancellationToken cancellationToken)
    {
        if (operation is not IInvalidOperation { Syntax: InvocationExpressionSyntax syntax, SemanticModel: { } semanticModel }
            || semanticModel.GetSymbolInfo(syntax, cancellationToken) is not
                { Symbol: null, CandidateReason: CandidateReason.OverloadResolutionFailure or CandidateReason.Ambiguous } info)
        {
            return null;
        }

        var count = syntax.ArgumentList.Arguments.Count;
        var fitting = info.CandidateSymbols.OfType<IMethodSymbol>()
            .Where(m => m.Parameters.Count(p => !p.IsOptional && !p.IsParams) <= count && (count <= m.Parameters.Length || m.Parameters.Any(p => p.IsParams)))
            .ToList();
        return fitting.Count > 0 && fitting.All(m => matches(m, count)) ? fitting[0] : null;
    }

    // A serialisation method that reflects when called with the first `count` arguments: Newtonsoft's, or a System.Text.Json
    // overload that takes neither a JsonTypeInfo nor a context and is given no options (options may be backed by a context).
    private static bool ReflectsWith(IMethodSymbol method, int count, KnownTypes known)
    {
        return IsReflectionOnlyMethod(method, known)
            || (method.ContainingType.Is(known.StjSerializer) && IsSerialisationMethod(method.Name) && ReflectsWithout(method, count, known));
    }

    // Neither a JsonTypeInfo nor a context parameter, and no options among the first `count` arguments.
    private static bool ReflectsWithout(IMethodSymbol method, int count, KnownTypes known)
        => !TakesGeneratedMetadata(method, known) && !method.Parameters.Any(p => p.Type.Is(known.StjOptions) && p.Ordinal < count);

    // In a lambda that becomes an expression tree (a mock's set-up, `A.CallTo(() => flags.Evaluate(...))`, an IQueryable
    // predicate): the call is described, not run.
    internal static bool IsInExpressionTree(SyntaxNode node, SemanticModel semanticModel)
    {
        foreach (var lambda in node.Ancestors().OfType<LambdaExpressionSyntax>())
        {
            if (semanticModel.GetTypeInfo(lambda).ConvertedType is INamedTypeSymbol { MetadataName: "Expression`1" } converted
                && converted.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions")
            {
                return true;
            }
        }

        return false;
    }

    // In a method nothing calls (its lambdas and local functions included): the reflection never runs.
    internal static bool IsInDeadCode(SyntaxNode node, SemanticModel semanticModel, HandlerModel model)
    {
        var enclosing = semanticModel.GetEnclosingSymbol(node.SpanStart);
        while (enclosing is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction })
        {
            enclosing = enclosing.ContainingSymbol;
        }

        return enclosing is IMethodSymbol method && model.IsNeverCalled(method);
    }

    // `JsonConvert.DeserializeObject<Webhook>(rawJson)` where rawJson is `dynamic` (a `dynamic` handler input's ToString()):
    // the runtime binder picks the overload, but every candidate reflects.
    private static void AnalyzeLateBound(OperationAnalysisContext context, CompilationFacts facts)
    {
        var invocation = (IDynamicInvocationOperation)context.Operation;
        var known = facts.KnownTypes;
        if (invocation.SemanticModel is not { } semanticModel
            || semanticModel.GetSymbolInfo(invocation.Syntax, context.CancellationToken) is not { CandidateReason: CandidateReason.LateBound } info
            || info.CandidateSymbols.IsEmpty
            || !info.CandidateSymbols.All(candidate => candidate is IMethodSymbol method && IsReflectionOnlyMethod(method, known))
            || !facts.Model(context.CancellationToken).IsServerlessProject)
        {
            return;
        }

        ReportWithoutFix(
            context,
            invocation.Syntax.GetLocation(),
            (IMethodSymbol)info.CandidateSymbols[0],
            "give the argument its static type (a string, a stream) and move to System.Text.Json with a source-generated "
                + "JsonSerializerContext (see the rule's page)",
            "the call is bound at run time (an argument is dynamic)");
    }

    // `.Select(JsonConvert.DeserializeObject<Reservation>)`: the method group is called later (here once per element) and
    // reflects as a call does. The delegate's signature chose the overload, so there is no argument to change.
    private static void AnalyzeMethodGroup(OperationAnalysisContext context, CompilationFacts facts)
    {
        var reference = (IMethodReferenceOperation)context.Operation;
        var method = reference.Method;
        var model = facts.Model(context.CancellationToken);
        if (!IsReflectingMethodGroup(method, facts.KnownTypes)
            || !model.IsServerlessProject
            || (reference.SemanticModel is { } semanticModel
                && (model.IsInLocalHarness(reference.Syntax, semanticModel) || IsInDeadCode(reference.Syntax, semanticModel, model))))
        {
            return;
        }

        ReportWithoutFix(
            context,
            reference.Syntax.GetLocation(),
            method,
            "pass a lambda that calls System.Text.Json with the JsonTypeInfo of a source-generated JsonSerializerContext (see the rule's page)",
            "the method is passed as a delegate, whose signature leaves no room for a JsonTypeInfo");
    }

    // A reflecting method whose use no fix can rewrite: the message names it, what it serialises, the change and why no fix.
    private static void ReportWithoutFix(OperationAnalysisContext context, Location location, IMethodSymbol method, string advice, string reason)
    {
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ReflectionJsonSerialisation,
            location,
            ImmutableDictionary<string, string?>.Empty.Add(NoFixProperty, reason),
            method.ContainingType.Name + "." + method.Name,
            method.TypeArguments.Length == 1 ? method.TypeArguments[0].ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) : "its value",
            advice + "; no automatic fix: " + reason));
    }

    /// <summary>
    /// A serialisation method that reflects when it is handed on as a method group: Newtonsoft's and the Web API client's
    /// (every overload), System.Text.Json's without a JsonTypeInfo or context parameter.
    /// </summary>
    internal static bool IsReflectingMethodGroup(IMethodSymbol method, KnownTypes known)
        => IsReflectionOnlyMethod(method, known)
            || (method.ContainingType.Is(known.StjSerializer) && IsSerialisationMethod(method.Name) && !TakesGeneratedMetadata(method, known));

    // A JsonTypeInfo or a JsonSerializerContext parameter: the overload that uses source-generated metadata.
    private static bool TakesGeneratedMetadata(IMethodSymbol method, KnownTypes known)
        => method.Parameters.Any(p => p.Type.DerivesFrom(known.StjTypeInfo) || p.Type.DerivesFrom(known.StjContext));

    // Newtonsoft's JsonConvert serialisation methods and JToken.FromObject/ToObject, which reflect with every overload, and
    // the ASP.NET Web API client's HttpContent.ReadAsAsync<T> and HttpClient.PostAsJsonAsync/PutAsJsonAsync, whose JSON
    // formatter is Newtonsoft's (System.Net.Http.Formatting, not System.Net.Http.Json's methods of the same names).
    private static bool IsReflectionOnlyMethod(IMethodSymbol method, KnownTypes known)
    {
        var type = method.ContainingType;
        return (type.Is(known.NewtonsoftConvert) && IsSerialisationMethod(method.Name))
            || (type.DerivesFrom(known.NewtonsoftToken) && method.Name is "FromObject" or "ToObject")
            || (type.ContainingAssembly?.Name == "System.Net.Http.Formatting"
                && ((type.Name == "HttpContentExtensions" && method.Name == "ReadAsAsync")
                    || (type.Name == "HttpClientExtensions" && method.Name is "PostAsJsonAsync" or "PutAsJsonAsync")))
            || IsFlurlJson(method);
    }

    private const string FlurlAdvice = "give Flurl's settings a System.Text.Json serializer whose options carry a source-generated "
        + "JsonSerializerContext (JsonSerializer = new DefaultJsonSerializer(options), Flurl 4), or send this request with HttpClient and a JsonTypeInfo";

    // Flurl's JSON calls (`url.GetJsonAsync<T>()`, `request.PostJsonAsync(body)`, `response.ReceiveJson<T>()`): they serialise with
    // the serializer of Flurl's settings, Newtonsoft's up to Flurl 3 and System.Text.Json's with reflection since Flurl 4.
    private static bool IsFlurlJson(IMethodSymbol method)
        => method.Name is "GetJsonAsync" or "GetJsonListAsync" or "PostJsonAsync" or "PutJsonAsync" or "PatchJsonAsync" or "SendJsonAsync"
                or "ReceiveJson" or "ReceiveJsonList"
            && method.ContainingAssembly?.Name == "Flurl.Http";

    private static void Analyze(
        OperationAnalysisContext context, CompilationFacts facts, Lazy<bool> workerSerializerChosen, Lazy<HttpJsonOptionsUse> httpJsonOptions)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var known = facts.KnownTypes;
        if (LibraryHazards.Called(invocation, facts, RuleIds.ReflectionJsonSerialisation, context.CancellationToken) is { } library)
        {
            AnalyzeLibraryCall(context, facts, invocation, invocation.TargetMethod, library);
            return;
        }

        if (AnalyzeWorkerLibraryCall(context, facts, invocation, workerSerializerChosen))
        {
            return;
        }

        if (WorkerSerializer.IsDefaultSerializerCall(invocation, known))
        {
            if (!workerSerializerChosen.Value)
            {
                AnalyzeWorkerCall(context, facts, invocation.Syntax, invocation.TargetMethod);
            }

            return;
        }

        if (!UsesReflection(invocation, known, facts.GetSemanticModel, context.CancellationToken))
        {
            return;
        }

        var type = invocation.TargetMethod.ContainingType;
        var appOptions = IsAspNetHttpJson(type, known) && UsesWebDefaults(invocation, known) ? httpJsonOptions.Value : HttpJsonOptionsUse.Defaults;
        if (appOptions == HttpJsonOptionsUse.ResolverSet)
        {
            return;
        }

        var advice = type.Is(known.StjSerializer) || IsHttpJson(type, known) || IsBinaryDataJson(invocation.TargetMethod, known)
            ? "pass the JsonTypeInfo of a source-generated JsonSerializerContext"
            : IsFlurlJson(invocation.TargetMethod)
                ? FlurlAdvice
                : JsonSerialization.IsReflectionLambdaSerializer(type, known)
                    ? "use SourceGeneratorLambdaJsonSerializer<TContext> with a source-generated JsonSerializerContext that registers the type"
                    : "move to System.Text.Json with a source-generated JsonSerializerContext (see the rule's page)";
        var serialised = SerialisedType(invocation, known);
        var model = facts.Model(context.CancellationToken);
        if (!model.IsServerlessProject
            || (invocation.SemanticModel is { } semanticModel
                && (model.IsInLocalHarness(invocation.Syntax, semanticModel) || IsInDeadCode(invocation.Syntax, semanticModel, model)
                    || IsInExpressionTree(invocation.Syntax, semanticModel))))
        {
            return;
        }

        // A JsonSerializerContext cannot register an anonymous type: the advice names the step that comes first.
        if (serialised is { IsAnonymousType: true })
        {
            advice = "declare a named type (a record) for this value, then pass its JsonTypeInfo from a source-generated "
                + "JsonSerializerContext, which cannot register anonymous types";
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        string? options = null;
        var withoutFix = appOptions == HttpJsonOptionsUse.Configured
            ? "the app sets its HTTP JSON options in code (ConfigureHttpJsonOptions), so a context generated from the defaults could read "
                + "and write differently; give those options a source-generated TypeInfoResolver instead"
            : WhyNoFix(invocation, serialised, facts, model, context, out options);
        if (withoutFix is null)
        {
            properties = properties.Add(TypeProperty, JsonSerialization.TypeId(serialised!, context.Compilation)).Add(OptionsProperty, options);
        }
        else
        {
            advice += "; no automatic fix: " + withoutFix;
            properties = properties.Add(NoFixProperty, withoutFix);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ReflectionJsonSerialisation,
            RuleSupport.CallLocation(invocation),
            properties,
            type.Name + "." + invocation.TargetMethod.Name,
            serialised?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? "its value",
            advice));
    }

    // HttpRequestData.ReadFromJsonAsync / HttpResponseData.WriteAsJsonAsync in an app that keeps the worker's default
    // serializer: the fix is one setting in Program.cs, not at each call.
    private static void AnalyzeWorkerCall(OperationAnalysisContext context, CompilationFacts facts, SyntaxNode call, IMethodSymbol method)
    {
        if (!facts.Model(context.CancellationToken).IsServerlessProject)
        {
            return;
        }

        // An overload left for a call that does not compile has no type argument yet, only its type parameter.
        var serialised = method.IsGenericMethod && !SymbolEqualityComparer.Default.Equals(method.TypeArguments[0], method.TypeParameters[0])
            ? method.TypeArguments[0]
            : null;
        // A source-generated resolver cannot register an anonymous type: the value needs a named type first.
        var namedTypeFirst = serialised is { IsAnonymousType: true }
            ? "; declare a named type (a record) for this value, which a JsonSerializerContext cannot register as it is, then "
            : "; ";
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ReflectionJsonSerialisation,
            call.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(NoFixProperty, WorkerSerializerNoFix),
            method.ContainingType.Name + "." + method.Name,
            serialised?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? "its value",
            $"it uses {WorkerDefaultSerializerName}{namedTypeFirst}{WorkerSerializerAdvice}; no automatic fix: {WorkerSerializerNoFix}"));
    }

    // What a call of the worker's HTTP JSON helpers, or of a library member over them, serialises with, what to do about it,
    // and why no fix is offered at the call.
    private const string WorkerDefaultSerializerName = "the worker's default serializer (WorkerOptions.Serializer), a reflection-based JsonObjectSerializer";

    private const string WorkerSerializerAdvice =
        "in Program.cs set WorkerOptions.Serializer to a JsonObjectSerializer whose JsonSerializerOptions have a source-generated TypeInfoResolver";

    private const string WorkerSerializerNoFix = "the worker's serializer is chosen once for the app, not at this call";

    // System.Net.Http.Json falls back to JsonSerializerOptions.Web when it is given no options (or null).
    private static bool UsesWebDefaults(IInvocationOperation invocation, KnownTypes known)
    {
        var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Is(known.StjOptions) == true);
        return argument is null || argument.IsImplicit
            || argument.Value.WithoutConversions() is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation;
    }

    // System.Net.Http.Json's helpers, and ASP.NET Core's HttpRequest/HttpResponse ones, which use the web defaults too unless the
    // app's HTTP JSON options say otherwise.
    private static bool IsHttpJson(ITypeSymbol type, KnownTypes known)
        => type.Is(known.HttpClientJsonExtensions) || type.Is(known.HttpContentJsonExtensions) || IsAspNetHttpJson(type, known);

    private static bool IsAspNetHttpJson(ITypeSymbol type, KnownTypes known)
        => type.Is(known.AspNetRequestJsonExtensions) || type.Is(known.AspNetResponseJsonExtensions);

    /// <summary>Why COLD201 offers no fix for <c>new BinaryData(value)</c>: the JsonTypeInfo overload is a different member.</summary>
    internal const string BinaryDataConstructionNoFix =
        "the constructor has no JsonTypeInfo overload; write BinaryData.FromObjectAsJson(value, Context.Default.Type) instead";

    /// <summary>Why COLD201 offers no fix for <c>new JsonResult(value, options)</c>: the options are built elsewhere or inline.</summary>
    internal const string JsonResultConstructionNoFix =
        "JsonResult takes no JsonTypeInfo; give the options a source-generated JsonSerializerContext as their TypeInfoResolver";

    /// <summary>A construction that serialises its argument as JSON with reflection: how messages name it, the advice, why no fix.</summary>
    internal sealed record ReflectingConstruction(string Name, string Advice, string NoFix);

    private static readonly ReflectingConstruction BinaryDataConstruction = new(
        "new BinaryData", "pass the JsonTypeInfo of a source-generated JsonSerializerContext to BinaryData.FromObjectAsJson", BinaryDataConstructionNoFix);

    private static readonly ReflectingConstruction JsonResultConstruction = new(
        "new JsonResult", "serialise with options backed by a source-generated JsonSerializerContext", JsonResultConstructionNoFix);

    /// <summary>
    /// What a construction that serialises its argument with reflection is, or null: <c>new BinaryData(value)</c>
    /// (<see cref="IsReflectingBinaryDataConstruction"/>), or MVC's <c>new JsonResult(value, settings)</c> given
    /// System.Text.Json options built right there (or in a local) that no context backs, or Newtonsoft settings: the result
    /// serialises the value with them when it executes. A JsonResult without settings uses the app's JSON options, as every
    /// other MVC result does, and options handed in from elsewhere may be a context's.
    /// </summary>
    internal static ReflectingConstruction? ReflectingConstructionOf(
        IObjectCreationOperation creation, KnownTypes known, Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        if (IsReflectingBinaryDataConstruction(creation, known, semanticModels, cancellationToken))
        {
            return BinaryDataConstruction;
        }

        if (creation.Type is not { Name: "JsonResult" } result || result.ContainingNamespace?.ToDisplayString() != "Microsoft.AspNetCore.Mvc"
            || creation.Arguments.Length != 2)
        {
            return null;
        }

        var settings = creation.Arguments[1].Value.WithoutConversions();
        if (settings.Type?.ToDisplayString() == "Newtonsoft.Json.JsonSerializerSettings")
        {
            return JsonResultConstruction;
        }

        // Options the app hands in (injected, from IOptions<JsonOptions>) may well be a context's: only options built
        // right there, or in a local that is, are known not to be.
        var built = settings is ILocalReferenceOperation { Local: var local } ? LocalInitializer(local, creation.SemanticModel) : settings;
        return built is IObjectCreationOperation fresh && fresh.Type.Is(known.StjOptions)
            && !IsBackedByContext(fresh, known, semanticModels, 0, cancellationToken)
                ? JsonResultConstruction
                : null;
    }

    // The value a local is declared with, in the same tree.
    private static IOperation? LocalInitializer(ILocalSymbol local, SemanticModel? semanticModel)
    {
        return semanticModel is not null
            && local.DeclaringSyntaxReferences is { Length: 1 } declarations
            && declarations[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
            && value.SyntaxTree == semanticModel.SyntaxTree
                ? semanticModel.GetOperation(value)?.WithoutConversions()
                : null;
    }

    // `new ServiceBusMessage { Body = new BinaryData(order) }`: BinaryData's object constructor serialises the value with
    // System.Text.Json and the options given (the defaults when none), so with reflection unless they are a context's. The
    // overload that takes a JsonSerializerContext does not reflect. So does `new JsonResult(order, new JsonSerializerOptions())`.
    private static void AnalyzeConstruction(OperationAnalysisContext context, CompilationFacts facts)
    {
        var creation = (IObjectCreationOperation)context.Operation;

        // `new TaskRules(path)` where the library class's constructor loads its rules with reflection JSON.
        if (creation.Constructor is { } constructor
            && LibraryHazards.Called(creation, facts, RuleIds.ReflectionJsonSerialisation, context.CancellationToken) is { } library)
        {
            AnalyzeLibraryCall(context, facts, creation, constructor, library);
            return;
        }

        if (ReflectingConstructionOf(creation, facts.KnownTypes, facts.GetSemanticModel, context.CancellationToken) is not { } reflecting)
        {
            return;
        }

        var model = facts.Model(context.CancellationToken);
        if (!model.IsServerlessProject
            || (creation.SemanticModel is { } semanticModel
                && (model.IsInLocalHarness(creation.Syntax, semanticModel) || IsInDeadCode(creation.Syntax, semanticModel, model))))
        {
            return;
        }

        var serialised = creation.Arguments.FirstOrDefault()?.Value.WithoutConversions().Type;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ReflectionJsonSerialisation,
            creation.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(NoFixProperty, reflecting.NoFix),
            reflecting.Name,
            serialised?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? "its value",
            $"{reflecting.Advice}; no automatic fix: {reflecting.NoFix}"));
    }

    /// <summary>
    /// <c>new BinaryData(value)</c> or <c>new BinaryData(value, options)</c>: the constructor that serialises an object as JSON,
    /// without a JsonSerializerContext and with options that no context backs.
    /// </summary>
    internal static bool IsReflectingBinaryDataConstruction(
        IObjectCreationOperation creation, KnownTypes known, Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        return creation.Type.Is(known.BinaryData)
            && creation.Constructor is { Parameters: { Length: > 0 } parameters }
            && parameters[0].Type.SpecialType == SpecialType.System_Object
            && !parameters.Any(p => p.Type.DerivesFrom(known.StjContext))
            && !IsBackedByContext(
                creation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Is(known.StjOptions) == true)?.Value, known, semanticModels, 0, cancellationToken);
    }

    // `message.Body.ToObjectFromJson<Order>()`, `BinaryData.FromObjectAsJson(order)`: System.Text.Json with the options given
    // (the defaults when none), so with reflection unless a JsonTypeInfo is passed.
    private static bool IsBinaryDataJson(IMethodSymbol method, KnownTypes known)
        => method.Name is "ToObjectFromJson" or "FromObjectAsJson" && method.ContainingType.Is(known.BinaryData);

    // System.Memory.Data before 8.0 has no JsonTypeInfo overloads to rewrite the call to.
    private static bool HasJsonTypeInfoOverload(IMethodSymbol method, KnownTypes known)
        => method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Any(m => m.Parameters.Any(p => p.Type.DerivesFrom(known.StjTypeInfo)));

    // A call to a library member whose summary says it reads or writes with the worker's HTTP JSON helpers: the app's choice
    // of serializer decides, as at a direct call (a response helper of a shared library, `request.Ok(order)`). Only asked
    // in a project that references the worker and one of the solution's libraries that lists such a member.
    private static bool AnalyzeWorkerLibraryCall(
        OperationAnalysisContext context, CompilationFacts facts, IOperation call, Lazy<bool> workerSerializerChosen)
    {
        if (facts.KnownTypes.WorkerOptions is null
            || !facts.Libraries.SolutionLibrariesList(LibraryHazards.WorkerDefaultSerializer)
            || LibraryHazards.Called(call, facts, LibraryHazards.WorkerDefaultSerializer, context.CancellationToken) is not { } library)
        {
            return false;
        }

        if (!workerSerializerChosen.Value)
        {
            AnalyzeLibraryCall(context, facts, call, call.CalledMethod()!, library, throughWorkerSerializer: true);
        }

        return true;
    }

    // A call to a library member whose summary says it serialises with reflection: the fix belongs in the library.
    private static void AnalyzeLibraryCall(
        OperationAnalysisContext context, CompilationFacts facts, IOperation call, IMethodSymbol method, LibraryHazard library,
        bool throughWorkerSerializer = false)
    {
        if (!facts.Model(context.CancellationToken).IsServerlessProject
            || (call.SemanticModel is { } semanticModel && IsInExpressionTree(call.Syntax, semanticModel)))
        {
            return;
        }

        var reason = throughWorkerSerializer ? WorkerSerializerNoFix : "the reflection is in a referenced library";
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ReflectionJsonSerialisation,
            call.Syntax.GetLocation(),
            library.Properties(ImmutableDictionary<string, string?>.Empty.Add(NoFixProperty, reason)),
            call is IObjectCreationOperation ? "new " + library.MemberName : library.MemberName,
            // The type argument says what is serialised only when the call is to the library's own member (not MediatR's Send).
            method.IsGenericMethod && method.ContainingAssembly?.Name == library.Library
                ? method.TypeArguments[0].ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
                : "its value",
            $"it does so {LibraryHazards.Inside(library)}"
                + (throughWorkerSerializer
                    ? $", with {WorkerDefaultSerializerName}; {WorkerSerializerAdvice}"
                    : "; give that library a source-generated JsonSerializerContext and pass its JsonTypeInfo there")
                + $"; no automatic fix: {reason}"));
    }

    /// <summary>
    /// A System.Text.Json call without source-generated metadata (no JsonTypeInfo or context parameter, options not
    /// backed by a context), or a Newtonsoft.Json call: the one definition, also of what a library member's summary lists.
    /// </summary>
    internal static bool UsesReflection(
        IInvocationOperation invocation, KnownTypes known, Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type.Is(known.StjSerializer))
        {
            return IsSerialisationMethod(method.Name)
                && !TakesGeneratedMetadata(method, known)
                && !IsBackedByContext(
                    invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Is(known.StjOptions) == true)?.Value,
                    known,
                    semanticModels,
                    0,
                    cancellationToken);
        }

        // HttpClient.GetFromJsonAsync<T>, PostAsJsonAsync, HttpContent.ReadFromJsonAsync<T>, ...: every method of these
        // classes serialises; an overload without a JsonTypeInfo reflects, with the options given or the web defaults.
        // BinaryData's JSON methods likewise, with System.Text.Json's defaults.
        if (IsHttpJson(type, known) || IsBinaryDataJson(method, known))
        {
            return !TakesGeneratedMetadata(method, known)
                && !IsBackedByContext(
                    invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Is(known.StjOptions) == true)?.Value,
                    known,
                    semanticModels,
                    0,
                    cancellationToken);
        }

        // A Lambda serializer used by hand (`new JsonSerializer().Deserialize<T>(stream)`) reflects as it does for the runtime.
        return (JsonSerialization.IsReflectionLambdaSerializer(type, known) && JsonSerialization.SourceGeneratedContext(type, known) is null
                && method.Name is "Serialize" or "Deserialize")
            || IsReflectionOnlyMethod(method, known)
            || IsMvcNewtonsoftFormatting(method)
            || (type.Is(known.NewtonsoftSerializer) && method.Name is "Create" or "CreateDefault")
            || (type.DerivesFrom(known.NewtonsoftSerializer) && !method.IsStatic && method.Name is "Serialize" or "Deserialize" or "Populate"
                && !IsMadeByNewtonsoftFactory(invocation.Instance, known));
    }

    // MVC's registration of Newtonsoft.Json formatters: `services.AddControllers().AddNewtonsoftJson()`, or on ASP.NET Core 2.x,
    // whose MVC reads and writes bodies with Newtonsoft.Json alone, `AddMvc()` and `AddJsonFormatters()`. Every request and
    // response body of the controllers then goes through Newtonsoft's reflection-built contracts.
    private static bool IsMvcNewtonsoftFormatting(IMethodSymbol method)
        => method switch
        {
            { Name: "AddNewtonsoftJson", ContainingType.Name: "NewtonsoftJsonMvcBuilderExtensions" } => true,
            { Name: "AddMvc" or "AddJsonFormatters", ContainingAssembly.Identity: { Name: var assembly, Version.Major: 2 } }
                => assembly.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal),
            _ => false,
        };

    // `JsonSerializer.CreateDefault().Deserialize<T>(reader)`, or through a local it initialises: reported once, at the factory.
    private static bool IsMadeByNewtonsoftFactory(IOperation? instance, KnownTypes known)
    {
        var value = instance?.WithoutConversions();
        if (value is ILocalReferenceOperation { Local: var local }
            && local.DeclaringSyntaxReferences.Length == 1
            && local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var initializer }
            && value.SemanticModel?.GetOperation(initializer) is { } initial)
        {
            value = initial.WithoutConversions();
        }

        return value is IInvocationOperation { TargetMethod: { Name: "Create" or "CreateDefault" } factory }
            && factory.ContainingType.Is(known.NewtonsoftSerializer);
    }

    /// <summary>
    /// Why the code fix cannot rewrite this call, in words for the message; null when it can. The fix registers the
    /// type on a context at namespace level generated with the call's settings, so it needs a type such a context can
    /// name and settings known at compile time (<paramref name="options"/>, see <see cref="JsonGenerationOptions"/>).
    /// </summary>
    private static string? WhyNoFix(
        IInvocationOperation invocation,
        ITypeSymbol? serialised,
        CompilationFacts facts,
        HandlerModel model,
        OperationAnalysisContext context,
        out string? options)
    {
        options = null;
        var known = facts.KnownTypes;
        if (JsonSerialization.IsReflectionLambdaSerializer(invocation.TargetMethod.ContainingType, known))
        {
            return "the serializer object is yours to replace, and the context must register every type it reads and writes";
        }

        if (IsFlurlJson(invocation.TargetMethod))
        {
            return "Flurl serialises with the serializer of its settings, which the call does not name";
        }

        var httpJson = IsHttpJson(invocation.TargetMethod.ContainingType, known);
        var binaryData = IsBinaryDataJson(invocation.TargetMethod, known);
        if (binaryData && !HasJsonTypeInfoOverload(invocation.TargetMethod, known))
        {
            return "this version of System.Memory.Data has no JsonTypeInfo overload of BinaryData's JSON methods; update it to 8.0 or later";
        }

        if (!invocation.TargetMethod.ContainingType.Is(known.StjSerializer) && !httpJson && !binaryData)
        {
            return "moving from Newtonsoft.Json to System.Text.Json can change what is read and written";
        }

        if (serialised is null || serialised.SpecialType == SpecialType.System_Object || serialised.TypeKind == TypeKind.Error)
        {
            return "the serialised type is not known at compile time";
        }

        if (serialised.IsAnonymousType)
        {
            return "the value has an anonymous type";
        }

        if (JsonSerialization.ReachesUnresolvedType(serialised))
        {
            return $"'{serialised.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' reaches a type that does not resolve yet "
                + "(a package not restored), which the generated context would have to name";
        }

        if (!JsonSerialization.CanRegister(serialised, context.Compilation, context.Compilation.Assembly))
        {
            return $"a context at namespace level cannot name '{serialised.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' "
                + "(a private nested type, or a type that uses a type parameter)";
        }

        if (JsonSerialization.UnreachableConverterIn(serialised, context.Compilation, out var owner) is { } converter)
        {
            var named = serialised.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            return (SymbolEqualityComparer.Default.Equals(owner, serialised) ? $"'{named}'" : $"'{named}' reaches '{owner!.Name}', which")
                + $" names its own converter ('{converter.Name}'), which generated code cannot create, so System.Text.Json's generator "
                + "writes no metadata for it";
        }

        options = httpJson && UsesWebDefaults(invocation, known)
            ? JsonGenerationOptions.WebDefaults
            : JsonGenerationOptions.OfCall(invocation, known, model.GetSemanticModel, context.CancellationToken);
        return options is null
            ? "its JsonSerializerOptions are not known at compile time (a parameter, converters, a resolver, or options changed after "
                + "they are built); carry them into [JsonSourceGenerationOptions] by hand"
            : null;
    }

    private static bool IsSerialisationMethod(string name)
    {
        return name.StartsWith("Serialize", StringComparison.Ordinal) || name.StartsWith("Deserialize", StringComparison.Ordinal)
            || name.StartsWith("Populate", StringComparison.Ordinal);
    }

    /// <summary>The generic argument, else the typeof(...) argument, else the static type of the value.</summary>
    private static ITypeSymbol? SerialisedType(IInvocationOperation invocation, KnownTypes known)
    {
        if (invocation.TargetMethod.IsGenericMethod)
        {
            return invocation.TargetMethod.TypeArguments[0];
        }

        var typeArgument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Is(known.SystemType) == true)?.Value;
        if (typeArgument is ITypeOfOperation typeOf)
        {
            return typeOf.TypeOperand;
        }

        var value = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_Object)?.Value
            ?? invocation.Instance;
        return value?.WithoutConversions().Type;
    }

    /// <summary>
    /// Options that are provably backed by a source-generated context: <c>Ctx.Default.Options</c>, options whose
    /// TypeInfoResolver is a context, options copied from a context's, or a field/local initialised with one.
    /// </summary>
    private static bool IsBackedByContext(
        IOperation? options, KnownTypes known, Func<SyntaxTree, SemanticModel> semanticModels, int depth, CancellationToken cancellationToken)
    {
        options = options?.WithoutConversions();
        switch (options)
        {
            case IPropertyReferenceOperation { Property.Name: "Options" } property when property.Property.ContainingType.DerivesFrom(known.StjContext):
                return true;

            case IObjectCreationOperation creation when creation.Type.Is(known.StjOptions):
                return creation.Arguments.Any(a => IsBackedByContext(a.Value, known, semanticModels, depth, cancellationToken))
                    || (creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>().Any(a =>
                        a.Target is IPropertyReferenceOperation { Property.Name: "TypeInfoResolver" or "TypeInfoResolverChain" }
                            && ResolvesToContext(a.Value, known)) ?? false);

            case IFieldReferenceOperation or ILocalReferenceOperation or IPropertyReferenceOperation when depth < 2:
                var symbol = options switch
                {
                    IFieldReferenceOperation field => (ISymbol)field.Field,
                    ILocalReferenceOperation local => local.Local,
                    IPropertyReferenceOperation property => property.Property,
                    _ => null,
                };
                var initializer = symbol?.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).Select(InitializerOf)
                    .FirstOrDefault(v => v is not null);
                // A field of a referenced project may come with its source (the IDE), which is the other compilation's.
                if (initializer is null || options.SemanticModel?.Compilation.ContainsSyntaxTree(initializer.SyntaxTree) != true)
                {
                    return false;
                }

                var model = semanticModels(initializer.SyntaxTree);
                return IsBackedByContext(model.GetOperation(initializer, cancellationToken), known, semanticModels, depth + 1, cancellationToken);

            default:
                return false;
        }
    }

    private static bool ResolvesToContext(IOperation value, KnownTypes known)
    {
        value = value.WithoutConversions();
        return value.Type.DerivesFrom(known.StjContext) || value.Descendants().Any(d => d.Type.DerivesFrom(known.StjContext));
    }

    private static ExpressionSyntax? InitializerOf(SyntaxNode declaration)
    {
        return declaration switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
            _ => null,
        };
    }
}

using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Model;

/// <summary>The ways code becomes a serverless handler (docs/handlers.md).</summary>
internal enum HandlerKind
{
    LambdaContextParameter,
    LambdaFunctionAttribute,
    BootstrapDelegate,
    MinimalApiRoute,
    ColdStartHandlerAttribute,

    /// <summary>Named by a deployment file's handler string (<c>Assembly::Namespace.Type::Method</c>).</summary>
    DeploymentHandlerString,

    /// <summary>A public method whose only parameter is an <c>Amazon.Lambda.*Events</c> type (Powertools style).</summary>
    EventParameter,

    /// <summary>
    /// The <c>HandleAsync</c> of a Powertools batch record handler (<c>IRecordHandler&lt;TRecord&gt;</c>): the batch processor
    /// runs it for every record of an invocation.
    /// </summary>
    BatchRecordHandler,

    /// <summary>A method carrying <c>[LambdaSerializer]</c>: the runtime reads that attribute only on the handler it invokes.</summary>
    LambdaSerializerAttribute,

    /// <summary>A public action of a controller in an ASP.NET Core app that an Amazon.Lambda.AspNetCoreServer base class hosts.</summary>
    ControllerAction,

    /// <summary>A method carrying the Azure Functions isolated worker's <c>[Function("name")]</c> attribute.</summary>
    AzureFunction,

    /// <summary>The <c>Invoke</c> method of an Azure Functions worker middleware (<c>IFunctionsWorkerMiddleware</c>): runs on every invocation.</summary>
    AzureMiddleware,
}

/// <summary>
/// One handler: a method, or a lambda / local function handed to a host. <see cref="Body"/> is the
/// syntax that runs per invocation (a block or an expression).
/// </summary>
internal sealed class Handler
{
    public Handler(HandlerKind kind, string displayName, INamedTypeSymbol? handlerType, IMethodSymbol? method, SyntaxNode declaration, SyntaxNode body)
    {
        Kind = kind;
        DisplayName = displayName;
        HandlerType = handlerType;
        Method = method;
        Declaration = declaration;
        Body = body;
    }

    public HandlerKind Kind { get; }

    /// <summary>What messages call the handler: <c>Type.Method</c>, a local function or variable name.</summary>
    public string DisplayName { get; }

    /// <summary>The type whose initialisation is this handler's init path (for top-level code, the program type).</summary>
    public INamedTypeSymbol? HandlerType { get; }

    /// <summary>The handler method, when the handler is a method rather than a lambda.</summary>
    public IMethodSymbol? Method { get; }

    /// <summary>The method, local function or lambda syntax.</summary>
    public SyntaxNode Declaration { get; }

    public SyntaxNode Body { get; }
}

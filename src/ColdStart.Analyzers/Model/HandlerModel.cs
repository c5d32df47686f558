using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.Analyzers.Model;

/// <summary>How a type built for every invocation asks for a service (<see cref="HandlerModel.PerInvocationConsumerOf"/>).</summary>
internal enum ConsumedAs
{
    /// <summary>Its constructor takes it.</summary>
    ConstructorParameter,

    /// <summary>A Lambda Annotations function takes it as a <c>[FromServices]</c> parameter.</summary>
    FromServicesParameter,

    /// <summary>Code on the invoke path resolves it from a container.</summary>
    Resolved,
}

/// <summary>Which phase of a function's life a piece of code runs in.</summary>
[Flags]
internal enum CodePaths
{
    None = 0,

    /// <summary>Runs once while the execution environment initialises.</summary>
    Init = 1,

    /// <summary>Runs in a handler type's static constructor or static initialisers (implies <see cref="Init"/>).</summary>
    StaticInit = 2,

    /// <summary>Runs on every invocation.</summary>
    Invoke = 4,
}

/// <summary>
/// The handler model (docs/handlers.md): every handler of a compilation, its init path and its invoke path.
/// Shared by every rule through <see cref="CompilationFacts"/>. Discovery (<see cref="HandlerDiscovery"/>) runs
/// when the model is created and binds no method body; each path (<see cref="PathWalker"/>) is walked the first
/// time a question needs it, and a node in a handler method or in an init member is answered without any walk.
/// Everything published to the rules is read-only.
/// </summary>
internal sealed class HandlerModel
{
    private const CodePaths AnyInit = CodePaths.Init | CodePaths.StaticInit;

    private static readonly ConditionalWeakTable<Compilation, object> MayContainHandlersCache = new();

    private readonly Compilation _compilation;
    private readonly HandlerDiscovery _discovery;
    private readonly CompilationFacts _facts;
    private readonly object _walkLock = new();
    private PathMap? _initPath;
    private PathMap? _invokePath;
    private Dictionary<IMethodSymbol, List<IMethodSymbol>>? _implementations;
    private HashSet<string>? _computedPropertyNames;
    private readonly Lazy<bool> _isServerlessProject;
    private readonly Lazy<IMethodSymbol?> _entryPoint;
    private readonly Lazy<Dictionary<ITypeSymbol, Handler>> _resolvedOnInvokePath;
    private readonly Lazy<List<(INamedTypeSymbol Type, Handler Handler)>> _libraryMediatorHandlersOnInvokePath;
    private Dictionary<string, int>? _mentions;
    private readonly ConcurrentDictionary<INamedTypeSymbol, PathMap> _typeInitPaths = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _testOnlyConstructors = new(SymbolEqualityComparer.Default);

    private HandlerModel(Compilation compilation, CompilationFacts facts, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _facts = facts;
        Options = facts.Options;
        _discovery = HandlerDiscovery.Discover(compilation, facts, GetSemanticModel, cancellationToken);
        _isServerlessProject = new Lazy<bool>(() =>
            string.Equals(Options.AwsProjectType, "Lambda", StringComparison.OrdinalIgnoreCase)
            || compilation.ReferencedAssemblyNames.Any(
                a => a.Name == "Amazon.Lambda.RuntimeSupport" || a.Name.StartsWith("Amazon.Lambda.AspNetCoreServer", StringComparison.Ordinal))
            || (IsAzureFunctionsProject(compilation) && _discovery.InitRegions.Count > 0)
            || _discovery.HasAnyHandler);
        _resolvedOnInvokePath = new Lazy<Dictionary<ITypeSymbol, Handler>>(ResolvedOnInvokePath);
        _libraryMediatorHandlersOnInvokePath = new Lazy<List<(INamedTypeSymbol Type, Handler Handler)>>(LibraryMediatorHandlersOnInvokePath);
        _entryPoint = new Lazy<IMethodSymbol?>(() => compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
            ? compilation.GetEntryPoint(CancellationToken.None)
            : null);
    }

    public ColdStartOptions Options { get; }

    public Compilation Compilation => _compilation;

    /// <summary>Every handler of the compilation: enumerates all its types, so rules ask <see cref="HandlerFor"/> when they can.</summary>
    public IReadOnlyList<Handler> Handlers => _discovery.Handlers;

    /// <summary>The handler <paramref name="method"/> is, or null, decided for that method alone.</summary>
    public Handler? HandlerFor(IMethodSymbol method) => _discovery.HandlerFor(method);

    /// <summary>
    /// True for a function project: AWSProjectType=Lambda, a reference to the Lambda runtime or ASP.NET Core
    /// hosting packages, a reference to the Azure Functions worker, or at least one handler. A library that merely uses Lambda types is not one.
    /// </summary>
    public bool IsServerlessProject => _isServerlessProject.Value;

    /// <summary>Whether this compilation's own code holds or hosts a handler (not only a referenced project's).</summary>
    public bool HasAnyHandler => _discovery.HasAnyHandler;

    /// <summary>
    /// Whether the project runs something as a function: a handler of its own, or a program that starts a host (the
    /// Azure Functions worker, the Lambda runtime) whose handlers may live in a referenced library.
    /// </summary>
    public bool RunsFunctions => _discovery.InitRegions.Count > 0 || HasAnyHandler;

    /// <summary>
    /// Types the host constructs for every invocation (a hosted app's controllers, Azure function classes): what their constructors build is
    /// built per invocation, not wrapped in an object that some handler constructs.
    /// </summary>
    public bool IsConstructedPerInvocation(INamedTypeSymbol type) => _discovery.Controllers.ContainsKey(type.OriginalDefinition);

    /// <summary>
    /// Who builds <paramref name="service"/> for every invocation, with the handler concerned; null when nobody does (the
    /// container builds a transient service anew for each of them):
    /// <list type="bullet">
    /// <item>a type the host constructs for every invocation (a controller, an Azure function class) whose public constructor
    /// asks for it;</item>
    /// <item>a Lambda Annotations function whose <c>[FromServices]</c> parameter asks for it: the generated handler resolves it
    /// from the scope it opens for every invocation;</item>
    /// <item>code on the invoke path that resolves it from a container (<c>Services.GetRequiredService&lt;IReceipts&gt;()</c> in a
    /// class-library function that builds its own container).</item>
    /// </list>
    /// </summary>
    public (INamedTypeSymbol Consumer, Handler Handler, ConsumedAs How)? PerInvocationConsumerOf(ITypeSymbol service)
    {
        foreach (var pair in _discovery.Controllers)
        {
            if (ServiceRegistrations.TakesInConstructor(pair.Key, service))
            {
                return (pair.Key, pair.Value, ConsumedAs.ConstructorParameter);
            }
        }

        foreach (var handler in Handlers)
        {
            if (handler is { Kind: HandlerKind.LambdaFunctionAttribute, Method: { } method, HandlerType: { } type }
                && method.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type.OriginalDefinition, service.OriginalDefinition)
                    && p.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == FromServicesAttribute)))
            {
                return (type, handler, ConsumedAs.FromServicesParameter);
            }
        }

        if (MediatorConsumerOf(service) is { } mediated)
        {
            return (mediated.Type, mediated.Handler, ConsumedAs.ConstructorParameter);
        }

        return _resolvedOnInvokePath.Value.TryGetValue(service.OriginalDefinition, out var resolver) && resolver.HandlerType is { } resolving
            ? (resolving, resolver, ConsumedAs.Resolved)
            : null;
    }

    // A MediatR request or notification handler, or pipeline behaviour, of this compilation that takes the service in its
    // constructor and that a handler's invoke path dispatches to: MediatR resolves it (transient, as AddMediatR registers it)
    // for every Send or Publish, and the container builds what it takes with it.
    private (INamedTypeSymbol Type, Handler Handler)? MediatorConsumerOf(ITypeSymbol service)
    {
        foreach (var (_, implementation) in MediatorImplementations())
        {
            if (ServiceRegistrations.TakesInConstructor(implementation.ContainingType, service)
                && InvokePath(default).InvokeOrigins.TryGetValue(implementation.OriginalDefinition, out var handler))
            {
                return (implementation.ContainingType, handler);
            }
        }

        foreach (var (type, handler) in _libraryMediatorHandlersOnInvokePath.Value)
        {
            if (ServiceRegistrations.TakesInConstructor(type, service))
            {
                return (type, handler);
            }
        }

        return null;
    }

    // The request handlers of a referenced library (its Application project) for the requests that code on the invoke path
    // sends: `await _mediator.Send(new GetCustomer(id))` in a controller, with `GetCustomerHandler` beside the request.
    // Found once per compilation, the first time a transient client registration asks for its consumers.
    private List<(INamedTypeSymbol Type, Handler Handler)> LibraryMediatorHandlersOnInvokePath()
    {
        var found = new List<(INamedTypeSymbol Type, Handler Handler)>();
        var requests = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var handlersByAssembly = new Dictionary<IAssemblySymbol, List<(INamedTypeSymbol Handler, ITypeSymbol Request)>>(SymbolEqualityComparer.Default);
        var sent = CallsOnInvokePath("Send", "Publish", dispatch =>
            dispatch.Arguments.Length > 0
            && IsMediatorDispatch(dispatch.TargetMethod)
            && dispatch.Arguments[0].Value.WithoutConversions().Type is INamedTypeSymbol
                {
                    TypeKind: not TypeKind.Error, ContainingAssembly: { } library,
                } request
            && !SymbolEqualityComparer.Default.Equals(library, _compilation.Assembly)
            && !requests.Contains(request.OriginalDefinition)
                ? request.OriginalDefinition
                : null);
        foreach (var (request, handler) in sent)
        {
            requests.Add(request);
            if (!handlersByAssembly.TryGetValue(request.ContainingAssembly, out var handlers))
            {
                handlersByAssembly[request.ContainingAssembly] = handlers = MediatorHandlersIn(request.ContainingAssembly).ToList();
            }

            found.AddRange(handlers.Where(h => SymbolEqualityComparer.Default.Equals(h.Request, request)).Select(h => (h.Handler, handler)));
        }

        return found;
    }

    // What `select` finds in the calls named `first` or `second` of the project's own code that bind and run on the invoke
    // path, each with the first handler whose invocation runs it. The name is read from the syntax first: the on-demand scans
    // bind only the few calls that can be what they look for.
    private IEnumerable<(T Found, Handler Handler)> CallsOnInvokePath<T>(string first, string second, Func<IInvocationOperation, T?> select)
        where T : class
    {
        foreach (var tree in AppSyntaxTrees.Of(_compilation))
        {
            SemanticModel? semanticModel = null;
            foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (InvokedName(call) is not { } name || (name != first && name != second))
                {
                    continue;
                }

                semanticModel ??= GetSemanticModel(tree);
                if (semanticModel.GetOperation(call) is IInvocationOperation operation
                    && select(operation) is { } found
                    && (Classify(call, semanticModel, CodePaths.Invoke) & CodePaths.Invoke) != 0
                    && InvokingHandler(call, semanticModel) is { } handler)
                {
                    yield return (found, handler);
                }
            }
        }
    }

    // The classes of an assembly that implement a MediatR handler interface, each with the request it handles (the request's
    // own assembly: an Application project keeps its requests beside their handlers). Read once per assembly.
    private static IEnumerable<(INamedTypeSymbol Handler, ITypeSymbol Request)> MediatorHandlersIn(IAssemblySymbol assembly)
    {
        foreach (var type in AllTypes(assembly.GlobalNamespace))
        {
            if (type is not { TypeKind: TypeKind.Class, IsAbstract: false })
            {
                continue;
            }

            foreach (var handled in type.AllInterfaces)
            {
                if (handled.Name is "IRequestHandler" or "INotificationHandler" && handled.TypeArguments.Length > 0
                    && handled.ContainingNamespace is { Name: "MediatR", ContainingNamespace.IsGlobalNamespace: true })
                {
                    yield return (type, handled.TypeArguments[0].OriginalDefinition);
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            yield return type;
            foreach (var nested in type.GetTypeMembers())
            {
                yield return nested;
            }
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in AllTypes(child))
            {
                yield return type;
            }
        }
    }

    // The services that code on the invoke path resolves from a container, each with the first handler that does; found once
    // per compilation, the first time a transient client registration asks.
    private Dictionary<ITypeSymbol, Handler> ResolvedOnInvokePath()
    {
        var resolved = new Dictionary<ITypeSymbol, Handler>(SymbolEqualityComparer.Default);
        var resolutions = CallsOnInvokePath("GetService", "GetRequiredService", resolution =>
            ServiceRegistrations.ResolvedService(resolution, _facts.KnownTypes)?.OriginalDefinition is { } service && !resolved.ContainsKey(service)
                ? service
                : null);
        foreach (var (service, handler) in resolutions)
        {
            resolved[service] = handler;
        }

        return resolved;
    }

    private const string FromServicesAttribute = "Amazon.Lambda.Annotations.FromServicesAttribute";

    /// <summary>Methods that start the init path although nothing in the project calls them (startup classes, host-building overrides).</summary>
    internal bool IsStartupMethod(IMethodSymbol method) => _discovery.IsStartupMethod(method);

    /// <summary>Whether a question has needed the invoke path's walk yet (for tests of the on-demand design).</summary>
    internal bool IsInvokePathWalked => Volatile.Read(ref _invokePath) is not null;

    /// <summary>Whether a question has needed the init path's walk yet.</summary>
    internal bool IsInitPathWalked => Volatile.Read(ref _initPath) is not null;

    /// <summary>Returns the model of <paramref name="compilation"/>, building it on first use.</summary>
    public static HandlerModel GetOrCreate(Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        return CompilationFacts.For(compilation, analyzerOptions).Model(cancellationToken);
    }

    /// <summary>
    /// A cheap test, answered once per compilation and shared by every rule before it registers work: can this
    /// compilation contain a handler at all? AWSProjectType=Lambda, Lambda types, our attribute, or the ASP.NET Core
    /// Lambda hosting extension; never a test project (<c>IsTestProject</c>, which Microsoft.NET.Test.Sdk sets), which
    /// sees the function's packages through its reference to the function and is never deployed.
    /// </summary>
    public static bool MayContainHandlers(Compilation compilation, AnalyzerOptions options)
    {
        return (bool)MayContainHandlersCache.GetValue(compilation, c => ComputeMayContainHandlers(c, options));
    }

    private static bool ComputeMayContainHandlers(Compilation compilation, AnalyzerOptions options)
    {
        if (IsTestProject(options.AnalyzerConfigOptionsProvider.GlobalOptions))
        {
            return false;
        }

        return (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.AWSProjectType", out var projectType)
                && string.Equals(projectType, "Lambda", StringComparison.OrdinalIgnoreCase))
            || compilation.GetTypeByMetadataName("Amazon.Lambda.Core.ILambdaContext") is not null
            || compilation.GetTypeByMetadataName("Amazon.Lambda.Annotations.LambdaFunctionAttribute") is not null
            || compilation.GetTypeByMetadataName("Amazon.Lambda.RuntimeSupport.LambdaBootstrapBuilder") is not null
            || compilation.GetTypeByMetadataName("ColdStart.ColdStartHandlerAttribute") is not null
            || compilation.ReferencedAssemblyNames.Any(a => a.Name.StartsWith("Amazon.Lambda.AspNetCoreServer", StringComparison.Ordinal))
            || compilation.ContainsSymbolsWithName("AddAWSLambdaHosting", SymbolFilter.Member)
            || IsAzureFunctionsProject(compilation);
    }

    /// <summary>
    /// A test project: Microsoft.NET.Test.Sdk sets <c>IsTestProject</c>, which the package makes visible. Not a project that
    /// declares itself a deployed function (<c>AWSProjectType</c> Lambda, an Azure Functions <c>AzureFunctionsVersion</c>)
    /// under a name that is not a test project's: that is what gets deployed, a stray test package in it or not.
    /// </summary>
    public static bool IsTestProject(AnalyzerConfigOptions globalOptions)
    {
        if (!globalOptions.TryGetValue("build_property.IsTestProject", out var isTestProject)
            || !string.Equals(isTestProject, "true", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var deployed = (globalOptions.TryGetValue("build_property.AWSProjectType", out var projectType)
                && string.Equals(projectType, "Lambda", StringComparison.OrdinalIgnoreCase))
            || (globalOptions.TryGetValue("build_property.AzureFunctionsVersion", out var functionsVersion) && functionsVersion.Length > 0);
        var namedAsTests = globalOptions.TryGetValue("build_property.MSBuildProjectName", out var name)
            && (name.EndsWith("Test", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Tests", StringComparison.OrdinalIgnoreCase));
        return !deployed || namedAsTests;
    }

    /// <summary>
    /// True for an Azure Functions (isolated worker) project: it references Microsoft.Azure.Functions.Worker, whose
    /// <c>[Function]</c> attribute marks its handlers. Lambda-only rules stay off in such a project and Azure-only rules
    /// stay off everywhere else.
    /// </summary>
    public static bool IsAzureFunctionsProject(Compilation compilation)
    {
        return compilation.GetTypeByMetadataName(MetadataNames.AzureFunctionAttribute) is not null;
    }

    /// <summary>The handlers whose init path is the initialisation of <paramref name="type"/>.</summary>
    public IEnumerable<Handler> HandlersOf(INamedTypeSymbol type)
    {
        return _discovery.HandlersOf(type);
    }

    /// <summary>
    /// True when <paramref name="node"/> is in the program's entry point (<c>Main</c>, top-level statements) and that program
    /// hosts no handler while the project has some: a harness that runs the function locally (<c>new Function().Handle(
    /// testEvent, new TestLambdaContext())</c>, a Kestrel <c>Program</c> beside an <c>APIGatewayProxyFunction</c>). Lambda
    /// never runs it. Not what the entry point calls, which the function may share.
    /// </summary>
    public bool IsInLocalHarness(SyntaxNode node, SemanticModel semanticModel)
    {
        if (!HasAnyHandler || IsAzureFunctionsProject(_compilation) || _entryPoint.Value is not { } entryPoint
            || _discovery.InitRegions.Any(r => r.Tree == node.SyntaxTree && r.Span.Contains(node.SpanStart)))
        {
            return false;
        }

        var enclosing = semanticModel.GetEnclosingSymbol(node.SpanStart);
        while (enclosing is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction } nested)
        {
            enclosing = nested.ContainingSymbol;
        }

        return SymbolEqualityComparer.Default.Equals(enclosing, entryPoint);
    }

    /// <summary>
    /// True for dead code: a method of the project that is not public, not a handler, overrides or implements nothing, and
    /// whose name no code of the compilation mentions (a helper whose only call was commented out). Names are compared,
    /// not symbols, so a mention of any member of that name keeps it alive; the project's names are collected once.
    /// </summary>
    public bool IsNeverCalled(IMethodSymbol method)
    {
        if (method.DeclaredAccessibility == Accessibility.Public || method.MethodKind != MethodKind.Ordinary || method.IsImplicitlyDeclared
            || SymbolEqualityComparer.Default.Equals(method, _entryPoint.Value) || method.IsOverride
            || method.ExplicitInterfaceImplementations.Length > 0 || HandlerFor(method) is not null || !method.GetAttributes().IsEmpty)
        {
            return false;
        }

        return MentionsOf(method.Name) == 0;
    }

    /// <summary>
    /// How many times the project's code names <paramref name="name"/> (a type, member or local referred to by that simple
    /// name); the project's names are counted once per compilation. Namespace names (in <c>using Azure.Storage.Blobs;</c> and
    /// namespace declarations) are not mentions: a holder's <c>Blobs</c> property is not read by them.
    /// </summary>
    public int MentionsOf(string name)
    {
        var mentions = Volatile.Read(ref _mentions);
        if (mentions is null)
        {
            mentions = new Dictionary<string, int>(StringComparer.Ordinal);
            var names = AppSyntaxTrees.Of(_compilation)
                .SelectMany(t => t.GetRoot().DescendantNodes(node => !IsNamespaceName(node)))
                .OfType<SimpleNameSyntax>()
                .Where(n => !IsNamespaceName(n));
            foreach (var mentioned in names)
            {
                mentions.TryGetValue(mentioned.Identifier.ValueText, out var count);
                mentions[mentioned.Identifier.ValueText] = count + 1;
            }

            Volatile.Write(ref _mentions, mentions);
        }

        return mentions.TryGetValue(name, out var found) ? found : 0;
    }

    // `using Azure.Storage.Blobs;` (not an alias or a `using static`, which name a type) and a namespace declaration's name.
    private static bool IsNamespaceName(SyntaxNode node)
        => (node is UsingDirectiveSyntax { Alias: null } directive && directive.StaticKeyword.IsKind(SyntaxKind.None))
            || (node.Parent is BaseNamespaceDeclarationSyntax declaration && declaration.Name == node);

    /// <summary>The handlers that run in the program whose top-level code or Main contains <paramref name="node"/>.</summary>
    public IEnumerable<Handler> HandlersOfProgram(SyntaxNode node)
    {
        var region = _discovery.InitRegions.FirstOrDefault(r => r.Tree == node.SyntaxTree && r.Span.Contains(node.SpanStart));
        return region is null ? Enumerable.Empty<Handler>() : region.Handlers;
    }

    /// <summary>
    /// Where <paramref name="node"/> runs, among the <paramref name="wanted"/> paths: init path, static init,
    /// invoke path, several or none. Asking only for what a rule needs lets a path that does not matter stay unwalked.
    /// </summary>
    public CodePaths Classify(SyntaxNode node, SemanticModel semanticModel, CodePaths wanted)
    {
        var deferred = false;
        if (node.AncestorsAndSelf().Any(RunsOnlyOffTheFunction))
        {
            return CodePaths.None;
        }

        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax when IsInvokeRoot(current, cancellationToken: default):
                    return CodePaths.Invoke & wanted;

                case LocalFunctionStatementSyntax localFunction:
                    return PathsOf(semanticModel.GetDeclaredSymbol(localFunction) as IMethodSymbol, deferred, wanted);

                case AnonymousFunctionExpressionSyntax lambda when !IsRunImmediately(lambda, semanticModel):
                    // A lambda only runs when something calls it: on the init path it is deferred work.
                    deferred = true;
                    break;

                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                    return PathsOf(semanticModel.GetDeclaredSymbol(current) as IMethodSymbol, deferred, wanted);

                case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax } arrow:
                    var property = semanticModel.GetDeclaredSymbol(arrow.Parent!) as IPropertySymbol;
                    return PathsOf(property?.GetMethod, deferred, wanted);

                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } declarator }:
                    return deferred ? CodePaths.None : InitializerPaths(semanticModel.GetDeclaredSymbol(declarator)) & wanted;

                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax propertyDeclaration }:
                    return deferred ? CodePaths.None : InitializerPaths(semanticModel.GetDeclaredSymbol(propertyDeclaration)) & wanted;

                // One of the statements before the host runs, also in a block nested in the program (`try { ...; app.Run(); }`).
                // A statement inside a route's lambda reaches the lambda first, on the way up.
                case StatementSyntax statement when !deferred && IsInitRegionStatement(statement):
                    return CodePaths.Init & wanted;

                case BaseTypeDeclarationSyntax or CompilationUnitSyntax:
                    return CodePaths.None;
            }
        }

        return CodePaths.None;
    }

    /// <summary>
    /// True when init code hands <paramref name="storage"/> to another object: a constructor or method argument
    /// (<c>new OrderRepository(_dynamo)</c>, <c>services.AddSingleton(client)</c>), an initializer, or another
    /// variable. The handler then uses the client through that object, which counts as using it.
    /// </summary>
    public bool EscapesDuringInit(ISymbol storage)
    {
        var scopes = storage is ILocalSymbol
            ? storage.DeclaringSyntaxReferences.Select(r => r.GetSyntax().SyntaxTree.GetRoot())
            : storage.ContainingType.DeclaringSyntaxReferences.Select(r => r.GetSyntax());
        foreach (var scope in scopes)
        {
            SemanticModel? semanticModel = null;
            foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText != storage.Name || !IsHandedOver(identifier))
                {
                    continue;
                }

                // Invoke first: a hand-over inside a handler is answered without walking the init path.
                semanticModel ??= GetSemanticModel(identifier.SyntaxTree);
                if (SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier).Symbol?.OriginalDefinition, storage.OriginalDefinition)
                    && Classify(identifier, semanticModel, CodePaths.Invoke) == CodePaths.None
                    && Classify(identifier, semanticModel, CodePaths.Init) != CodePaths.None)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsHandedOver(IdentifierNameSyntax identifier)
    {
        var reference = identifier.WithThisQualifier();
        return reference.Parent switch
        {
            ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } } => false,
            ArgumentSyntax => true,
            InitializerExpressionSyntax => true,
            EqualsValueClauseSyntax => true,
            AssignmentExpressionSyntax assignment => assignment.Right == reference && assignment.Left is not IdentifierNameSyntax { Identifier.ValueText: "_" },
            _ => false,
        };
    }

    /// <summary>The handler whose invocation reaches <paramref name="node"/>, for messages.</summary>
    public Handler? InvokingHandler(SyntaxNode node, SemanticModel semanticModel)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (_discovery.DelegateHandlers.TryGetValue(current, out var handler))
            {
                return handler;
            }

            if (current is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax
                && InvokePath(default).InvokeRoots.TryGetValue(current, out handler))
            {
                return handler;
            }

            var declared = current switch
            {
                BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => semanticModel.GetDeclaredSymbol(current) as IMethodSymbol,
                ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax } arrow
                    => (semanticModel.GetDeclaredSymbol(arrow.Parent!) as IPropertySymbol)?.GetMethod,
                _ => null,
            };
            if (declared is { } method)
            {
                return _discovery.HandlerFor(method)
                    ?? (InvokePath(default).InvokeOrigins.TryGetValue(method.OriginalDefinition, out handler) ? handler : null);
            }

            if (current is TypeDeclarationSyntax && semanticModel.GetDeclaredSymbol(current) is INamedTypeSymbol type)
            {
                // An instance initialiser of a controller: the action that MVC constructs the controller for.
                return _discovery.Controllers.TryGetValue(type.OriginalDefinition, out handler) ? handler : null;
            }
        }

        return null;
    }

    public SemanticModel GetSemanticModel(SyntaxTree tree) => _facts.GetSemanticModel(tree);

    internal static HandlerModel Build(Compilation compilation, CompilationFacts facts, CancellationToken cancellationToken)
    {
        return new HandlerModel(compilation, facts, cancellationToken);
    }

    // A node in a handler method is on the invoke path without any walk; in a constructor or startup method of an
    // init type it is on the init path. The other path, and every other method, needs that path's walk.
    private CodePaths PathsOf(IMethodSymbol? method, bool deferred, CodePaths wanted)
    {
        if (method is null)
        {
            return CodePaths.None;
        }

        if (deferred)
        {
            wanted &= CodePaths.Invoke;
        }

        var paths = CodePaths.None;
        if ((wanted & CodePaths.Invoke) != 0)
        {
            paths |= _discovery.HandlerFor(method) is not null
                ? CodePaths.Invoke
                : InvokePath(default).PathsOf(method) & CodePaths.Invoke;
        }

        if ((wanted & AnyInit) != 0)
        {
            var root = InitRootPaths(method);
            if ((wanted & AnyInit & ~root) == 0)
            {
                paths |= root;
            }
            else if (_discovery.HandlerFor(method) is { HandlerType: { } handlerType })
            {
                // A handler runs during init only when its own type's initialisation (or the program before its host
                // starts) calls it, to prime it: that type's init path is enough, not the project's.
                paths |= root | (TypeInitPath(handlerType).PathsOf(method) & AnyInit);
            }
            else
            {
                paths |= InitPath(default).PathsOf(method) & AnyInit;
            }
        }

        return paths & wanted;
    }

    // Constructors and startup methods of init types start the init path; whether something else on it calls them
    // (and adds static init) is the walk's business.
    private CodePaths InitRootPaths(IMethodSymbol method)
    {
        if (!_discovery.IsInitType(method.ContainingType))
        {
            return CodePaths.None;
        }

        return method.MethodKind switch
        {
            MethodKind.StaticConstructor => CodePaths.Init | CodePaths.StaticInit,
            // An Azure function class is built for every invocation: its constructor is invoke path, not init.
            MethodKind.Constructor when IsConstructedPerInvocation(method.ContainingType) || IsOnlyForTests(method) => CodePaths.None,
            MethodKind.Constructor => CodePaths.Init,
            MethodKind.Ordinary when _discovery.IsStartupMethod(method) => CodePaths.Init,
            _ => CodePaths.None,
        };
    }

    /// <summary>
    /// The Lambda runtime builds a class-library handler type with its public parameterless constructor. Another one
    /// (`public Function(IAmazonS3 s3)`, which the AWS templates write for unit tests) is not init code, unless the
    /// parameterless one chains to a constructor of its own (then all stay, to be safe). Not for types that dependency
    /// injection builds (Lambda Annotations, Azure function classes, controllers): the container picks the constructor
    /// with parameters.
    /// </summary>
    internal bool IsOnlyForTests(IMethodSymbol constructor)
    {
        // Asked for every operation in a constructor: decided once per constructor.
        return constructor.MethodKind == MethodKind.Constructor && !constructor.Parameters.IsEmpty
            && _testOnlyConstructors.GetOrAdd(constructor.OriginalDefinition, DecideOnlyForTests);
    }

    private bool DecideOnlyForTests(IMethodSymbol constructor)
    {
        var type = constructor.ContainingType;
        if (type.InstanceConstructors.FirstOrDefault(c => c.Parameters.IsEmpty && c.DeclaredAccessibility == Accessibility.Public) is not { } used
            || used.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<ConstructorDeclarationSyntax>()
                .Any(d => d.Initializer is { ThisOrBaseKeyword.ValueText: "this" }))
        {
            return false;
        }

        var handlers = _discovery.HandlersOf(type);
        return handlers.Count > 0 && handlers.All(h => SymbolEqualityComparer.Default.Equals(h.HandlerType, type)
            && h.Kind is HandlerKind.LambdaContextParameter or HandlerKind.EventParameter or HandlerKind.DeploymentHandlerString
                or HandlerKind.LambdaSerializerAttribute or HandlerKind.BatchRecordHandler);
    }

    private bool IsInvokeRoot(SyntaxNode node, CancellationToken cancellationToken)
    {
        return _discovery.DelegateHandlers.ContainsKey(node) || InvokePath(cancellationToken).InvokeRoots.ContainsKey(node);
    }

    private PathMap InitPath(CancellationToken cancellationToken) => Walked(ref _initPath, PathWalker.WalkInitPath, cancellationToken);

    private PathMap TypeInitPath(INamedTypeSymbol type)
    {
        return _typeInitPaths.GetOrAdd(type.OriginalDefinition, t => PathWalker.WalkInitPath(
            this,
            new[] { t },
            _discovery.InitRegions.Where(r => r.Handlers.Any(h => SymbolEqualityComparer.Default.Equals(h.HandlerType, t))),
            CancellationToken.None));
    }

    private PathMap InvokePath(CancellationToken cancellationToken) => Walked(ref _invokePath, PathWalker.WalkInvokePath, cancellationToken);

    // One walk per path, shared by every caller; a cancelled walk is not kept.
    private PathMap Walked(ref PathMap? path, Func<HandlerModel, HandlerDiscovery, CancellationToken, PathMap> walk, CancellationToken cancellationToken)
    {
        return BuiltOnce.Get(ref path, _walkLock, () => walk(this, _discovery, cancellationToken));
    }

    private CodePaths InitializerPaths(ISymbol? member)
    {
        if (member?.ContainingType is not { } type)
        {
            return CodePaths.None;
        }

        if (!member.IsStatic && IsConstructedPerInvocation(type))
        {
            return CodePaths.Invoke;
        }

        if (!_discovery.IsInitType(type))
        {
            return CodePaths.None;
        }

        return member.IsStatic ? CodePaths.Init | CodePaths.StaticInit : CodePaths.Init;
    }

    private bool IsInitRegionStatement(StatementSyntax statement)
    {
        foreach (var region in _discovery.InitRegions)
        {
            if (region.Tree == statement.SyntaxTree && region.Span.Contains(statement.SpanStart) && region.Statements.Contains(statement))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a call through an interface, abstract or virtual member can land in this compilation: a handler
    /// calling <c>IOrderRepository.SaveAsync</c> runs the repository class's method.
    /// </summary>
    internal IReadOnlyList<IMethodSymbol> ImplementationsOf(IMethodSymbol method)
    {
        // Only members declared here or in an assembly without a strong name (the solution's own class library that
        // declares IOrderRepository, which the function implements): a call into the framework's or the AWS SDK's virtual
        // methods must not make the model index every type of the project.
        if (!(method.IsAbstract || method.IsVirtual || method.IsOverride || method.ContainingType.TypeKind == TypeKind.Interface)
            || !(IsInThisCompilation(method) || method.ContainingAssembly is { Identity.HasPublicKey: false }))
        {
            return Array.Empty<IMethodSymbol>();
        }

        _implementations ??= BuildImplementations();
        return _implementations.TryGetValue(method.OriginalDefinition, out var implementations) ? implementations
            : (IReadOnlyList<IMethodSymbol>)Array.Empty<IMethodSymbol>();
    }

    private static readonly string[] MediatorHandlerInterfaces =
    {
        "MediatR.IRequestHandler`1", "MediatR.IRequestHandler`2", "MediatR.INotificationHandler`1", "MediatR.IPipelineBehavior`2",
    };

    /// <summary>
    /// MediatR's <c>Send</c> or <c>Publish</c> (on <c>ISender</c>, <c>IPublisher</c>, <c>IMediator</c> or <c>Mediator</c>):
    /// the type of the request it is given picks the handlers that run inside the call.
    /// </summary>
    internal static bool IsMediatorDispatch(IMethodSymbol method)
    {
        return method is { Name: "Send" or "Publish", ContainingType: { Name: "ISender" or "IPublisher" or "IMediator" or "Mediator" } mediator }
            && mediator.ContainingNamespace is { Name: "MediatR", ContainingNamespace.IsGlobalNamespace: true };
    }

    /// <summary>
    /// The <c>Handle</c> methods in this compilation that MediatR runs for <c>mediator.Send(request)</c> or
    /// <c>Publish(request)</c> when the request is of type <paramref name="request"/>: its request or notification handlers,
    /// and the pipeline behaviours, which wrap every request.
    /// </summary>
    internal IEnumerable<IMethodSymbol> MediatorHandlersOf(ITypeSymbol request)
    {
        foreach (var (handlerInterface, implementation) in MediatorImplementations())
        {
            if (handlerInterface.Name == "IPipelineBehavior"
                || implementation.ContainingType.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, handlerInterface)
                    && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], request)))
            {
                yield return implementation;
            }
        }
    }

    // The Handle methods of this compilation that implement one of MediatR's handler or behaviour interfaces, each with it.
    private IEnumerable<(INamedTypeSymbol Interface, IMethodSymbol Implementation)> MediatorImplementations()
    {
        _implementations ??= BuildImplementations();
        foreach (var name in MediatorHandlerInterfaces)
        {
            if (_compilation.GetTypeByMetadataName(name) is not { } handlerInterface
                || handlerInterface.GetMembers("Handle").FirstOrDefault() is not IMethodSymbol handle
                || !_implementations.TryGetValue(handle, out var implementations))
            {
                continue;
            }

            foreach (var implementation in implementations)
            {
                yield return (handlerInterface, implementation);
            }
        }
    }

    private Dictionary<IMethodSymbol, List<IMethodSymbol>> BuildImplementations()
    {
        var map = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        void Add(IMethodSymbol declared, IMethodSymbol implementation)
        {
            if (!map.TryGetValue(declared.OriginalDefinition, out var list))
            {
                map[declared.OriginalDefinition] = list = new List<IMethodSymbol>();
            }

            list.Add(implementation);
        }

        foreach (var type in HandlerDiscovery.SourceTypes(_compilation.Assembly.GlobalNamespace))
        {
            if (type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct)
            {
                continue;
            }

            foreach (var @interface in type.AllInterfaces)
            {
                foreach (var member in @interface.GetMembers().OfType<IMethodSymbol>())
                {
                    if (type.FindImplementationForInterfaceMember(member) is IMethodSymbol implementation && IsInThisCompilation(implementation))
                    {
                        Add(member, implementation);
                    }
                }
            }

            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                {
                    Add(overridden, method);
                }
            }
        }

        return map;
    }

    // Symbols of a referenced project's compilation are "in source" too, but their syntax is not ours to bind.
    private bool IsInThisCompilation(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly);

    /// <summary>Names of the source properties whose getter runs code (expression-bodied or with a body): the walker follows reads of them.</summary>
    internal HashSet<string> ComputedPropertyNames => _computedPropertyNames ??= new HashSet<string>(
        HandlerDiscovery.SourceTypes(_compilation.Assembly.GlobalNamespace)
            .SelectMany(t => t.GetMembers().OfType<IPropertySymbol>())
            .Where(p => p.GetMethod is { } getter && BodyOf(getter) is not null)
            .Select(p => p.Name),
        StringComparer.Ordinal);

    /// <summary>
    /// Lambdas handed to LINQ operators, List&lt;T&gt;/Array helpers or Parallel run before the call returns
    /// (LINQ is deferred, but an init path materialises it right away in practice), and so do configuration
    /// callbacks: an <c>Action</c> handed to an <c>Add*</c>/<c>Configure*</c>/<c>Use*</c>/<c>Create*</c> method
    /// (<c>services.AddMediatR(cfg =&gt; ...)</c>, <c>LoggerFactory.Create(b =&gt; ...)</c>). They share the caller's
    /// path instead of being deferred work. Factories (<c>Func</c>) stay deferred: DI calls them on resolution, and so do
    /// options configurations (<see cref="IsOptionsConfiguration"/>).
    /// </summary>
    internal static bool IsRunImmediately(AnonymousFunctionExpressionSyntax lambda, SemanticModel semanticModel)
    {
        return IsRunImmediately((ExpressionSyntax)lambda, semanticModel);
    }

    internal static bool IsRunImmediately(ExpressionSyntax argumentValue, SemanticModel semanticModel)
    {
        // A call in the lambda that does not bind (a package not restored) leaves the call taking it unbound, with its one
        // method as the candidate: `ConfigureServices(services => { ...; services.AddVendorTelemetry(); })` still runs it.
        if (argumentValue.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } argument)
        {
            return false;
        }

        var info = semanticModel.GetSymbolInfo(invocation);
        if ((info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null)) is not IMethodSymbol method)
        {
            return false;
        }

        var type = method.ContainingType.OriginalDefinition;
        var ns = type.ContainingNamespace?.ToDisplayString();
        if ((ns == "System.Linq" && type.Name is "Enumerable" or "ParallelEnumerable")
            || (ns == "System.Collections.Generic" && type.Name == "List")
            || (ns == "System" && type.Name == "Array")
            || (ns == "System.Threading.Tasks" && type.Name == "Parallel"))
        {
            return true;
        }

        return (IsConfigurationMethod(method.Name) || IsOpenTelemetrySignal(method, ns))
            && (semanticModel.GetTypeInfo(argumentValue).ConvertedType ?? ParameterTypeOf(method, argument)) is INamedTypeSymbol
                { TypeKind: TypeKind.Delegate } callback
            && callback.ContainingNamespace?.ToDisplayString() == "System"
            && callback.Name == "Action"
            && !IsOptionsConfiguration(method, callback);
    }

    // The type of the parameter an argument is passed to: by its name, else by its position.
    private static ITypeSymbol? ParameterTypeOf(IMethodSymbol method, ArgumentSyntax argument)
    {
        if (argument.NameColon is { Name.Identifier.ValueText: var name })
        {
            return method.Parameters.FirstOrDefault(p => p.Name == name)?.Type;
        }

        var index = ((ArgumentListSyntax)argument.Parent!).Arguments.IndexOf(argument);
        return index < method.Parameters.Length ? method.Parameters[index].Type : null;
    }

    /// <summary>
    /// The options pattern: <c>services.Configure&lt;T&gt;(o =&gt; ...)</c>, <c>AddSwaggerGen(c =&gt; ...)</c>, <c>AddCors(o =&gt; ...)</c>,
    /// <c>AddJwtBearer(o =&gt; ...)</c> store the callback as an options configuration, which runs when the options are first
    /// resolved (often on the first request that needs them), not during the registration. Recognised as an <c>Action</c> of
    /// a type named <c>*Options</c> handed to an <c>Add*</c>/<c>Configure*</c>/<c>PostConfigure*</c> method of the
    /// framework's (Microsoft.Extensions, Microsoft.AspNetCore) or Swashbuckle's registration helpers.
    /// </summary>
    private static bool IsOptionsConfiguration(IMethodSymbol method, INamedTypeSymbol callback)
    {
        if (callback.TypeArguments.Length != 1 || !callback.TypeArguments[0].Name.EndsWith("Options", StringComparison.Ordinal)
            || method.Name.StartsWith("Use", StringComparison.Ordinal) || method.Name.StartsWith("Create", StringComparison.Ordinal))
        {
            return false;
        }

        var ns = method.ContainingType.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || ns.StartsWith("Swashbuckle.", StringComparison.Ordinal);
    }

    // OpenTelemetry's `services.AddOpenTelemetry().WithTracing(b => ...)` (and WithMetrics, WithLogging) calls the callback
    // before it returns, to register the provider's sources and exporters.
    private static bool IsOpenTelemetrySignal(IMethodSymbol method, string? ns)
    {
        return method.Name is "WithTracing" or "WithMetrics" or "WithLogging"
            && ns is not null && (ns == "OpenTelemetry" || ns.StartsWith("OpenTelemetry.", StringComparison.Ordinal));
    }

    private static bool IsConfigurationMethod(string name)
    {
        return name.StartsWith("Add", StringComparison.Ordinal) || name.StartsWith("Configure", StringComparison.Ordinal)
            || name.StartsWith("Use", StringComparison.Ordinal) || name.StartsWith("Create", StringComparison.Ordinal);
    }

    /// <summary>The method an argument names as a method group (a candidate when the call itself does not bind).</summary>
    internal static IMethodSymbol? MethodGroup(ExpressionSyntax argumentValue, SemanticModel semanticModel)
    {
        var info = semanticModel.GetSymbolInfo(argumentValue);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        return symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } method ? method : null;
    }

    internal static AnonymousFunctionExpressionSyntax? DelegateInitializer(ISymbol symbol)
        => DelegateInitializerValue(symbol) as AnonymousFunctionExpressionSyntax;

    /// <summary>
    /// What a delegate variable or field is initialised with, casts taken off: a lambda, or a method group
    /// (<c>Func&lt;Request, ILambdaContext, Task&lt;Response&gt;&gt; handler = FunctionHandler;</c>). Null without an initialiser.
    /// </summary>
    internal static ExpressionSyntax? DelegateInitializerValue(ISymbol symbol)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                // `var factory = (Func<string, AmazonS3Client>)(url => new AmazonS3Client(...))`: the cast only types the lambda.
                while (value is CastExpressionSyntax or ParenthesizedExpressionSyntax)
                {
                    value = value is CastExpressionSyntax cast ? cast.Expression : ((ParenthesizedExpressionSyntax)value).Expression;
                }

                return value;
            }
        }

        return null;
    }

    /// <summary>The declaration and executable body of a source method, constructor or local function.</summary>
    internal static (SyntaxNode Declaration, SyntaxNode Body)? BodyOf(IMethodSymbol method)
    {
        var definition = method.PartialImplementationPart ?? method.OriginalDefinition;
        foreach (var reference in definition.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            SyntaxNode? body = syntax switch
            {
                BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
                LocalFunctionStatementSyntax f => (SyntaxNode?)f.Body ?? f.ExpressionBody,
                AccessorDeclarationSyntax a => (SyntaxNode?)a.Body ?? a.ExpressionBody,
                ArrowExpressionClauseSyntax arrow => arrow,
                _ => null,
            };
            if (body is not null)
            {
                return (syntax, body);
            }
        }

        return null;
    }

    /// <summary>
    /// True for the statement an <c>if (environment.IsDevelopment())</c> runs: a developer's machine runs it, a deployed
    /// function never (Lambda sets no environment name, so the host's is Production; Azure sets Production). So is what
    /// runs only off Lambda: the branch of <c>if (!isLambda)</c> (a flag read from <c>AWS_LAMBDA_FUNCTION_NAME</c> or another
    /// variable Lambda sets) and the <c>else</c> of <c>if (isLambda)</c>.
    /// </summary>
    internal static bool RunsOnlyOffTheFunction(SyntaxNode node)
    {
        switch (node)
        {
            case StatementSyntax { Parent: IfStatementSyntax guard } branch when guard.Statement == branch:
                return IsOffTheFunctionCheck(guard.Condition, guard);
            case StatementSyntax { Parent: ElseClauseSyntax { Parent: IfStatementSyntax onLambda } }:
                return IsOnLambdaCheck(onLambda.Condition, onLambda, 0);
            default:
                return false;
        }
    }

    // Lambda sets these in every function's environment (a developer's machine does not): a check of one is a check of
    // "running in Lambda".
    private static readonly HashSet<string> LambdaEnvironmentVariables = new(StringComparer.Ordinal)
    {
        "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
    };

    // `env.IsDevelopment()`, a check that the code is not running in Lambda (`!isLambda`,
    // `Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME") == null`), or either of those and more (`&&`).
    private static bool IsOffTheFunctionCheck(ExpressionSyntax condition, SyntaxNode context)
    {
        return condition switch
        {
            InvocationExpressionSyntax call when InvokedName(call) == "IsDevelopment" => true,
            ParenthesizedExpressionSyntax inner => IsOffTheFunctionCheck(inner.Expression, context),
            BinaryExpressionSyntax both when both.IsKind(SyntaxKind.LogicalAndExpression) =>
                IsOffTheFunctionCheck(both.Left, context) || IsOffTheFunctionCheck(both.Right, context),
            _ => IsOffLambdaCheck(condition, context, 0),
        };
    }

    private static bool IsOffLambdaCheck(ExpressionSyntax condition, SyntaxNode context, int depth) => condition switch
    {
        ParenthesizedExpressionSyntax inner => IsOffLambdaCheck(inner.Expression, context, depth),
        PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression) => IsOnLambdaCheck(not.Operand, context, depth),
        BinaryExpressionSyntax equals when equals.IsKind(SyntaxKind.EqualsExpression) => ComparesLambdaVariableWithNull(equals.Left, equals.Right),
        IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax literal } } test
            when literal.IsKind(SyntaxKind.NullLiteralExpression) => ReadsLambdaVariable(test.Expression),
        InvocationExpressionSyntax empty when InvokedName(empty) is "IsNullOrEmpty" or "IsNullOrWhiteSpace" =>
            empty.ArgumentList.Arguments.Count == 1 && ReadsLambdaVariable(empty.ArgumentList.Arguments[0].Expression),
        IdentifierNameSyntax flag when depth == 0 && NamesTheHost(flag) => FlagInitializer(flag, context) is { } value && IsOffLambdaCheck(value, context, 1),
        _ => false,
    };

    private static bool IsOnLambdaCheck(ExpressionSyntax condition, SyntaxNode context, int depth) => condition switch
    {
        ParenthesizedExpressionSyntax inner => IsOnLambdaCheck(inner.Expression, context, depth),
        PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression) => IsOffLambdaCheck(not.Operand, context, depth),
        BinaryExpressionSyntax differs when differs.IsKind(SyntaxKind.NotEqualsExpression) => ComparesLambdaVariableWithNull(differs.Left, differs.Right),
        IsPatternExpressionSyntax { Pattern: UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax literal } } } test
            when literal.IsKind(SyntaxKind.NullLiteralExpression) => ReadsLambdaVariable(test.Expression),
        IdentifierNameSyntax flag when depth == 0 && NamesTheHost(flag) => FlagInitializer(flag, context) is { } value && IsOnLambdaCheck(value, context, 1),
        _ => false,
    };

    // Only a flag whose name says what it tracks (`isLambda`, `runningLocally`) is looked up: the check runs for every
    // statement under an `if` on the paths' walks, and most conditions are about the invocation's data.
    private static bool NamesTheHost(IdentifierNameSyntax flag)
        => flag.Identifier.ValueText.IndexOf("Lambda", StringComparison.OrdinalIgnoreCase) >= 0
            || flag.Identifier.ValueText.IndexOf("Local", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool ComparesLambdaVariableWithNull(ExpressionSyntax left, ExpressionSyntax right)
        => (right.IsKind(SyntaxKind.NullLiteralExpression) && ReadsLambdaVariable(left))
            || (left.IsKind(SyntaxKind.NullLiteralExpression) && ReadsLambdaVariable(right));

    private static bool ReadsLambdaVariable(ExpressionSyntax expression)
        => expression is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } read
            && InvokedName(read) == "GetEnvironmentVariable"
            && arguments[0].Expression is LiteralExpressionSyntax name && LambdaEnvironmentVariables.Contains(name.Token.ValueText);

    // `var isLambda = ...;` in the method around the check, or `static readonly bool IsLambda = ...;` in its type: the value
    // the flag holds, when it is assigned only there.
    private static ExpressionSyntax? FlagInitializer(IdentifierNameSyntax flag, SyntaxNode context)
    {
        var name = flag.Identifier.ValueText;
        var scope = (SyntaxNode?)context.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() ?? context.FirstAncestorOrSelf<CompilationUnitSyntax>();
        var local = scope?.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or TypeDeclarationSyntax))
            .OfType<LocalDeclarationStatementSyntax>()
            .SelectMany(declaration => declaration.Declaration.Variables)
            .FirstOrDefault(variable => variable.Identifier.ValueText == name);
        var field = local is null
            ? context.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.Members.OfType<FieldDeclarationSyntax>()
                .Where(declaration => declaration.Modifiers.Any(SyntaxKind.ReadOnlyKeyword) || declaration.Modifiers.Any(SyntaxKind.ConstKeyword))
                .SelectMany(declaration => declaration.Declaration.Variables)
                .FirstOrDefault(variable => variable.Identifier.ValueText == name)
            : null;
        var declarator = local ?? field;
        if (declarator?.Initializer?.Value is not { } value)
        {
            return null;
        }

        // A local the method assigns again may no longer hold the check.
        return local is not null && scope!.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Any(assignment => assignment.Left is IdentifierNameSyntax assigned && assigned.Identifier.ValueText == name)
                ? null
                : value;
    }

    internal static string? InvokedName(InvocationExpressionSyntax invocation)
    {
        return invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
    }
}

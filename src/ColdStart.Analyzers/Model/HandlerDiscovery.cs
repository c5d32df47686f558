using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// Finds a compilation's handlers (docs/handlers.md) and the roots of its init path: handler methods from their
/// symbols (attributes, an <c>ILambdaContext</c> or event parameter, deployment-file handler strings), delegates
/// handed to the Lambda bootstrap or mapped as minimal-API routes, the actions of an ASP.NET Core app that a Lambda
/// base class hosts, the types whose initialisation is init code, and the statements of an executable that run
/// before its host starts. Symbol-level facts plus one syntax pass over executables and hosting projects; no method
/// body is bound here, except the calls named like a method that takes an <c>ILambdaContext</c>, to tell a helper that
/// is handed its caller's context from an entry point.
/// </summary>
internal sealed class HandlerDiscovery
{
    // What Amazon.Lambda.AspNetCoreServer's base constructor calls to build and start the host.
    private static readonly ImmutableHashSet<string> HostBuildingMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Init", "CreateHostBuilder", "CreateWebHostBuilder", "PostCreateHost", "PostCreateWebHost");

    private readonly Compilation _compilation;
    private readonly KnownTypes _knownTypes;
    private readonly ImmutableHashSet<(string TypeName, string MethodName)> _deployedHandlers;
    private readonly Func<SyntaxTree, SemanticModel> _semanticModels;
    private readonly bool _isLambdaExecutable;
    private readonly List<Handler> _hostedHandlers = new();
    private readonly HashSet<SyntaxNode> _declarations = new();
    private readonly Dictionary<SyntaxNode, Handler> _delegateHandlers = new();
    private readonly HashSet<INamedTypeSymbol> _programTypes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _hostingEntryTypes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _startupTypes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, Handler> _controllers = new(SymbolEqualityComparer.Default);
    private readonly List<InitRegion> _initRegions = new();
    private readonly ConcurrentDictionary<IMethodSymbol, Handler?> _methodHandlers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, IReadOnlyList<Handler>> _typeHandlers = new(SymbolEqualityComparer.Default);
    private readonly Lazy<IReadOnlyList<Handler>> _allHandlers;
    private readonly Lazy<IReadOnlyCollection<INamedTypeSymbol>> _allInitTypes;
    private readonly Lazy<Dictionary<string, List<InvocationExpressionSyntax>>> _invocationsByName;
    private readonly Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>> _derivedTypes;
    private readonly Lazy<HashSet<INamedTypeSymbol>> _registeredHostedServices;
    private readonly Lazy<HashSet<INamedTypeSymbol>> _graphQlRootTypes;

    private HandlerDiscovery(Compilation compilation, CompilationFacts facts, Func<SyntaxTree, SemanticModel> semanticModels)
    {
        _compilation = compilation;
        _knownTypes = facts.KnownTypes;
        _deployedHandlers = facts.DeployedHandlers;
        _semanticModels = semanticModels;
        // Most functions are class libraries with AWSProjectType=Lambda: only an executable can be a minimal API.
        _isLambdaExecutable = string.Equals(facts.Options.AwsProjectType, "Lambda", StringComparison.OrdinalIgnoreCase)
            && compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication;
        _allHandlers = new Lazy<IReadOnlyList<Handler>>(AllHandlers);
        _allInitTypes = new Lazy<IReadOnlyCollection<INamedTypeSymbol>>(() => SourceTypes(_compilation.Assembly.GlobalNamespace).Where(IsInitType).ToList());
        _invocationsByName = new Lazy<Dictionary<string, List<InvocationExpressionSyntax>>>(IndexInvocationsByName);
        _derivedTypes = new Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>>(IndexDerivedTypes);
        _registeredHostedServices = new Lazy<HashSet<INamedTypeSymbol>>(FindRegisteredHostedServices);
        _graphQlRootTypes = new Lazy<HashSet<INamedTypeSymbol>>(FindGraphQlRootTypes);
    }

    /// <summary>Every handler of the compilation (enumerates all its types on first use).</summary>
    public IReadOnlyList<Handler> Handlers => _allHandlers.Value;

    /// <summary>Handlers that are lambdas or delegates (bootstrap, routes), by their declaration.</summary>
    public IReadOnlyDictionary<SyntaxNode, Handler> DelegateHandlers => _delegateHandlers;

    /// <summary>Every type whose construction and static initialisation are init code (enumerates all types on first use).</summary>
    public IReadOnlyCollection<INamedTypeSymbol> InitTypes => _allInitTypes.Value;

    public IReadOnlyList<InitRegion> InitRegions => _initRegions;

    /// <summary>
    /// The types the host constructs for every invocation, each with its first handler (for messages): the controllers
    /// of a hosted app (MVC constructs one per request) and the classes of Azure Functions with instance methods (the
    /// worker's function activator constructs one per invocation), so their constructors and instance initialisers
    /// run per invocation.
    /// </summary>
    public IReadOnlyDictionary<INamedTypeSymbol, Handler> Controllers => _controllers;

    /// <summary>
    /// Whether the compilation has a handler at all: the hosted ones, else the first method handler found. Most
    /// projects answer on their first types, without enumerating the rest.
    /// </summary>
    public bool HasAnyHandler => _hostedHandlers.Count > 0 || SourceTypes(_compilation.Assembly.GlobalNamespace).Any(t => HandlersOf(t).Count > 0);

    public static HandlerDiscovery Discover(
        Compilation compilation, CompilationFacts facts, Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        var discovery = new HandlerDiscovery(compilation, facts, semanticModels);
        discovery.DiscoverHostedApp(cancellationToken);
        discovery.DiscoverHostedHandlers(cancellationToken);
        discovery.DiscoverAzureFunctions(cancellationToken);
        return discovery;
    }

    /// <summary>
    /// The handler <paramref name="method"/> is, or null; decided for that method alone, on first question, so an
    /// edit in one document does not make the model look at the whole project.
    /// </summary>
    public Handler? HandlerFor(IMethodSymbol method)
    {
        return _methodHandlers.GetOrAdd(
            method.OriginalDefinition,
            m => DirectHandler(m) ?? _hostedHandlers.FirstOrDefault(h => SymbolEqualityComparer.Default.Equals(h.Method, m)) ?? InheritedDeployedHandler(m));
    }

    /// <summary>The handlers whose init path is the initialisation of <paramref name="type"/>.</summary>
    public IReadOnlyList<Handler> HandlersOf(INamedTypeSymbol type)
    {
        return _typeHandlers.GetOrAdd(type.OriginalDefinition, t =>
        {
            var seen = new HashSet<SyntaxNode>();
            return t.GetMembers().OfType<IMethodSymbol>().Select(m => DirectHandler(m) is not null ? HandlerFor(m) : null).OfType<Handler>()
                .Concat(DeployedInheritedHandlers(t))
                .Concat(_hostedHandlers.Where(h => SymbolEqualityComparer.Default.Equals(h.HandlerType, t)))
                .Concat(DerivedTypesOf(t).SelectMany(HandlersOf))
                .Where(h => seen.Add(h.Declaration))
                .ToList();
        });
    }

    // Constructing a handler type runs its base classes' constructors and initialisers: a base class of the project is
    // initialised for the handlers of every type that derives from it.
    private IEnumerable<INamedTypeSymbol> DerivedTypesOf(INamedTypeSymbol type)
    {
        return type.TypeKind == TypeKind.Class && !type.IsSealed && !type.IsStatic && _derivedTypes.Value.TryGetValue(type, out var derived)
            ? derived
            : Enumerable.Empty<INamedTypeSymbol>();
    }

    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> IndexDerivedTypes()
    {
        var index = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
        foreach (var type in SourceTypes(_compilation.Assembly.GlobalNamespace))
        {
            if (type.BaseType?.OriginalDefinition is { } baseType && IsInThisCompilation(baseType))
            {
                if (!index.TryGetValue(baseType, out var derived))
                {
                    index[baseType] = derived = new List<INamedTypeSymbol>();
                }

                derived.Add(type.OriginalDefinition);
            }
        }

        return index;
    }

    /// <summary>
    /// Types whose construction and static initialisation are init code: handler types, startup classes, programs,
    /// configuration providers, which configuration builds (and loads) once, when the function starts, and hosted services
    /// the app's host starts.
    /// </summary>
    public bool IsInitType(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        return _programTypes.Contains(type)
            || _startupTypes.Contains(type)
            || type.HasAttribute(_knownTypes.LambdaStartupAttribute)
            || IsConfigurationProvider(type)
            || IsStartedHostedService(type)
            || HandlersOf(type).Count > 0;
    }

    /// <summary>
    /// A class of the project that implements <c>IHostedService</c> itself (not through <c>BackgroundService</c>, whose
    /// work runs beside the host) and that <c>AddHostedService&lt;T&gt;()</c> registers in a project that runs a host (an
    /// Azure Functions or minimal-API program, a hosted ASP.NET Core app). The host builds it and awaits its
    /// <c>StartAsync</c> while it starts, before the app serves (the Azure worker: while its first invocations wait for the
    /// start-up to finish), so both are init code.
    /// </summary>
    private bool IsStartedHostedService(INamedTypeSymbol type)
    {
        return _knownTypes.HostedService is { } hostedService
            && type.TypeKind == TypeKind.Class && !type.IsAbstract
            && (_initRegions.Count > 0 || _programTypes.Count > 0)
            && type.AllInterfaces.Contains(hostedService, SymbolEqualityComparer.Default)
            && !type.DerivesFrom(_knownTypes.BackgroundService)
            && _registeredHostedServices.Value.Contains(type);
    }

    private HashSet<INamedTypeSymbol> FindRegisteredHostedServices()
    {
        var registered = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        if (!_invocationsByName.Value.TryGetValue("AddHostedService", out var registrations))
        {
            return registered;
        }

        foreach (var registration in registrations.Where(r => !IsRegisteredOnlyOffTheFunction(r)))
        {
            var semanticModel = _semanticModels(registration.SyntaxTree);
            // AddHostedService<T>() and AddHostedService<T>(factory) come with IHostedService (Hosting.Abstractions): both bind.
            if (semanticModel.GetSymbolInfo(registration).Symbol is IMethodSymbol { TypeArguments.Length: 1 } method
                && method.TypeArguments[0] is INamedTypeSymbol named && IsInThisCompilation(named))
            {
                registered.Add(named.OriginalDefinition);
            }
        }

        return registered;
    }

    // Hot Chocolate's root and extension types (`.AddQueryType<Query>()`, `.AddMutationType<Mutation>()`,
    // `.AddTypeExtension<UserQueries>()`): the GraphQL server resolves a request's fields by calling their public methods.
    private static readonly string[] GraphQlTypeRegistrations = { "AddQueryType", "AddMutationType", "AddSubscriptionType", "AddTypeExtension" };

    private HashSet<INamedTypeSymbol> FindGraphQlRootTypes()
    {
        var registered = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in GraphQlTypeRegistrations)
        {
            if (!_invocationsByName.Value.TryGetValue(name, out var registrations))
            {
                continue;
            }

            foreach (var registration in registrations)
            {
                if (_semanticModels(registration.SyntaxTree).GetSymbolInfo(registration).Symbol is IMethodSymbol { TypeArguments.Length: 1 } method
                    && method.ContainingAssembly?.Name.StartsWith("HotChocolate", StringComparison.Ordinal) == true
                    && method.TypeArguments[0] is INamedTypeSymbol named && IsInThisCompilation(named))
                {
                    registered.Add(named.OriginalDefinition);
                }
            }
        }

        return registered;
    }

    // `[ExtendObjectType("Query")]`, `[QueryType]`, `[MutationType]`: the attributes by which Hot Chocolate finds resolver classes.
    private static bool IsAttributedGraphQlType(INamedTypeSymbol type)
        => type.GetAttributes().Any(a => a.AttributeClass is { Name: "ExtendObjectTypeAttribute" or "QueryTypeAttribute" or "MutationTypeAttribute"
                or "SubscriptionTypeAttribute" } attribute
            && attribute.ContainingNamespace?.ToDisplayString().StartsWith("HotChocolate", StringComparison.Ordinal) == true);

    // `if (environment.IsDevelopment()) services.AddHostedService<Seeder>();`: a developer's machine starts it, a function never.
    private static bool IsRegisteredOnlyOffTheFunction(SyntaxNode node) => node.Ancestors().Any(HandlerModel.RunsOnlyOffTheFunction);

    private bool IsConfigurationProvider(INamedTypeSymbol type)
        => type.TypeKind == TypeKind.Class && !type.IsAbstract && type.DerivesFrom(_knownTypes.ConfigurationProvider);

    /// <summary>
    /// Ordinary methods that run while the function initialises although no code of the project calls them: every
    /// method of a <c>[LambdaStartup]</c> class, the <c>Configure*</c> methods of a hosted app's Startup (public static ones
    /// too, which ASP.NET Core's startup loader calls as well), the
    /// overrides through which the hosting base class's constructor builds the host (<c>Init</c>, <c>CreateHostBuilder</c>...),
    /// a configuration provider's <c>Load</c> override, which <c>Build()</c> of the configuration (or of the host) calls, and
    /// the <c>StartAsync</c> of a hosted service the host starts.
    /// </summary>
    public bool IsStartupMethod(IMethodSymbol method)
    {
        var type = method.ContainingType.OriginalDefinition;
        return method.MethodKind == MethodKind.Ordinary
            && (type.HasAttribute(_knownTypes.LambdaStartupAttribute)
                || (method.Name.StartsWith("Configure", StringComparison.Ordinal) && (!method.IsStatic || method.DeclaredAccessibility == Accessibility.Public)
                    && _startupTypes.Contains(type))
                || (method.IsOverride && HostBuildingMethods.Contains(method.Name) && _hostingEntryTypes.Contains(type))
                || (method.IsOverride && method.Name == "Load" && method.Parameters.IsEmpty && IsConfigurationProvider(type))
                || (!method.IsStatic && method.Name == "StartAsync" && method.Parameters.Length == 1 && IsStartedHostedService(type)));
    }

    private List<Handler> AllHandlers()
    {
        var seen = new HashSet<SyntaxNode>();
        return _hostedHandlers.Concat(SourceTypes(_compilation.Assembly.GlobalNamespace).SelectMany(HandlersOf)).Where(h => seen.Add(h.Declaration)).ToList();
    }

    // Forms 1, 2 and 5: methods recognised by their signature or attributes. Compiler-generated members (a record's
    // Equals, PrintMembers, property accessors...) are never handlers.
    private Handler? DirectHandler(IMethodSymbol method)
    {
        if (method is not { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsImplicitlyDeclared: false } || !IsInThisCompilation(method))
        {
            return null;
        }

        var type = method.ContainingType;
        HandlerKind? kind = null;
        if (method.HasAttribute(_knownTypes.ColdStartHandlerAttribute))
        {
            kind = HandlerKind.ColdStartHandlerAttribute;
        }
        else if (!_deployedHandlers.IsEmpty && _deployedHandlers.Contains((FullName(type), method.Name)))
        {
            kind = HandlerKind.DeploymentHandlerString;
        }
        else if (method.HasAttribute(_knownTypes.LambdaFunctionAttribute))
        {
            kind = HandlerKind.LambdaFunctionAttribute;
        }
        else if (_knownTypes.LambdaContext is not null && TakesContextAsAHandler(method) && !IsHandedACallersContext(method))
        {
            kind = HandlerKind.LambdaContextParameter;
        }
        else if (method.DeclaredAccessibility == Accessibility.Public && method.Parameters.Length == 1 && IsLambdaEvent(method.Parameters[0].Type))
        {
            kind = HandlerKind.EventParameter;
        }
        else if (JsonSerialization.LambdaSerializerAttribute(method.GetAttributes(), _knownTypes) is not null)
        {
            kind = HandlerKind.LambdaSerializerAttribute;
        }
        else if (IsBatchRecordHandler(method))
        {
            kind = HandlerKind.BatchRecordHandler;
        }
        else if (method.HasAttribute(_knownTypes.AzureFunctionAttribute))
        {
            kind = HandlerKind.AzureFunction;
        }
        else if (IsAzureMiddlewareInvoke(method))
        {
            kind = HandlerKind.AzureMiddleware;
        }

        return kind is { } handlerKind && HandlerModel.BodyOf(method) is { } declaration
            ? new Handler(handlerKind, type.Name + "." + method.Name, type, method, declaration.Declaration, declaration.Body)
            : null;
    }

    // Powertools' batch processing (`[BatchProcessor(RecordHandler = typeof(OrderRecordHandler))]`, or
    // `SqsBatchProcessor.Instance.ProcessAsync(evt, handler)`) calls the record handler's HandleAsync for each record.
    private static bool IsBatchRecordHandler(IMethodSymbol method)
    {
        if (method.Name != "HandleAsync")
        {
            return false;
        }

        foreach (var contract in method.ContainingType.AllInterfaces)
        {
            if (contract is { Name: "IRecordHandler", TypeArguments.Length: 1 }
                && contract.ContainingNamespace.ToDisplayString() == "AWS.Lambda.Powertools.BatchProcessing"
                && contract.GetMembers("HandleAsync").FirstOrDefault() is { } member
                && SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method))
            {
                return true;
            }
        }

        return false;
    }

    // The runtime calls a handler with at most two arguments, the context last: `Handle(order, context)`, `Handle(context)`.
    // A method that takes the context among more (`SendAsync(request, context, plainText)`) is a service its caller hands
    // the context to.
    private bool TakesContextAsAHandler(IMethodSymbol method)
    {
        return method.Parameters.Length is 1 or 2
            && SymbolEqualityComparer.Default.Equals(method.Parameters[method.Parameters.Length - 1].Type, _knownTypes.LambdaContext);
    }

    // A helper that takes the context its caller was given (`Archive(order, context)` inside the real handler) is part of
    // that handler's work, not an entry point of its own: the runtime calls a handler, the project's code does not. Only
    // the calls spelled with the method's name are bound, and only for methods that take a context.
    private bool IsHandedACallersContext(IMethodSymbol method)
    {
        if (!_invocationsByName.Value.TryGetValue(method.Name, out var invocations))
        {
            return false;
        }

        foreach (var invocation in invocations)
        {
            var semanticModel = _semanticModels(invocation.SyntaxTree);
            if (semanticModel.GetSymbolInfo(invocation).Symbol is IMethodSymbol target
                && Implements(method, target.OriginalDefinition, invocation.Expression is MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax })
                && invocation.ArgumentList.Arguments.Any(argument => semanticModel.GetSymbolInfo(argument.Expression).Symbol is IParameterSymbol parameter
                    && SymbolEqualityComparer.Default.Equals(parameter.Type, _knownTypes.LambdaContext)))
            {
                return true;
            }
        }

        return false;
    }

    // The call binds to the method itself, to an interface member it implements, or to a member it overrides (a virtual
    // call reaches the override); `base.Handler(request, context)` in an override reaches the base method only.
    private static bool Implements(IMethodSymbol method, IMethodSymbol target, bool isBaseCall)
    {
        if (SymbolEqualityComparer.Default.Equals(target, method.OriginalDefinition))
        {
            return true;
        }

        if (isBaseCall)
        {
            return false;
        }

        if (target.ContainingType.TypeKind == TypeKind.Interface)
        {
            var implementation = method.ContainingType.FindImplementationForInterfaceMember(target);
            return SymbolEqualityComparer.Default.Equals(implementation?.OriginalDefinition, method.OriginalDefinition);
        }

        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, target))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGenerated(SyntaxTree tree)
    {
        return tree.FilePath.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)
            || tree.FilePath.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase)
            || tree.GetRoot().GetLeadingTrivia().Any(trivia => trivia.ToString().Contains("<auto-generated"));
    }

    private Dictionary<string, List<InvocationExpressionSyntax>> IndexInvocationsByName()
    {
        var index = new Dictionary<string, List<InvocationExpressionSyntax>>(StringComparer.Ordinal);

        // Generated code calls the handlers it wraps with the context it was given ([Prewarm]'s entry point, Lambda
        // Annotations' wrappers): the user's method stays the handler.
        foreach (var tree in _compilation.SyntaxTrees.Where(tree => !IsGenerated(tree)))
        {
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (HandlerModel.InvokedName(invocation) is { } name
                    && (invocation.ArgumentList.Arguments.Count > 0 || name == "AddHostedService" || GraphQlTypeRegistrations.Contains(name)))
                {
                    if (!index.TryGetValue(name, out var list))
                    {
                        index[name] = list = new List<InvocationExpressionSyntax>();
                    }

                    list.Add(invocation);
                }
            }
        }

        return index;
    }

    // A handler string may name a method the handler type inherits from a base class in the same compilation.
    private IEnumerable<Handler> DeployedInheritedHandlers(INamedTypeSymbol type)
    {
        if (_deployedHandlers.IsEmpty)
        {
            yield break;
        }

        var typeName = FullName(type);
        foreach (var (deployedType, methodName) in _deployedHandlers)
        {
            if (deployedType != typeName || type.GetMembers(methodName).OfType<IMethodSymbol>().Any(m => DirectHandler(m) is not null))
            {
                continue;
            }

            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                var inherited = baseType.GetMembers(methodName).OfType<IMethodSymbol>()
                    .FirstOrDefault(m => m.MethodKind == MethodKind.Ordinary && !m.IsAbstract);
                if (inherited is not null && IsInThisCompilation(inherited) && HandlerModel.BodyOf(inherited) is { } declaration)
                {
                    yield return new Handler(
                        HandlerKind.DeploymentHandlerString, type.Name + "." + methodName, type, inherited, declaration.Declaration, declaration.Body);
                    break;
                }
            }
        }
    }

    // A base-class method is a handler when a handler string names it through a derived type.
    private Handler? InheritedDeployedHandler(IMethodSymbol method)
    {
        foreach (var (typeName, methodName) in _deployedHandlers)
        {
            if (methodName == method.Name
                && _compilation.GetTypeByMetadataName(typeName) is { } deployed
                && !SymbolEqualityComparer.Default.Equals(deployed, method.ContainingType)
                && HandlersOf(deployed).FirstOrDefault(h => SymbolEqualityComparer.Default.Equals(h.Method, method)) is { } handler)
            {
                return handler;
            }
        }

        return null;
    }

    /// <summary>Every type declared in source below <paramref name="container"/>, nested ones included.</summary>
    internal static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceOrTypeSymbol container)
    {
        // A type's nested types by GetTypeMembers: its other members (a record's are many, and synthesized) are not built for this.
        var members = container is INamespaceSymbol ? container.GetMembers() : container.GetTypeMembers().CastArray<ISymbol>();
        foreach (var member in members)
        {
            if (member is INamespaceSymbol ns)
            {
                foreach (var type in SourceTypes(ns))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type && type.Locations.Any(l => l.IsInSource))
            {
                yield return type;
                foreach (var nested in SourceTypes(type))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>The event types of the Amazon.Lambda.*Events packages (APIGatewayEvents, SQSEvents, CloudWatchEvents.ScheduledEvents, ...).</summary>
    internal static bool IsLambdaEvent(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString();
        return ns is not null
            && ns.StartsWith("Amazon.Lambda.", StringComparison.Ordinal)
            && ns.Split('.').Any(part => part.EndsWith("Events", StringComparison.Ordinal));
    }

    /// <summary>The type as a handler string writes it: <c>Namespace.Outer+Inner</c>.</summary>
    internal static string FullName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
            type = outer;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }

    // A whole ASP.NET Core app that one of Amazon.Lambda.AspNetCoreServer's base classes hosts
    // (APIGatewayProxyFunction, APIGatewayHttpApiV2ProxyFunction, ApplicationLoadBalancerFunction, their <TStartup>
    // forms). The entry point's constructor builds and starts the host, so its Startup runs during init; the actions
    // of the app's controllers run per invocation. The Startup is found by its shape, not by the UseStartup<T>() call,
    // which often sits in a shared project's helper.
    private void DiscoverHostedApp(CancellationToken cancellationToken)
    {
        if (_knownTypes.ApiGatewayProxyFunction is null)
        {
            return;
        }

        var classes = SourceClasses();
        _hostingEntryTypes.UnionWith(classes.Where(IsHostingEntryPoint));
        if (_hostingEntryTypes.Count == 0)
        {
            return;
        }

        _programTypes.UnionWith(_hostingEntryTypes);
        _startupTypes.UnionWith(classes.Where(IsStartupShaped));
        AddControllerActions(classes, _hostingEntryTypes.FirstOrDefault(t => !t.IsAbstract) ?? _hostingEntryTypes.First(), cancellationToken);
    }

    // A class deriving from one of the package's hosting base classes, matched by namespace and name because their
    // hierarchy changed: before version 3, APIGatewayProxyFunction had no AbstractAspNetCoreFunction base.
    private static bool IsHostingEntryPoint(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.Name.EndsWith("Function", StringComparison.Ordinal)
                && baseType.ContainingNamespace?.ToDisplayString() == "Amazon.Lambda.AspNetCoreServer")
            {
                return true;
            }
        }

        return false;
    }

    private List<INamedTypeSymbol> SourceClasses() => SourceTypes(_compilation.Assembly.GlobalNamespace).Where(t => t.TypeKind == TypeKind.Class).ToList();

    /// <summary>The public actions of the app's controllers, handlers whose init path is the initialisation of <paramref name="hostType"/>.</summary>
    private void AddControllerActions(IEnumerable<INamedTypeSymbol> classes, INamedTypeSymbol hostType, CancellationToken cancellationToken)
    {
        foreach (var type in classes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // MVC builds a controller for every request; Hot Chocolate builds a resolver class once, unless the app registers it.
            var isController = IsController(type);
            if (!isController && !IsGraphQlResolverType(type))
            {
                continue;
            }

            foreach (var action in Actions(type))
            {
                var handler = new Handler(
                    HandlerKind.ControllerAction, type.Name + "." + action.Method.Name, hostType, action.Method, action.Declaration, action.Body);
                AddHandler(handler);
                if (isController && !_controllers.ContainsKey(type))
                {
                    _controllers[type] = handler;
                }
            }
        }
    }

    // ConfigureServices(IServiceCollection) or Configure(IApplicationBuilder, ...): what UseStartup<T>() calls. ASP.NET Core's
    // StartupLoader takes public static methods as well as instance ones.
    private bool IsStartupShaped(INamedTypeSymbol type)
    {
        return !type.IsStatic && type.GetMembers().OfType<IMethodSymbol>().Any(m => m.MethodKind == MethodKind.Ordinary
            && (!m.IsStatic || m.DeclaredAccessibility == Accessibility.Public)
            && ((m.Name == "ConfigureServices" && m.Parameters.Any(p => p.Type.Is(_knownTypes.ServiceCollection)))
                || (m.Name == "Configure" && m.Parameters.Length > 0 && m.Parameters[0].Type.Is(_knownTypes.ApplicationBuilder))));
    }

    private bool IsController(INamedTypeSymbol type) => IsController(type, _knownTypes);

    /// <summary>A class whose public methods Hot Chocolate calls to resolve a GraphQL request's fields, as MVC calls actions.</summary>
    private bool IsGraphQlResolverType(INamedTypeSymbol type)
        => !type.IsAbstract && !type.IsStatic && (_graphQlRootTypes.Value.Contains(type.OriginalDefinition) || IsAttributedGraphQlType(type));

    /// <summary>An MVC controller: a public, concrete class deriving from <c>ControllerBase</c> or carrying <c>[ApiController]</c>.</summary>
    internal static bool IsController(INamedTypeSymbol type, KnownTypes knownTypes)
    {
        if (type.IsAbstract || type.IsStatic || type.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Is(knownTypes.ControllerBase) || current.HasAttribute(knownTypes.ApiControllerAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A method MVC routes as an action: public, instance, not generic, not <c>Dispose</c>, not <c>[NonAction]</c>.</summary>
    internal static bool IsAction(IMethodSymbol method, KnownTypes knownTypes)
    {
        return method is { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsAbstract: false }
            && !method.IsGenericMethod
            && method.Name != "Dispose"
            && !method.HasAttribute(knownTypes.NonActionAttribute);
    }

    // Public instance methods of the controller and of its base controllers in this project, as MVC routes them.
    private IEnumerable<(IMethodSymbol Method, SyntaxNode Declaration, SyntaxNode Body)> Actions(INamedTypeSymbol controller)
    {
        for (var type = controller; type is not null && IsInThisCompilation(type); type = type.BaseType)
        {
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                if (IsAction(method, _knownTypes) && HandlerModel.BodyOf(method) is { } declaration)
                {
                    yield return (method, declaration.Declaration, declaration.Body);
                }
            }
        }
    }

    // Azure Functions isolated worker (docs/handlers.md): the worker builds the class of an instance [Function] method
    // for every invocation (DefaultFunctionActivator, ActivatorUtilities.CreateInstance over the invocation's
    // services), and Program.cs up to Run()/RunAsync() is the worker's start-up.
    private void DiscoverAzureFunctions(CancellationToken cancellationToken)
    {
        if (_knownTypes.AzureFunctionAttribute is null)
        {
            return;
        }

        foreach (var type in SourceClasses())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!type.IsStatic && !type.IsAbstract && !_controllers.ContainsKey(type)
                && HandlersOf(type).FirstOrDefault(h => h is { Kind: HandlerKind.AzureFunction, Method.IsStatic: false }) is { } first)
            {
                _controllers[type] = first;
            }
        }

        // The worker call may sit in a set-up helper of the project (`new HostBuilder().ConfigureApp().Build()`, where
        // ConfigureApp calls ConfigureFunctionsWorkerDefaults): the program's call to the helper makes it the worker.
        var helpers = new Dictionary<string, List<MethodDeclarationSyntax>>(StringComparer.Ordinal);
        var programCalls = new List<InvocationExpressionSyntax>();
        foreach (var tree in AppSyntaxTrees.Of(_compilation))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = tree.GetRoot(cancellationToken);
            var holdsProgram = root is CompilationUnitSyntax unit && unit.Members.Any(m => m is GlobalStatementSyntax)
                || root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                    .OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == "Main");
            foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var inProgram = holdsProgram && IsProgramStatement(invocation);
                if (IsAzureWorkerHostCall(invocation))
                {
                    if (inProgram)
                    {
                        AddInitRegion(invocation, "Run", "RunAsync");
                    }
                    else if (invocation.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } helper)
                    {
                        if (!helpers.TryGetValue(helper.Identifier.ValueText, out var declarations))
                        {
                            helpers[helper.Identifier.ValueText] = declarations = new List<MethodDeclarationSyntax>();
                        }

                        declarations.Add(helper);
                    }
                }
                else if (inProgram)
                {
                    programCalls.Add(invocation);
                }
            }
        }

        foreach (var call in programCalls)
        {
            if (HandlerModel.InvokedName(call) is { } name && helpers.TryGetValue(name, out var declarations)
                && ResolveMethod(_semanticModels(call.SyntaxTree), call) is { } target
                && (target.ReducedFrom ?? target).DeclaringSyntaxReferences.Any(r => declarations.Any(d => d.Span == r.Span && d.SyntaxTree == r.SyntaxTree)))
            {
                AddInitRegion(call, "Run", "RunAsync");
            }
        }
    }

    // HostBuilder().ConfigureFunctionsWorkerDefaults() / ConfigureFunctionsWebApplication() and
    // FunctionsApplication.CreateBuilder(args): the calls by which a program becomes the worker.
    private static bool IsAzureWorkerHostCall(InvocationExpressionSyntax invocation)
    {
        return HandlerModel.InvokedName(invocation) switch
        {
            "ConfigureFunctionsWorkerDefaults" or "ConfigureFunctionsWebApplication" => true,
            "CreateBuilder" => invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver }
                && receiver.ToString().EndsWith("FunctionsApplication", StringComparison.Ordinal),
            _ => false,
        };
    }

    // Invoke(FunctionContext, FunctionExecutionDelegate) of a class implementing IFunctionsWorkerMiddleware.
    private bool IsAzureMiddlewareInvoke(IMethodSymbol method)
    {
        return method is { Name: "Invoke", IsStatic: false, Parameters.Length: 2 }
            && _knownTypes.AzureWorkerMiddleware is { } middleware
            && method.ContainingType.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, middleware));
    }

    // Forms 3 and 4: delegates handed to LambdaBootstrapBuilder.Create (or, in the runtime client's first form, to
    // HandlerWrapper.GetHandlerWrapper) and minimal-API routes of a Lambda web app.
    // Only a project that can see the bootstrap (Amazon.Lambda.RuntimeSupport) or the ASP.NET Core hosting packages,
    // an executable with AWSProjectType=Lambda, or a hosted app's entry point can hold them: a class library of
    // handlers is not scanned.
    private void DiscoverHostedHandlers(CancellationToken cancellationToken)
    {
        if (_knownTypes.LambdaBootstrapBuilder is null
            && _knownTypes.LambdaHandlerWrapper is null
            && !_compilation.ReferencedAssemblyNames.Any(a => a.Name.StartsWith("Amazon.Lambda.AspNetCoreServer", StringComparison.Ordinal))
            && !_compilation.ContainsSymbolsWithName("AddAWSLambdaHosting", SymbolFilter.Member, cancellationToken)
            && !_isLambdaExecutable
            && _hostingEntryTypes.Count == 0)
        {
            return;
        }

        var routeCandidates = new List<(InvocationExpressionSyntax Invocation, SemanticModel Model)>();
        var hostingCalls = new List<InvocationExpressionSyntax>();
        var programBuilders = new List<InvocationExpressionSyntax>();
        foreach (var tree in AppSyntaxTrees.Of(_compilation))
        {
            cancellationToken.ThrowIfCancellationRequested();
            SemanticModel? semanticModel = null;
            foreach (var invocation in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var name = HandlerModel.InvokedName(invocation);
                if (name == "Create" && _knownTypes.LambdaBootstrapBuilder is not null && invocation.ArgumentList.Arguments.Count > 0)
                {
                    semanticModel ??= _semanticModels(tree);
                    if (ResolveMethod(semanticModel, invocation) is { } create
                        && SymbolEqualityComparer.Default.Equals(create.ContainingType, _knownTypes.LambdaBootstrapBuilder))
                    {
                        var region = AddInitRegion(invocation, "RunAsync");
                        AddDelegateHandler(invocation.ArgumentList.Arguments[0].Expression, semanticModel, HandlerKind.BootstrapDelegate, region);
                    }
                }
                else if (name == "GetHandlerWrapper" && _knownTypes.LambdaHandlerWrapper is not null && invocation.ArgumentList.Arguments.Count > 0)
                {
                    semanticModel ??= _semanticModels(tree);
                    if (ResolveMethod(semanticModel, invocation) is { } wrap
                        && SymbolEqualityComparer.Default.Equals(wrap.ContainingType, _knownTypes.LambdaHandlerWrapper))
                    {
                        var region = AddInitRegion(invocation, "RunAsync");
                        AddDelegateHandler(invocation.ArgumentList.Arguments[0].Expression, semanticModel, HandlerKind.BootstrapDelegate, region);
                    }
                }
                else if (name == "AddAWSLambdaHosting")
                {
                    hostingCalls.Add(invocation);
                }
                else if (name is "CreateBuilder" or "CreateSlimBuilder" or "CreateEmptyBuilder" && IsProgramStatement(invocation)
                    && ResolveMethod(semanticModel ??= _semanticModels(tree), invocation)?.ContainingType is { } builderFactory
                    && builderFactory.Is(_knownTypes.WebApplication))
                {
                    programBuilders.Add(invocation);
                }
                else if (name is not null && name.StartsWith("Map", StringComparison.Ordinal) && invocation.ArgumentList.Arguments.Count >= 2)
                {
                    routeCandidates.Add((invocation, semanticModel ??= _semanticModels(tree)));
                }
            }
        }

        // Routes a hosted app's Startup maps (app.UseEndpoints(e => e.MapGet(...))) run per request like its actions.
        if (_hostingEntryTypes.Count > 0)
        {
            foreach (var (route, routeModel) in routeCandidates)
            {
                if (routeModel.GetEnclosingSymbol(route.SpanStart, cancellationToken)?.ContainingType is { } type
                    && _startupTypes.Contains(type.OriginalDefinition))
                {
                    AddDelegateHandler(route.ArgumentList.Arguments.Last().Expression, routeModel, HandlerKind.MinimalApiRoute, null);
                }
            }
        }

        // The hosting call may sit in a start-up helper, of this project or of a shared one that the project's
        // Lambda signals stand for: the program that builds the web app is then the init path all the same, unless
        // a hosting base class is the function's entry point and the program only runs the app locally.
        if (hostingCalls.Count == 0 && !(programBuilders.Count > 0 && _hostingEntryTypes.Count == 0 && IsLambdaWebProject()))
        {
            return;
        }

        var hostCalls = programBuilders.Concat(hostingCalls).ToList();
        var regions = hostCalls.Select(call => AddInitRegion(call, "Run", "RunAsync")).ToList();
        foreach (var (route, routeModel) in routeCandidates)
        {
            var region = regions.FirstOrDefault(r => r?.Tree == route.SyntaxTree) ?? regions[0];
            AddDelegateHandler(route.ArgumentList.Arguments.Last().Expression, routeModel, HandlerKind.MinimalApiRoute, region);
        }

        // Controllers under minimal hosting (AddControllers, MapControllers) answer requests like the routes do.
        if (_knownTypes.ControllerBase is not null
            && _semanticModels(hostCalls[0].SyntaxTree).GetEnclosingSymbol(hostCalls[0].SpanStart, cancellationToken)?.ContainingType is { } programType)
        {
            AddControllerActions(SourceClasses(), programType, cancellationToken);
        }
    }

    // An executable with AWSProjectType=Lambda, or the hosting package that a shared project's AddAWSLambdaHosting brings in.
    private bool IsLambdaWebProject()
    {
        return _isLambdaExecutable || _compilation.ReferencedAssemblyNames.Any(a => a.Name == "Amazon.Lambda.AspNetCoreServer.Hosting");
    }

    // Top-level statements or the body of Main, where a program builds its host, also in a block nested there (`try { ... }`
    // around the host, as logging bootstraps write it), but not in a lambda or local function, which runs only when called.
    private static bool IsProgramStatement(InvocationExpressionSyntax invocation)
    {
        for (var node = invocation.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case GlobalStatementSyntax:
                    return true;
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText == "Main";
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseTypeDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private void AddDelegateHandler(ExpressionSyntax expression, SemanticModel semanticModel, HandlerKind kind, InitRegion? region)
    {
        var programType = semanticModel.GetEnclosingSymbol(expression.SpanStart)?.ContainingType;
        Handler? handler = null;
        switch (expression)
        {
            case AnonymousFunctionExpressionSyntax lambda:
                handler = new Handler(kind, DelegateDisplayName(lambda), programType, null, lambda, lambda.Body);
                break;

            default:
                var symbolInfo = semanticModel.GetSymbolInfo(expression);
                var symbol = symbolInfo.Symbol ?? symbolInfo.CandidateSymbols.FirstOrDefault();
                if (symbol is IMethodSymbol method && HandlerModel.BodyOf(method) is { } declaration)
                {
                    var isLocalFunction = method.MethodKind == MethodKind.LocalFunction;
                    var methodType = isLocalFunction ? programType : method.ContainingType;
                    var displayName = isLocalFunction ? method.Name : method.ContainingType.Name + "." + method.Name;
                    handler = new Handler(kind, displayName, methodType, isLocalFunction ? null : method, declaration.Declaration, declaration.Body);
                }
                else if (symbol is ILocalSymbol or IFieldSymbol && HandlerModel.DelegateInitializerValue(symbol) is { } initializer)
                {
                    if (initializer is AnonymousFunctionExpressionSyntax lambda)
                    {
                        handler = new Handler(kind, symbol.Name, programType, null, lambda, lambda.Body);
                    }
                    else if (_semanticModels(initializer.SyntaxTree) is var initializerModel
                        && initializerModel.GetSymbolInfo(initializer).Symbol is IMethodSymbol)
                    {
                        // `Func<...> handler = FunctionHandler;`: the method the variable holds is the handler.
                        AddDelegateHandler(initializer, initializerModel, kind, region);
                        return;
                    }
                }

                break;
        }

        if (handler is not null)
        {
            AddHandler(handler);
            region?.Handlers.Add(handler);
        }
    }

    private void AddHandler(Handler handler)
    {
        if (!_declarations.Add(handler.Declaration))
        {
            return;
        }

        _hostedHandlers.Add(handler);
        if (handler.Method is null)
        {
            _delegateHandlers[handler.Declaration] = handler;
        }

        if (handler.HandlerType is { } type)
        {
            _programTypes.Add(type.OriginalDefinition);
        }
    }

    // Symbols of a referenced project's compilation are "in source" too, but their syntax is not ours to bind.
    private bool IsInThisCompilation(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly);

    /// <summary>
    /// The statements that run before the host starts (<paramref name="runMethodNames"/>) are the init path
    /// of an executable handler: top-level statements or the body of Main.
    /// </summary>
    private InitRegion? AddInitRegion(InvocationExpressionSyntax hostCall, params string[] runMethodNames)
    {
        var statement = hostCall.FirstAncestorOrSelf<StatementSyntax>(s => s.Parent is BlockSyntax or GlobalStatementSyntax);
        if (statement is null)
        {
            return null;
        }

        var statements = OuterStatements(statement)!;
        var index = IndexOf(statements, statement);
        var runIndex = index;
        for (var i = index; i < statements.Count; i++)
        {
            if (ContainsRunCall(statements[i], runMethodNames))
            {
                runIndex = i;
                break;
            }
        }

        var end = runIndex == index && !ContainsRunCall(statements[index], runMethodNames) ? statements[index].Span.End : statements[runIndex].SpanStart;
        var regionStatements = statements.Where(s => s.Span.End <= end && s is not LocalFunctionStatementSyntax).ToList();
        var start = statements[0].SpanStart;

        // The host may run inside a block of the program (`try { ...; app.Run(); }`, `using (...) { ... }`): the program's
        // statements before that block run first.
        for (var block = statement.Parent as BlockSyntax; block?.Parent is StatementSyntax outer;)
        {
            var outerStatements = OuterStatements(outer);
            if (outerStatements is null)
            {
                break;
            }

            regionStatements.InsertRange(0, outerStatements.TakeWhile(s => s != outer).Where(s => s is not LocalFunctionStatementSyntax));
            start = outerStatements[0].SpanStart;
            block = outer.Parent as BlockSyntax;
        }

        var existing = _initRegions.FirstOrDefault(r => r.Tree == hostCall.SyntaxTree && r.Span.Start == start);
        if (existing is not null)
        {
            return existing;
        }

        var region = new InitRegion(hostCall.SyntaxTree, TextSpan.FromBounds(start, Math.Max(start, end)), regionStatements);
        _initRegions.Add(region);
        return region;
    }

    // The statements around one of the program's statements: its block, or the top-level statements.
    private static IReadOnlyList<StatementSyntax>? OuterStatements(StatementSyntax statement)
    {
        return statement.Parent switch
        {
            BlockSyntax block => block.Statements,
            GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } => unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement).ToList(),
            _ => null,
        };
    }

    // The call that runs the host: not `Task.Run(...)`, and not a call inside a lambda or local function of the statement
    // (`ConfigureServices(services => { var key = Task.Run(() => ...).Result; })` configures the host; it does not run it).
    private static bool ContainsRunCall(StatementSyntax statement, string[] runMethodNames)
    {
        return statement.DescendantNodesAndSelf(n => n == statement || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<InvocationExpressionSyntax>()
            .Any(call => runMethodNames.Contains(HandlerModel.InvokedName(call))
                && call.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Task" } }
                    and not MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Task" } });
    }

    private static int IndexOf(IReadOnlyList<StatementSyntax> statements, StatementSyntax statement)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i] == statement)
            {
                return i;
            }
        }

        return 0;
    }

    private static IMethodSymbol? ResolveMethod(SemanticModel semanticModel, InvocationExpressionSyntax invocation)
    {
        var info = semanticModel.GetSymbolInfo(invocation);
        return (info.Symbol ?? info.CandidateSymbols.FirstOrDefault()) as IMethodSymbol;
    }

    private static string DelegateDisplayName(AnonymousFunctionExpressionSyntax lambda)
    {
        if (lambda.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
        {
            return declarator.Identifier.ValueText;
        }

        // The line from the tree's own text: a tree reparsed after an edit (code being typed) can hand GetLineSpan a node
        // whose position its line map places before the start of its line.
        var text = lambda.SyntaxTree.GetText();
        var line = text.Lines.GetLineFromPosition(Math.Min(lambda.SpanStart, text.Length)).LineNumber + 1;
        return "the handler lambda on line " + line;
    }

    internal sealed class InitRegion
    {
        public InitRegion(SyntaxTree tree, TextSpan span, IReadOnlyList<StatementSyntax> statements)
        {
            Tree = tree;
            Span = span;
            Statements = statements;
        }

        public SyntaxTree Tree { get; }

        public TextSpan Span { get; }

        /// <summary>The top-level statements (or those of Main) that run before the host starts.</summary>
        public IReadOnlyList<StatementSyntax> Statements { get; }

        public List<Handler> Handlers { get; } = new();
    }
}

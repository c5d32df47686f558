using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// The dependency-injection registrations of a compilation (<c>AddSingleton</c>, <c>AddScoped</c>, <c>AddTransient</c>,
/// their <c>TryAdd</c> forms and typed HTTP clients), to answer "does resolving this service build a client?". Built once per compilation,
/// the first time static initialisation resolves a service; most compilations never need it.
/// </summary>
internal sealed class ServiceRegistrations
{
    // Resolving a service constructs its implementation, and that constructs what its constructor asks for: two such
    // steps are followed (IOrderService -> OrderService(IAmazonS3) -> the S3 factory).
    private const int DependencySteps = 2;

    private static readonly HashSet<string> RegistrationNames = new()
    {
        "AddSingleton", "AddScoped", "AddTransient", "TryAddSingleton", "TryAddScoped", "TryAddTransient", "AddHttpClient",
    };

    private readonly Dictionary<ITypeSymbol, List<Registration>> _byService;
    private readonly ClientTypeClassifier _clients;
    private readonly CompilationFacts _facts;
    private readonly Compilation _compilation;
    private (INamedTypeSymbol Implementation, ITypeSymbol Service)[]? _libraryPerScope;

    private ServiceRegistrations(Dictionary<ITypeSymbol, List<Registration>> byService, Compilation compilation, CompilationFacts facts)
    {
        _byService = byService;
        _compilation = compilation;
        _clients = facts.Clients;
        _facts = facts;
    }

    public static ServiceRegistrations Build(Compilation compilation, CompilationFacts facts, CancellationToken cancellationToken)
    {
        return new ServiceRegistrations(Scan(compilation, facts.KnownTypes, facts.GetSemanticModel, cancellationToken), compilation, facts);
    }

    /// <summary><c>AddSingleton</c> or <c>TryAddSingleton</c> of Microsoft.Extensions.DependencyInjection.Abstractions.</summary>
    public static bool IsSingletonRegistration(IMethodSymbol method, KnownTypes known)
    {
        return method.Name is "AddSingleton" or "TryAddSingleton"
            && (method.ContainingType.Is(known.ServiceRegistration) || method.ContainingType.Is(known.ServiceTryRegistration));
    }

    /// <summary>
    /// What a singleton registration builds once, on first resolution: the implementation class
    /// (<c>AddSingleton&lt;IOrderCache, OrderCache&gt;()</c>, <c>AddSingleton&lt;OrderCache&gt;()</c>, <c>AddSingleton(typeof(OrderCache))</c>)
    /// or the factory (<c>AddSingleton&lt;IOrderCache&gt;(sp =&gt; ...)</c>). Null for other calls, and for an instance registered
    /// ready-made, which is built where the registration is.
    /// </summary>
    public static (INamedTypeSymbol? Implementation, IAnonymousFunctionOperation? Factory)? SingletonBuild(IInvocationOperation invocation, KnownTypes known)
    {
        var method = invocation.TargetMethod;
        if (!IsSingletonRegistration(method.ReducedFrom ?? method, known))
        {
            return null;
        }

        // The collection an extension method is called on is its first argument.
        var given = invocation.Arguments.Where(a => !(method.IsExtensionMethod && a.Parameter?.Ordinal == 0))
            .Select(a => a.Value.WithoutConversions())
            .ToList();
        if (given.Select(v => v is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } ? lambda : v as IAnonymousFunctionOperation)
                .FirstOrDefault(lambda => lambda is not null) is { } factory)
        {
            return (null, factory);
        }

        var implementation = given.Count == 0 && method.TypeArguments.Length is 1 or 2
            ? method.TypeArguments[method.TypeArguments.Length - 1]
            : given.Count is 1 or 2 && given.All(v => v is ITypeOfOperation) ? ((ITypeOfOperation)given[given.Count - 1]).TypeOperand : null;
        return implementation is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } type ? (type, null) : null;
    }

    /// <summary>
    /// The constructor the container builds <paramref name="implementation"/> with: of its public constructors, the one with
    /// the most parameters (the container takes the longest it can satisfy, and a registered class is written to be
    /// satisfiable); null when it has none.
    /// </summary>
    public static IMethodSymbol? ContainerConstructor(INamedTypeSymbol implementation)
    {
        return implementation.OriginalDefinition.InstanceConstructors
            .Where(constructor => constructor.DeclaredAccessibility == Accessibility.Public)
            .OrderByDescending(constructor => constructor.Parameters.Length)
            .FirstOrDefault();
    }

    /// <summary>
    /// The registration call whose factory lambda holds <paramref name="operation"/> (<c>services.AddSingleton(sp =&gt; ...)</c>),
    /// with that lambda, or null. Only the innermost lambda around the operation counts: one inside the factory (a
    /// <c>Lazy&lt;T&gt;</c> it returns) runs later, not when the container runs the factory.
    /// </summary>
    public static (IInvocationOperation Registration, IAnonymousFunctionOperation Factory)? FactoryRegistrationOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                return lambda.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation registration } }
                    ? (registration, lambda)
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The implementation types a compilation registers for each service type (<c>AddScoped&lt;IOrderService, OrderService&gt;()</c>),
    /// without the client questions: what a library's hazard summary needs to follow a call through an interface that
    /// another library implements.
    /// </summary>
    public static IReadOnlyDictionary<ITypeSymbol, INamedTypeSymbol[]> ImplementationTypes(
        Compilation compilation, KnownTypes known, Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        return Scan(compilation, known, semanticModels, cancellationToken).ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Select(r => r.Implementation).OfType<INamedTypeSymbol>().ToArray(),
            (IEqualityComparer<ITypeSymbol>)SymbolEqualityComparer.Default);
    }

    private static Dictionary<ITypeSymbol, List<Registration>> Scan(
        Compilation compilation, KnownTypes known, Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        var byService = new Dictionary<ITypeSymbol, List<Registration>>(SymbolEqualityComparer.Default);
        foreach (var tree in AppSyntaxTrees.Of(compilation))
        {
            SemanticModel? semanticModel = null;
            foreach (var invocation in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (HandlerModel.InvokedName(invocation) is not { } name || !RegistrationNames.Contains(name))
                {
                    continue;
                }

                semanticModel ??= semanticModels(tree);
                if (Parse(invocation, semanticModel, known) is { } registration)
                {
                    if (!byService.TryGetValue(registration.Service, out var list))
                    {
                        byService[registration.Service] = list = new List<Registration>();
                    }

                    list.Add(registration);
                }
            }
        }

        return byService;
    }

    /// <summary>The service a GetService / GetRequiredService call resolves: its type argument, or the typeof(...) it is given.</summary>
    public static ITypeSymbol? ResolvedService(IInvocationOperation invocation, KnownTypes known)
    {
        var method = invocation.TargetMethod;
        if (method.Name is not ("GetService" or "GetRequiredService")
            || !(method.ContainingType.Is(known.ServiceProviderExtensions) || method.ContainingType.Is(known.ServiceProvider)
                || method.ContainingType.AllInterfaces.Any(i => i.Is(known.ServiceProvider))))
        {
            return null;
        }

        if (method.TypeArguments.Length == 1)
        {
            return method.TypeArguments[0];
        }

        return invocation.Arguments.Select(a => a.Value.WithoutConversions()).OfType<ITypeOfOperation>().FirstOrDefault()?.TypeOperand;
    }

    /// <summary>The implementation types registered for <paramref name="service"/> (not its factories).</summary>
    public IEnumerable<INamedTypeSymbol> ImplementationsOf(ITypeSymbol service)
    {
        return _byService.TryGetValue(service.OriginalDefinition, out var registrations)
            ? registrations.Select(r => r.Implementation).OfType<INamedTypeSymbol>()
            : Enumerable.Empty<INamedTypeSymbol>();
    }

    /// <summary>
    /// The members implementing <paramref name="target"/>, an interface member of another assembly without a strong name,
    /// in the types registered for its interface (<paramref name="registered"/>, asked only when the member qualifies):
    /// how a call through an interface one library declares reaches the implementation another library holds. Strong-named
    /// assemblies (the framework, the SDKs, most packages) are skipped before any registration is read.
    /// </summary>
    public static IEnumerable<IMethodSymbol> RegisteredImplementationsOf(
        IMethodSymbol target, IAssemblySymbol own, Func<ITypeSymbol, IEnumerable<INamedTypeSymbol>> registered)
    {
        if (target is not { IsAbstract: true, ContainingType: { TypeKind: TypeKind.Interface } service }
            || target.ContainingAssembly is not { Identity.HasPublicKey: false } assembly
            || SymbolEqualityComparer.Default.Equals(assembly, own))
        {
            return Enumerable.Empty<IMethodSymbol>();
        }

        return registered(service)
            .Select(implementation => implementation.FindImplementationForInterfaceMember(target))
            .OfType<IMethodSymbol>()
            .Select(implemented => implemented.OriginalDefinition);
    }

    /// <summary>
    /// The types registered as scoped or transient whose public constructor takes <paramref name="service"/>, each with the
    /// service it is registered for: a repository that takes <c>IDynamoDBContext</c> and is registered for
    /// <c>IOrderRepository</c>. Each such instance is built again for every scope (or resolution), and with it what it takes.
    /// </summary>
    public IEnumerable<(INamedTypeSymbol Consumer, ITypeSymbol Service)> PerScopeConsumersOf(ITypeSymbol service)
        => ConsumersOf(service).Where(c => c.PerScope).Select(c => (c.Consumer, c.Service))
            .Concat(LibraryPerScopeRegistrations().Where(r => TakesInConstructor(r.Implementation, service)));

    // The scoped and transient registrations that the set-up extensions of the solution's libraries make (their summaries
    // list them), resolved here once: a chain from a function class to a client may pass through a service that one library
    // registers and another's takes.
    private (INamedTypeSymbol Implementation, ITypeSymbol Service)[] LibraryPerScopeRegistrations()
        => _libraryPerScope ??= _facts.Libraries.Registrations()
            .Select(registration => (
                Implementation: DocumentationCommentId.GetFirstSymbolForDeclarationId(registration.OriginId, _compilation) as INamedTypeSymbol,
                Service: DocumentationCommentId.GetFirstSymbolForDeclarationId(registration.Kind, _compilation) as ITypeSymbol))
            .Where(registration => registration.Implementation is not null && registration.Service is not null)
            .Select(registration => (registration.Implementation!, registration.Service!))
            .ToArray();

    /// <summary>
    /// Whether a type registered with the container (of the app or of a package: <c>AddSingleton&lt;IDynamoDBContext,
    /// DynamoDBContext&gt;()</c>) takes <paramref name="service"/> in a public constructor: the container resolves the service
    /// for it, although no code of the app names the service.
    /// </summary>
    public bool IsTakenByRegisteredType(ITypeSymbol service) => ConsumersOf(service).Any();

    /// <summary>Whether a public constructor of <paramref name="type"/> asks the container for <paramref name="service"/>.</summary>
    public static bool TakesInConstructor(INamedTypeSymbol type, ITypeSymbol service)
    {
        return type.InstanceConstructors.Any(c => c.DeclaredAccessibility == Accessibility.Public
            && c.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type.OriginalDefinition, service.OriginalDefinition)));
    }

    // Every registered implementation whose public constructor takes the service, with what it is registered for.
    private IEnumerable<(INamedTypeSymbol Consumer, ITypeSymbol Service, bool PerScope)> ConsumersOf(ITypeSymbol service)
    {
        foreach (var registration in _byService.Values.SelectMany(list => list))
        {
            if (registration.Implementation is INamedTypeSymbol consumer && TakesInConstructor(consumer, service))
            {
                yield return (consumer, registration.Service, registration.PerScope);
            }
        }
    }

    /// <summary>
    /// The registration that makes the container build <paramref name="type"/> once for the process: a singleton registered by
    /// type (<c>AddSingleton&lt;UsersTable&gt;()</c>, <c>AddSingleton&lt;IUsers, UsersTable&gt;()</c>) or a singleton factory that
    /// constructs it (<c>AddSingleton(sp =&gt; new UsersTable(connection))</c>); null when there is none. The container runs
    /// that constructor when the first invocation that needs the service resolves it. Given <paramref name="constructor"/>, only
    /// a registration that runs it counts: by type, the container's constructor (<see cref="ContainerConstructor"/>) or one
    /// it chains to with <c>: this(...)</c>; by factory, the constructor its <c>new</c> calls, or one that chains to.
    /// </summary>
    public InvocationExpressionSyntax? SingletonRegistrationOf(INamedTypeSymbol type, IMethodSymbol? constructor = null)
    {
        foreach (var registration in _byService.Values.SelectMany(list => list).Where(r => !r.PerScope))
        {
            if ((SymbolEqualityComparer.Default.Equals(registration.Implementation?.OriginalDefinition, type.OriginalDefinition)
                    && (constructor is null || Runs(ContainerConstructor(type), constructor)))
                || (registration.Factory is { } factory && Constructs(factory, type, constructor)))
            {
                return registration.Call;
            }
        }

        return null;
    }

    private bool Constructs(AnonymousFunctionExpressionSyntax factory, INamedTypeSymbol type, IMethodSymbol? constructor)
    {
        var semanticModel = _facts.GetSemanticModel(factory.SyntaxTree);
        return factory.Body.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<BaseObjectCreationExpressionSyntax>()
            .Select(creation => semanticModel.GetSymbolInfo(creation).Symbol as IMethodSymbol)
            .Any(called => SymbolEqualityComparer.Default.Equals(called?.ContainingType.OriginalDefinition, type.OriginalDefinition)
                && (constructor is null || Runs(called, constructor)));
    }

    // Whether calling `called` runs `constructor`: it is the same one, or one `called` reaches through `: this(...)` initialisers.
    private bool Runs(IMethodSymbol? called, IMethodSymbol constructor)
    {
        for (var step = 0; called is not null && step < 8; step++)
        {
            if (SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, constructor.OriginalDefinition))
            {
                return true;
            }

            called = called.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<ConstructorDeclarationSyntax>()
                .FirstOrDefault(d => d.Initializer is { ThisOrBaseKeyword.ValueText: "this" }) is { Initializer: { } chained } declaration
                ? _facts.GetSemanticModel(declaration.SyntaxTree).GetSymbolInfo(chained).Symbol as IMethodSymbol
                : null;
        }

        return false;
    }

    /// <summary>The client that resolving <paramref name="service"/> from the container builds, or null.</summary>
    public ITypeSymbol? ClientBuiltByResolving(ITypeSymbol service) => ClientBuiltByResolving(service, 0);

    private ITypeSymbol? ClientBuiltByResolving(ITypeSymbol service, int step)
    {
        if (_clients.ClientBuiltBy(service) is { } client)
        {
            return client;
        }

        if (!_byService.TryGetValue(service.OriginalDefinition, out var registrations))
        {
            return null;
        }

        foreach (var registration in registrations)
        {
            if (registration.Factory is { } factory && ClientBuiltIn(factory) is { } built)
            {
                return built;
            }

            if (registration.Implementation is not INamedTypeSymbol implementation)
            {
                continue;
            }

            if (_clients.ClientBuiltBy(implementation) is { } owned)
            {
                return owned;
            }

            // The container uses the constructor with the most parameters it can satisfy; the longest is a fair guess.
            var constructor = implementation.InstanceConstructors.OrderByDescending(c => c.Parameters.Length).FirstOrDefault();
            if (step < DependencySteps && constructor is not null)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (ClientBuiltByResolving(parameter.Type, step + 1) is { } dependency)
                    {
                        return dependency;
                    }
                }
            }
        }

        return null;
    }

    // `sp => new AmazonS3Client()`: what the factory constructs when the container calls it.
    private ITypeSymbol? ClientBuiltIn(AnonymousFunctionExpressionSyntax factory)
    {
        var semanticModel = _facts.GetSemanticModel(factory.SyntaxTree);
        foreach (var creation in factory.Body.DescendantNodesAndSelf().OfType<BaseObjectCreationExpressionSyntax>())
        {
            if (semanticModel.GetSymbolInfo(creation).Symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                && _clients.ClientBuiltBy(constructor) is { } client)
            {
                return client;
            }
        }

        return null;
    }

    private static Registration? Parse(InvocationExpressionSyntax invocation, SemanticModel semanticModel, KnownTypes known)
    {
        if (semanticModel.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        var declared = method.ReducedFrom ?? method;
        if (declared.ContainingType.Is(known.TypedHttpClientRegistration))
        {
            // A typed client (`AddHttpClient<IOrdersApi, OrdersApi>(c => ...)`) is transient, built with an HttpClient from
            // the factory; the lambda configures that HttpClient, it does not build the service.
            return method.TypeArguments.Length is 1 or 2
                ? new Registration(
                    invocation, method.TypeArguments[0].OriginalDefinition, method.TypeArguments[method.TypeArguments.Length - 1], null, perScope: true)
                : null;
        }

        if (!declared.ContainingType.Is(known.ServiceRegistration) && !declared.ContainingType.Is(known.ServiceTryRegistration))
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments;
        switch (method.TypeArguments.Length)
        {
            case 2:
                return new Registration(invocation, method.TypeArguments[0].OriginalDefinition, method.TypeArguments[1], null, PerScope(method));
            case 1 when arguments.Select(a => a.Expression).OfType<AnonymousFunctionExpressionSyntax>().FirstOrDefault() is { } lambda:
                return new Registration(invocation, method.TypeArguments[0].OriginalDefinition, null, lambda, PerScope(method));
            case 1 when arguments.Count == (method.ReducedFrom is null ? 1 : 0):
                return new Registration(invocation, method.TypeArguments[0].OriginalDefinition, method.TypeArguments[0], null, PerScope(method));
            case 0:
                return ParseWithTypes(invocation, arguments.Select(a => a.Expression).ToList(), semanticModel, PerScope(method));
            default:
                return null;
        }
    }

    // AddScoped(typeof(IArchive), typeof(S3Archive)), AddTransient(typeof(S3Archive)), AddScoped(typeof(IArchive), sp => ...).
    private static Registration? ParseWithTypes(
        InvocationExpressionSyntax invocation, List<ExpressionSyntax> arguments, SemanticModel semanticModel, bool perScope)
    {
        var types = arguments.OfType<TypeOfExpressionSyntax>().Select(t => semanticModel.GetTypeInfo(t.Type).Type).ToList();
        var lambda = arguments.OfType<AnonymousFunctionExpressionSyntax>().FirstOrDefault();
        if (types.Count is not (1 or 2) || types.Any(t => t is null) || (lambda is not null && types.Count == 2))
        {
            return null;
        }

        return new Registration(invocation, types[0]!.OriginalDefinition, lambda is null ? types[types.Count - 1] : null, lambda, perScope);
    }

    // Scoped and transient registrations build a new instance for each request scope or each resolution; singletons once.
    private static bool PerScope(IMethodSymbol method) => !method.Name.EndsWith("Singleton", StringComparison.Ordinal);

    private sealed class Registration
    {
        public Registration(
            InvocationExpressionSyntax call, ITypeSymbol service, ITypeSymbol? implementation, AnonymousFunctionExpressionSyntax? factory, bool perScope)
        {
            Call = call;
            Service = service;
            Implementation = implementation;
            Factory = factory;
            PerScope = perScope;
        }

        /// <summary>Registered as scoped or transient: not built once for the process.</summary>
        public bool PerScope { get; }

        public InvocationExpressionSyntax Call { get; }

        public ITypeSymbol Service { get; }

        public ITypeSymbol? Implementation { get; }

        public AnonymousFunctionExpressionSyntax? Factory { get; }
    }
}

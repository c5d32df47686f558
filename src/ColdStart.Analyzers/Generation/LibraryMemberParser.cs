using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using ColdStart.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// Reads the methods and constructors of a library for its hazard summary: what each does itself (the rules' predicates,
/// through <see cref="LibraryHazards"/>) and which methods of the library it calls. Code in a lambda or local function
/// counts only when it runs before the call returns (LINQ, configuration callbacks), as on a function's init path.
/// </summary>
internal static class LibraryMemberParser
{
    private static readonly ConditionalWeakTable<Compilation, Scope> Scopes = new();
    private static readonly ConditionalWeakTable<SyntaxTree, object> HandlerForms = new();
    private static readonly Regex HandlerForm = new(
        @"ILambdaContext|LambdaFunction|ColdStartHandler|LambdaBootstrap|AddAWSLambdaHosting"
            + @"|APIGatewayProxyFunction|APIGatewayHttpApiV2ProxyFunction|ApplicationLoadBalancerFunction|AbstractAspNetCoreFunction",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// The members of a library that do or call something, read one file at a time, with the project's
    /// <c>coldstart.client_types</c>. Nothing at all for a project that gets no summary: a function's own hazards are
    /// reported in it, and a library with handlers is analysed like a function, so neither gets one and nothing is reported
    /// twice. That is decided before any member is bound, from what is cheap: the output kind (not a module),
    /// <c>AWSProjectType</c>, <c>IsTestProject</c>, an executable's Lambda hosting references, and whether a file's text names a handler form
    /// (a method taking an <c>ILambdaContext</c> as a handler does, <c>[LambdaFunction]</c>, <c>[ColdStartHandler]</c>, the bootstrap, minimal-API hosting,
    /// an ASP.NET Core hosting base class),
    /// each file read once for as long as it is unchanged. A function project then pays for no symbol and no member. Event types alone do not make
    /// a function: shared libraries build API Gateway responses and parse SQS bodies; a deployed class library whose
    /// handlers take only an event has <c>AWSProjectType=Lambda</c> from the AWS templates.
    /// </summary>
    public static ImmutableArray<LibraryMemberSpec> Members(Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var scope = Scopes.GetValue(compilation, c => new Scope(c, options));
        if (!scope.Summarises(cancellationToken))
        {
            return ImmutableArray<LibraryMemberSpec>.Empty;
        }

        var members = ImmutableArray.CreateBuilder<LibraryMemberSpec>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? semanticModel = null;
            var declarations = tree.GetRoot(cancellationToken)
                .DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax);
            foreach (var node in declarations)
            {
                if (node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax)
                {
                    semanticModel ??= scope.SemanticModel(tree);
                    members.AddRange(InterfaceMembers((TypeDeclarationSyntax)node, semanticModel, cancellationToken));
                    members.AddRange(RequestHandlers((TypeDeclarationSyntax)node, semanticModel, scope, cancellationToken));
                }

                if (HasWork(node))
                {
                    semanticModel ??= scope.SemanticModel(tree);
                    if (Parse(node, semanticModel, scope, cancellationToken) is { } member)
                    {
                        members.Add(member);
                    }
                }
            }
        }

        return members.ToImmutable();
    }

    // A function holds the library's services by their interfaces (`IOrderStore store` from DI) and calls them through
    // those: each member of an interface of the library is listed with what its implementations in the library do, as
    // the function's own calls through interfaces reach the function's implementations. So is each member of an interface
    // of another of the solution's libraries that a class here implements (IOrderStore in Shop.Contracts, BlobOrderStore
    // here): the function, which references both, reads it under the interface member's id.
    private static IEnumerable<LibraryMemberSpec> InterfaceMembers(
        TypeDeclarationSyntax declaration, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type)
        {
            yield break;
        }

        foreach (var member in type.AllInterfaces.SelectMany(i => i.GetMembers()).OfType<IMethodSymbol>())
        {
            if ((SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, type.ContainingAssembly) || IsDispatched(member))
                && type.FindImplementationForInterfaceMember(member) is IMethodSymbol implementation
                && SymbolEqualityComparer.Default.Equals(implementation.ContainingAssembly, type.ContainingAssembly)
                && implementation.OriginalDefinition.GetDocumentationCommentId() is { } implementationId
                && Spec(member.OriginalDefinition, new List<HazardSpec>(), new SortedSet<string>(StringComparer.Ordinal) { implementationId }) is { } spec)
            {
                yield return spec with { Dispatches = true };
            }
        }
    }

    // `await mediator.Send(new PlaceOrder(...))` in a function runs the library's IRequestHandler<PlaceOrder> Handle, which
    // the function cannot see: the handler's work is listed under the request type's id (`T:Shop.Orders.PlaceOrder`), with
    // that of the library's pipeline behaviours, which wrap every request.
    private static IEnumerable<LibraryMemberSpec> RequestHandlers(
        TypeDeclarationSyntax declaration, SemanticModel semanticModel, Scope scope, CancellationToken cancellationToken)
    {
        if (semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol { IsAbstract: false } type)
        {
            yield break;
        }

        foreach (var handler in type.AllInterfaces.Where(IsMediatorRequestHandler))
        {
            if (handler.TypeArguments[0] is INamedTypeSymbol request
                && SymbolEqualityComparer.Default.Equals(request.ContainingAssembly, type.ContainingAssembly)
                && request.OriginalDefinition.GetDocumentationCommentId() is { } requestId
                && handler.GetMembers("Handle").FirstOrDefault() is { } handle
                && type.FindImplementationForInterfaceMember(handle) is IMethodSymbol implementation
                && implementation.OriginalDefinition.GetDocumentationCommentId() is { } implementationId)
            {
                yield return new LibraryMemberSpec
                {
                    Id = requestId,
                    // A handler is often nested in its request (`PlaceOrder.Handler`): the outer name says which one.
                    Name = (type.ContainingType is { } outer ? outer.Name + "." : string.Empty) + type.Name + "." + implementation.Name,
                    Visible = true,
                    Dispatches = true,
                    Hazards = new EquatableArray<HazardSpec>(new List<HazardSpec>()),
                    Callees = new EquatableArray<string>(
                        new SortedSet<string>(scope.PipelineBehaviourHandles, StringComparer.Ordinal) { implementationId }),
                };
            }
        }
    }

    /// <summary>MediatR's <c>IRequestHandler&lt;TRequest&gt;</c> or <c>IRequestHandler&lt;TRequest, TResponse&gt;</c>.</summary>
    internal static bool IsMediatorRequestHandler(INamedTypeSymbol type)
    {
        return type is
        {
            Name: "IRequestHandler",
            TypeArguments.Length: 1 or 2,
            ContainingNamespace: { Name: "MediatR", ContainingNamespace.IsGlobalNamespace: true },
        };
    }

    /// <summary>MediatR's <c>IPipelineBehavior&lt;TRequest, TResponse&gt;</c>, which wraps every request.</summary>
    private static bool IsMediatorPipelineBehavior(INamedTypeSymbol type)
    {
        return type is
        {
            Name: "IPipelineBehavior",
            TypeArguments.Length: 2,
            ContainingNamespace: { Name: "MediatR", ContainingNamespace.IsGlobalNamespace: true },
        };
    }

    // A body with a call, a construction or a `.Result` to look at; a class without a constructor of its own whose instance
    // initialisers construct something.
    private static bool HasWork(SyntaxNode node)
    {
        return node switch
        {
            BaseMethodDeclarationSyntax method => ((SyntaxNode?)method.Body ?? method.ExpressionBody) is { } body && body.DescendantNodes().Any(IsWork),
            ClassDeclarationSyntax type => !type.Members.OfType<ConstructorDeclarationSyntax>().Any(IsInstance)
                && type.Members.Any(m => m is FieldDeclarationSyntax or PropertyDeclarationSyntax && IsInstance(m)
                    && m.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>().Any()),
            _ => false,
        };

        static bool IsWork(SyntaxNode node) => node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax
            or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" or "DefinedTypes" or "ExportedTypes" };

        static bool IsInstance(MemberDeclarationSyntax member) => !member.Modifiers.Any(m => m.ValueText is "static" or "const");
    }

    private static LibraryMemberSpec? Parse(SyntaxNode node, SemanticModel semanticModel, Scope scope, CancellationToken cancellationToken)
    {
        var declared = semanticModel.GetDeclaredSymbol(node, cancellationToken);

        // A class without a constructor of its own: the implicit one runs the initialisers that build its client.
        if (declared is INamedTypeSymbol type)
        {
            return type.InstanceConstructors.FirstOrDefault(c => c.IsImplicitlyDeclared) is { } implicitConstructor
                && scope.Clients.ClientBuiltBy(implicitConstructor) is { } owned
                    ? Spec(implicitConstructor, new List<HazardSpec> { ClientOf(owned) }, new SortedSet<string>(StringComparer.Ordinal))
                    : null;
        }

        // A [LambdaStartup] class is init code wherever it is: the rules report inside it, not again at a call.
        if (declared is not IMethodSymbol { MethodKind: not MethodKind.StaticConstructor } method
            || method.ContainingType.HasAttribute(scope.Known.LambdaStartupAttribute)
            || semanticModel.GetOperation(node, cancellationToken) is not { } body)
        {
            return null;
        }

        var hazards = new List<HazardSpec>();
        var callees = new SortedSet<string>(StringComparer.Ordinal);
        if (method.MethodKind == MethodKind.Constructor && scope.Clients.ClientBuiltBy(method) is { } client)
        {
            hazards.Add(ClientOf(client));
        }

        Read(body, onResolution: false);
        return hazards.Count == 0 && callees.Count == 0 ? null : Spec(method, hazards, callees);

        // What `root` runs; `onResolution` when it is a singleton's factory, which runs once, when the first invocation that
        // needs the service resolves it: only the work that costs that invocation counts, and what it calls runs then too.
        void Read(IOperation root, bool onResolution)
        {
            void Keep(HazardSpec hazard)
            {
                if (!onResolution || LibraryMemberSpec.CostsFirstResolution(hazard.Rule))
                {
                    Add(hazards, hazard);
                }
            }

            void Call(string calleeId) => callees.Add(onResolution ? LibraryMemberSpec.RunsOnResolution + calleeId : calleeId);

            foreach (var operation in Executed(root, semanticModel))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation is IInvocationOperation singletonRegistration
                    && ServiceRegistrations.SingletonBuild(singletonRegistration, scope.Known) is { } built)
                {
                    ReadSingletonBuild(built.Implementation, built.Factory);
                }

                if (LibraryHazards.In(operation, scope.Known, scope.Clients, scope.SemanticModel, cancellationToken) is { } hazard)
                {
                    Keep(new HazardSpec(hazard.Rule, hazard.Cause, hazard.Kind));
                }

                if (operation is IInvocationOperation registration
                    && ClientCreatedPerInvocationAnalyzer.ScopedClientRegistration(registration, scope.Known, scope.Clients) is { } scoped)
                {
                    Keep(new HazardSpec(
                        LibraryHazards.ScopedClientRegistration,
                        scoped.Registration,
                        scoped.Client.Name,
                        scoped.Builder?.OriginalDefinition.GetDocumentationCommentId() ?? string.Empty));
                }

                if (operation is IInvocationOperation perScope
                    && ClientCreatedPerInvocationAnalyzer.PerScopeTypeRegistration(perScope, scope.Known, scope.Clients) is { } byType
                    && byType.Service.OriginalDefinition.GetDocumentationCommentId() is { } serviceId
                    && byType.Implementation.OriginalDefinition.GetDocumentationCommentId() is { } implementationId)
                {
                    Keep(new HazardSpec(
                        byType.Transient ? LibraryHazards.TransientRegistration : LibraryHazards.ScopedRegistration,
                        byType.Registration,
                        serviceId,
                        implementationId));
                }

                var target = operation.CalledMethod();
                target = (target?.ReducedFrom ?? target)?.OriginalDefinition;
                if (target is null)
                {
                    continue;
                }

                if (operation is IInvocationOperation addedSource)
                {
                    foreach (var loadId in ProviderLoadsAdded(addedSource, scope, cancellationToken))
                    {
                        Call(loadId);
                    }
                }

                // A middleware or an HTTP message handler of this library that a set-up extension registers: it runs around
                // every request, later.
                if (operation is IInvocationOperation runsAround)
                {
                    foreach (var later in LibraryHazards.RunPerRequest(runsAround))
                    {
                        if (SymbolEqualityComparer.Default.Equals(later.ContainingAssembly, semanticModel.Compilation.Assembly)
                            && later.OriginalDefinition.GetDocumentationCommentId() is { } laterId)
                        {
                            callees.Add(LibraryMemberSpec.RunsLater + laterId);
                        }
                    }
                }

                if (SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, semanticModel.Compilation.Assembly))
                {
                    if (!SymbolEqualityComparer.Default.Equals(target, method.OriginalDefinition) && target.GetDocumentationCommentId() is { } calleeId)
                    {
                        Call(IsDispatched(target) ? LibraryMemberSpec.ThroughInterface + calleeId : calleeId);
                    }

                    continue;
                }

                // A call into another library that has a summary of its own: what it does, this member does too, and the
                // member of that library whose code does it stays the origin.
                var summarised = scope.Libraries.Of(target);
                foreach (var called in summarised)
                {
                    Keep(new HazardSpec(called.Rule, $"{called.Cause} in {called.MemberName}", called.Kind, called.OriginId));
                }

                // `_weather.GetAsync(city)` on an interface of another library that a third one implements: this project's
                // own DI set-up (a web app's Startup) says which; its member is followed like one of this library's.
                if (summarised.IsEmpty)
                {
                    var registered = false;
                    foreach (var implemented in scope.RegisteredImplementationsOf(target, cancellationToken))
                    {
                        registered = true;
                        if (SymbolEqualityComparer.Default.Equals(implemented.ContainingAssembly, semanticModel.Compilation.Assembly))
                        {
                            if (implemented.GetDocumentationCommentId() is { } implementedId)
                            {
                                Call(implementedId);
                            }

                            continue;
                        }

                        foreach (var called in scope.Libraries.Of(implemented))
                        {
                            Keep(new HazardSpec(called.Rule, $"{called.Cause} in {called.MemberName}", called.Kind, called.OriginId));
                        }
                    }

                    // Nobody this library can see implements it: a library that references this one may, and the function sees both.
                    if (!registered && IsDispatched(target) && target.GetDocumentationCommentId() is { } interfaceMemberId)
                    {
                        Keep(new HazardSpec(LibraryHazard.Dispatch, target.ContainingType.Name + "." + target.Name, interfaceMemberId));
                    }
                }
            }

            // `AddSingleton<IOrderCache, OrderCache>()`: the container builds the class once, on first resolution, with the
            // constructor it takes; `AddSingleton<IOrderCache>(sp => ...)`: with the factory.
            void ReadSingletonBuild(INamedTypeSymbol? implementation, IAnonymousFunctionOperation? factory)
            {
                if (factory is not null)
                {
                    Read(factory.Body, onResolution: true);
                    return;
                }

                if (implementation is null || ServiceRegistrations.ContainerConstructor(implementation) is not { } constructor)
                {
                    return;
                }

                if (SymbolEqualityComparer.Default.Equals(constructor.ContainingAssembly, semanticModel.Compilation.Assembly))
                {
                    if (constructor.GetDocumentationCommentId() is { } constructorId)
                    {
                        callees.Add(LibraryMemberSpec.RunsOnResolution + constructorId);
                    }

                    return;
                }

                foreach (var called in scope.Libraries.Of(constructor).Where(h => LibraryMemberSpec.CostsFirstResolution(h.Rule)))
                {
                    Add(hazards, new HazardSpec(called.Rule, $"{called.Cause} in {called.MemberName}", called.Kind, called.OriginId));
                }
            }
        }
    }

    // `builder.Add(new ParameterStoreSource(path))` with a configuration source of this library: building the configuration
    // calls the source's Build, and Load on each provider that Build constructs, so the provider's Load (a blocking fetch
    // from a remote store, say) runs where the configuration is built. Its id, for each such provider.
    private static IEnumerable<string> ProviderLoadsAdded(IInvocationOperation added, Scope scope, CancellationToken cancellationToken)
    {
        if (added.TargetMethod is not { Name: "Add", Parameters.Length: 1 } || added.TargetMethod.Parameters[0].Type.Name != "IConfigurationSource"
            || added.Arguments[0].Value.WithoutConversions().Type is not INamedTypeSymbol source
            || !SymbolEqualityComparer.Default.Equals(source.ContainingAssembly, added.SemanticModel?.Compilation.Assembly))
        {
            yield break;
        }

        foreach (var build in source.GetMembers("Build").OfType<IMethodSymbol>().Where(m => m.Parameters.Length == 1))
        {
            foreach (var reference in build.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                var semanticModel = scope.SemanticModel(declaration.SyntaxTree);
                foreach (var creation in declaration.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
                {
                    if (semanticModel.GetSymbolInfo(creation, cancellationToken).Symbol is IMethodSymbol { ContainingType: { } provider }
                        && provider.DerivesFrom(scope.Known.ConfigurationProvider)
                        && provider.GetMembers("Load").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.IsEmpty) is { } load
                        && load.GetDocumentationCommentId() is { } loadId)
                    {
                        yield return loadId;
                    }
                }
            }
        }
    }

    // A call through an interface of the solution's libraries (an assembly without a strong name: the framework's, the
    // SDKs' and most packages' are signed), whose implementation may be in a library that references this one.
    private static bool IsDispatched(IMethodSymbol target)
        => !target.IsStatic && target.ContainingType.TypeKind == TypeKind.Interface && !target.ContainingAssembly.Identity.HasPublicKey;

    private static HazardSpec ClientOf(ITypeSymbol client) => new(RuleIds.ClientCreatedPerInvocation, "new " + client.Name, client.Name);

    // One entry per rule for the member's own code (its first call says enough); one per origin for what it reaches in
    // other libraries, so each place there that needs the change is named.
    private static void Add(List<HazardSpec> hazards, HazardSpec hazard)
    {
        if (!hazards.Any(hazard.SameEntryAs))
        {
            hazards.Add(hazard);
        }
    }

    private static LibraryMemberSpec? Spec(IMethodSymbol method, List<HazardSpec> hazards, SortedSet<string> callees)
    {
        if (method.OriginalDefinition.GetDocumentationCommentId() is not { } id)
        {
            return null;
        }

        var typeParameters = method.IsGenericMethod ? "<" + string.Join(", ", method.TypeParameters.Select(p => p.Name)) + ">" : string.Empty;
        var typeName = method.ContainingType.NameForMessages();
        var name = method.MethodKind == MethodKind.Constructor ? typeName : typeName + "." + method.Name + typeParameters;
        return new LibraryMemberSpec
        {
            Id = id,
            Name = name,
            Visible = IsVisible(method),
            Hazards = new EquatableArray<HazardSpec>(hazards),
            Callees = new EquatableArray<string>(callees),
        };
    }

    private static bool IsVisible(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is Accessibility.Private)
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamesHandlerForm(SyntaxTree tree, CancellationToken cancellationToken)
    {
        return (bool)HandlerForms.GetValue(tree, t =>
        {
            var forms = HandlerForm.Matches(t.GetText(cancellationToken).ToString()).Cast<Match>().ToList();
            return forms.Any(form => form.Value != "ILambdaContext")
                || (forms.Count > 0 && DeclaresContextParameter(t.GetRoot(cancellationToken)));
        });
    }

    // A method or local function that takes an ILambdaContext as a handler does (one or two parameters, the context last)
    // may be a handler. A type that is given the context in its constructor or a property (a resolver reading the
    // function's ARN, a logger), or a method that takes it among more parameters (a mailer's `SendAsync(request, context,
    // plainText)`), is a library service, summarised like any other.
    private static bool DeclaresContextParameter(SyntaxNode root)
    {
        return root.DescendantNodes().OfType<ParameterListSyntax>().Any(list =>
            list.Parent is MethodDeclarationSyntax or LocalFunctionStatementSyntax
            && list.Parameters.Count is 1 or 2
            && NamesLambdaContext(list.Parameters.Last().Type));

        static bool NamesLambdaContext(TypeSyntax? type) => type switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText == "ILambdaContext",
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == "ILambdaContext",
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText == "ILambdaContext",
            NullableTypeSyntax nullable => NamesLambdaContext(nullable.ElementType),
            _ => false,
        };
    }

    // The operations the member runs when it is called: lambdas only when they run right away (or on the thread pool, as
    // `await Task.Run(() => ...)` starts them and waits), local functions only when the member's own code calls them.
    private static IEnumerable<IOperation> Executed(IOperation root, SemanticModel semanticModel)
    {
        var localFunctions = new Dictionary<IMethodSymbol, ILocalFunctionOperation>(SymbolEqualityComparer.Default);
        foreach (var local in root.Descendants().OfType<ILocalFunctionOperation>())
        {
            localFunctions[local.Symbol.OriginalDefinition] = local;
        }

        var entered = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            yield return operation;
            if (operation is IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call
                && localFunctions.TryGetValue(call.TargetMethod.OriginalDefinition, out var called) && entered.Add(called.Symbol.OriginalDefinition))
            {
                foreach (var child in called.ChildOperations)
                {
                    pending.Push(child);
                }
            }

            foreach (var child in operation.ChildOperations)
            {
                if (child is ILocalFunctionOperation
                    || (child is IAnonymousFunctionOperation { Syntax: var lambda }
                        && !(lambda is AnonymousFunctionExpressionSyntax anonymous
                            && (HandlerModel.IsRunImmediately(anonymous, semanticModel) || IsRunAndAwaited(anonymous, semanticModel)))))
                {
                    continue;
                }

                pending.Push(child);
            }
        }
    }

    // `await Task.Run(() => ...)`, `return Task.Factory.StartNew(...)`, `Task.Run(...).Result`: work the member queues and
    // waits for (or hands its caller to wait for); and so is a lambda handed to any call that returns a task the member
    // waits for, which the call runs before that task completes: `await _retryPolicy.ExecuteAsync(async () => ...)` (a resilience
    // policy, a circuit breaker), `await cache.GetOrCreateAsync(key, _ => ...)`. Not `_ = Task.Run(loop)`, which runs beside
    // the caller.
    private static bool IsRunAndAwaited(AnonymousFunctionExpressionSyntax lambda, SemanticModel semanticModel)
    {
        if (lambda.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
            || !(PathCoverage.IsQueuedNow(call, semanticModel) || IsTask(semanticModel.GetTypeInfo(call).Type)))
        {
            return false;
        }

        SyntaxNode task = call;
        while (true)
        {
            if (task.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
            {
                task = task.Parent;
            }
            else if (task.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Parent: InvocationExpressionSyntax configured })
            {
                task = configured;
            }
            else
            {
                break;
            }
        }

        return task.Parent is AwaitExpressionSyntax or ArrowExpressionClauseSyntax or ReturnStatementSyntax
            or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" or "Wait" or "GetAwaiter" };
    }

    private static bool IsTask(ITypeSymbol? type)
        => type is INamedTypeSymbol
        {
            Name: "Task" or "ValueTask",
            ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace.Name: "System" } },
        };

    // What every member of one compilation shares: whether it is summarised, known types, the client classifier and its
    // semantic models. Built when a member is first read, and only in a project that is summarised.
    private sealed class Scope
    {
        private readonly Compilation _compilation;
        private readonly bool _isLambdaProject;
        private readonly bool _isTestProject;
        private readonly Lazy<ClientTypeClassifier> _clients;
        private readonly Lazy<LibrarySummaries> _libraries;
        private IReadOnlyDictionary<ITypeSymbol, INamedTypeSymbol[]>? _registrations;
        private bool? _summarises;

        public Scope(Compilation compilation, AnalyzerConfigOptionsProvider options)
        {
            _compilation = compilation;
            _isLambdaProject = options.GlobalOptions.TryGetValue("build_property.AWSProjectType", out var projectType)
                && string.Equals(projectType, "Lambda", StringComparison.OrdinalIgnoreCase);
            _isTestProject = HandlerModel.IsTestProject(options.GlobalOptions);
            Known = new KnownTypes(compilation);
            SemanticModel = tree => compilation.GetSemanticModel(tree);
            _clients = new Lazy<ClientTypeClassifier>(
                () => new ClientTypeClassifier(compilation, Known, ColdStartOptions.Read(compilation, options), SemanticModel));
            _libraries = new Lazy<LibrarySummaries>(() => new LibrarySummaries(compilation.Assembly));
        }

        public KnownTypes Known { get; }

        public Func<SyntaxTree, SemanticModel> SemanticModel { get; }

        /// <summary>The ids of the Handle methods of this library's MediatR pipeline behaviours (<c>IPipelineBehavior&lt;,&gt;</c>).</summary>
        public IReadOnlyList<string> PipelineBehaviourHandles => _pipelineBehaviourHandles ??= FindPipelineBehaviourHandles();

        private IReadOnlyList<string>? _pipelineBehaviourHandles;

        private List<string> FindPipelineBehaviourHandles()
        {
            var handles = new List<string>();
            foreach (var type in HandlerDiscovery.SourceTypes(_compilation.Assembly.GlobalNamespace))
            {
                if (type is not { TypeKind: TypeKind.Class, IsAbstract: false })
                {
                    continue;
                }

                foreach (var behaviour in type.AllInterfaces.Where(IsMediatorPipelineBehavior))
                {
                    if (behaviour.GetMembers("Handle").FirstOrDefault() is { } handle
                        && type.FindImplementationForInterfaceMember(handle) is IMethodSymbol implementation
                        && implementation.OriginalDefinition.GetDocumentationCommentId() is { } id)
                    {
                        handles.Add(id);
                    }
                }
            }

            return handles;
        }

        public ClientTypeClassifier Clients => _clients.Value;

        public LibrarySummaries Libraries => _libraries.Value;

        /// <summary>The members implementing <paramref name="target"/> in the types this compilation registers for its interface.</summary>
        public IEnumerable<IMethodSymbol> RegisteredImplementationsOf(IMethodSymbol target, CancellationToken cancellationToken)
        {
            return ServiceRegistrations.RegisteredImplementationsOf(target, _compilation.Assembly, service =>
            {
                _registrations ??= ServiceRegistrations.ImplementationTypes(_compilation, Known, SemanticModel, cancellationToken);
                return _registrations.TryGetValue(service.OriginalDefinition, out var implementations)
                    ? implementations
                    : Enumerable.Empty<INamedTypeSymbol>();
            });
        }

        public bool Summarises(CancellationToken cancellationToken)
        {
            if (_summarises is { } known)
            {
                return known;
            }

            // An executable without those marks is summarised too: solutions reference a Web SDK project (an executable
            // by default) as their application library.
            // A class library that references the hosting packages without hosting anything (shared libraries often copy
            // the function's package list) is a library: its text says whether it holds an entry point.
            var isExecutable = _compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication;
            var summarises = (isExecutable || _compilation.Options.OutputKind is OutputKind.DynamicallyLinkedLibrary)
                && !_isLambdaProject
                && !_isTestProject
                && !(isExecutable && _compilation.ReferencedAssemblyNames.Any(a => a.Name == "Amazon.Lambda.RuntimeSupport"
                    || a.Name.StartsWith("Amazon.Lambda.AspNetCoreServer", StringComparison.Ordinal)))
                && !_compilation.SyntaxTrees.Any(tree => NamesHandlerForm(tree, cancellationToken));
            _summarises = summarises;
            return summarises;
        }
    }
}

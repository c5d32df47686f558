using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// Which methods run on one path (init or invoke), found by a breadth-first walk from that path's roots through
/// the calls of this compilation, to <c>coldstart.invoke_path_depth</c>. Built once per path and compilation, on
/// first need, and read-only afterwards.
/// </summary>
internal sealed class PathMap
{
    public PathMap(
        IReadOnlyDictionary<IMethodSymbol, CodePaths> methodPaths, IReadOnlyDictionary<IMethodSymbol, Handler> invokeOrigins, IReadOnlyDictionary<SyntaxNode,
        Handler> invokeRoots)
    {
        MethodPaths = methodPaths;
        InvokeOrigins = invokeOrigins;
        InvokeRoots = invokeRoots;
    }

    /// <summary>The paths each reached method (original definition) runs on.</summary>
    public IReadOnlyDictionary<IMethodSymbol, CodePaths> MethodPaths { get; }

    /// <summary>For the invoke path: the first handler whose invocation reaches each method.</summary>
    public IReadOnlyDictionary<IMethodSymbol, Handler> InvokeOrigins { get; }

    /// <summary>For the invoke path: local functions and stored delegates a handler calls, by declaration.</summary>
    public IReadOnlyDictionary<SyntaxNode, Handler> InvokeRoots { get; }

    public CodePaths PathsOf(IMethodSymbol method) => MethodPaths.TryGetValue(method.OriginalDefinition, out var paths) ? paths : CodePaths.None;
}

/// <summary>Walks the init path or the invoke path of a compilation and returns its <see cref="PathMap"/>.</summary>
internal sealed class PathWalker
{
    private readonly HandlerModel _model;
    private readonly Dictionary<IMethodSymbol, CodePaths> _methodPaths = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, Handler> _invokeOrigin = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<SyntaxNode, Handler> _invokeRootNodes = new();
    private readonly Queue<PathWork> _queue = new();

    private PathWalker(HandlerModel model)
    {
        _model = model;
    }

    /// <summary>From the handlers' bodies (and the delegates they are).</summary>
    public static PathMap WalkInvokePath(HandlerModel model, HandlerDiscovery discovery, CancellationToken cancellationToken)
    {
        var walker = new PathWalker(model);
        foreach (var handler in discovery.Handlers)
        {
            if (handler.Method is { } method)
            {
                walker.Mark(method, CodePaths.Invoke, handler);
            }

            walker._queue.Enqueue(new PathWork(handler.Body, CodePaths.Invoke, 0, handler));
        }

        // MVC constructs a controller for every request, and the Azure worker a function class for every invocation.
        foreach (var controller in discovery.Controllers)
        {
            foreach (var member in controller.Key.GetMembers().Where(m => !m.IsStatic))
            {
                walker.EnqueueConstructionMember(member, CodePaths.Invoke, controller.Value);
            }
        }

        return walker.Walk(cancellationToken);
    }

    /// <summary>From the constructors, initialisers and startup methods of the init types, and the statements before a host starts.</summary>
    public static PathMap WalkInitPath(HandlerModel model, HandlerDiscovery discovery, CancellationToken cancellationToken)
    {
        return WalkInitPath(model, discovery.InitTypes, discovery.InitRegions, cancellationToken);
    }

    /// <summary>The init path from <paramref name="types"/> and <paramref name="regions"/> only.</summary>
    public static PathMap WalkInitPath(
        HandlerModel model, IEnumerable<INamedTypeSymbol> types, IEnumerable<HandlerDiscovery.InitRegion> regions, CancellationToken cancellationToken)
    {
        var walker = new PathWalker(model);
        foreach (var type in types)
        {
            foreach (var member in type.GetMembers())
            {
                walker.EnqueueInitMember(member);
            }
        }

        foreach (var statement in regions.SelectMany(r => r.Statements))
        {
            walker._queue.Enqueue(new PathWork(statement, CodePaths.Init, 0, null));
        }

        return walker.Walk(cancellationToken);
    }

    // Breadth-first, so that every method is reached at its smallest depth.
    private PathMap Walk(CancellationToken cancellationToken)
    {
        while (_queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var work = _queue.Dequeue();
            if (work.Depth < _model.Options.InvokePathDepth)
            {
                WalkBody(work);
            }
        }

        return new PathMap(_methodPaths, _invokeOrigin, _invokeRootNodes);
    }

    private void EnqueueInitMember(ISymbol member)
    {
        // The host builds these per invocation (a controller, an Azure function class): only their statics are init code.
        if (!member.IsStatic && _model.IsConstructedPerInvocation(member.ContainingType))
        {
            return;
        }

        // A handler type's constructor for unit tests: the runtime uses the parameterless one.
        if (member is IMethodSymbol constructor && _model.IsOnlyForTests(constructor))
        {
            return;
        }

        if (member is IMethodSymbol method && _model.IsStartupMethod(method))
        {
            if (HandlerModel.BodyOf(method) is { } startupMethod)
            {
                Mark(method, CodePaths.Init, null);
                _queue.Enqueue(new PathWork(startupMethod.Body, CodePaths.Init, 0, null));
            }

            return;
        }

        EnqueueConstructionMember(member, member.IsStatic ? CodePaths.Init | CodePaths.StaticInit : CodePaths.Init, null);
    }

    // Constructors and field/property initialisers: what constructing the type (or, static, first using it) runs.
    private void EnqueueConstructionMember(ISymbol member, CodePaths paths, Handler? origin)
    {
        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor:
                Mark(constructor, paths, origin);
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    // A primary constructor's declaration is its type's: it runs only the base constructor call (the
                    // initialisers are walked as members), not the bodies of the type's methods.
                    var syntax = reference.GetSyntax();
                    if (syntax is TypeDeclarationSyntax type)
                    {
                        var baseCalls = type.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>();
                        foreach (var baseCall in baseCalls ?? Enumerable.Empty<PrimaryConstructorBaseTypeSyntax>())
                        {
                            _queue.Enqueue(new PathWork(baseCall.ArgumentList, paths, 0, origin));
                        }

                        continue;
                    }

                    _queue.Enqueue(new PathWork(syntax, paths, 0, origin));
                }

                break;

            case IFieldSymbol or IPropertySymbol:
                foreach (var reference in member.DeclaringSyntaxReferences)
                {
                    var initializer = reference.GetSyntax() switch
                    {
                        VariableDeclaratorSyntax declarator => declarator.Initializer,
                        PropertyDeclarationSyntax property => property.Initializer,
                        _ => null,
                    };
                    if (initializer is not null)
                    {
                        _queue.Enqueue(new PathWork(initializer, paths, 0, origin));
                    }
                }

                break;
        }
    }

    private void WalkBody(PathWork work)
    {
        var semanticModel = _model.GetSemanticModel(work.Node.SyntaxTree);
        var isInvoke = (work.Paths & CodePaths.Invoke) != 0;

        // Lambdas inside a handler body usually run during the invocation; on the init path they are deferred. A local
        // function runs when it is called, and is walked from its call.
        // A branch only a developer's machine runs (`if (env.IsDevelopment())`, `if (!isLambda)`) is not walked.
        var nodes = work.Node.DescendantNodesAndSelf(
            n => n == work.Node
            || (!HandlerModel.RunsOnlyOffTheFunction(n)
                && ((isInvoke && n is not LocalFunctionStatementSyntax)
                    || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
                    || (n is AnonymousFunctionExpressionSyntax lambda && HandlerModel.IsRunImmediately(lambda, semanticModel)))));
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ArgumentSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax } argument:
                    // A method group handed to a wrapper (tracing, middleware) runs inside the call on the invoke path;
                    // on the init path only when it is a configuration callback that runs right away.
                    if ((isInvoke || HandlerModel.IsRunImmediately(argument.Expression, semanticModel))
                        && HandlerModel.MethodGroup(argument.Expression, semanticModel) is { } methodGroup)
                    {
                        Follow(methodGroup, work);
                    }

                    continue;

                case IdentifierNameSyntax identifier
                    when !IsInvokedName(identifier) && _model.ComputedPropertyNames.Contains(identifier.Identifier.ValueText):
                    // Reading a computed property (`DI.ServiceProvider => ...`) runs its getter.
                    if (semanticModel.GetSymbolInfo(identifier).Symbol is IPropertySymbol { GetMethod: { } getter })
                    {
                        Follow(getter, work);
                    }

                    continue;

                case InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax:
                    break;

                default:
                    continue;
            }

            var symbolInfo = semanticModel.GetSymbolInfo(node);
            if ((symbolInfo.Symbol ?? symbolInfo.CandidateSymbols.FirstOrDefault()) is not IMethodSymbol target)
            {
                continue;
            }

            if (target.MethodKind == MethodKind.DelegateInvoke && node is InvocationExpressionSyntax delegateCall)
            {
                FollowDelegate(delegateCall, semanticModel, work);
                continue;
            }

            Follow(target, work);
            foreach (var implementation in _model.ImplementationsOf(target))
            {
                Follow(implementation, work);
            }

            // `await _mediator.Send(new PlaceOrder(...))` runs PlaceOrder's handler (and the pipeline behaviours) inside the call.
            if (HandlerModel.IsMediatorDispatch(target)
                && node is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }
                && semanticModel.GetTypeInfo(arguments[0].Expression).Type is INamedTypeSymbol requestType)
            {
                foreach (var handler in _model.MediatorHandlersOf(requestType))
                {
                    Follow(handler, work);
                }
            }
        }
    }

    // The name of the method a call invokes (`Run` in `Run()` or `tool.Run()`), not a receiver read before the call
    // (`Storage` in `Storage.PutAsync()`, which runs Storage's getter).
    private static bool IsInvokedName(IdentifierNameSyntax identifier)
    {
        return identifier.Parent switch
        {
            InvocationExpressionSyntax => true,
            MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } member => member.Name == identifier,
            _ => false,
        };
    }

    private void Follow(IMethodSymbol target, PathWork work)
    {
        // services.AddPricing() binds to the reduced form of the extension method; its body belongs to the declared one.
        target = target.ReducedFrom ?? target;
        if (!SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, _model.Compilation.Assembly)
            || HandlerModel.BodyOf(target) is not { } declaration)
        {
            return;
        }

        if (Mark(target.OriginalDefinition, work.Paths, work.Origin))
        {
            if (target.MethodKind == MethodKind.LocalFunction && (work.Paths & CodePaths.Invoke) != 0 && work.Origin is not null)
            {
                _invokeRootNodes[declaration.Declaration] = work.Origin;
            }

            _queue.Enqueue(new PathWork(declaration.Body, work.Paths, work.Depth + 1, work.Origin));
        }
    }

    // A delegate stored in a field or local and called from the handler runs per invocation.
    private void FollowDelegate(InvocationExpressionSyntax call, SemanticModel semanticModel, PathWork work)
    {
        var callee = call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke" } invoke ? invoke.Expression : call.Expression;
        var symbol = semanticModel.GetSymbolInfo(callee).Symbol;
        if ((work.Paths & CodePaths.Invoke) == 0 || work.Origin is null || symbol is null || HandlerModel.DelegateInitializer(symbol) is not { } lambda)
        {
            return;
        }

        if (!_invokeRootNodes.ContainsKey(lambda))
        {
            _invokeRootNodes[lambda] = work.Origin;
            _queue.Enqueue(new PathWork(lambda.Body, CodePaths.Invoke, work.Depth + 1, work.Origin));
        }
    }

    private bool Mark(IMethodSymbol method, CodePaths paths, Handler? origin)
    {
        var key = method.OriginalDefinition;
        _methodPaths.TryGetValue(key, out var existing);
        if ((existing | paths) == existing)
        {
            return false;
        }

        _methodPaths[key] = existing | paths;
        if (origin is not null && !_invokeOrigin.ContainsKey(key))
        {
            _invokeOrigin[key] = origin;
        }

        return true;
    }

    private readonly record struct PathWork(SyntaxNode Node, CodePaths Paths, int Depth, Handler? Origin);
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.Analyzers.Handlers
{
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
    /// Built once per compilation and shared by every rule through <see cref="GetOrCreate"/>.
    /// </summary>
    internal sealed class HandlerModel
    {
        private readonly Compilation _compilation;
        private readonly Dictionary<SyntaxTree, SemanticModel> _semanticModels = new();
        private readonly Dictionary<IMethodSymbol, CodePaths> _methodPaths = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, Handler> _invokeOrigin = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<SyntaxNode, Handler> _invokeRootNodes = new();
        private readonly List<InitRegion> _initRegions = new();
        private readonly HashSet<INamedTypeSymbol> _initTypes = new(SymbolEqualityComparer.Default);
        private readonly List<Handler> _handlers = new();
        private readonly ImmutableHashSet<(string TypeName, string MethodName)> _deployedHandlers;
        private Dictionary<IMethodSymbol, List<IMethodSymbol>>? _implementations;
        private HashSet<string>? _computedPropertyNames;

        private HandlerModel(Compilation compilation, CompilationFacts facts)
        {
            _compilation = compilation;
            KnownTypes = facts.KnownTypes;
            Options = facts.Options;
            _deployedHandlers = facts.DeployedHandlers;
        }

        public KnownTypes KnownTypes { get; }

        public ColdStartOptions Options { get; }

        public Compilation Compilation => _compilation;

        public IReadOnlyList<Handler> Handlers => _handlers;

        /// <summary>
        /// True for a function project: AWSProjectType=Lambda, a reference to the Lambda runtime or ASP.NET Core
        /// hosting packages, or at least one handler. A library that merely uses Lambda types is not one.
        /// </summary>
        public bool IsServerlessProject { get; private set; }

        /// <summary>Returns the model of <paramref name="compilation"/>, building it on first use.</summary>
        public static HandlerModel GetOrCreate(Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
        {
            return CompilationFacts.For(compilation, analyzerOptions).Model(cancellationToken);
        }

        /// <summary>
        /// A cheap test run once per compilation before any rule registers work: can this compilation contain a
        /// handler at all? AWSProjectType=Lambda, Lambda types, our attribute, or the ASP.NET Core Lambda hosting extension.
        /// </summary>
        public static bool MayContainHandlers(Compilation compilation, AnalyzerOptions options)
        {
            return (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.AWSProjectType", out var projectType)
                    && string.Equals(projectType, "Lambda", StringComparison.OrdinalIgnoreCase))
                || compilation.GetTypeByMetadataName("Amazon.Lambda.Core.ILambdaContext") is not null
                || compilation.GetTypeByMetadataName("Amazon.Lambda.Annotations.LambdaFunctionAttribute") is not null
                || compilation.GetTypeByMetadataName("Amazon.Lambda.RuntimeSupport.LambdaBootstrapBuilder") is not null
                || compilation.GetTypeByMetadataName("ColdStart.ColdStartHandlerAttribute") is not null
                || compilation.ReferencedAssemblyNames.Any(a => a.Name.StartsWith("Amazon.Lambda.AspNetCoreServer", StringComparison.Ordinal))
                || compilation.ContainsSymbolsWithName("AddAWSLambdaHosting", SymbolFilter.Member);
        }

        /// <summary>The handlers whose init path is the initialisation of <paramref name="type"/>.</summary>
        public IEnumerable<Handler> HandlersOf(INamedTypeSymbol type)
        {
            return _handlers.Where(h => SymbolEqualityComparer.Default.Equals(h.HandlerType, type.OriginalDefinition));
        }

        /// <summary>The handlers that run in the program whose top-level code or Main contains <paramref name="node"/>.</summary>
        public IEnumerable<Handler> HandlersOfProgram(SyntaxNode node)
        {
            var region = _initRegions.FirstOrDefault(r => r.Tree == node.SyntaxTree && r.Span.Contains(node.SpanStart));
            return region is null ? Enumerable.Empty<Handler>() : region.Handlers;
        }

        public SemanticModel GetSemanticModel(SyntaxTree tree)
        {
            lock (_semanticModels)
            {
                if (!_semanticModels.TryGetValue(tree, out var model))
                {
#pragma warning disable RS1030 // The model must see every file to find handlers and follow calls; models are cached per tree.
                    model = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                    _semanticModels.Add(tree, model);
                }

                return model;
            }
        }

        /// <summary>Where <paramref name="node"/> runs: init path, static init, invoke path, several or none.</summary>
        public CodePaths Classify(SyntaxNode node, SemanticModel semanticModel)
        {
            var deferred = false;
            for (var current = node; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax when _invokeRootNodes.ContainsKey(current):
                        return CodePaths.Invoke;

                    case LocalFunctionStatementSyntax localFunction:
                        return PathsOf(semanticModel.GetDeclaredSymbol(localFunction) as IMethodSymbol, deferred);

                    case AnonymousFunctionExpressionSyntax lambda when !IsRunImmediately(lambda, semanticModel):
                        // A lambda only runs when something calls it: on the init path it is deferred work.
                        deferred = true;
                        break;

                    case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                        return PathsOf(semanticModel.GetDeclaredSymbol(current) as IMethodSymbol, deferred);

                    case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax } arrow:
                        var property = semanticModel.GetDeclaredSymbol(arrow.Parent!) as IPropertySymbol;
                        return PathsOf(property?.GetMethod, deferred);

                    case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } declarator }:
                        return deferred ? CodePaths.None : InitializerPaths(semanticModel.GetDeclaredSymbol(declarator));

                    case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax propertyDeclaration }:
                        return deferred ? CodePaths.None : InitializerPaths(semanticModel.GetDeclaredSymbol(propertyDeclaration));

                    case StatementSyntax { Parent: GlobalStatementSyntax or BlockSyntax { Parent: BaseMethodDeclarationSyntax } } statement when !deferred && IsInInitRegion(statement):
                        return CodePaths.Init;

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

                    semanticModel ??= GetSemanticModel(identifier.SyntaxTree);
                    if (SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier).Symbol?.OriginalDefinition, storage.OriginalDefinition)
                        && Classify(identifier, semanticModel) is var paths && (paths & CodePaths.Init) != 0 && (paths & CodePaths.Invoke) == 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsHandedOver(IdentifierNameSyntax identifier)
        {
            SyntaxNode reference = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } member && member.Name == identifier ? member : identifier;
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
                if (_invokeRootNodes.TryGetValue(current, out var handler))
                {
                    return handler;
                }

                if (current is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
                    && semanticModel.GetDeclaredSymbol(current) is IMethodSymbol method
                    && _invokeOrigin.TryGetValue(method.OriginalDefinition, out handler))
                {
                    return handler;
                }
            }

            return null;
        }

        private CodePaths PathsOf(IMethodSymbol? method, bool deferred)
        {
            if (method is null || !_methodPaths.TryGetValue(method.OriginalDefinition, out var paths))
            {
                return CodePaths.None;
            }

            return deferred ? paths & CodePaths.Invoke : paths;
        }

        private CodePaths InitializerPaths(ISymbol? member)
        {
            if (member?.ContainingType is not { } type || !_initTypes.Contains(type.OriginalDefinition))
            {
                return CodePaths.None;
            }

            return member.IsStatic ? CodePaths.Init | CodePaths.StaticInit : CodePaths.Init;
        }

        private bool IsInInitRegion(SyntaxNode node)
        {
            foreach (var region in _initRegions)
            {
                if (region.Tree == node.SyntaxTree && region.Span.Contains(node.SpanStart))
                {
                    return true;
                }
            }

            return false;
        }

        internal static HandlerModel Build(Compilation compilation, CompilationFacts facts, CancellationToken cancellationToken)
        {
            var options = facts.Options;
            var model = new HandlerModel(compilation, facts);
            model.DiscoverMethodHandlers(compilation.Assembly.GlobalNamespace, cancellationToken);
            model.DiscoverHostedHandlers(cancellationToken);
            model.WalkPaths(cancellationToken);
            model.IsServerlessProject =
                string.Equals(options.AwsProjectType, "Lambda", StringComparison.OrdinalIgnoreCase)
                || compilation.ReferencedAssemblyNames.Any(a => a.Name == "Amazon.Lambda.RuntimeSupport" || a.Name.StartsWith("Amazon.Lambda.AspNetCoreServer", StringComparison.Ordinal))
                || model._handlers.Count > 0;
            return model;
        }

        // Forms 1, 2 and 5: methods recognised by their signature or attributes.
        private void DiscoverMethodHandlers(INamespaceSymbol @namespace, CancellationToken cancellationToken)
        {
            foreach (var member in @namespace.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member is INamespaceSymbol child)
                {
                    DiscoverMethodHandlers(child, cancellationToken);
                }
                else if (member is INamedTypeSymbol type && type.Locations.Any(l => l.IsInSource))
                {
                    DiscoverMethodHandlers(type);
                }
            }
        }

        private void DiscoverMethodHandlers(INamedTypeSymbol type)
        {
            if (KnownTypes.LambdaStartupAttribute is not null && HasAttribute(type, KnownTypes.LambdaStartupAttribute))
            {
                _initTypes.Add(type);
            }

            foreach (var member in type.GetMembers())
            {
                if (member is INamedTypeSymbol nested)
                {
                    DiscoverMethodHandlers(nested);
                    continue;
                }

                if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAbstract: false } method)
                {
                    continue;
                }

                HandlerKind? kind = null;
                if (KnownTypes.ColdStartHandlerAttribute is not null && HasAttribute(method, KnownTypes.ColdStartHandlerAttribute))
                {
                    kind = HandlerKind.ColdStartHandlerAttribute;
                }
                else if (_deployedHandlers.Contains((FullName(type), method.Name)))
                {
                    kind = HandlerKind.DeploymentHandlerString;
                }
                else if (KnownTypes.LambdaFunctionAttribute is not null && HasAttribute(method, KnownTypes.LambdaFunctionAttribute))
                {
                    kind = HandlerKind.LambdaFunctionAttribute;
                }
                else if (KnownTypes.LambdaContext is not null && method.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, KnownTypes.LambdaContext)))
                {
                    kind = HandlerKind.LambdaContextParameter;
                }
                else if (method.DeclaredAccessibility == Accessibility.Public && method.Parameters.Length == 1 && IsLambdaEvent(method.Parameters[0].Type))
                {
                    kind = HandlerKind.EventParameter;
                }

                if (kind is { } handlerKind && BodyOf(method) is { } declaration)
                {
                    AddHandler(new Handler(handlerKind, type.Name + "." + method.Name, type, method, declaration.Declaration, declaration.Body));
                }
            }

            AddInheritedDeployedHandlers(type);
        }

        // A handler string may name a method the handler type inherits from a base class in the same compilation.
        private void AddInheritedDeployedHandlers(INamedTypeSymbol type)
        {
            if (_deployedHandlers.IsEmpty)
            {
                return;
            }

            var typeName = FullName(type);
            foreach (var (deployedType, methodName) in _deployedHandlers)
            {
                if (deployedType != typeName)
                {
                    continue;
                }

                for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
                {
                    var inherited = baseType.GetMembers(methodName).OfType<IMethodSymbol>().FirstOrDefault(m => m.MethodKind == MethodKind.Ordinary && !m.IsAbstract);
                    if (inherited is not null && IsInThisCompilation(inherited) && BodyOf(inherited) is { } declaration)
                    {
                        AddHandler(new Handler(HandlerKind.DeploymentHandlerString, type.Name + "." + methodName, type, inherited, declaration.Declaration, declaration.Body));
                        break;
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

        private static string FullName(INamedTypeSymbol type)
        {
            var name = type.MetadataName;
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                name = outer.MetadataName + "+" + name;
                type = outer;
            }

            return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
        }

        // Forms 3 and 4: delegates handed to LambdaBootstrapBuilder.Create and minimal-API routes under AddAWSLambdaHosting.
        private void DiscoverHostedHandlers(CancellationToken cancellationToken)
        {
            var routeCandidates = new List<(InvocationExpressionSyntax Invocation, SemanticModel Model)>();
            var hostingCalls = new List<InvocationExpressionSyntax>();
            foreach (var tree in _compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SemanticModel? semanticModel = null;
                foreach (var invocation in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    var name = InvokedName(invocation);
                    if (name == "Create" && KnownTypes.LambdaBootstrapBuilder is not null && invocation.ArgumentList.Arguments.Count > 0)
                    {
                        semanticModel ??= GetSemanticModel(tree);
                        if (ResolveMethod(semanticModel, invocation) is { } create
                            && SymbolEqualityComparer.Default.Equals(create.ContainingType, KnownTypes.LambdaBootstrapBuilder))
                        {
                            var region = AddInitRegion(invocation, "RunAsync");
                            AddDelegateHandler(invocation.ArgumentList.Arguments[0].Expression, semanticModel, HandlerKind.BootstrapDelegate, region);
                        }
                    }
                    else if (name == "AddAWSLambdaHosting")
                    {
                        hostingCalls.Add(invocation);
                    }
                    else if (name is not null && name.StartsWith("Map", StringComparison.Ordinal) && invocation.ArgumentList.Arguments.Count >= 2)
                    {
                        routeCandidates.Add((invocation, semanticModel ??= GetSemanticModel(tree)));
                    }
                }
            }

            if (hostingCalls.Count == 0)
            {
                return;
            }

            var regions = hostingCalls.Select(call => AddInitRegion(call, "Run", "RunAsync")).ToList();
            foreach (var (route, routeModel) in routeCandidates)
            {
                var region = regions.FirstOrDefault(r => r?.Tree == route.SyntaxTree) ?? regions[0];
                AddDelegateHandler(route.ArgumentList.Arguments.Last().Expression, routeModel, HandlerKind.MinimalApiRoute, region);
            }
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
                    if (symbol is IMethodSymbol method && BodyOf(method) is { } declaration)
                    {
                        var methodType = method.MethodKind == MethodKind.LocalFunction ? programType : method.ContainingType;
                        handler = new Handler(kind, method.MethodKind == MethodKind.LocalFunction ? method.Name : method.ContainingType.Name + "." + method.Name, methodType, method.MethodKind == MethodKind.LocalFunction ? null : method, declaration.Declaration, declaration.Body);
                    }
                    else if (symbol is ILocalSymbol or IFieldSymbol && DelegateInitializer(symbol) is { } initializer)
                    {
                        handler = new Handler(kind, symbol.Name, programType, null, initializer, initializer.Body);
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
            if (_handlers.Any(h => h.Declaration == handler.Declaration))
            {
                return;
            }

            _handlers.Add(handler);
            if (handler.HandlerType is { } type)
            {
                _initTypes.Add(type.OriginalDefinition);
            }
        }

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

            IReadOnlyList<StatementSyntax> statements = statement.Parent is BlockSyntax block
                ? block.Statements
                : ((CompilationUnitSyntax)statement.Parent!.Parent!).Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement).ToList();
            var index = IndexOf(statements, statement);
            var runIndex = index;
            for (var i = index; i < statements.Count; i++)
            {
                if (statements[i].DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(call => runMethodNames.Contains(InvokedName(call))))
                {
                    runIndex = i;
                    break;
                }
            }

            var start = statements[0].SpanStart;
            var end = runIndex == index && !ContainsRunCall(statements[index], runMethodNames) ? statements[index].Span.End : statements[runIndex].SpanStart;
            var existing = _initRegions.FirstOrDefault(r => r.Tree == hostCall.SyntaxTree && r.Span.Start == start);
            if (existing is not null)
            {
                return existing;
            }

            var region = new InitRegion(
                hostCall.SyntaxTree,
                TextSpan.FromBounds(start, Math.Max(start, end)),
                statements.Where(s => s.Span.End <= end && s is not LocalFunctionStatementSyntax).ToList());
            _initRegions.Add(region);
            return region;
        }

        private static bool ContainsRunCall(StatementSyntax statement, string[] runMethodNames)
        {
            return statement.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(call => runMethodNames.Contains(InvokedName(call)));
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

        // Breadth-first walk from the roots so that every method is reached at its smallest depth.
        private void WalkPaths(CancellationToken cancellationToken)
        {
            var queue = new Queue<PathWork>();
            foreach (var handler in _handlers)
            {
                if (handler.Method is { } method)
                {
                    Mark(method, CodePaths.Invoke, handler);
                }
                else
                {
                    _invokeRootNodes[handler.Declaration] = handler;
                }

                queue.Enqueue(new PathWork(handler.Body, CodePaths.Invoke, 0, handler));
            }

            foreach (var type in _initTypes)
            {
                foreach (var member in type.GetMembers())
                {
                    EnqueueInitMember(member, queue);
                }
            }

            foreach (var statement in _initRegions.SelectMany(r => r.Statements))
            {
                queue.Enqueue(new PathWork(statement, CodePaths.Init, 0, null));
            }

            while (queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var work = queue.Dequeue();
                if (work.Depth >= Options.InvokePathDepth)
                {
                    continue;
                }

                WalkBody(work, queue);
            }
        }

        private void EnqueueInitMember(ISymbol member, Queue<PathWork> queue)
        {
            var paths = member.IsStatic ? CodePaths.Init | CodePaths.StaticInit : CodePaths.Init;
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor:
                    Mark(constructor, paths, null);
                    foreach (var reference in constructor.DeclaringSyntaxReferences)
                    {
                        queue.Enqueue(new PathWork(reference.GetSyntax(), paths, 0, null));
                    }

                    break;

                case IMethodSymbol { MethodKind: MethodKind.Ordinary } method when KnownTypes.LambdaStartupAttribute is not null && HasAttribute(method.ContainingType, KnownTypes.LambdaStartupAttribute):
                    if (BodyOf(method) is { } startupMethod)
                    {
                        Mark(method, CodePaths.Init, null);
                        queue.Enqueue(new PathWork(startupMethod.Body, CodePaths.Init, 0, null));
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
                            queue.Enqueue(new PathWork(initializer, paths, 0, null));
                        }
                    }

                    break;
            }
        }

        private void WalkBody(PathWork work, Queue<PathWork> queue)
        {
            var semanticModel = GetSemanticModel(work.Node.SyntaxTree);
            var isInvoke = (work.Paths & CodePaths.Invoke) != 0;

            // Lambdas inside a handler body usually run during the invocation; on the init path they are deferred.
            var nodes = work.Node.DescendantNodesAndSelf(n => isInvoke || n == work.Node || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
                || (n is AnonymousFunctionExpressionSyntax lambda && IsRunImmediately(lambda, semanticModel)));
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case ArgumentSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax } argument:
                        // A method group handed to a wrapper (tracing, middleware) runs inside the call on the invoke path;
                        // on the init path only when it is a configuration callback that runs right away.
                        if ((isInvoke || IsRunImmediately(argument.Expression, semanticModel))
                            && MethodGroup(argument.Expression, semanticModel) is { } methodGroup)
                        {
                            Follow(methodGroup, work, queue);
                        }

                        continue;

                    case IdentifierNameSyntax { Parent: not InvocationExpressionSyntax and not MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } } identifier
                        when ComputedPropertyNames.Contains(identifier.Identifier.ValueText):
                        // Reading a computed property (`DI.ServiceProvider => ...`) runs its getter.
                        if (semanticModel.GetSymbolInfo(identifier).Symbol is IPropertySymbol { GetMethod: { } getter })
                        {
                            Follow(getter, work, queue);
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
                    FollowDelegate(delegateCall, semanticModel, work, queue);
                    continue;
                }

                if (isInvoke && target.MethodKind == MethodKind.LocalFunction && BodyOf(target) is { } local && work.Node.Contains(local.Declaration))
                {
                    continue;
                }

                Follow(target, work, queue);
                foreach (var implementation in ImplementationsOf(target))
                {
                    Follow(implementation, work, queue);
                }
            }
        }

        private void Follow(IMethodSymbol target, PathWork work, Queue<PathWork> queue)
        {
            // services.AddPricing() binds to the reduced form of the extension method; its body belongs to the declared one.
            target = target.ReducedFrom ?? target;
            if (!SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, _compilation.Assembly) || BodyOf(target) is not { } declaration)
            {
                return;
            }

            if (Mark(target.OriginalDefinition, work.Paths, work.Origin))
            {
                if (target.MethodKind == MethodKind.LocalFunction && (work.Paths & CodePaths.Invoke) != 0 && work.Origin is not null)
                {
                    _invokeRootNodes[declaration.Declaration] = work.Origin;
                }

                queue.Enqueue(new PathWork(declaration.Body, work.Paths, work.Depth + 1, work.Origin));
            }
        }

        /// <summary>
        /// Where a call through an interface, abstract or virtual member can land in this compilation: a handler
        /// calling <c>IOrderRepository.SaveAsync</c> runs the repository class's method.
        /// </summary>
        internal IReadOnlyList<IMethodSymbol> ImplementationsOf(IMethodSymbol method)
        {
            if (!(method.IsAbstract || method.IsVirtual || method.IsOverride || method.ContainingType.TypeKind == TypeKind.Interface))
            {
                return Array.Empty<IMethodSymbol>();
            }

            _implementations ??= BuildImplementations();
            return _implementations.TryGetValue(method.OriginalDefinition, out var implementations) ? implementations : (IReadOnlyList<IMethodSymbol>)Array.Empty<IMethodSymbol>();
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

            foreach (var type in SourceTypes(_compilation.Assembly.GlobalNamespace))
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

        private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceOrTypeSymbol container)
        {
            foreach (var member in container.GetMembers())
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

        /// <summary>Names of the source properties whose getter runs code (expression-bodied or with a body): the walker follows reads of them.</summary>
        private HashSet<string> ComputedPropertyNames => _computedPropertyNames ??= new HashSet<string>(
            SourceTypes(_compilation.Assembly.GlobalNamespace)
                .SelectMany(t => t.GetMembers().OfType<IPropertySymbol>())
                .Where(p => p.GetMethod is { } getter && BodyOf(getter) is not null)
                .Select(p => p.Name),
            StringComparer.Ordinal);

        // A delegate stored in a field or local and called from the handler runs per invocation.
        private void FollowDelegate(InvocationExpressionSyntax call, SemanticModel semanticModel, PathWork work, Queue<PathWork> queue)
        {
            var callee = call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke" } invoke ? invoke.Expression : call.Expression;
            var symbol = semanticModel.GetSymbolInfo(callee).Symbol;
            if ((work.Paths & CodePaths.Invoke) == 0 || work.Origin is null || symbol is null || DelegateInitializer(symbol) is not { } lambda)
            {
                return;
            }

            if (!_invokeRootNodes.ContainsKey(lambda))
            {
                _invokeRootNodes[lambda] = work.Origin;
                queue.Enqueue(new PathWork(lambda.Body, CodePaths.Invoke, work.Depth + 1, work.Origin));
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

        /// <summary>
        /// Lambdas handed to LINQ operators, List&lt;T&gt;/Array helpers or Parallel run before the call returns
        /// (LINQ is deferred, but an init path materialises it right away in practice), and so do configuration
        /// callbacks: an <c>Action</c> handed to an <c>Add*</c>/<c>Configure*</c>/<c>Use*</c>/<c>Create*</c> method
        /// (<c>services.AddMediatR(cfg =&gt; ...)</c>, <c>LoggerFactory.Create(b =&gt; ...)</c>). They share the caller's
        /// path instead of being deferred work. Factories (<c>Func</c>) stay deferred: DI calls them on resolution.
        /// </summary>
        internal static bool IsRunImmediately(AnonymousFunctionExpressionSyntax lambda, SemanticModel semanticModel)
        {
            return IsRunImmediately((ExpressionSyntax)lambda, semanticModel);
        }

        private static bool IsRunImmediately(ExpressionSyntax argumentValue, SemanticModel semanticModel)
        {
            if (argumentValue.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
                || semanticModel.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
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

            return IsConfigurationMethod(method.Name)
                && semanticModel.GetTypeInfo(argumentValue).ConvertedType is INamedTypeSymbol { TypeKind: TypeKind.Delegate } callback
                && callback.ContainingNamespace?.ToDisplayString() == "System"
                && callback.Name == "Action";
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

        private static AnonymousFunctionExpressionSyntax? DelegateInitializer(ISymbol symbol)
        {
            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: AnonymousFunctionExpressionSyntax lambda })
                {
                    return lambda;
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

        private static IMethodSymbol? ResolveMethod(SemanticModel semanticModel, InvocationExpressionSyntax invocation)
        {
            var info = semanticModel.GetSymbolInfo(invocation);
            return (info.Symbol ?? info.CandidateSymbols.FirstOrDefault()) as IMethodSymbol;
        }

        private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attributeType)
        {
            return symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
        }

        private static string DelegateDisplayName(AnonymousFunctionExpressionSyntax lambda)
        {
            if (lambda.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
            {
                return declarator.Identifier.ValueText;
            }

            var line = lambda.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            return "the handler lambda on line " + line;
        }

        private sealed class InitRegion
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

        private readonly struct PathWork
        {
            public PathWork(SyntaxNode node, CodePaths paths, int depth, Handler? origin)
            {
                Node = node;
                Paths = paths;
                Depth = depth;
                Origin = origin;
            }

            public SyntaxNode Node { get; }

            public CodePaths Paths { get; }

            public int Depth { get; }

            public Handler? Origin { get; }
        }
    }
}

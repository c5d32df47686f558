using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD301: a client (or an object of a client-owning type) constructed on the invoke path, or registered in dependency
/// injection so that every request scope constructs one (a scoped factory or a scoped implementation type); also a call to
/// a library member, or a construction of a library type, whose hazard summary says it builds a client.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientCreatedPerInvocationAnalyzer : FunctionRule
{
    /// <summary>Diagnostic property: how the code fix should hoist the client (<see cref="HoistStatic"/> or <see cref="HoistLazy"/>).</summary>
    public const string HoistProperty = "Hoist";

    /// <summary>The client is created on every path of its handler: a plain static readonly field.</summary>
    public const string HoistStatic = "Static";

    /// <summary>Some paths do not create the client: a static Lazy&lt;T&gt; field.</summary>
    public const string HoistLazy = "Lazy";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ClientCreatedPerInvocation);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterOperationAction(operation => Analyze(operation, facts), OperationKind.ObjectCreation);
        start.RegisterOperationAction(operation => AnalyzeWebClientCreation(operation, facts), OperationKind.ObjectCreation);
        start.RegisterOperationAction(operation => AnalyzeScopedTypeRegistration(operation, facts), OperationKind.Invocation);
        start.RegisterOperationAction(operation => AnalyzeLibraryCall(operation, facts), OperationKind.Invocation, OperationKind.Invalid);
        start.RegisterOperationAction(operation => AnalyzeBuildingCall(operation, facts), OperationKind.Invocation);
        start.RegisterOperationAction(operation => AnalyzeUnboundCreation(operation, facts), OperationKind.Invalid);
        start.RegisterOperationAction(operation => AnalyzeServerVersionDetection(operation, facts), OperationKind.Invocation);
    }

    // A call that builds what costs like a client, reported where it runs on the invoke path. No fix for any of them:
    // hoisting a call (often awaited, often given the invocation's values) is not the mechanical move a `new` allows.
    private static void AnalyzeBuildingCall(OperationAnalysisContext context, CompilationFacts facts)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (WhatTheCallBuilds(invocation, facts) is not { } built || invocation.SemanticModel is not { } semanticModel)
        {
            return;
        }

        // `AddScoped(_ => RestClient.For<IApi>(url))`: the factory runs for every request scope.
        if (facts.Clients.ClientMadeBy(invocation.TargetMethod) is not null && ScopedRegistrationOf(invocation, facts.KnownTypes) is { } registration)
        {
            ReportScoped(context, invocation.Syntax.GetLocation(), built.What, registration);
            return;
        }

        ReportCallOnInvokePath(context, facts, invocation, semanticModel, built.What, built.Advice);
    }

    // A client or connection whose result is kept (`_redis ??= ...`, a static field) is built once.
    private static bool IsKept(IInvocationOperation invocation) => IsCachedOnce(invocation) || LibraryHazards.IsKeptInStaticStorage(invocation);

    private static (string What, Func<Handler, string> Advice)? WhatTheCallBuilds(
        IInvocationOperation invocation, CompilationFacts facts)
    {
        var method = invocation.TargetMethod;

        // `ConnectionMultiplexer.Connect(...)`, `GrpcChannel.ForAddress(...)`: a client built by its type's static factory.
        if (facts.Clients.ClientMadeBy(method) is { } client)
        {
            return IsKept(invocation) ? null : ($"'{client.Name}' (built by {method.ContainingType.Name}.{method.Name})", CreateOnceAdvice);
        }

        // `WebRequest.Create(url)`: on .NET (Core) every HttpWebRequest sends through an HTTP handler of its own.
        if (IsLegacyWebRequestFactory(method))
        {
            return ($"'{method.ReturnType.Name}' (an HttpWebRequest, {LegacyHttpCost})", _ => LegacyHttpAdvice);
        }

        // `services.BuildServiceProvider()`: a container per invocation builds every singleton it holds again, the HttpClient
        // factory and the clients registered in it among them.
        if (method.Name == "BuildServiceProvider" && method.ContainingType.Is(facts.KnownTypes.ServiceProviderBuilder))
        {
            return (
                "'ServiceProvider' (a dependency-injection container, which builds each of its singletons, clients included, again)",
                _ => "build the container once, in a static field or at start-up, and create a scope from it for each invocation");
        }

        // `Host.CreateDefaultBuilder()...Build()`: a generic host per invocation reads its configuration and builds its container,
        // and with it each of its singletons, again.
        if (IsHostBuild(method))
        {
            return IsKept(invocation)
                ? null
                : (
                    $"'{method.ReturnType.Name}' (a host, which reads its configuration and builds its container and each of its singletons, "
                        + "clients included, again)",
                    _ => "build the host once, in a static field or at start-up, and create a scope from its services for each invocation");
        }

        // ServiceBusClient.CreateSender/CreateReceiver/CreateProcessor open an AMQP link each, meant to be created once per
        // queue or topic; typically in an Azure function class's constructor, which the worker runs per invocation.
        if (facts.Clients.LinkOpenedBy(method) is not null && invocation.ParentWithoutConversions() is not ICoalesceAssignmentOperation)
        {
            return (
                $"'{method.ReturnType.Name}' (a new AMQP link)",
                _ => "create it once per queue or topic (a singleton beside the ServiceBusClient) and reuse it");
        }

        // `factory.CreateConnection()`, or `sftp.Connect()` on a client built just before: a connection per invocation.
        if (facts.Clients.ConnectionOpenedBy(invocation) is { } connection && !IsKept(invocation))
        {
            return (
                $"connection ({ClientTypeClassifier.DescribeConnection(method, connection)})",
                _ => $"keep one connected '{connection.Name}' for the process (a static lazy field or a singleton) and reuse it, "
                    + "reconnecting only when it drops");
        }

        return null;
    }

    // `options.UseMySql(connection, ServerVersion.AutoDetect(connection))` in AddDbContext's options callback: the options are
    // scoped, so the container runs the callback, and the detection's connection to the server, for every request scope.
    private static void AnalyzeServerVersionDetection(OperationAnalysisContext context, CompilationFacts facts)
    {
        var detection = (IInvocationOperation)context.Operation;
        if (!ExpensiveInitialisationAnalyzer.IsServerVersionDetection(detection.TargetMethod)
            || ExpensiveInitialisationAnalyzer.ScopedDbContextOptionsOf(detection) is not { } registration
            || detection.SemanticModel is not { } semanticModel)
        {
            return;
        }

        var model = facts.Model(context.CancellationToken);
        if (!model.IsServerlessProject || model.IsInLocalHarness(detection.Syntax, semanticModel))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClientCreatedPerInvocation,
            detection.Syntax.GetLocation(),
            ServerVersionConnection,
            $"for every request scope, because {registration.TargetMethod.Name} runs its options callback whenever it builds the context's "
                + "options, once per scope",
            DetectVersionOnce + "; no automatic fix: the connection string may depend on the scope"));
    }

    private const string ServerVersionConnection = "MySQL connection ('ServerVersion.AutoDetect' connects to ask the server its version)";

    private const string DetectVersionOnce = "detect the version once at start-up and pass that value in, or name the version (new MySqlServerVersion(...))";

    private const string LegacyHttpCost = "which on .NET builds a new HTTP handler and connection pool for every request it sends";

    private const string LegacyHttpAdvice =
        "send the request with one shared HttpClient instead (a static field, or IHttpClientFactory); keeping this object would not help, "
        + "so there is no automatic fix";

    // WebRequest.Create / CreateHttp (also called through HttpWebRequest) of System.Net.
    private static bool IsLegacyWebRequestFactory(IMethodSymbol method)
        => method is { IsStatic: true, Name: "Create" or "CreateHttp", ContainingType: { Name: "WebRequest" or "HttpWebRequest" } type }
            && type.ContainingNamespace?.ToDisplayString() == "System.Net";

    // `new WebClient()` on the invoke path: WebClient sends each request through an HttpWebRequest, so on .NET it builds an
    // HTTP handler per request whether or not the WebClient itself is kept; a shared HttpClient is the change, not a hoist.
    private static void AnalyzeWebClientCreation(OperationAnalysisContext context, CompilationFacts facts)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not { Name: "WebClient" } type || type.ContainingNamespace?.ToDisplayString() != "System.Net"
            || creation.SemanticModel is not { } semanticModel)
        {
            return;
        }

        ReportCallOnInvokePath(context, facts, creation, semanticModel, $"'WebClient' ({LegacyHttpCost})", _ => LegacyHttpAdvice);
    }

    private static string CreateOnceAdvice(Handler handler) => IsAzure(handler)
        ? "register it once as a singleton in Program.cs and take it as a constructor parameter, or keep it in a static (lazy) field"
        : "create it once in a static (lazy) field and reuse it";

    // A call that builds a client (or something as costly), reported where it runs on the invoke path; no code fix.
    private static void ReportCallOnInvokePath(
        OperationAnalysisContext context,
        CompilationFacts facts,
        IOperation invocation,
        SemanticModel semanticModel,
        string built,
        Func<Handler, string> advice)
    {
        var model = facts.Model(context.CancellationToken);
        if ((model.PathsOf(invocation, CodePaths.Invoke) & CodePaths.Invoke) == 0 || model.InvokingHandler(invocation.Syntax, semanticModel) is not { } handler)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClientCreatedPerInvocation,
            RuleSupport.CallLocation(invocation),
            built,
            Where(invocation, semanticModel, model, handler),
            advice(handler)));
    }

    private static void Analyze(OperationAnalysisContext context, CompilationFacts facts)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var client = facts.Clients.ClientBuiltBy(creation);
        var library = client is null ? LibraryHazards.Called(creation, facts, RuleIds.ClientCreatedPerInvocation, context.CancellationToken) : null;
        if ((client is null && library is null) || creation.SemanticModel is not { } semanticModel || IsCachedOnce(creation))
        {
            return;
        }

        if (client is not null && ScopedRegistrationOf(creation, facts.KnownTypes) is { } registration)
        {
            ReportScoped(context, creation.Syntax.GetLocation(), ClientTypeClassifier.Describe(creation.Type!, client), registration);
            return;
        }

        var model = facts.Model(context.CancellationToken);
        if ((model.PathsOf(creation, CodePaths.Invoke) & CodePaths.Invoke) == 0 || model.InvokingHandler(creation.Syntax, semanticModel) is not { } handler
            || (client is not null && (RuleSupport.IsHandlerTypeBuildingClients(model, creation.Type!, client)
                || IsBuiltByItsOwner(creation.Syntax, semanticModel, model, facts.Clients))))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        var smtp = client is not null && ClientTypeClassifier.SendsOneMessageAtATime(client);
        if (smtp)
        {
            properties = properties.Add(ReflectionJsonSerialisationAnalyzer.NoFixProperty, SmtpNoFix);
        }
        else if (CanHoist(creation))
        {
            var everyPath = handler.Body.Contains(creation.Syntax)
                ? PathCoverage.ReachesOnEveryPath(model, handler.Body, creation.Syntax)
                : IsBuiltOnEveryConstruction(creation, semanticModel, model);
            properties = properties.Add(HoistProperty, everyPath ? HoistStatic : HoistLazy);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClientCreatedPerInvocation,
            creation.Syntax.GetLocation(),
            library is null ? properties : library.Properties(properties),
            DescribeBuilt(creation.Type!, client, library),
            Where(creation, semanticModel, model, handler),
            smtp ? SmtpAdvice : AdviceFor(creation, facts, handler)));
    }

    private const string SmtpAdvice = "keep one connected client and send every message of the invocation through it; to share it across "
        + "invocations, guard it with a lock or pool connected clients (no automatic fix: " + SmtpNoFix + ")";

    private static string AdviceFor(IObjectCreationOperation creation, CompilationFacts facts, Handler handler)
    {
        return IsBuiltFromInvocationCredentials(creation, facts.KnownTypes)
            ? "it is built from this invocation's credentials, so keep one client per distinct credentials "
                + "(for example per tenant) instead of one per invocation"
            : IsAzure(handler)
                ? "register it once as a singleton in Program.cs (AddSingleton, AddAzureClients, or AddHttpClient for an "
                    + "HttpClient) and take it as a constructor parameter, or keep it in a static (lazy) field"
                : "create it once in a static (lazy) field and reuse it";
    }

    /// <summary>Why COLD301 offers no fix for an SMTP client.</summary>
    internal const string SmtpNoFix = "an SMTP client sends one message at a time, so a static one would fail when invocations overlap";

    // `new AmazonLambdaClient("[region]")` while the arguments are being typed (or wrong): no constructor binds, but the
    // type does, and a client per invocation is what the finished line will build. So does the static factory of a client
    // whose package is not restored. No fix until the line compiles.
    private static void AnalyzeUnboundCreation(OperationAnalysisContext context, CompilationFacts facts)
    {
        var syntax = context.Operation.Syntax;
        if (syntax is not (BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax)
            || context.Operation.SemanticModel is not { } semanticModel
            || UnboundClientCreation(context.Operation, facts.Clients, context.CancellationToken) is not { } client)
        {
            return;
        }

        if (ScopedRegistrationOf(context.Operation, facts.KnownTypes) is { } registration)
        {
            ReportScoped(context, syntax.GetLocation(), ClientTypeClassifier.Describe(client, client), registration);
            return;
        }

        var model = facts.Model(context.CancellationToken);
        if ((model.PathsOf(context.Operation, CodePaths.Invoke) & CodePaths.Invoke) == 0
            || model.InvokingHandler(syntax, semanticModel) is not { } handler
            || RuleSupport.IsHandlerTypeBuildingClients(model, client, client)
            || IsBuiltByItsOwner(syntax, semanticModel, model, facts.Clients))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClientCreatedPerInvocation,
            syntax.GetLocation(),
            ClientTypeClassifier.Describe(client, client),
            Where(context.Operation, semanticModel, model, handler),
            CreateOnceAdvice(handler)));
    }

    /// <summary>
    /// The client a construction that does not compile builds: the type named is known and is a client itself
    /// (<c>new AmazonS3Client(credentials)</c> where the credentials' type is unknown), or it is unknown and named as a client
    /// (<c>new OpenForecastClient(key)</c> before its package is restored). Null otherwise.
    /// </summary>
    internal static INamedTypeSymbol? UnboundClientCreation(IOperation operation, ClientTypeClassifier clients, CancellationToken cancellationToken)
    {
        if (operation is IInvalidOperation { Syntax: InvocationExpressionSyntax call, SemanticModel: { } callModel })
        {
            return ClientTypeClassifier.UnboundFactoryClient(call, callModel, cancellationToken);
        }

        if (operation is not IInvalidOperation { Syntax: BaseObjectCreationExpressionSyntax syntax, SemanticModel: { } semanticModel }
            || semanticModel.GetTypeInfo(syntax, cancellationToken).Type is not INamedTypeSymbol type)
        {
            return null;
        }

        if (type.TypeKind == TypeKind.Error)
        {
            return ClientTypeClassifier.IsNamedAsClient(type.Name) ? type : null;
        }

        return clients.ClientBuiltBy(type) is { } client && SymbolEqualityComparer.Default.Equals(client, type) ? type : null;
    }

    private static bool IsAzure(Handler handler) => handler.Kind is HandlerKind.AzureFunction or HandlerKind.AzureMiddleware;

    // An Azure function class's constructor or field initialiser says who runs it, since nothing in the project calls it.
    private static string Where(IOperation creation, SemanticModel semanticModel, HandlerModel model, Handler handler)
    {
        if (IsAzure(handler)
            && semanticModel.GetEnclosingSymbol(creation.Syntax.SpanStart) is { } member
            && member is IMethodSymbol { MethodKind: MethodKind.Constructor } or IFieldSymbol or IPropertySymbol
            && member.ContainingType is { } owner && model.IsConstructedPerInvocation(owner))
        {
            return $"in the {(member is IMethodSymbol ? "constructor" : "field initialiser")} of '{owner.Name}', which the Azure Functions worker runs "
                + $"on every invocation of '{handler.DisplayName}' (it builds the function class per invocation)";
        }

        return $"on every invocation of '{handler.DisplayName}'";
    }

    // A library member whose summary says it builds a client on each call (a facade's method), called on the invoke path.
    private static void AnalyzeLibraryCall(OperationAnalysisContext context, CompilationFacts facts)
    {
        var call = context.Operation;
        if (call.CalledMethod() is not { } target)
        {
            return;
        }

        // `services.AddFileStorage()`, a set-up extension of a library that registers a client as scoped: wherever it
        // is called (at start-up, as a rule), the container builds that client for every request scope.
        if (facts.Libraries.Of(target, LibraryHazards.ScopedClientRegistration) is { } registration)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ClientCreatedPerInvocation,
                RuleSupport.CallLocation(call),
                registration.Properties(),
                $"'{registration.Kind}'",
                $"for every request scope, because '{registration.MemberName}' registers it as scoped ({LibraryHazards.Inside(registration)})",
                "make the library register it with AddSingleton so that every request shares one client"));
        }

        if (facts.Libraries.SolutionLibrariesList(LibraryHazards.ScopedServerVersionDetection)
            && facts.Libraries.Of(target, LibraryHazards.ScopedServerVersionDetection) is { } detection)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ClientCreatedPerInvocation,
                RuleSupport.CallLocation(call),
                detection.Properties(),
                ServerVersionConnection,
                $"for every request scope, because '{detection.MemberName}' registers a context whose scoped options detect the server's version "
                    + $"({LibraryHazards.Inside(detection)})",
                "make the library " + DetectVersionOnce));
        }

        if (facts.Libraries.SolutionLibrariesList(LibraryHazards.TransientRegistration))
        {
            AnalyzeLibraryTransientRegistrations(context, facts, target);
        }

        if (LibraryHazards.Called(call, facts, RuleIds.ClientCreatedPerInvocation, context.CancellationToken) is not { } library
            || call.SemanticModel is not { } semanticModel)
        {
            return;
        }

        var model = facts.Model(context.CancellationToken);
        if ((model.PathsOf(call, CodePaths.Invoke) & CodePaths.Invoke) == 0 || model.InvokingHandler(call.Syntax, semanticModel) is not { } handler)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClientCreatedPerInvocation,
            RuleSupport.CallLocation(call),
            library.Properties(),
            $"'{library.Kind}'",
            $"on every invocation of '{handler.DisplayName}', by '{library.MemberName}' ({LibraryHazards.Inside(library)})",
            "make the library keep one client (in a static field, or one it is given) and reuse it"));
    }

    // services.AddScoped<IAmazonS3, AmazonS3Client>(): the container constructs the implementation once per scope.
    private static void AnalyzeScopedTypeRegistration(OperationAnalysisContext context, CompilationFacts facts)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (AnalyzeRegistrationInContainerBuiltPerInvocation(context, facts, invocation))
        {
            return;
        }

        if (IsTransientRegistration(method, facts.KnownTypes))
        {
            AnalyzeTransientTypeRegistration(context, facts, invocation);
            return;
        }

        if (AwsServiceLifetime(invocation) is { } lifetime)
        {
            AnalyzeAwsServiceRegistration(context, facts, invocation, lifetime);
            return;
        }

        // AddScoped<IAmazonS3, AmazonS3Client>(), or AddScoped<EmployeeService>() for the type itself (or with typeof); a factory
        // that builds a client itself is reported at that `new`, one that builds a client-owning library type here.
        if (!IsScopedRegistration(method, facts.KnownTypes) || RegisteredTypes(invocation) is not ({ } service, { } implementation, var byFactory))
        {
            return;
        }

        var registration = (method.Name, service);
        if (!byFactory && ScopedClientRegistration(invocation, facts.KnownTypes, facts.Clients) is { } scoped)
        {
            ReportScoped(context, RuleSupport.CallLocation(invocation), ClientTypeClassifier.Describe(implementation, scoped.Client), registration);
        }
        else if ((byFactory ? ClientBuiltByLibraryConstructorInFactory(invocation, facts) : ClientBuiltByEveryLibraryConstructor(implementation, facts))
            is { } library)
        {
            ReportScoped(context, RuleSupport.CallLocation(invocation), DescribeBuilt(implementation, null, library), registration, library.Properties());
        }
    }

    // services.AddTransient<IArchive, ReceiptArchive>() where a controller or an Azure function class takes IArchive in its
    // constructor: the host builds that consumer for every invocation, and the container a new transient for each.
    // services.AddTransient(sp => new AzureOpenAIClient(...)) likewise: the factory runs for each consumer built.
    private static void AnalyzeTransientTypeRegistration(OperationAnalysisContext context, CompilationFacts facts, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (RegisteredTypes(invocation) is not ({ } service, { } implementation, var byFactory))
        {
            return;
        }

        var (client, library) = BuiltByRegistration(invocation, implementation, byFactory, facts);
        if ((client is null && library is null) || PerInvocationConsumerOf(service, facts, depth: 0, context.CancellationToken) is not { } consumer)
        {
            return;
        }

        ReportTransient(context, invocation, library?.Properties(), DescribeBuilt(implementation, client, library), method.Name, service, consumer);
    }

    // `services.AddAWSService<IAmazonDynamoDB>(ServiceLifetime.Transient)`: the AWS SDK's registration builds its client with
    // the lifetime it is given, so a scoped one per request scope and a transient one for each consumer the container builds.
    private static void AnalyzeAwsServiceRegistration(
        OperationAnalysisContext context, CompilationFacts facts, IInvocationOperation invocation, ServiceLifetimeKind lifetime)
    {
        var method = invocation.TargetMethod;
        var service = method.TypeArguments[0];
        var registration = $"{method.Name}<{service.Name}>(ServiceLifetime.{lifetime})";
        if (lifetime == ServiceLifetimeKind.Scoped)
        {
            ReportScoped(context, RuleSupport.CallLocation(invocation), $"'{service.Name}'", (registration, service), AwsServiceLifetimeNoFix);
            return;
        }

        if (PerInvocationConsumerOf(service, facts, depth: 0, context.CancellationToken) is { } consumer)
        {
            ReportTransient(context, invocation, AwsServiceLifetimeNoFix, $"'{service.Name}'", registration, service, consumer);
        }
    }

    // A transient registration whose service a consumer built for every invocation takes: each invocation builds one.
    private static void ReportTransient(
        OperationAnalysisContext context,
        IInvocationOperation registration,
        ImmutableDictionary<string, string?>? properties,
        string built,
        string registrationName,
        ITypeSymbol service,
        (INamedTypeSymbol Consumer, Handler Handler, ConsumedAs How) consumer)
    {
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClientCreatedPerInvocation,
            RuleSupport.CallLocation(registration),
            properties,
            built,
            $"on every invocation of '{consumer.Handler.DisplayName}', because {registrationName} registers '{service.Name}' and " + HowConsumed(consumer),
            "register it with AddSingleton so that every invocation shares one client"));
    }

    private static readonly ImmutableDictionary<string, string?> AwsServiceLifetimeNoFix = ImmutableDictionary<string, string?>.Empty.Add(
        ReflectionJsonSerialisationAnalyzer.NoFixProperty,
        "a lifetime is shared by every consumer of the service; drop the lifetime argument (AddAWSService registers a singleton by default)");

    private enum ServiceLifetimeKind
    {
        Scoped = 1,
        Transient = 2,
    }

    // The ServiceLifetime given to AWSSDK.Extensions.NETCore.Setup's AddAWSService<T>/TryAddAWSService<T>, when it is Scoped or
    // Transient; null for the default singleton and for any other call.
    private static ServiceLifetimeKind? AwsServiceLifetime(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        return method is { Name: "AddAWSService" or "TryAddAWSService", TypeArguments.Length: 1 }
            && method.ContainingAssembly?.Name == "AWSSDK.Extensions.NETCore.Setup"
            && invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "lifetime") is { ArgumentKind: ArgumentKind.Explicit } argument
            && argument.Value.ConstantValue is { HasValue: true, Value: int value } && value is 1 or 2
                ? (ServiceLifetimeKind)value
                : null;
    }

    // `services.AddMessaging()`, a set-up extension of a library that registers a client-owning class of the solution's
    // libraries as transient, where a consumer built for every invocation takes its service: each invocation builds one.
    private static void AnalyzeLibraryTransientRegistrations(OperationAnalysisContext context, CompilationFacts facts, IMethodSymbol target)
    {
        foreach (var registration in facts.Libraries.Of(target).Where(h => h.Rule == LibraryHazards.TransientRegistration))
        {
            if (DocumentationCommentId.GetFirstSymbolForDeclarationId(registration.OriginId, context.Compilation) is not INamedTypeSymbol implementation
                || DocumentationCommentId.GetFirstSymbolForDeclarationId(registration.Kind, context.Compilation) is not ITypeSymbol service)
            {
                continue;
            }

            var client = facts.Clients.ClientBuiltBy(implementation);
            var library = client is null ? ClientBuiltByEveryLibraryConstructor(implementation, facts) : null;
            if ((client is null && library is null) || PerInvocationConsumerOf(service, facts, depth: 0, context.CancellationToken) is not { } consumer)
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ClientCreatedPerInvocation,
                RuleSupport.CallLocation(context.Operation),
                library?.Properties(),
                DescribeBuilt(implementation, client, library),
                $"on every invocation of '{consumer.Handler.DisplayName}', because '{registration.MemberName}' registers '{service.Name}' as transient "
                    + $"({LibraryHazards.Inside(registration)}) and " + HowConsumed(consumer),
                "make the library register it with AddSingleton so that every invocation shares one client"));
        }
    }

    private static string HowConsumed((INamedTypeSymbol Consumer, Handler Handler, ConsumedAs How) consumer) => consumer.How switch
    {
        ConsumedAs.FromServicesParameter =>
            $"'{consumer.Handler.DisplayName}' takes it as a [FromServices] parameter, which Lambda Annotations resolves for every invocation",
        ConsumedAs.Resolved => $"'{consumer.Handler.DisplayName}' resolves it from the container on every invocation",
        _ => $"'{consumer.Consumer.Name}', which is built for every invocation, takes it in its constructor",
    };

    // What a registration registers: AddTransient<IArchive, ReceiptArchive>(), AddTransient<IArchive>(sp => ...), or the same
    // with types (AddTransient(typeof(IArchive), typeof(ReceiptArchive)), AddTransient(typeof(AzureOpenAIClient), sp => ...)).
    // A factory's service is its implementation too: what the factory builds is read from its body.
    private static (ITypeSymbol Service, ITypeSymbol Implementation, bool ByFactory)? RegisteredTypes(IInvocationOperation registration)
    {
        var method = registration.TargetMethod;
        var arguments = registration.Arguments.Select(a => a.Value.WithoutConversions()).ToList();
        var byFactory = arguments.Any(a => a is IDelegateCreationOperation);
        if (method.TypeArguments.Length is 1 or 2)
        {
            return arguments.Count == (byFactory ? 2 : 1)
                ? (method.TypeArguments[0], method.TypeArguments[method.TypeArguments.Length - 1], byFactory)
                : null;
        }

        var types = arguments.OfType<ITypeOfOperation>().Select(t => t.TypeOperand).ToList();
        return method.TypeArguments.Length == 0 && types.Count is 1 or 2 && !(byFactory && types.Count == 2)
            && arguments.Count == 1 + types.Count + (byFactory ? 1 : 0)
            ? (types[0], types[types.Count - 1], byFactory)
            : null;
    }

    // A controller or an Azure function class that takes the service (or a Lambda Annotations function's [FromServices]
    // parameter, or a handler that resolves it from a container), or a scoped or transient service that takes it and is
    // itself taken by one (a repository under a use case under a controller): each is built for every invocation, and the
    // transient with it. A singleton on the way builds it once.
    private static (INamedTypeSymbol Consumer, Handler Handler, ConsumedAs How)? PerInvocationConsumerOf(
        ITypeSymbol service, CompilationFacts facts, int depth, CancellationToken cancellationToken)
    {
        if (facts.Model(cancellationToken).PerInvocationConsumerOf(service) is { } direct)
        {
            return direct;
        }

        if (depth == MaxConsumerChain)
        {
            return null;
        }

        foreach (var (consumer, registeredAs) in facts.Registrations(cancellationToken).PerScopeConsumersOf(service))
        {
            if (PerInvocationConsumerOf(registeredAs, facts, depth + 1, cancellationToken) is { } chain)
            {
                return (consumer, chain.Handler, ConsumedAs.ConstructorParameter);
            }
        }

        return null;
    }

    private const int MaxConsumerChain = 3;

    // A type of a referenced library whose summary says each of its constructors builds a client: the container runs one
    // of them for every scope.
    private static LibraryHazard? ClientBuiltByEveryLibraryConstructor(ITypeSymbol type, CompilationFacts facts)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class } named || !facts.Libraries.IsReferenced(named))
        {
            return null;
        }

        LibraryHazard? first = null;
        foreach (var constructor in named.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public))
        {
            if (facts.Libraries.Of(constructor, RuleIds.ClientCreatedPerInvocation) is not { } hazard)
            {
                return null;
            }

            first ??= hazard;
        }

        return first;
    }

    private static void ReportScoped(
        OperationAnalysisContext context,
        Location location,
        string built,
        (string Method, ITypeSymbol Service) registration,
        ImmutableDictionary<string, string?>? properties = null)
    {
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClientCreatedPerInvocation,
            location,
            properties,
            built,
            $"for every request scope, because {registration.Method} registers '{registration.Service.Name}'",
            "register it with AddSingleton so that every request shares one client"));
    }

    /// <summary>The scoped registration whose factory lambda returns <paramref name="creation"/>, if any.</summary>
    private static (string Method, ITypeSymbol Service)? ScopedRegistrationOf(IOperation creation, KnownTypes known)
    {
        if (ServiceRegistrations.FactoryRegistrationOf(creation) is ({ } registration, { } factory)
            && IsScopedRegistration(registration.TargetMethod, known)
            && (RegisteredTypes(registration)?.Service ?? factory.Symbol.ReturnType) is { } service)
        {
            return (registration.TargetMethod.Name, service);
        }

        return UnboundScopedRegistrationOf(creation, known);
    }

    // `services.AddScoped(_ => new GraphServiceClient(new DefaultAzureCredential()))` where the client's package is not
    // restored: the factory returns a type that does not resolve, so AddScoped's type argument cannot be inferred and the
    // call does not bind; its candidates still say it is AddScoped, and the factory's body what it registers.
    private static (string Method, ITypeSymbol Service)? UnboundScopedRegistrationOf(IOperation creation, KnownTypes known)
    {
        if (creation.SemanticModel is not { } semanticModel
            || creation.Syntax.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() is not
                { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } } factory
            || semanticModel.GetSymbolInfo(call) is not { Symbol: null } binding
            || binding.CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault(m => IsScopedRegistration(m.ReducedFrom ?? m, known)) is not { } method
            || factory.ExpressionBody is not { } body
            || semanticModel.GetTypeInfo(body).Type is not { } service)
        {
            return null;
        }

        return (method.Name, service);
    }

    /// <summary>
    /// What a scoped registration makes the container build once per request scope, when that costs like a client:
    /// <c>AddScoped&lt;IAmazonS3, AmazonS3Client&gt;()</c>, <c>AddScoped&lt;Archive&gt;()</c> over a client-owning type, or a
    /// factory <c>AddScoped&lt;IAmazonS3&gt;(_ =&gt; new AmazonS3Client())</c>; with the registration as a library's summary
    /// names it (<c>AddScoped&lt;IAmazonS3, AmazonS3Client&gt;</c>). Null for anything else.
    /// </summary>
    internal static (string Registration, ITypeSymbol Client, IMethodSymbol? Builder)? ScopedClientRegistration(
        IInvocationOperation invocation, KnownTypes known, ClientTypeClassifier clients)
    {
        var method = invocation.TargetMethod;
        if (!IsScopedRegistration(method, known) || RegisteredTypes(invocation) is not ({ } service, { } implementation, var byFactory))
        {
            return null;
        }

        var registration = RegistrationName(method, service, implementation, byFactory);
        if (!byFactory)
        {
            // A client-owning type: the constructor that builds its client is where the change is needed.
            var builder = implementation is INamedTypeSymbol named
                ? named.InstanceConstructors.FirstOrDefault(c => !c.DeclaringSyntaxReferences.IsEmpty && clients.ClientBuiltBy(c) is not null)
                : null;
            return clients.ClientBuiltBy(implementation) is { } client ? (registration, client, builder) : null;
        }

        return ClientBuiltByFactory(invocation, clients) is { } built ? (registration, built, null) : null;
    }

    // AddScoped(typeof(IArchive), typeof(S3Archive)) is named as its generic twin.
    private static string RegistrationName(IMethodSymbol method, ITypeSymbol service, ITypeSymbol implementation, bool byFactory)
    {
        var registered = method.TypeArguments.Length > 0
            ? method.TypeArguments.ToArray()
            : byFactory || SymbolEqualityComparer.Default.Equals(service, implementation) ? new[] { service } : new[] { service, implementation };
        return $"{method.Name}<{string.Join(", ", registered.Select(t => t.Name))}>";
    }

    /// <summary>
    /// A transient or scoped registration by type of a class of the solution's libraries (an assembly without a strong name)
    /// or of a client (<c>AddTransient&lt;IMessageStore, QueueMessageStore&gt;()</c>), named as a library's summary lists it;
    /// null for anything else (a factory, a singleton, a framework or package type).
    /// </summary>
    internal static (bool Transient, string Registration, ITypeSymbol Service, INamedTypeSymbol Implementation)? PerScopeTypeRegistration(
        IInvocationOperation invocation, KnownTypes known, ClientTypeClassifier clients)
    {
        var method = invocation.TargetMethod;
        var transient = IsTransientRegistration(method, known);
        if (!(transient || IsScopedRegistration(method, known))
            || RegisteredTypes(invocation) is not ({ } service, INamedTypeSymbol implementation, false)
            || (implementation.ContainingAssembly is not { Identity.HasPublicKey: false } && clients.ClientBuiltBy(implementation) is null))
        {
            return null;
        }

        return (transient, RegistrationName(method, service, implementation, byFactory: false), service, implementation);
    }

    // The client a registration's factory lambda builds (`sp => new AzureOpenAIClient(...)`, `_ => builder.Build()`), or null.
    private static ITypeSymbol? ClientBuiltByFactory(IInvocationOperation registration, ClientTypeClassifier clients)
    {
        return FactoryOf(registration)?.Body.DescendantsAndSelf()
            .Select(operation => operation switch
            {
                IObjectCreationOperation creation => clients.ClientBuiltBy(creation),
                IInvocationOperation call => clients.ClientMadeBy(call.TargetMethod),
                _ => null,
            })
            .FirstOrDefault(c => c is not null);
    }

    // A registration of any lifetime whose container is built on the invoke path (a handler that builds a generic host, or a
    // service provider, each time it runs): the container builds the registered type again for every invocation, and with
    // it the client the type builds. Reported at the registration; the host or provider build itself is reported as well.
    private static bool AnalyzeRegistrationInContainerBuiltPerInvocation(
        OperationAnalysisContext context, CompilationFacts facts, IInvocationOperation registration)
    {
        var method = registration.TargetMethod;
        if (!(method.ContainingType.Is(facts.KnownTypes.ServiceRegistration) || method.ContainingType.Is(facts.KnownTypes.ServiceTryRegistration))
            || RegisteredTypes(registration) is not ({ } service, { } implementation, var byFactory))
        {
            return false;
        }

        // What the registration builds first: most registrations build no client, and need no look for their container.
        var (client, library) = BuiltByRegistration(registration, implementation, byFactory, facts);
        var model = facts.Model(context.CancellationToken);
        if ((client is null && library is null)
            || ContainerBuildOf(registration) is not { } build
            || build.SemanticModel is not { } semanticModel
            || IsKept(build)
            || (model.PathsOf(build, CodePaths.Invoke) & CodePaths.Invoke) == 0
            || model.InvokingHandler(build.Syntax, semanticModel) is not { } handler)
        {
            return false;
        }

        var built = build.TargetMethod;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClientCreatedPerInvocation,
            RuleSupport.CallLocation(registration),
            library?.Properties(),
            DescribeBuilt(implementation, client, library),
            $"on every invocation of '{handler.DisplayName}', because {method.Name} registers '{service.Name}' in a container that "
                + $"'{built.ContainingType.Name}.{built.Name}' builds on every invocation",
            "build the container once, in a static field or at start-up, so that every invocation shares one client"));
        return true;
    }

    // The call that builds the container a registration adds to, when one method holds both: the `Build()` of the host
    // builder whose `ConfigureServices(services => ...)` callback registers it, or the `Build()`/`BuildServiceProvider()` of the
    // builder or collection (a local) the registration is made on. Read from the syntax, because one call in the callback
    // that does not bind (a package not restored) leaves the callback's `ConfigureServices` unbound too.
    private static IInvocationOperation? ContainerBuildOf(IInvocationOperation registration)
    {
        if (registration.SemanticModel is not { } semanticModel || registration.Syntax is not InvocationExpressionSyntax call)
        {
            return null;
        }

        ExpressionSyntax madeOn = call;
        if (call.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() is
                { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax configure } } }
            && HandlerModel.InvokedName(configure) == "ConfigureServices")
        {
            for (ExpressionSyntax current = configure;
                current.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax next } access && access.Expression == current;
                current = next)
            {
                if (ContainerBuild(next, semanticModel) is { } chained)
                {
                    return chained;
                }
            }

            madeOn = configure;
        }

        if (ChainRoot(madeOn) is not IdentifierNameSyntax root
            || semanticModel.GetSymbolInfo(root).Symbol is not ILocalSymbol local
            || madeOn.Ancestors().FirstOrDefault(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax
                or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax) is not { } body)
        {
            return null;
        }

        return body.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(candidate => ChainRoot(candidate) is IdentifierNameSyntax built && built.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(built).Symbol, local))
            .Select(candidate => ContainerBuild(candidate, semanticModel))
            .FirstOrDefault(build => build is not null);
    }

    private static IInvocationOperation? ContainerBuild(InvocationExpressionSyntax call, SemanticModel semanticModel)
        => HandlerModel.InvokedName(call) is "Build" or "BuildServiceProvider"
            && semanticModel.GetOperation(call) is IInvocationOperation build && IsContainerBuild(build.TargetMethod)
                ? build
                : null;

    // What a fluent chain of calls starts from: `services` in `services.AddSingleton<A>().AddSingleton<B>()`.
    private static ExpressionSyntax ChainRoot(ExpressionSyntax expression)
    {
        while (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
        {
            expression = access.Expression;
        }

        return expression;
    }

    private static bool IsContainerBuild(IMethodSymbol method)
        => method.Name == "BuildServiceProvider" && method.ContainingType.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.DependencyInjection"
            || IsHostBuild(method);

    // Build() of the generic host's builders (Microsoft.Extensions.Hosting) and of ASP.NET Core's WebApplicationBuilder.
    private static bool IsHostBuild(IMethodSymbol method)
        => method.Name == "Build" && method.Parameters.IsEmpty
            && method.ContainingType.ToDisplayString() is "Microsoft.Extensions.Hosting.IHostBuilder" or "Microsoft.Extensions.Hosting.HostBuilder"
                or "Microsoft.Extensions.Hosting.HostApplicationBuilder" or "Microsoft.AspNetCore.Builder.WebApplicationBuilder";

    // What a registration's implementation, or its factory, builds: a client, or else a client-owning type of a library.
    private static (ITypeSymbol? Client, LibraryHazard? Library) BuiltByRegistration(
        IInvocationOperation registration, ITypeSymbol implementation, bool byFactory, CompilationFacts facts)
    {
        var client = byFactory ? ClientBuiltByFactory(registration, facts.Clients) : facts.Clients.ClientBuiltBy(implementation);
        var library = client is not null ? null
            : byFactory ? ClientBuiltByLibraryConstructorInFactory(registration, facts)
            : ClientBuiltByEveryLibraryConstructor(implementation, facts);
        return (client, library);
    }

    private static string DescribeBuilt(ITypeSymbol implementation, ITypeSymbol? client, LibraryHazard? library)
        => client is not null
            ? ClientTypeClassifier.Describe(implementation, client)
            : $"'{implementation.Name}' (which builds '{library!.Kind}' inside {library.Library})";

    // `sp => new PubgApi(options)` where the summary of the library that declares the constructor says it builds a client.
    private static LibraryHazard? ClientBuiltByLibraryConstructorInFactory(IInvocationOperation registration, CompilationFacts facts)
    {
        return FactoryOf(registration)?.Body.DescendantsAndSelf().OfType<IObjectCreationOperation>()
            .Select(creation => creation.Constructor is { ContainingType: { } type } constructor && facts.Libraries.IsReferenced(type)
                ? facts.Libraries.Of(constructor, RuleIds.ClientCreatedPerInvocation)
                : null)
            .FirstOrDefault(hazard => hazard is not null);
    }

    private static IAnonymousFunctionOperation? FactoryOf(IInvocationOperation registration)
    {
        return registration.Arguments.Select(a => a.Value.WithoutConversions())
            .OfType<IDelegateCreationOperation>().Select(d => d.Target).OfType<IAnonymousFunctionOperation>().FirstOrDefault();
    }

    // AddScoped / TryAddScoped of Microsoft.Extensions.DependencyInjection: one instance per scope, which ASP.NET Core
    // (and AddAWSLambdaHosting) opens for every request. How often a transient is built depends on who consumes it (a
    // singleton consumer builds its transient client once): only a consumer built per invocation is reported.
    private static bool IsTransientRegistration(IMethodSymbol method, KnownTypes known)
    {
        return method.Name is "AddTransient" or "TryAddTransient"
            && (method.ContainingType.Is(known.ServiceRegistration) || method.ContainingType.Is(known.ServiceTryRegistration));
    }

    private static bool IsScopedRegistration(IMethodSymbol method, KnownTypes known)
    {
        return method.Name is "AddScoped" or "TryAddScoped"
            && (method.ContainingType.Is(known.ServiceRegistration) || method.ContainingType.Is(known.ServiceTryRegistration));
    }

    // new AmazonS3Client(credentials) where the credentials come from the invocation (an STS session per caller,
    // a tenant's keys): a static field would serve every caller with the first one's credentials. Credentials built
    // from constants or the environment are the same on every invocation and can be hoisted with the client.
    private static bool IsBuiltFromInvocationCredentials(IObjectCreationOperation creation, KnownTypes knownTypes)
    {
        return creation.Arguments.Any(argument =>
            argument.Value.WithoutConversions() is var value
            && value.Type.DerivesFrom(knownTypes.AwsCredentials)
            && DependsOnTheInvocation(value is ILocalReferenceOperation local ? InitializerOf(local) ?? value : value));
    }

    private static bool DependsOnTheInvocation(IOperation value)
    {
        return value is IParameterReferenceOperation or IAwaitOperation
            || value.Descendants().Any(d => d is IParameterReferenceOperation or IAwaitOperation);
    }

    private static IOperation? InitializerOf(ILocalReferenceOperation local)
    {
        return local.Local.DeclaringSyntaxReferences.Length == 1
            && local.Local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            && local.SemanticModel is { } semanticModel
            && initializer.SyntaxTree == semanticModel.SyntaxTree
                ? semanticModel.GetOperation(initializer)
                : null;
    }

    // A client built in the constructor or an instance initialiser of a client-owning type: the handler's `new Owner()`
    // is reported (naming this client), so one hazard gives one diagnostic, where the fix belongs. A controller has no
    // such `new`: MVC constructs it.
    private static bool IsBuiltByItsOwner(SyntaxNode creation, SemanticModel semanticModel, HandlerModel model, ClientTypeClassifier clients)
    {
        if (creation.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() is not null
            || (semanticModel.GetEnclosingSymbol(creation.SpanStart)?.ContainingType is { } owner && model.IsConstructedPerInvocation(owner)))
        {
            return false;
        }

        var member = creation.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        switch (member)
        {
            case ConstructorDeclarationSyntax constructor when !constructor.Modifiers.Any(SyntaxKind.StaticKeyword):
                return semanticModel.GetDeclaredSymbol(constructor) is { } declared && clients.ClientBuiltBy(declared) is not null;
            case FieldDeclarationSyntax or PropertyDeclarationSyntax when !member.Modifiers.Any(SyntaxKind.StaticKeyword)
                && creation.FirstAncestorOrSelf<EqualsValueClauseSyntax>() is not null:
                return member.Parent is TypeDeclarationSyntax type && clients.ClientBuiltBy(semanticModel.GetDeclaredSymbol(type)) is not null;
            default:
                return false;
        }
    }

    // A controller's field initialiser, or a statement its constructor always runs: MVC constructs the controller for
    // every request, so the client is built on every invocation, and a plain static field is the fix.
    private static bool IsBuiltOnEveryConstruction(IObjectCreationOperation creation, SemanticModel semanticModel, HandlerModel model)
    {
        if (semanticModel.GetEnclosingSymbol(creation.Syntax.SpanStart)?.ContainingType is not { } owner || !model.IsConstructedPerInvocation(owner))
        {
            return false;
        }

        return creation.Syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>() switch
        {
            ConstructorDeclarationSyntax { Body: { } body } => PathCoverage.ReachesOnEveryPath(model, body, creation.Syntax),
            FieldDeclarationSyntax or PropertyDeclarationSyntax => creation.Syntax.Parent is EqualsValueClauseSyntax,
            _ => false,
        };
    }

    /// <summary>
    /// A client its owner builds once and keeps, which is already a cache: <c>_client ??= new X()</c>; a lazily set field
    /// (<c>if (_table != null) return;</c> before the client is built and the field set from it, or the construction inside
    /// <c>if (_client == null) { ... }</c>); a keyed cache (<c>_clients[name] = client</c>, <c>_clients.TryAdd(name, client)</c>).
    /// </summary>
    internal static bool IsCachedOnce(IOperation creation)
    {
        if (creation.ParentThroughAwait() is ICoalesceAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation })
        {
            return true;
        }

        var body = creation.Parent;
        while (body is not null and not (IMethodBodyOperation or IConstructorBodyOperation or IAnonymousFunctionOperation or ILocalFunctionOperation))
        {
            body = body.Parent;
        }

        if (body is null)
        {
            return false;
        }

        var held = creation.ParentThroughAwait() switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } } => local,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local: var local } } => local,
            _ => null,
        };
        bool IsTheClient(IOperation value) => value.WithoutConversions() is var unwrapped
            && (unwrapped == creation || (held is not null && unwrapped is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, held)));

        var operations = body.Descendants().ToList();
        if (operations.Any(operation => IsKeyedStore(operation, IsTheClient)))
        {
            return true;
        }

        // The fields the client, or what is made from it (`_table = service.GetTableClient(name)`), is kept in.
        var keptIn = operations.OfType<ISimpleAssignmentOperation>()
            .Where(assignment => IsTheClient(assignment.Value) || assignment.Value.DescendantsAndSelf().Any(IsTheClient))
            .Select(assignment => StorageOf(assignment.Target))
            .OfType<ISymbol>()
            .ToList();
        return keptIn.Count > 0 && operations.OfType<IConditionalOperation>().Any(guard => GuardsOnce(guard, creation, keptIn));
    }

    // `_clients[name] = client`, `_clients.Add(name, client)`, `_clients.TryAdd(name, client)` on a field's collection.
    private static bool IsKeyedStore(IOperation operation, Func<IOperation, bool> isTheClient)
    {
        return operation switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } collection } } store
                => StorageOf(collection) is not null && isTheClient(store.Value),
            IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd" or "AddOrUpdate", Instance: { } collection } add
                => StorageOf(collection) is not null && add.Arguments.Any(a => isTheClient(a.Value)),
            _ => false,
        };
    }

    private static ISymbol? StorageOf(IOperation target) => target.WithoutConversions() switch
    {
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
        _ => null,
    };

    // `if (_table != null) return;` before the construction, or the construction inside `if (_table == null) { ... }`.
    private static bool GuardsOnce(IConditionalOperation guard, IOperation creation, System.Collections.Generic.IReadOnlyList<ISymbol> keptIn)
    {
        if (NullTestOf(guard.Condition) is not { } test || !keptIn.Any(k => SymbolEqualityComparer.Default.Equals(k, test.Storage)))
        {
            return false;
        }

        if (test.IsNull)
        {
            return guard.WhenTrue.Syntax.Span.Contains(creation.Syntax.Span);
        }

        return guard.Syntax.SpanStart < creation.Syntax.SpanStart
            && guard.WhenTrue.DescendantsAndSelf().Any(o => o is IReturnOperation)
            && !guard.Syntax.Span.Contains(creation.Syntax.Span);
    }

    // `x == null`, `x is null` (IsNull) or `x != null`, `x is not null`, `x is { }` on a field or property.
    private static (ISymbol Storage, bool IsNull)? NullTestOf(IOperation condition)
    {
        switch (condition.WithoutConversions())
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary
                when binary.RightOperand.ConstantValue is { HasValue: true, Value: null } && StorageOf(binary.LeftOperand) is { } storage:
                return (storage, binary.OperatorKind == BinaryOperatorKind.Equals);
            case IIsPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } } } isNull
                when StorageOf(isNull.Value) is { } storage:
                return (storage, true);
            case IIsPatternOperation { Pattern: INegatedPatternOperation { Pattern: IConstantPatternOperation } or IRecursivePatternOperation } isSet
                when StorageOf(isSet.Value) is { } storage:
                return (storage, false);
            default:
                return null;
        }
    }

    // The construction can move into a static field only when it depends on nothing of the invocation.
    private static bool CanHoist(IObjectCreationOperation creation)
    {
        return !creation.Descendants().Any(DependsOnTheInvocation);

        static bool DependsOnTheInvocation(IOperation operation) => operation
            is ILocalReferenceOperation
            or IParameterReferenceOperation
            or IInstanceReferenceOperation { ReferenceKind: not InstanceReferenceKind.ImplicitReceiver }
            or IAwaitOperation;
    }
}

using System.Collections.Generic;
using System;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// Hazards that live in the function's own class libraries (docs/handlers.md, "Code in the function's own libraries").
/// What a library member does is decided by the rules' own predicates, so a summary lists exactly what the rule would
/// report in the function's code; the rules then report a call to the member where the function makes it.
/// </summary>
internal static class LibraryHazards
{
    /// <summary>
    /// The summary's name for a member that registers a client as scoped (a DI set-up extension): COLD301's, but reported at
    /// any call, since the registration, not the call, decides how often the client is built.
    /// </summary>
    public const string ScopedClientRegistration = RuleIds.ClientCreatedPerInvocation + "-scoped";

    /// <summary>
    /// The summary's name for a member that registers an EF Core context whose scoped options detect the MySQL server's
    /// version (<c>AddDbContext&lt;T&gt;(o =&gt; o.UseMySql(cs, ServerVersion.AutoDetect(cs)))</c> in a set-up extension): COLD301's,
    /// reported at any call, since the registration makes every request scope connect.
    /// </summary>
    public const string ScopedServerVersionDetection = RuleIds.ClientCreatedPerInvocation + "-scoped-detection";

    /// <summary>
    /// The summary's names for a member that registers a class of the solution's libraries, or a client, as transient or
    /// scoped by type (a DI set-up extension's <c>AddTransient&lt;IMessageStore, QueueMessageStore&gt;()</c>):
    /// <see cref="LibraryHazard.Kind"/> holds the service's id and <see cref="LibraryHazard.OriginId"/> the implementation's.
    /// Not hazards in themselves: the function's consumer chains (who is built per invocation and takes what) read them,
    /// since a chain from a function class to a client may pass through services that libraries register.
    /// </summary>
    public const string TransientRegistration = "registers-transient";

    /// <inheritdoc cref="TransientRegistration"/>
    public const string ScopedRegistration = "registers-scoped";

    /// <summary>Whether an entry is one of the registrations a set-up extension makes (<see cref="TransientRegistration"/>).</summary>
    public static bool IsRegistration(string rule) => rule is TransientRegistration or ScopedRegistration;

    /// <summary>
    /// The summary's name for a member that reads or writes with the Azure Functions worker's HTTP JSON helpers on the worker's
    /// serializer: COLD201's, but the function app chooses that serializer (<c>WorkerOptions.Serializer</c>), so the function
    /// reports the call only when the app keeps the reflection-based default.
    /// </summary>
    public const string WorkerDefaultSerializer = RuleIds.ReflectionJsonSerialisation + "-worker";

    /// <summary>The summary's names for reflection JSON, which is a caller's whatever path runs it.</summary>
    public static bool IsReflectionJson(string rule) => rule is RuleIds.ReflectionJsonSerialisation or WorkerDefaultSerializer;

    /// <summary>
    /// What one operation that a library member runs does that a rule reports, with the call that does it and the kind
    /// of work (COLD101) or the client built (COLD301); null when nothing. COLD101's static-initialisation-only checks
    /// (container, host and pipeline builds, compiled regexes) are left out: in a library they are set-up code.
    /// </summary>
    public static (string Rule, string Cause, string Kind)? In(
        IOperation operation,
        KnownTypes known,
        ClientTypeClassifier clients,
        Func<SyntaxTree, SemanticModel> semanticModels,
        CancellationToken cancellationToken)
    {
        switch (operation)
        {
            case IInvocationOperation detection when ExpensiveInitialisationAnalyzer.IsServerVersionDetection(detection.TargetMethod)
                && ExpensiveInitialisationAnalyzer.ScopedDbContextOptionsOf(detection) is { } registration:
                return (ScopedServerVersionDetection, $"ServerVersion.AutoDetect in {registration.TargetMethod.Name}'s options", string.Empty);

            case IInvocationOperation helper when WorkerSerializer.IsDefaultSerializerCall(helper, known):
                return (WorkerDefaultSerializer, helper.TargetMethod.ContainingType.Name + "." + helper.TargetMethod.Name, string.Empty);

            case IInvocationOperation invocation when ReflectionJsonSerialisationAnalyzer.UsesReflection(invocation, known, semanticModels, cancellationToken):
                return (RuleIds.ReflectionJsonSerialisation, invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name, string.Empty);

            case IObjectCreationOperation construction
                when ReflectionJsonSerialisationAnalyzer.ReflectingConstructionOf(construction, known, semanticModels, cancellationToken) is { } reflecting:
                return (RuleIds.ReflectionJsonSerialisation, reflecting.Name, string.Empty);

            case IMethodReferenceOperation group when ReflectionJsonSerialisationAnalyzer.IsReflectingMethodGroup(group.Method, known):
                return (RuleIds.ReflectionJsonSerialisation, group.Method.ContainingType.Name + "." + group.Method.Name, string.Empty);

            case IInvocationOperation parse when NewtonsoftDocumentParseAnalyzer.IsDocumentParse(parse.TargetMethod):
                return (RuleIds.NewtonsoftDocumentParsed, parse.TargetMethod.ContainingType.Name + "." + parse.TargetMethod.Name, string.Empty);

            case IObjectCreationOperation creation when clients.ClientBuiltBy(creation) is { } client
                && !ClientCreatedPerInvocationAnalyzer.IsCachedOnce(creation) && !IsKeptInStaticStorage(creation):
                return (RuleIds.ClientCreatedPerInvocation, "new " + creation.Type!.Name, client.Name);

            case IInvocationOperation factory when clients.ClientMadeBy(factory.TargetMethod) is { } made
                && !ClientCreatedPerInvocationAnalyzer.IsCachedOnce(factory) && !IsKeptInStaticStorage(factory):
                return (RuleIds.ClientCreatedPerInvocation, factory.TargetMethod.ContainingType.Name + "." + factory.TargetMethod.Name, made.Name);

            case IInvocationOperation link when clients.LinkOpenedBy(link.TargetMethod) is { } opened
                && !ClientCreatedPerInvocationAnalyzer.IsCachedOnce(link) && !IsKeptInStaticStorage(link):
                return (RuleIds.ClientCreatedPerInvocation, link.TargetMethod.ContainingType.Name + "." + link.TargetMethod.Name, opened.Name);

            case IInvocationOperation opening when clients.ConnectionOpenedBy(opening) is { } connection
                && !ClientCreatedPerInvocationAnalyzer.IsCachedOnce(opening) && !IsKeptInStaticStorage(opening):
                return (RuleIds.ClientCreatedPerInvocation, ClientTypeClassifier.ConnectionCall(opening.TargetMethod, connection), connection.Name);

            // Calls and constructions that do not compile here because an argument's type is unknown.
            case IInvalidOperation unbound when WorkerSerializer.UnboundDefaultSerializerMethod(unbound, known, cancellationToken) is { } helper:
                return (WorkerDefaultSerializer, helper.ContainingType.Name + "." + helper.Name, string.Empty);

            case IInvalidOperation unbound when ReflectionJsonSerialisationAnalyzer.UnboundReflectingMethod(unbound, known, cancellationToken) is { } method:
                return (RuleIds.ReflectionJsonSerialisation, method.ContainingType.Name + "." + method.Name, string.Empty);

            case IInvalidOperation unbound when ClientCreatedPerInvocationAnalyzer.UnboundClientCreation(unbound, clients, cancellationToken) is { } client
                && !ClientCreatedPerInvocationAnalyzer.IsCachedOnce(unbound) && !IsKeptInStaticStorage(unbound):
                return (RuleIds.ClientCreatedPerInvocation, UnboundCreationCall(unbound, client), client.Name);
        }

        if (BlockingDuringInitialisationAnalyzer.IsBlockingWait(operation, known))
        {
            return (RuleIds.BlockingDuringInitialisation, BlockingMember(operation), string.Empty);
        }

        if (ReflectionScanningDuringInitialisationAnalyzer.ScanningMember(operation, known) is { } scanning)
        {
            return (RuleIds.ReflectionScanningDuringInitialisation, scanning, string.Empty);
        }

        var work = operation switch
        {
            IInvocationOperation invocation => ExpensiveInitialisationAnalyzer.ExpensiveCall(invocation, known)
                ?? ExpensiveInitialisationAnalyzer.ClientRequest(invocation, clients),
            IObjectCreationOperation creation => ExpensiveInitialisationAnalyzer.ExpensiveCreation(creation, known),
            _ => null,
        };
        return work is { StaticOnly: false } expensive ? (RuleIds.ExpensiveInitialisation, expensive.Member, expensive.Kind) : null;
    }

    // `new GraphServiceClient`, or the static factory that builds it: `NotificationHubClient.CreateClientFromConnectionString`.
    private static string UnboundCreationCall(IOperation creation, ITypeSymbol client)
        => creation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax factory }
            ? client.Name + "." + factory.Name.Identifier.ValueText
            : "new " + client.Name;

    /// <summary>
    /// The hazard of <paramref name="rule"/> in the referenced library member that <paramref name="operation"/> calls or
    /// constructs, or null.
    /// </summary>
    public static LibraryHazard? Called(IOperation operation, CompilationFacts facts, string rule, CancellationToken cancellationToken)
    {
        // A call that does not compile here (an argument's type is unknown) reaches the library member all the same.
        if (operation.CalledMethod() is not { } target)
        {
            return null;
        }

        return facts.Libraries.Of(target, rule)
            ?? ThroughRegisteredImplementation(target, facts, rule, cancellationToken)
            ?? ThroughStoredImplementation(operation, target, facts, rule, cancellationToken)
            ?? facts.Libraries.Implemented(target, rule)
            ?? (operation is IInvocationOperation sent && SentRequest(sent) is { } request ? facts.Libraries.HandlerOf(request, rule) : null)
            ?? (rule == RuleIds.ReflectionJsonSerialisation && operation is IInvocationOperation hosting ? HostedControllers(hosting, facts) : null)
            ?? (IsReflectionJson(rule) && operation is IInvocationOperation pipeline ? RegisteredToRunPerRequest(pipeline, facts, rule) : null)
            ?? (operation is IInvocationOperation registration ? SingletonConstructor(registration, facts, rule) : null);
    }

    // `services.AddSingleton<IOrderCache, OrderCache>()` of a library class: the container runs its constructor when the first
    // invocation that needs the service resolves it, so what the constructor's summary lists for a rule whose work costs
    // that invocation is reported at the registration.
    private static LibraryHazard? SingletonConstructor(IInvocationOperation registration, CompilationFacts facts, string rule)
    {
        if (!Generation.LibraryMemberSpec.CostsFirstResolution(rule)
            || ServiceRegistrations.SingletonBuild(registration, facts.KnownTypes) is not { Implementation: { } implementation })
        {
            return null;
        }

        return ServiceRegistrations.ContainerConstructor(implementation) is { } constructor ? facts.Libraries.Of(constructor, rule) : null;
    }

    // `builder.UseMiddleware<ErrorMiddleware>()` or `.AddHttpMessageHandler<TokenHandler>()` with a class of a referenced library:
    // the host runs its Invoke or SendAsync around every request, so the reflection JSON its summary lists is reported at the
    // registration. Only JSON: the registration is start-up code, and what the class builds per request is not its work.
    private static LibraryHazard? RegisteredToRunPerRequest(IInvocationOperation registration, CompilationFacts facts, string rule)
        => LibrarySummaries.OneFor(
            RunPerRequest(registration).Select(method => facts.Libraries.Of(method, rule)).OfType<LibraryHazard>(),
            rule);

    /// <summary>
    /// The methods that a registration hands to the host to run around every request: the <c>Invoke</c> of the middleware of
    /// <c>app.UseMiddleware&lt;RequestLogging&gt;()</c> (ASP.NET Core, or the Azure Functions worker's builder), and the
    /// <c>SendAsync</c> of the message handler of <c>.AddHttpMessageHandler&lt;TokenHandler&gt;()</c> or
    /// <c>.AddHttpMessageHandler(() =&gt; new TokenHandler(...))</c>, which runs for every request the client sends.
    /// </summary>
    public static IEnumerable<IMethodSymbol> RunPerRequest(IInvocationOperation registration)
    {
        var method = registration.TargetMethod;
        var (registered, names) = method.Name switch
        {
            "UseMiddleware" when method.TypeArguments.Length == 1 => (method.TypeArguments[0] as INamedTypeSymbol, MiddlewareMethods),
            "AddHttpMessageHandler" => (MessageHandlerOf(registration), MessageHandlerMethods),
            _ => (null, MiddlewareMethods),
        };
        // Up the class's own hierarchy; the framework's and packages' base classes (signed assemblies) carry no summary.
        for (var type = registered; type is { ContainingAssembly.Identity.HasPublicKey: false }; type = type.BaseType)
        {
            foreach (var run in type.GetMembers().OfType<IMethodSymbol>().Where(m => !m.IsAbstract && names.Contains(m.Name)))
            {
                yield return run;
            }
        }
    }

    private static readonly string[] MiddlewareMethods = { "Invoke", "InvokeAsync" };

    private static readonly string[] MessageHandlerMethods = { "SendAsync", "Send" };

    // The DelegatingHandler of `.AddHttpMessageHandler<TokenHandler>()`, or the one its factory constructs.
    private static INamedTypeSymbol? MessageHandlerOf(IInvocationOperation registration)
    {
        var candidate = registration.TargetMethod.TypeArguments.Length == 1
            ? registration.TargetMethod.TypeArguments[0] as INamedTypeSymbol
            : registration.Arguments.Select(a => a.Value.WithoutConversions()).OfType<IDelegateCreationOperation>()
                .SelectMany(factory => factory.Target.Descendants()).OfType<IObjectCreationOperation>()
                .Select(creation => creation.Type as INamedTypeSymbol).FirstOrDefault(IsMessageHandler);
        return IsMessageHandler(candidate) ? candidate : null;
    }

    private static bool IsMessageHandler(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is
                {
                    Name: "DelegatingHandler",
                    ContainingNamespace: { Name: "Http", ContainingNamespace: { Name: "Net", ContainingNamespace.Name: "System" } },
                })
            {
                return true;
            }
        }

        return false;
    }

    // MVC finds controllers in the function's referenced projects too (a Startup's `services.AddControllers()` takes every
    // referenced assembly that uses MVC as an application part; `UseStartup<Startup>()` may name a Startup of a referenced
    // web project): those controllers answer the function's requests, so the reflection JSON their actions' summaries
    // list is the function's, reported at the call that hosts them. Only JSON: what they build per request is for the
    // web project to report, and it cannot know it is hosted. Only referenced projects with a summary are searched.
    private static LibraryHazard? HostedControllers(IInvocationOperation invocation, CompilationFacts facts)
    {
        var method = invocation.TargetMethod;
        if (method.Name is not ("UseStartup" or "AddControllers" or "AddMvc" or "AddControllersWithViews")
            || facts.KnownTypes.ControllerBase is null
            || invocation.SemanticModel?.Compilation is not { } compilation)
        {
            return null;
        }

        IEnumerable<IAssemblySymbol> hosts = method switch
        {
            { Name: "UseStartup", TypeArguments.Length: 1 } when method.TypeArguments[0] is INamedTypeSymbol startup
                && facts.Libraries.IsReferenced(startup) => new[] { startup.ContainingAssembly },
            { Name: not "UseStartup", ContainingNamespace: { Name: "DependencyInjection" } } => compilation.SourceModule.ReferencedAssemblySymbols
                .Where(assembly => !assembly.Identity.HasPublicKey && facts.Libraries.HasSummary(assembly)),
            _ => Enumerable.Empty<IAssemblySymbol>(),
        };
        var actions = hosts.SelectMany(assembly => TypesOf(assembly.GlobalNamespace))
            .Where(type => HandlerDiscovery.IsController(type, facts.KnownTypes))
            .SelectMany(controller => controller.GetMembers().OfType<IMethodSymbol>())
            .Where(action => HandlerDiscovery.IsAction(action, facts.KnownTypes));
        return LibrarySummaries.OneFor(
            actions.Select(action => facts.Libraries.Of(action, RuleIds.ReflectionJsonSerialisation)).OfType<LibraryHazard>(),
            RuleIds.ReflectionJsonSerialisation);
    }

    private static IEnumerable<INamedTypeSymbol> TypesOf(INamespaceSymbol root)
    {
        foreach (var member in root.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                foreach (var type in TypesOf(ns))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
            }
        }
    }

    // `mediator.Send(new PlaceOrder(...))` (MediatR's ISender or IMediator): the request's type picks the handler.
    private static INamedTypeSymbol? SentRequest(IInvocationOperation invocation)
    {
        return invocation.TargetMethod is { Name: "Send" } send && HandlerModel.IsMediatorDispatch(send)
            && invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value.WithoutConversions().Type is INamedTypeSymbol request
                ? request
                : null;
    }

    // `_orders.PlaceAsync(order)` on an IOrderService declared in one library and implemented in another: the interface's
    // library cannot know the implementation, but the function's own DI set-up names it (AddScoped<IOrderService,
    // OrderService>()), and the implementation's library lists what its member does. Interfaces of strong-named
    // assemblies (the framework, the SDKs, most packages) are skipped before the registrations are read: packages carry no
    // summary, and a project's own libraries are rarely signed.
    private static LibraryHazard? ThroughRegisteredImplementation(
        IMethodSymbol target, CompilationFacts facts, string rule, CancellationToken cancellationToken)
    {
        return ServiceRegistrations.RegisteredImplementationsOf(
                target, facts.Assembly, service => facts.Registrations(cancellationToken).ImplementationsOf(service))
            .Select(implemented => facts.Libraries.Of(implemented, rule))
            .FirstOrDefault(hazard => hazard is not null);
    }

    // `_notifier.Notify(request)` on an interface of one library, where the function's own code stores only `new
    // EmailNotifier(config)` (a class of another library) in `_notifier`: the call runs that class's implementation.
    // Asked of every call that no summary answers, so interfaces of signed assemblies (the framework, the SDKs, packages)
    // are passed over before anything is bound, as for DI registrations.
    private static LibraryHazard? ThroughStoredImplementation(
        IOperation operation, IMethodSymbol target, CompilationFacts facts, string rule, CancellationToken cancellationToken)
    {
        if (target.ContainingType.TypeKind != TypeKind.Interface
            || target.ContainingAssembly is not { Identity.HasPublicKey: false }
            || operation is not { Syntax: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax receiver }, SemanticModel: { } semanticModel }
            || semanticModel.GetSymbolInfo(receiver.Expression, cancellationToken).Symbol is not IFieldSymbol field
            || !SymbolEqualityComparer.Default.Equals(field.ContainingAssembly, facts.Assembly)
            || facts.OnlyClassStoredIn(field, cancellationToken) is not { } stored
            || stored.FindImplementationForInterfaceMember(target) is not IMethodSymbol implementation)
        {
            return null;
        }

        return facts.Libraries.Of(implementation, rule);
    }

    /// <summary>Where a message says the hazard is: <c>inside Shop.Common: File.ReadAllText</c>.</summary>
    public static string Inside(LibraryHazard hazard) => $"inside {hazard.Library}: {hazard.Cause}";

    /// <summary>
    /// What a message adds when <paramref name="operation"/> is a singleton registration reported for its class's constructor
    /// (<c>services.AddSingleton&lt;RatesCache&gt;()</c>): when that constructor runs. Empty for a call of the member itself.
    /// </summary>
    public static string WhenConstructed(IOperation operation, LibraryHazard hazard)
        => operation is IInvocationOperation && hazard.MemberId.Contains(".#ctor")
            ? $" in the constructor of the '{hazard.MemberName}' singleton (which runs when the first invocation that needs it resolves it)"
            : string.Empty;

    // `s_client = new AmazonS3Client()` keeps the client for the process: built once, whatever the member's name.
    internal static bool IsKeptInStaticStorage(IOperation creation)
    {
        return creation.ParentThroughAwait() is ISimpleAssignmentOperation
        {
            Target: IFieldReferenceOperation { Field.IsStatic: true } or IPropertyReferenceOperation { Property.IsStatic: true },
        };
    }

    private static string BlockingMember(IOperation operation)
    {
        return operation switch
        {
            IPropertyReferenceOperation property => property.Property.ContainingType.Name + ".Result",
            IInvocationOperation { TargetMethod.Name: "GetResult" } => "GetAwaiter().GetResult()",
            IInvocationOperation invocation => invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name,

            // A wait on a task whose type is unknown here, named by its shape.
            _ => operation.Syntax switch
            {
                MemberAccessExpressionSyntax => "Task.Result",
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" } } => "Task.Wait",
                _ => "GetAwaiter().GetResult()",
            },
        };
    }
}

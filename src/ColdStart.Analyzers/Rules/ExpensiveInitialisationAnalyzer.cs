using System.Collections.Generic;
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
/// COLD101: work that costs every cold start. I/O (EF Core's schema creation and migrations included), network calls
/// and sleeps anywhere on the init path (not configuration files and the directory lookups that locate them:
/// configuration every invocation reads is not deferrable work); DI container, host and telemetry pipeline builds and
/// compiled regexes in static initialisation only — in a constructor, Main or a startup class they are the function's
/// composition root. A call to a library member whose hazard summary lists I/O, a network call or a sleep is reported
/// like the work itself.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExpensiveInitialisationAnalyzer : FunctionRule
{
    private const int RegexOptionsCompiled = 8;

    // DatabaseFacade's own members that reach the database; its other members (the provider name, transactions already
    // begun, the execution strategy) do not.
    private static readonly ImmutableHashSet<string> FacadeRoundTrips = ImmutableHashSet.Create(
        System.StringComparer.Ordinal, "EnsureCreated", "EnsureDeleted", "CanConnect", "BeginTransaction");

    // RelationalDatabaseFacadeExtensions: GetMigrations, GetDbConnection, the connection string and the timeouts read
    // the model or the options only.
    private static readonly ImmutableHashSet<string> RelationalRoundTrips = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "Migrate", "ExecuteSqlRaw", "ExecuteSqlInterpolated", "ExecuteSql", "OpenConnection", "BeginTransaction", "GetAppliedMigrations",
        "GetPendingMigrations");

    /// <summary>The kind of work of a second container build; <c>Lazy&lt;T&gt;</c> would move it into an invocation, not remove it.</summary>
    internal const string SecondHostSetUp =
        "a second host's set-up (its own configuration from appsettings files and environment variables, logging and services) while "
        + "another host is being configured (read the environment and configuration from that host's context, HostBuilderContext's "
        + "HostingEnvironment and Configuration, instead; Lazy<T> would only delay it, so no fix is offered)";

    internal const string SecondContainerBuild =
        "a second dependency-injection container build (its caller or host builds its own from the same collection: resolve from "
        + "that provider in a factory instead; Lazy<T> would only delay it, so no fix is offered)";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ExpensiveInitialisation);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterOperationAction(operation => Analyze(operation, facts), OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.Invalid);
    }

    private static void Analyze(OperationAnalysisContext context, CompilationFacts facts)
    {
        var known = facts.KnownTypes;
        if (context.Operation is IInvocationOperation resolution && ServiceRegistrations.ResolvedService(resolution, known) is { } service)
        {
            AnalyzeResolution(context, facts, resolution, service);
            return;
        }

        var library = LibraryHazards.Called(context.Operation, facts, RuleIds.ExpensiveInitialisation, context.CancellationToken);
        (string Member, string Kind, bool StaticOnly)? work = library is not null
            ? (library.MemberName, $"{library.Kind} ({LibraryHazards.Inside(library)}){LibraryHazards.WhenConstructed(context.Operation, library)}", false)
            : context.Operation switch
            {
                IInvocationOperation invocation => ExpensiveCall(invocation, known) ?? ClientRequest(invocation, facts.Clients),
                IObjectCreationOperation creation => ExpensiveCreation(creation, known),
                IInvalidOperation unbound => UnboundRemoteConfigurationSource(unbound, context.CancellationToken),
                _ => null,
            };
        if (work is null)
        {
            return;
        }

        var required = work.Value.StaticOnly ? CodePaths.StaticInit : CodePaths.Init;
        if ((facts.Model(context.CancellationToken).PathsOf(context.Operation, required) & required) == 0)
        {
            // I/O in a singleton's constructor runs once, in the first invocation that resolves it.
            if (work.Value.StaticOnly || work.Value.Kind is SecondContainerBuild or SecondHostSetUp
                || RuleSupport.SingletonConstructing(context.Operation, facts, context.CancellationToken) is not { } singleton)
            {
                return;
            }

            work = (work.Value.Member, $"{work.Value.Kind} in the constructor of the '{singleton.Name}' singleton (which runs when the first "
                + "invocation that needs it resolves it)", false);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ExpensiveInitialisation,
            RuleSupport.CallLocation(context.Operation),
            library is null && work.Value.Kind is SecondContainerBuild or SecondHostSetUp
                ? ImmutableDictionary<string, string?>.Empty.Add(ReflectionJsonSerialisationAnalyzer.NoFixProperty, work.Value.Kind)
                : library?.Properties(),
            work.Value.Member,
            work.Value.Kind,
            RuleSupport.InitialisingTypeName(context.Operation)));
    }

    // provider.GetRequiredService<IOrderService>() in static initialisation, where the container builds a client to
    // construct the service: the container build is reported on its own; this is the client it builds on the way.
    private static void AnalyzeResolution(OperationAnalysisContext context, CompilationFacts facts, IInvocationOperation resolution, ITypeSymbol service)
    {
        if ((facts.Model(context.CancellationToken).PathsOf(resolution, CodePaths.StaticInit) & CodePaths.StaticInit) == 0
            || facts.Registrations(context.CancellationToken).ClientBuiltByResolving(service) is not { } client)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ExpensiveInitialisation,
            RuleSupport.CallLocation(resolution),
            $"{resolution.TargetMethod.Name}<{service.Name}>",
            $"a client build ('{client.Name}') in the dependency-injection container",
            RuleSupport.InitialisingTypeName(resolution)));
    }

    /// <summary>
    /// An asynchronous operation of a package's client (<c>await secrets.GetSecretString(name)</c> on AWS's
    /// <c>SecretsManagerCache</c>, <c>await mongo.ListDatabaseNamesAsync()</c>, a vendor's API client): a client's work that
    /// returns a task is a request to its service. Not its disposal, and not a class of the project, whose code the paths
    /// follow instead.
    /// </summary>
    internal static (string Member, string Kind, bool StaticOnly)? ClientRequest(IInvocationOperation invocation, ClientTypeClassifier clients)
    {
        var method = invocation.TargetMethod;
        return method is
            {
                IsStatic: false,
                MethodKind: MethodKind.Ordinary,
                ReturnType: INamedTypeSymbol
                {
                    Name: "Task" or "ValueTask",
                    ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace.Name: "System" } },
                },
            }
            && !method.Name.StartsWith("Dispose", System.StringComparison.Ordinal)
            && clients.SendsRequests(method.ContainingType)
                ? (Member(method), "a network call", false)
                : null;
    }

    // `await tableClient.CreateIfNotExistsAsync()`: an operation of an Azure SDK client is a request to the service. Its
    // `Get...Client` methods and properties build or read objects locally; `CreateIfNotExists()` and `Exists()` are the
    // synchronous round trips start-up code uses.
    private static bool IsAzureServiceCall(IMethodSymbol method, KnownTypes known)
    {
        return !method.IsStatic && method.MethodKind == MethodKind.Ordinary
            && (method.Name is "CreateIfNotExists" or "Exists" or "DeleteIfExists" or "GetProperties"
                || (method.Name.EndsWith("Async", System.StringComparison.Ordinal) && method.Name != "DisposeAsync"))
            && Model.ClientTypeClassifier.IsAzureSdkClientType(method.ContainingType, known);
    }

    // StackExchange.Redis's ConnectionMultiplexer.Connect(...) connects to the servers before it returns, and RabbitMQ's
    // CreateConnection() opens the AMQP connection: network round trips and handshakes, wherever they run.
    private static bool OpensConnection(IMethodSymbol method)
    {
        return (method is { IsStatic: true, Name: "Connect" or "ConnectAsync" }
                && method.ContainingType.ToDisplayString() == "StackExchange.Redis.ConnectionMultiplexer")
            || (method.Name is "CreateConnection" or "CreateConnectionAsync"
                && method.ContainingType.ContainingNamespace?.ToDisplayString() == "RabbitMQ.Client");
    }

    // A configuration source that a service feeds: the provider fetches every value under its path over the network when
    // the configuration (or the host) is built, as a configuration provider of the project does in its Load. AppConfig's
    // Lambda-extension form reads a local endpoint instead, and IServiceCollection's AddAzureAppConfiguration only
    // registers the refresher. Each by the extension class that declares it, and the store it reads.
    private static readonly Dictionary<(string Type, string Method), string> RemoteConfigurationSources = new()
    {
        [("SystemsManagerExtensions", "AddSystemsManager")] = "Parameter Store",
        [("SystemsManagerExtensions", "AddAppConfig")] = "AWS AppConfig",
        [("SecretsManagerConfigurationExtensions", "AddSecretsManager")] = "Secrets Manager",
        [("AzureKeyVaultConfigurationExtensions", "AddAzureKeyVault")] = "Key Vault",
        [("AzureAppConfigurationExtensions", "AddAzureAppConfiguration")] = "Azure App Configuration",
        [("ConfigurationBuilderExtensions", "AddAzureTableStorage")] = "Azure Table Storage",
    };

    private static string? RemoteConfigurationSource(IMethodSymbol method)
    {
        var declared = method.ReducedFrom ?? method;
        return declared.IsExtensionMethod && declared.Parameters.Length > 0 && declared.Parameters[0].Type.Name == "IConfigurationBuilder"
            && RemoteConfigurationSources.TryGetValue((declared.ContainingType.Name, declared.Name), out var source)
            ? source
            : null;
    }

    // The same call where its package is not restored yet (an IDE before restore, a build missing a feed): the extension does
    // not bind, but the builder it is called on does, and the name says which source it adds.
    private static (string Member, string Kind, bool StaticOnly)? UnboundRemoteConfigurationSource(
        IInvalidOperation operation, CancellationToken cancellationToken)
    {
        // The name first: most calls that do not bind are not one of these, and need no binding to say so.
        if (operation.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }
            || RemoteConfigurationSources.FirstOrDefault(known => known.Key.Method == member.Name.Identifier.ValueText) is not { Key.Type: not null } known
            || operation.SemanticModel is not { } semanticModel
            || semanticModel.GetSymbolInfo(operation.Syntax, cancellationToken) is not { Symbol: null, CandidateSymbols.IsEmpty: true }
            || semanticModel.GetTypeInfo(member.Expression, cancellationToken).Type is not { } receiver
            || !(receiver.Name == "IConfigurationBuilder" || receiver.AllInterfaces.Any(i => i.Name == "IConfigurationBuilder")))
        {
            return null;
        }

        return (known.Key.Type + "." + known.Key.Method, $"a network call (the configuration reads {known.Value} when it is built)", false);
    }

    // dotenv.net's DotEnv.Load()/Read() (or the Fluent() builder's Load()/Read()) and DotNetEnv's Env.Load(...) read and
    // parse a .env file from disk.
    private static bool ReadsDotEnvFile(IMethodSymbol method)
    {
        var ns = method.ContainingType.ContainingNamespace?.ToDisplayString();
        return method.Name is "Load" or "Read" or "LoadMulti"
            && ((ns == "dotenv.net" && method.ContainingType.Name is "DotEnv" or "DotEnvOptions")
                || (ns == "DotNetEnv" && method.ContainingType.Name is "Env" or "LoadOptions"));
    }

    /// <summary>Pomelo's <c>ServerVersion.AutoDetect(connectionString)</c>, which connects to the MySQL server to ask its version.</summary>
    internal static bool IsServerVersionDetection(IMethodSymbol method)
        => method is { Name: "AutoDetect", IsStatic: true, ContainingType: { Name: "ServerVersion" } type }
            && type.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore";

    /// <summary>
    /// The <c>AddDbContext</c> call whose options callback holds <paramref name="operation"/> when the context's options are
    /// scoped, AddDbContext's default: the container runs the callback whenever it builds them, once per request scope. Null
    /// elsewhere: a pooled context, a context factory and options registered as a singleton run it once.
    /// </summary>
    internal static IInvocationOperation? ScopedDbContextOptionsOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation
                {
                    Parent: IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation registration } },
                })
            {
                return registration.TargetMethod.Name == "AddDbContext" && !registration.Arguments.Any(IsSingletonOptionsLifetime) ? registration : null;
            }
        }

        return null;
    }

    // `optionsLifetime: ServiceLifetime.Singleton` (0).
    private static bool IsSingletonOptionsLifetime(IArgumentOperation argument)
        => argument.Parameter?.Name == "optionsLifetime" && argument.Value.ConstantValue is { HasValue: true, Value: 0 };

    /// <summary>The expensive work a call does, or null (also what a library member's summary lists, static-only work aside).</summary>
    internal static (string Member, string Kind, bool StaticOnly)? ExpensiveCall(IInvocationOperation invocation, KnownTypes known)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        // Directory.GetCurrentDirectory() asks the process where it runs: it reads no file.
        if (type.Is(known.File) || (type.Is(known.Directory) && method.Name != "GetCurrentDirectory") || ReadsDotEnvFile(method))
        {
            return (Member(method), "file I/O", false);
        }

        if (type.Is(known.Dns) || type.Is(known.WebRequest) || type.DerivesFrom(known.WebRequest) || type.DerivesFrom(known.Socket)
            || (type.DerivesFrom(known.HttpClient) && !method.IsStatic && IsRequestMethod(method.Name))
            || (method.Name.EndsWith("Async", System.StringComparison.Ordinal)
                && (type.DerivesFrom(known.AmazonServiceClient) || ClientTypeClassifier.IsAwsServiceInterface(type, known)))
            || IsAzureServiceCall(method, known))
        {
            return (Member(method), "a network call", false);
        }

        if (OpensConnection(method))
        {
            return (Member(method), "a network connection", false);
        }

        // The DynamoDB document model's Table.LoadTable / TryLoadTable describe the table (a DescribeTable request) before returning.
        if (method is { IsStatic: true, Name: "LoadTable" or "TryLoadTable" } && type.ToDisplayString() == "Amazon.DynamoDBv2.DocumentModel.Table")
        {
            return (Member(method), "a network call (DescribeTable)", false);
        }

        if (RemoteConfigurationSource(method) is { } source)
        {
            return (Member(method), $"a network call (the configuration reads {source} when it is built)", false);
        }

        // EF Core's database facade: creating, dropping, probing or migrating the schema, raw SQL, an explicitly opened
        // connection and the migrations history are round trips to the database before the first invocation.
        if ((type.Is(known.DatabaseFacade) && FacadeRoundTrips.Contains(WithoutAsync(method.Name)))
            || (type.Is(known.RelationalDatabaseFacadeExtensions) && RelationalRoundTrips.Contains(WithoutAsync(method.Name))))
        {
            return ("Database." + method.Name, "database I/O", false);
        }

        // Pomelo's MySQL provider: ServerVersion.AutoDetect(connectionString) opens a connection to ask the server its version.
        // In AddDbContext's options callback it runs for every request scope, which COLD301 reports.
        if (IsServerVersionDetection(method) && ScopedDbContextOptionsOf(invocation) is null)
        {
            return (Member(method), "database I/O", false);
        }

        if (type.Is(known.Thread) && method.Name == "Sleep")
        {
            return (Member(method), "a blocking sleep", false);
        }

        if (IsHostBuilderFactory(method) && IsInHostConfiguration(invocation, known))
        {
            return (Member(method), SecondHostSetUp, false);
        }

        if (type.Is(known.ServiceProviderBuilder) && method.Name == "BuildServiceProvider")
        {
            return BuildsSecondContainer(invocation, known)
                ? (method.Name, SecondContainerBuild, false)
                : (method.Name, "a dependency-injection container build", true);
        }

        if (method.Name == "Build"
            && (type.Is(known.HostApplicationBuilder) || type.Is(known.HostBuilder) || type.AllInterfaces.Any(i => i.Is(known.HostBuilder))))
        {
            return (Member(method), "a host build", true);
        }

        if (method.Name == "Build" && IsTelemetryBuilder(invocation, method))
        {
            return (Member(method), "a telemetry pipeline build", true);
        }

        if (type.Is(known.LoggerFactory) && method.Name == "Create")
        {
            return (Member(method), "a logging pipeline build", true);
        }

        if (type.Is(known.Regex) && invocation.Arguments.Any(a => IsCompiledOption(a.Value, known)))
        {
            return (Member(method), "regular-expression compilation", true);
        }

        return null;
    }

    // WebApplication.CreateBuilder(args), Host.CreateDefaultBuilder(), Host.CreateApplicationBuilder(): a host of its own.
    private static bool IsHostBuilderFactory(IMethodSymbol method)
        => method is { IsStatic: true, Name: "CreateBuilder" or "CreateSlimBuilder" or "CreateEmptyBuilder" or "CreateDefaultBuilder"
                or "CreateApplicationBuilder" or "CreateEmptyApplicationBuilder" }
            && method.ContainingType.ToDisplayString() is "Microsoft.AspNetCore.Builder.WebApplication" or "Microsoft.Extensions.Hosting.Host";

    /// <summary>
    /// Inside code that configures a host: a callback or method that is handed the host's services, its configuration builder or
    /// its builder context (<c>.ConfigureServices(services =&gt; ...)</c>, <c>Startup.ConfigureServices</c>, a registration
    /// extension method). A host created there is a second one, beside the host being configured.
    /// </summary>
    private static bool IsInHostConfiguration(IInvocationOperation invocation, KnownTypes known)
    {
        for (var current = invocation.Parent; current is not null; current = current.Parent)
        {
            var parameters = current switch
            {
                IAnonymousFunctionOperation function => function.Symbol.Parameters,
                ILocalFunctionOperation function => function.Symbol.Parameters,
                IMethodBodyBaseOperation body when body.SemanticModel?.GetDeclaredSymbol(body.Syntax) is IMethodSymbol method => method.Parameters,
                _ => default,
            };
            if (!parameters.IsDefaultOrEmpty && parameters.Any(p => p.Type.Is(known.ServiceCollection)
                || p.Type.ToDisplayString() is "Microsoft.Extensions.Hosting.HostBuilderContext" or "Microsoft.Extensions.Configuration.IConfigurationBuilder"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>services.BuildServiceProvider()</c> on a collection that its caller or a host builds itself — an
    /// <c>IServiceCollection</c> parameter (<c>Startup.ConfigureServices</c>, a registration extension method, a
    /// <c>ConfigureServices</c> callback) or a builder's <c>Services</c>, also through registration calls chained on it —
    /// with the provider thrown away or used on the spot: a second container beside the real one, which builds its own copy
    /// of every singleton it resolves. A provider that is returned, stored in a field or property, or handed on may be the
    /// function's only container, so it is not one.
    /// </summary>
    private static bool BuildsSecondContainer(IInvocationOperation build, KnownTypes known)
    {
        var collection = (build.Instance ?? build.Arguments.FirstOrDefault()?.Value)?.WithoutConversions();
        while (collection is IInvocationOperation chained && chained.TargetMethod.ReturnType.Is(known.ServiceCollection))
        {
            collection = (chained.Instance ?? chained.Arguments.FirstOrDefault()?.Value)?.WithoutConversions();
        }

        var ownedByCaller = collection is IParameterReferenceOperation
            || (collection is IPropertyReferenceOperation { Property.Name: "Services" } property && property.Type.Is(known.ServiceCollection));
        return ownedByCaller && !IsProviderKept(build);
    }

    private static bool IsProviderKept(IOperation provider)
    {
        var use = provider.ParentWithoutConversions();
        var local = use switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } => target.Local,
            _ => null,
        };
        if (local is not null)
        {
            var root = provider;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            return root.Descendants().OfType<ILocalReferenceOperation>()
                .Any(reference => SymbolEqualityComparer.Default.Equals(reference.Local, local) && KeepsValue(reference.ParentWithoutConversions()));
        }

        return KeepsValue(use);
    }

    // Resolving from the provider (`provider.GetService<T>()`, an extension method whose `this` it is) uses it on the spot.
    private static bool KeepsValue(IOperation? use) =>
        use is IReturnOperation or ISimpleAssignmentOperation { Target: IMemberReferenceOperation }
        || (use is IArgumentOperation argument
            && !(argument.Parameter is { Ordinal: 0, ContainingSymbol: IMethodSymbol { IsExtensionMethod: true } }));

    /// <summary>The expensive work a construction does, or null.</summary>
    internal static (string Member, string Kind, bool StaticOnly)? ExpensiveCreation(IObjectCreationOperation creation, KnownTypes known)
    {
        var type = creation.Type;
        if (type.Is(known.FileStream)
            || (type.Is(known.StreamReader) && creation.Arguments.FirstOrDefault()?.Value.Type?.SpecialType == SpecialType.System_String))
        {
            return ("new " + type!.Name, "file I/O", false);
        }

        if (type.Is(known.Regex) && creation.Arguments.Any(a => IsCompiledOption(a.Value, known)))
        {
            return ("new Regex", "regular-expression compilation (RegexOptions.Compiled)", true);
        }

        return null;
    }

    /// <summary>An <c>Add*File</c> configuration source of Microsoft.Extensions.Configuration (JSON, XML, INI, ...).</summary>
    internal static bool IsConfigurationFileSource(IMethodSymbol method)
    {
        return method.Name.StartsWith("Add", System.StringComparison.Ordinal)
            && method.Name.EndsWith("File", System.StringComparison.Ordinal)
            && method.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Configuration";
    }

    // OpenTelemetry's TracerProviderBuilder / MeterProviderBuilder .Build(): exporters, processors and instrumentation start here.
    private static bool IsTelemetryBuilder(IInvocationOperation invocation, IMethodSymbol method)
    {
        var builder = method.IsExtensionMethod ? method.Parameters.FirstOrDefault()?.Type : invocation.Instance?.Type ?? method.ContainingType;
        return builder?.ContainingNamespace?.ToDisplayString().StartsWith("OpenTelemetry", System.StringComparison.Ordinal) == true;
    }

    private static string Member(IMethodSymbol method) => method.ContainingType.Name + "." + method.Name;

    private static string WithoutAsync(string name) =>
        name.EndsWith("Async", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Async".Length) : name;

    private static bool IsRequestMethod(string name)
    {
        return name.StartsWith("Get", System.StringComparison.Ordinal) || name.StartsWith("Post", System.StringComparison.Ordinal)
            || name.StartsWith("Put", System.StringComparison.Ordinal) || name.StartsWith("Delete", System.StringComparison.Ordinal)
            || name.StartsWith("Patch", System.StringComparison.Ordinal) || name.StartsWith("Send", System.StringComparison.Ordinal);
    }

    private static bool IsCompiledOption(IOperation value, KnownTypes known)
    {
        return value.Type.Is(known.RegexOptions) && value.ConstantValue is { HasValue: true, Value: int options } && (options & RegexOptionsCompiled) != 0;
    }
}

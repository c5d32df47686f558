using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// Decides whether a type is a "client": an object that is expensive to build and meant to be reused
/// across invocations. Recognised by type (base classes), never by name lists, plus the types a user
/// adds with <c>coldstart.client_types</c>.
/// </summary>
internal sealed class ClientTypeClassifier
{
    /// <summary>
    /// Popular third-party clients, by metadata name so that no package reference is needed: each builds
    /// connection pools, channels or metadata caches meant to live for the whole process.
    /// </summary>
    private static readonly string[] ThirdPartyClientTypes =
    {
        "RestSharp.RestClient",
        "Grpc.Net.Client.GrpcChannel",
        "Grpc.Core.Channel",
        "MongoDB.Driver.MongoClient",
        "StackExchange.Redis.ConnectionMultiplexer",
        "Elastic.Clients.Elasticsearch.ElasticsearchClient",
        "Nest.ElasticClient",
        "OpenSearch.Client.OpenSearchClient",
        "Npgsql.NpgsqlDataSource",
        "GraphQL.Client.Http.GraphQLHttpClient",
        "Microsoft.IdentityModel.Protocols.ConfigurationManager`1",
        "Azure.Storage.Blobs.BlobServiceClient",
        "SendGrid.SendGridClient",

        // AWS's Secrets Manager cache: builds its own AmazonSecretsManagerClient, and its cache lives only as long as it does.
        "Amazon.SecretsManager.Extensions.Caching.SecretsManagerCache",

        // API clients that build their own HttpClient (or handler) unless they are given one: Microsoft Graph, every Google
        // API service and every AutoRest-generated client (the older Azure management and Cognitive Services SDKs) by base
        // class, and the popular single-vendor ones.
        "Microsoft.Graph.GraphServiceClient",
        "Microsoft.Graph.Beta.GraphServiceClient",
        "Google.Apis.Services.BaseClientService",
        "Microsoft.Rest.ServiceClient`1",
        "Octokit.GitHubClient",
        "Stripe.StripeClient",
        "Twilio.Clients.TwilioRestClient",
        "Telegram.Bot.TelegramBotClient",
        "Minio.MinioClient",

        // Azure clients whose options do not derive from Azure.Core.ClientOptions (AMQP clients, Cosmos DB's own stack).
        "Azure.Messaging.ServiceBus.ServiceBusClient",
        "Azure.Messaging.EventHubs.Producer.EventHubProducerClient",
        "Azure.Messaging.EventHubs.Consumer.EventHubConsumerClient",
        "Azure.Messaging.EventHubs.EventProcessorClient",
        "Microsoft.Azure.Cosmos.CosmosClient",
        "Confluent.Kafka.ProducerBuilder`2",

        // The Azure SDKs before Azure.Core, still in use: Service Bus's and Event Hubs' AMQP clients (QueueClient,
        // TopicClient, MessageSender... : ClientEntity) open a connection of their own, DocumentDB's DocumentClient builds its
        // HTTP stack and reads the account's topology, and IoT Hub's service and device clients connect to the hub.
        "Microsoft.Azure.ServiceBus.ClientEntity",
        "Microsoft.Azure.EventHubs.ClientEntity",
        "Microsoft.Azure.Documents.Client.DocumentClient",
        "Microsoft.Azure.Devices.ServiceClient",
        "Microsoft.Azure.Devices.RegistryManager",
        "Microsoft.Azure.Devices.Client.DeviceClient",

        // MSAL's client applications (built by their builders): each holds the token cache, so one per request asks the
        // identity provider for a new token every time.
        "Microsoft.Identity.Client.ClientApplicationBase",

        // SMTP clients: each keeps its connection to the mail server (System.Net.Mail pools it, MailKit's stays open after
        // Connect), so one per message connects, negotiates TLS and authenticates again for every message.
        SystemSmtpClient,
        MailKitSmtpClient,
    };

    private const string SystemSmtpClient = "System.Net.Mail.SmtpClient";
    private const string MailKitSmtpClient = "MailKit.Net.Smtp.SmtpClient";

    private readonly INamedTypeSymbol?[] _baseTypes;
    private readonly ImmutableHashSet<string> _extraTypeNames;
    private readonly Compilation _compilation;
    private readonly Func<SyntaxTree, SemanticModel> _semanticModels;
    private readonly INamedTypeSymbol? _azureClientOptions;
    private readonly INamedTypeSymbol? _clientPipelineOptions;
    private readonly KnownTypes _knownTypes;
    private readonly INamedTypeSymbol? _httpMessageHandler;
    private readonly INamedTypeSymbol? _serviceBusClient;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _azureClients = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _clientModelClients = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _packagedClients = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _referencedClientTypes = new(SymbolEqualityComparer.Default);

    // What each constructor of a source type builds, answered once per compilation: directly (in its own body, its
    // constructor initializer and the initialisers it runs) and through one more client-owning type it constructs.
    private readonly ConcurrentDictionary<IMethodSymbol, Built> _builtDirectly = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, Built> _builtThroughOneLevel = new(SymbolEqualityComparer.Default);

    // What a helper method of a source type builds when a constructor or initialiser calls it (`_client = CreateClient(key)`).
    private readonly ConcurrentDictionary<IMethodSymbol, Built> _builtByHelper = new(SymbolEqualityComparer.Default);

    public ClientTypeClassifier(Compilation compilation, KnownTypes knownTypes, ColdStartOptions options, Func<SyntaxTree, SemanticModel> semanticModels)
    {
        // Not DbConnection: constructing one does no I/O, and ADO.NET providers pool the physical connections, so a
        // connection per invocation is the idiom, not a client per invocation. Opening one before a SnapStart snapshot is COLD503.
        _baseTypes = new[]
            {
                knownTypes.AmazonServiceClient, knownTypes.HttpClient, knownTypes.DynamoDbContext, knownTypes.AzureTokenCredential,
            }
            .Concat(ThirdPartyClientTypes.Select(compilation.GetTypeByMetadataName))
            .Where(type => type is not null)
            .ToArray();
        _extraTypeNames = options.ExtraClientTypes;
        _azureClientOptions = knownTypes.AzureClientOptions;
        _clientPipelineOptions = knownTypes.ClientPipelineOptions;
        _knownTypes = knownTypes;
        _httpMessageHandler = compilation.GetTypeByMetadataName("System.Net.Http.HttpMessageHandler");
        _serviceBusClient = compilation.GetTypeByMetadataName("Azure.Messaging.ServiceBus.ServiceBusClient");
        _compilation = compilation;
        _semanticModels = semanticModels;
    }

    /// <summary>
    /// True for a client, and for a <b>client-owning type</b> (docs/handlers.md): a class of this compilation that builds a
    /// client in every instance constructor (or in the instance field and property initialisers they run), itself or
    /// through one more such class. A class handed its client as a constructor parameter does not own it.
    /// </summary>
    public bool IsClient(ITypeSymbol? type) => ClientBuiltBy(type) is not null;

    /// <summary>
    /// A client type of a referenced assembly (a package's or an SDK's), not a client-owning class of this compilation.
    /// Asked of the receiver of every task-returning call, so answered once per type and compilation.
    /// </summary>
    public bool IsPackagedClientType(INamedTypeSymbol type)
        => !IsSourceType(type) && _referencedClientTypes.GetOrAdd(type.OriginalDefinition, t => IsClientType(t));

    /// <summary>
    /// Whether an operation of <paramref name="type"/> is a request to a service: a client type from a referenced assembly, or
    /// the DynamoDB object-persistence context's interface (<c>IDynamoDBContext</c>), which code takes from the container.
    /// </summary>
    public bool SendsRequests(INamedTypeSymbol type) => IsPackagedClientType(type) || type.Is(_knownTypes.DynamoDbContextInterface);

    /// <summary>
    /// True for what a DI container builds when a constructor asks for it and that costs like a client: a client type
    /// (or client-owning type) other than HttpClient, or an AWS SDK service interface (<c>IAmazonS3</c>, any
    /// <c>IAmazonService</c>), <c>IDynamoDBContext</c> or an MSAL client application interface. An HttpClient from
    /// IHttpClientFactory is what COLD301 recommends, and the factory shares its handlers.
    /// </summary>
    public bool IsInjectableClient(ITypeSymbol type)
    {
        return (IsClient(type) && !type.DerivesFrom(_knownTypes.HttpClient)) || IsClientInterface(type);
    }

    /// <summary>
    /// The client that constructing <paramref name="type"/> builds: the type itself when it is a client, the client a
    /// client-owning type builds, or null.
    /// </summary>
    public ITypeSymbol? ClientBuiltBy(ITypeSymbol? type)
    {
        if (IsClientType(type))
        {
            return type;
        }

        if (!IsSourceClass(type, out var named) || named.InstanceConstructors.IsEmpty)
        {
            return null;
        }

        ITypeSymbol? client = null;
        foreach (var constructor in named.InstanceConstructors)
        {
            if (ClientBuiltBy(constructor, nested: true) is not { } built)
            {
                return null;
            }

            client ??= built;
        }

        return client;
    }

    /// <summary>
    /// The client a construction builds: the created type when it is a client, else the client its constructor (and
    /// the initialisers that constructor runs) builds, or null.
    /// </summary>
    public ITypeSymbol? ClientBuiltBy(IObjectCreationOperation creation)
    {
        if (IsClientType(creation.Type))
        {
            return IsGivenItsHttpClient(creation) ? null : creation.Type;
        }

        return creation.Constructor is { } constructor && IsSourceClass(creation.Type, out _) ? ClientBuiltBy(constructor, nested: true) : null;
    }

    // `new SendGridClient(httpClient, apiKey)` over the HttpClient IHttpClientFactory hands out: a third-party API client
    // given the HttpClient (or handler) it sends through builds no connection pool of its own, so one per call is cheap.
    // Not HttpClient itself, nor an AWS or Azure SDK client, whose configuration, credentials and pipeline are built
    // whatever transport it is given.
    private bool IsGivenItsHttpClient(IObjectCreationOperation creation)
    {
        if (creation.Type is not INamedTypeSymbol type || type.DerivesFrom(_knownTypes.HttpClient) || type.DerivesFrom(_knownTypes.AmazonServiceClient)
            || (_azureClientOptions is not null && IsAzureSdkClient(type.OriginalDefinition))
            || (_clientPipelineOptions is not null && IsClientModelClient(type.OriginalDefinition)))
        {
            return false;
        }

        return creation.Arguments.Any(argument => argument.Value.WithoutConversions().Type is { } given
            && (given.DerivesFrom(_knownTypes.HttpClient) || given.DerivesFrom(_httpMessageHandler)));
    }

    /// <summary>The client that calling <paramref name="constructor"/> builds: its type when that is a client, or null.</summary>
    public ITypeSymbol? ClientBuiltBy(IMethodSymbol constructor)
    {
        if (IsClientType(constructor.ContainingType))
        {
            return constructor.ContainingType;
        }

        return IsSourceClass(constructor.ContainingType, out _) ? ClientBuiltBy(constructor, nested: true) : null;
    }

    /// <summary>
    /// The client a library call builds and returns, or null: a client type's static factory (<c>ConnectionMultiplexer.Connect(...)</c>,
    /// <c>GrpcChannel.ForAddress(...)</c>, <c>NpgsqlDataSource.Create(...)</c>, their async forms), for which the factory, not
    /// <c>new</c>, is how one is built; or a library's builder or factory method named <c>Build</c> or <c>Create...</c> that
    /// returns a client or a client interface (<c>DynamoDBContextBuilder.Build()</c>, <c>AWSOptions.CreateServiceClient&lt;IAmazonS3&gt;()</c>,
    /// <c>CosmosClientBuilder.Build()</c>, MSAL's <c>ConfidentialClientApplicationBuilder.Build()</c>). The DI client factories
    /// (<c>IHttpClientFactory.CreateClient</c>, <c>IAzureClientFactory&lt;T&gt;.CreateClient</c>) hand out shared clients: they are the fix.
    /// </summary>
    public ITypeSymbol? ClientMadeBy(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return null;
        }

        if (IsTypedRestClientFactory(method))
        {
            return method.ReturnType;
        }

        var returned = method.ReturnType is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" } awaited
            ? awaited.TypeArguments[0]
            : method.ReturnType;
        if (method.IsStatic && IsClientType(method.ContainingType))
        {
            return IsClientType(returned) ? returned : null;
        }

        return IsBuilderOrFactoryName(method.Name) && !IsSourceType(method.ContainingType)
            && (IsClientType(returned) || IsClientInterface(returned)) && !IsSharedClientFactory(method)
                ? returned
                : null;
    }

    // RestEase's `RestClient.For<IApi>(url)` and Refit's `RestService.For<IApi>(url)`: each call builds an implementation of
    // the API interface over an HttpClient (and handler) of its own. Given the HttpClient IHttpClientFactory hands out,
    // it builds none.
    private static bool IsTypedRestClientFactory(IMethodSymbol method) =>
        method is { IsStatic: true, IsGenericMethod: true, Name: "For" }
        && method.ContainingType.ToDisplayString() is "RestEase.RestClient" or "Refit.RestService"
        && !method.Parameters.Any(p => p.Type.Name is "HttpClient" or "HttpMessageHandler");

    private static bool IsBuilderOrFactoryName(string name) =>
        name is "Build" or "BuildAsync" || name.StartsWith("Create", StringComparison.Ordinal);

    // The factory's own method, or an extension of it (`factory.CreateClient()` is HttpClientFactoryExtensions.CreateClient).
    private static bool IsSharedClientFactory(IMethodSymbol method) =>
        IsSharedClientFactory(method.ContainingType)
        || (method.IsExtensionMethod && method.Parameters.FirstOrDefault()?.Type is INamedTypeSymbol extended && IsSharedClientFactory(extended));

    private static bool IsSharedClientFactory(INamedTypeSymbol type) =>
        type.OriginalDefinition.ToDisplayString() is "System.Net.Http.IHttpClientFactory" or "Microsoft.Extensions.Azure.IAzureClientFactory<TClient>"
        || type.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString()
            is "System.Net.Http.IHttpClientFactory" or "Microsoft.Extensions.Azure.IAzureClientFactory<TClient>");

    // What a builder or factory hands back as an interface: an AWS SDK service client (IAmazonS3, any IAmazonService),
    // IDynamoDBContext, or an MSAL client application, whose token cache lives only as long as it does.
    private bool IsClientInterface(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Interface
        && (type.Is(_knownTypes.DynamoDbContextInterface)
            || IsAwsServiceInterface(type, _knownTypes)
            || type.ToDisplayString() == MsalClientApplication
            || type.AllInterfaces.Any(i => i.ToDisplayString() == MsalClientApplication));

    /// <summary>An AWS SDK service interface (<c>IAmazonS3</c>, <c>IAmazonDynamoDB</c>: any <c>IAmazonService</c>), how injected clients are typed.</summary>
    public static bool IsAwsServiceInterface(ITypeSymbol type, KnownTypes known) =>
        type.TypeKind == TypeKind.Interface
        && (type.Is(known.AmazonServiceInterface) || type.AllInterfaces.Any(i => i.Is(known.AmazonServiceInterface)));

    private const string MsalClientApplication = "Microsoft.Identity.Client.IClientApplicationBase";

    /// <summary>
    /// The connection a call opens, or null: <c>factory.CreateConnection()</c> (RabbitMQ, NATS) returning a disposable that is
    /// not an ADO.NET connection, or <c>Connect()</c> on a disposable client of a library that this code built into a
    /// local (<c>using var sftp = new SftpClient(...); sftp.Connect();</c>). Each is a TCP (often TLS and login) handshake
    /// that the library means to happen once per process. A field's client connecting again is reconnection, not reported.
    /// </summary>
    public ITypeSymbol? ConnectionOpenedBy(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name is not ("CreateConnection" or "CreateConnectionAsync" or "Connect" or "ConnectAsync")
            || method.MethodKind != MethodKind.Ordinary || IsSourceType(method.ContainingType))
        {
            return null;
        }

        if (method.Name is "CreateConnection" or "CreateConnectionAsync")
        {
            var returned = method.ReturnType is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" } awaited
                ? awaited.TypeArguments[0]
                : method.ReturnType;
            return IsDisposable(returned) && !IsAdoNetConnection(returned) ? returned : null;
        }

        // An SMTP client is a client: its construction is where it is reported.
        return !method.IsStatic
            && invocation.Instance?.WithoutConversions() is ILocalReferenceOperation { Local: var local }
            && IsDisposable(local.Type) && !IsAdoNetConnection(local.Type) && !SendsOneMessageAtATime(local.Type)
            && IsBuiltHere(local)
                ? local.Type
                : null;
    }

    // A DbConnection, or the IDbConnection a connection factory hands out (Dapper and OrmLite code): the provider pools them.
    private bool IsAdoNetConnection(ITypeSymbol type) =>
        type.DerivesFrom(_knownTypes.DbConnection)
        || type.ToDisplayString() == AdoNetConnectionInterface
        || type.AllInterfaces.Any(i => i.ToDisplayString() == AdoNetConnectionInterface);

    private const string AdoNetConnectionInterface = "System.Data.IDbConnection";

    private static bool IsBuiltHere(ILocalSymbol local)
    {
        return local.DeclaringSyntaxReferences.Length == 1
            && local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax };
    }

    private bool IsSourceType(ITypeSymbol type) =>
        SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _compilation.Assembly);

    private static bool IsDisposable(ITypeSymbol? type) =>
        type is not null and not IErrorTypeSymbol
        && (type.SpecialType == SpecialType.System_IDisposable
            || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_IDisposable || i.ToDisplayString() == "System.IAsyncDisposable")
            || (type.TypeKind == TypeKind.Interface && type.ToDisplayString() == "System.IAsyncDisposable"));

    /// <summary>
    /// How a message names a connection a call opens: <c>'SftpClient.Connect'</c>, or
    /// <c>'ConnectionFactory.CreateConnection', an 'IConnection'</c>.
    /// </summary>
    public static string DescribeConnection(IMethodSymbol opening, ITypeSymbol connection)
    {
        var call = $"'{ConnectionCall(opening, connection)}'";
        return opening.Name is "Connect" or "ConnectAsync" ? call : $"{call}, an '{connection.Name}'";
    }

    /// <summary>The call that opens a connection, named by the client it connects (<c>SftpClient.Connect</c>, not its base class's).</summary>
    public static string ConnectionCall(IMethodSymbol opening, ITypeSymbol connection)
        => (opening.Name is "Connect" or "ConnectAsync" ? connection.Name : opening.ContainingType.Name) + "." + opening.Name;

    /// <summary>How a message names what is built: <c>'AmazonS3Client'</c>, or <c>'OrderArchive' (which builds 'AmazonS3Client')</c>.</summary>
    public static string Describe(ITypeSymbol created, ITypeSymbol client)
    {
        return SymbolEqualityComparer.Default.Equals(created, client) ? $"'{created.Name}'" : $"'{created.Name}' (which builds '{client.Name}')";
    }

    private bool IsSourceClass(ITypeSymbol? type, out INamedTypeSymbol named)
    {
        named = (type as INamedTypeSymbol)!;
        return type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsImplicitlyDeclared: false }
            && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _compilation.Assembly)
            && !type.DeclaringSyntaxReferences.IsEmpty;
    }

    private ITypeSymbol? ClientBuiltBy(IMethodSymbol constructor, bool nested)
    {
        constructor = constructor.OriginalDefinition;
        var cache = nested ? _builtThroughOneLevel : _builtDirectly;
        return cache.GetOrAdd(constructor, c => new Built(Compute(c, nested, chain: 0))).Client;
    }

    private ITypeSymbol? Compute(IMethodSymbol constructor, bool nested, int chain)
    {
        var type = constructor.ContainingType;
        var declaration = constructor.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<ConstructorDeclarationSyntax>().FirstOrDefault();

        // `: this(...)` runs the other constructor, and that one runs the initialisers; `: base(...)` runs the base
        // class's constructor first.
        if (declaration?.Initializer is { } initializer && chain < 4
            && _semanticModels(initializer.SyntaxTree).GetSymbolInfo(initializer).Symbol is IMethodSymbol called
            && (FindClient(initializer.ArgumentList, nested) ?? (IsSourceClass(called.ContainingType, out _) ? Compute(called, nested, chain + 1) : null))
                is { } client)
        {
            return client;
        }

        if (declaration is not null && ((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody) is { } body && FindClient(body, nested) is { } built)
        {
            return built;
        }

        if (declaration?.Initializer is { ThisOrBaseKeyword.RawKind: (int)SyntaxKind.ThisKeyword })
        {
            return null;
        }

        // No initializer: the base class's parameterless constructor runs first.
        if (declaration?.Initializer is null && chain < 4 && IsSourceClass(type.BaseType, out var baseType)
            && baseType.InstanceConstructors.FirstOrDefault(c => c.Parameters.IsEmpty) is { } baseConstructor
            && Compute(baseConstructor, nested, chain + 1) is { } inherited)
        {
            return inherited;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false })
            {
                foreach (var reference in member.DeclaringSyntaxReferences)
                {
                    var value = reference.GetSyntax() switch
                    {
                        VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                        PropertyDeclarationSyntax property => property.Initializer?.Value,
                        _ => null,
                    };
                    if (value is not null && FindClient(value, nested) is { } initialised)
                    {
                        return initialised;
                    }
                }
            }
        }

        return null;
    }

    // A construction that runs now (not in a lambda or local function, which run later if ever) of a client, or with
    // nesting, of a class whose constructor builds one; or a call that builds a client (a client's static factory, a
    // library's builder, ServiceBusClient.CreateSender) and whose result is not kept once (`??=`).
    private ITypeSymbol? FindClient(SyntaxNode node, bool nested, bool followHelpers = true)
    {
        SemanticModel? semanticModel = null;
        foreach (var built in node.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (built is InvocationExpressionSyntax call)
            {
                semanticModel ??= _semanticModels(node.SyntaxTree);
                if ((ClientMadeByCall(call, semanticModel) ?? (followHelpers ? ClientBuiltByHelper(call, semanticModel) : null)) is { } made)
                {
                    return made;
                }

                continue;
            }

            if (built is not BaseObjectCreationExpressionSyntax creation)
            {
                continue;
            }

            semanticModel ??= _semanticModels(node.SyntaxTree);
            if (semanticModel.GetSymbolInfo(creation).Symbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
            {
                // A construction that does not compile here, judged as COLD301 judges one in a handler: an unknown type
                // named as a client (its package not restored yet), or a client type given an argument of an unknown type.
                if (semanticModel.GetTypeInfo(creation).Type is INamedTypeSymbol unbound
                    && (unbound.TypeKind == TypeKind.Error ? IsNamedAsClient(unbound.Name) : IsClientType(unbound)))
                {
                    return unbound;
                }

                continue;
            }

            if (IsClientType(constructor.ContainingType))
            {
                return constructor.ContainingType;
            }

            if (nested && IsSourceClass(constructor.ContainingType, out _) && ClientBuiltBy(constructor, nested: false) is { } owned)
            {
                return owned;
            }
        }

        return null;
    }

    // `private readonly ComputerVisionClient _client = Authenticate(endpoint, key);`: a method of the project's own code that the
    // constructor calls and that builds a client itself (one call deep: not a helper's helpers, nor a client-owning class it
    // constructs). Not a cache (`??=`), whose client the first call alone builds.
    private ITypeSymbol? ClientBuiltByHelper(InvocationExpressionSyntax call, SemanticModel semanticModel)
    {
        if (call.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceAssignmentExpression }
            || semanticModel.GetSymbolInfo(call).Symbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAbstract: false } method
            || !IsSourceType(method.ContainingType))
        {
            return null;
        }

        return _builtByHelper.GetOrAdd(method.OriginalDefinition, helper => new Built(
            helper.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<MethodDeclarationSyntax>().FirstOrDefault() is { } declaration
                && ((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody) is { } body
                && !body.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a => a.IsKind(SyntaxKind.CoalesceAssignmentExpression))
                    ? FindClient(body, nested: false, followHelpers: false)
                    : null)).Client;
    }

    private ITypeSymbol? ClientMadeByCall(InvocationExpressionSyntax call, SemanticModel semanticModel)
    {
        SyntaxNode kept = call;
        while (kept.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            kept = kept.Parent;
        }

        if (kept.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceAssignmentExpression })
        {
            return null;
        }

        return semanticModel.GetSymbolInfo(call).Symbol is IMethodSymbol method
            ? ClientMadeBy(method) ?? LinkOpenedBy(method)
            : UnboundFactoryClient(call, semanticModel);
    }

    /// <summary>
    /// The sender, receiver or processor that <c>ServiceBusClient.CreateSender/CreateReceiver/CreateProcessor</c> returns: each
    /// opens an AMQP link of its own, meant to be created once per queue or topic. Null for any other method.
    /// </summary>
    public ITypeSymbol? LinkOpenedBy(IMethodSymbol method)
        => method.Name is "CreateSender" or "CreateReceiver" or "CreateProcessor" or "CreateSessionProcessor"
            && _serviceBusClient is not null && method.ContainingType.DerivesFrom(_serviceBusClient)
                ? method.ReturnType
                : null;

    /// <summary>
    /// The client that a static factory of a type that does not bind builds (its package not restored yet, code being
    /// typed): <c>NotificationHubClient.CreateClientFromConnectionString(...)</c>, a name that binds to nothing, starts with a
    /// capital and is named as a client, with a method named <c>Create...</c> or <c>Connect...</c>. Null otherwise.
    /// </summary>
    public static INamedTypeSymbol? UnboundFactoryClient(
        InvocationExpressionSyntax call, SemanticModel semanticModel, CancellationToken cancellationToken = default)
    {
        if (call.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver, Name.Identifier.ValueText: var method }
            || !(method.StartsWith("Create", StringComparison.Ordinal) || method.StartsWith("Connect", StringComparison.Ordinal))
            || receiver.Identifier.ValueText is not { Length: > 0 } name
            || !char.IsUpper(name[0])
            || !IsNamedAsClient(name)
            || semanticModel.GetSymbolInfo(receiver, cancellationToken) is not { Symbol: null, CandidateSymbols.IsEmpty: true })
        {
            return null;
        }

        // The name binds to nothing at all (CS0103), so the model has no type for it: name one.
        return semanticModel.Compilation.CreateErrorTypeSymbol(null, name, 0);
    }

    /// <summary>
    /// True for a client whose constructor only stores its settings and that does its expensive work on first use: the
    /// OpenID Connect <c>ConfigurationManager&lt;T&gt;</c> fetches the metadata document the first time it is asked for it.
    /// One per invocation loses that cache (COLD301); one built at start-up costs nothing on a path that never asks it
    /// (COLD302 stays quiet).
    /// </summary>
    public static bool WorksOnlyOnFirstUse(ITypeSymbol client)
    {
        return client.OriginalDefinition.ToDisplayString() == "Microsoft.IdentityModel.Protocols.ConfigurationManager<T>" || SendsOneMessageAtATime(client);
    }

    /// <summary>
    /// True for an SMTP client: it connects on its first message, so one per invocation connects for every message, and it
    /// sends one message at a time, so sharing one across invocations that may overlap (an Azure worker runs several at once)
    /// needs a lock or a pool: no automatic fix moves it to a static field.
    /// </summary>
    public static bool SendsOneMessageAtATime(ITypeSymbol client)
    {
        for (var current = client as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (current.Name == "SmtpClient" && current.ToDisplayString() is SystemSmtpClient or MailKitSmtpClient)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsClientType(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error)
        {
            return false;
        }

        for (var current = named; current is not null; current = current.BaseType)
        {
            foreach (var baseType in _baseTypes)
            {
                if (baseType is not null && SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            if (_extraTypeNames.Count > 0 && _extraTypeNames.Contains(NameWithoutGlobalPrefix(current.OriginalDefinition)))
            {
                return true;
            }

            if (_azureClientOptions is not null && IsAzureSdkClient(current.OriginalDefinition))
            {
                return true;
            }

            if (_clientPipelineOptions is not null && IsClientModelClient(current.OriginalDefinition))
            {
                return true;
            }
        }

        return IsPackagedDisposableClient(named.OriginalDefinition);
    }

    // A package's API client by convention: a public class from metadata, outside the framework's namespaces, named
    // "...Client" and disposable, because it owns what it disposes, an HttpClient or a channel (DaprClient, an SDK's
    // WeatherClient). Not one with a Connect method: that is a connection, which ConnectionOpenedBy judges where it opens.
    private bool IsPackagedDisposableClient(INamedTypeSymbol type)
        => IsNamedAsClient(type.Name)
            && _packagedClients.GetOrAdd(type, t => IsPublicMetadataClass(t) && !t.IsAbstract
                && !IsFrameworkNamespace(t.ContainingNamespace?.ToDisplayString()) && IsDisposable(t) && !HasConnectMethod(t));

    /// <summary>A name of the "...Client" convention (<c>ForecastClient</c>; not <c>Client</c> alone, a customer more often than not).</summary>
    public static bool IsNamedAsClient(string name) => name.Length > "Client".Length && name.EndsWith("Client", StringComparison.Ordinal);

    private static bool HasConnectMethod(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers("Connect").Concat(current.GetMembers("ConnectAsync")).Any(m => m is IMethodSymbol { IsStatic: false }))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFrameworkNamespace(string? ns) =>
        ns is null or "System" or "Microsoft"
        || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
        || ns.StartsWith("Microsoft.Extensions", StringComparison.Ordinal);

    // An Azure SDK client (Azure.Core): a public class of an Azure.* namespace, from metadata, with a public constructor that
    // takes the client's options (BlobClientOptions, SecretClientOptions, TableClientOptions... : Azure.Core.ClientOptions).
    // Every Azure.Core client has one; the options types, models and builders do not.
    private bool IsAzureSdkClient(INamedTypeSymbol type)
        => IsAzureNamespaceClass(type) && _azureClients.GetOrAdd(type, t => TakesOptionsDerivedFrom(t, _azureClientOptions));

    /// <summary>
    /// An Azure SDK client (<c>TableClient</c>, <c>BlobContainerClient</c>, <c>CosmosClient</c>, <c>ServiceBusClient</c>...),
    /// or a type derived from one, uncached: for the rules that ask about a call's receiver, not about a construction. Asked
    /// of every <c>*Async</c> call, so a type of any other assembly is passed over by its assembly's name first.
    /// </summary>
    public static bool IsAzureSdkClientType(ITypeSymbol? type, KnownTypes known)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (current.ContainingAssembly?.Name is not { } assembly
                || !(assembly.StartsWith("Azure.", StringComparison.Ordinal) || assembly.StartsWith("Microsoft.Azure.", StringComparison.Ordinal)))
            {
                continue;
            }

            if ((known.AzureClientOptions is not null && IsAzureNamespaceClass(current) && TakesOptionsDerivedFrom(current, known.AzureClientOptions))
                || AzureClientsWithOwnOptions.Contains(current.ToDisplayString()))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly ImmutableHashSet<string> AzureClientsWithOwnOptions = ThirdPartyClientTypes
        .Where(name => name.StartsWith("Azure.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Azure.", StringComparison.Ordinal))
        .ToImmutableHashSet(StringComparer.Ordinal);

    // A System.ClientModel client (OpenAI's OpenAIClient, ChatClient, EmbeddingClient...): a public class from metadata, in
    // any namespace, with a public constructor that takes the client's options (: ClientPipelineOptions), which build its
    // HTTP pipeline.
    private bool IsClientModelClient(INamedTypeSymbol type)
    {
        return IsPublicMetadataClass(type) && _clientModelClients.GetOrAdd(type, t => TakesOptionsDerivedFrom(t, _clientPipelineOptions));
    }

    private static bool IsAzureNamespaceClass(INamedTypeSymbol type)
    {
        return IsPublicMetadataClass(type)
            && type.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "Azure" || ns.StartsWith("Azure.", StringComparison.Ordinal));
    }

    private static bool IsPublicMetadataClass(INamedTypeSymbol type)
        => type.TypeKind == TypeKind.Class && type.DeclaredAccessibility == Accessibility.Public && !type.Locations.Any(l => l.IsInSource);

    private static bool TakesOptionsDerivedFrom(INamedTypeSymbol type, INamedTypeSymbol? options)
    {
        return type.InstanceConstructors.Any(c => c.DeclaredAccessibility == Accessibility.Public
            && c.Parameters.Any(p => p.Type.DerivesFrom(options)));
    }

    private static string NameWithoutGlobalPrefix(INamedTypeSymbol type)
        => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty);

    // A cache entry, so that "builds none" is cached too.
    private sealed class Built
    {
        public Built(ITypeSymbol? client)
        {
            Client = client;
        }

        public ITypeSymbol? Client { get; }
    }
}

using System.Threading;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Infrastructure;

/// <summary>
/// Library types the rules recognise, resolved by metadata name at most once per compilation. A type the
/// compilation does not reference is <see langword="null"/>, which simply switches off the checks that need it.
/// </summary>
internal sealed class KnownTypes
{
    /// <summary>What a field holds once its type was looked up and the compilation does not have it.</summary>
    private static readonly object Missing = new();

    private readonly Compilation _compilation;
    private object? _lambdaContext;
    private object? _lambdaFunctionAttribute;
    private object? _lambdaStartupAttribute;
    private object? _configurationProvider;
    private object? _annotationsHttpResult;
    private object? _lambdaBootstrapBuilder;
    private object? _lambdaHandlerWrapper;
    private object? _coldStartHandlerAttribute;
    private object? _webApplication;
    private object? _apiGatewayProxyFunction;
    private object? _applicationBuilder;
    private object? _serviceCollection;
    private object? _controllerBase;
    private object? _apiControllerAttribute;
    private object? _nonActionAttribute;
    private object? _prewarmAttribute;
    private object? _warmUpAttribute;
    private object? _afterRestoreAttribute;
    private object? _lazyClientAttribute;
    private object? _genericLazyClientAttribute;
    private object? _moduleInitializerAttribute;
    private object? _amazonServiceClient;
    private object? _amazonServiceInterface;
    private object? _dynamoDbContextInterface;
    private object? _awsCredentials;
    private object? _serviceRegistration;
    private object? _serviceTryRegistration;
    private object? _typedHttpClientRegistration;
    private object? _httpClient;
    private object? _dbConnection;
    private object? _dynamoDbContext;
    private object? _dynamoDbContextConfig;
    private object? _dynamoDbContextBuilderInterface;
    private object? _task;
    private object? _taskOfT;
    private object? _valueTask;
    private object? _valueTaskOfT;
    private object? _thread;
    private object? _assembly;
    private object? _appDomain;
    private object? _activator;
    private object? _systemType;
    private object? _file;
    private object? _directory;
    private object? _fileStream;
    private object? _streamReader;
    private object? _dns;
    private object? _webRequest;
    private object? _socket;
    private object? _regex;
    private object? _regexOptions;
    private object? _serviceProviderBuilder;
    private object? _serviceProvider;
    private object? _serviceProviderExtensions;
    private object? _hostBuilder;
    private object? _hostedService;
    private object? _backgroundService;
    private object? _hostApplicationBuilder;
    private object? _loggerFactory;
    private object? _databaseFacade;
    private object? _relationalDatabaseFacadeExtensions;
    private object? _cultureInfo;
    private object? _regionInfo;
    private object? _guid;
    private object? _random;
    private object? _dateTime;
    private object? _dateTimeOffset;
    private object? _stopwatch;
    private object? _environment;
    private object? _randomNumberGenerator;
    private object? _tcpClient;
    private object? _udpClient;
    private object? _clientWebSocket;
    private object? _snapshotRestore;
    private object? _stream;
    private object? _cancellationToken;
    private object? _stjSerializer;
    private object? _stjOptions;
    private object? _stjContext;
    private object? _stjTypeInfo;
    private object? _stjSerializableAttribute;
    private object? _newtonsoftConvert;
    private object? _newtonsoftSerializer;
    private object? _newtonsoftToken;
    private object? _httpClientJsonExtensions;
    private object? _binaryData;
    private object? _httpContentJsonExtensions;
    private object? _aspNetRequestJsonExtensions;
    private object? _aspNetResponseJsonExtensions;
    private object? _aspNetHttpJsonOptions;
    private object? _workerHttpRequestDataExtensions;
    private object? _workerHttpResponseDataExtensions;
    private object? _workerOptions;
    private object? _lambdaSerializerAttribute;
    private object? _defaultLambdaJsonSerializer;
    private object? _obsoleteLambdaJsonSerializer;
    private object? _newtonsoftLambdaSerializer;
    private object? _sourceGeneratorLambdaSerializer;
    private object? _azureFunctionAttribute;
    private object? _azureWorkerMiddleware;
    private object? _azureClientOptions;
    private object? _clientPipelineOptions;
    private object? _azureTokenCredential;

    public KnownTypes(Compilation compilation)
    {
        _compilation = compilation;
    }

    public INamedTypeSymbol? LambdaContext => Get(ref _lambdaContext, "Amazon.Lambda.Core.ILambdaContext");
    public INamedTypeSymbol? LambdaFunctionAttribute => Get(ref _lambdaFunctionAttribute, "Amazon.Lambda.Annotations.LambdaFunctionAttribute");
    public INamedTypeSymbol? LambdaStartupAttribute => Get(ref _lambdaStartupAttribute, "Amazon.Lambda.Annotations.LambdaStartupAttribute");

    /// <summary>The base class of configuration providers; its <c>Load</c> runs when configuration is built.</summary>
    public INamedTypeSymbol? ConfigurationProvider => Get(ref _configurationProvider, "Microsoft.Extensions.Configuration.ConfigurationProvider");

    public INamedTypeSymbol? AnnotationsHttpResult => Get(ref _annotationsHttpResult, "Amazon.Lambda.Annotations.APIGateway.IHttpResult");
    public INamedTypeSymbol? LambdaBootstrapBuilder => Get(ref _lambdaBootstrapBuilder, "Amazon.Lambda.RuntimeSupport.LambdaBootstrapBuilder");

    /// <summary>
    /// The first runtime client's form, before the builder: <c>new LambdaBootstrap(HandlerWrapper.GetHandlerWrapper(handler, serializer))</c>.
    /// </summary>
    public INamedTypeSymbol? LambdaHandlerWrapper => Get(ref _lambdaHandlerWrapper, "Amazon.Lambda.RuntimeSupport.HandlerWrapper");
    public INamedTypeSymbol? WebApplication => Get(ref _webApplication, "Microsoft.AspNetCore.Builder.WebApplication");

    /// <summary>The first of Amazon.Lambda.AspNetCoreServer's base classes that host a whole app, in every version of the package.</summary>
    public INamedTypeSymbol? ApiGatewayProxyFunction => Get(ref _apiGatewayProxyFunction, "Amazon.Lambda.AspNetCoreServer.APIGatewayProxyFunction");
    public INamedTypeSymbol? ApplicationBuilder => Get(ref _applicationBuilder, "Microsoft.AspNetCore.Builder.IApplicationBuilder");
    public INamedTypeSymbol? ServiceCollection => Get(ref _serviceCollection, "Microsoft.Extensions.DependencyInjection.IServiceCollection");
    public INamedTypeSymbol? ControllerBase => Get(ref _controllerBase, "Microsoft.AspNetCore.Mvc.ControllerBase");
    public INamedTypeSymbol? ApiControllerAttribute => Get(ref _apiControllerAttribute, "Microsoft.AspNetCore.Mvc.ApiControllerAttribute");
    public INamedTypeSymbol? NonActionAttribute => Get(ref _nonActionAttribute, "Microsoft.AspNetCore.Mvc.NonActionAttribute");
    public INamedTypeSymbol? ColdStartHandlerAttribute => Get(ref _coldStartHandlerAttribute, "ColdStart.ColdStartHandlerAttribute");
    public INamedTypeSymbol? PrewarmAttribute => Get(ref _prewarmAttribute, MetadataNames.PrewarmAttribute);
    public INamedTypeSymbol? WarmUpAttribute => Get(ref _warmUpAttribute, MetadataNames.WarmUpAttribute);
    public INamedTypeSymbol? AfterRestoreAttribute => Get(ref _afterRestoreAttribute, MetadataNames.AfterRestoreAttribute);
    public INamedTypeSymbol? LazyClientAttribute => Get(ref _lazyClientAttribute, MetadataNames.LazyClientAttribute);
    public INamedTypeSymbol? GenericLazyClientAttribute => Get(ref _genericLazyClientAttribute, MetadataNames.GenericLazyClientAttribute);
    public INamedTypeSymbol? ModuleInitializerAttribute => Get(ref _moduleInitializerAttribute, MetadataNames.ModuleInitializerAttribute);

    public INamedTypeSymbol? AmazonServiceClient => Get(ref _amazonServiceClient, "Amazon.Runtime.AmazonServiceClient");
    /// <summary>The interface every AWS SDK service client interface (<c>IAmazonS3</c>, ...) extends.</summary>
    public INamedTypeSymbol? AmazonServiceInterface => Get(ref _amazonServiceInterface, "Amazon.Runtime.IAmazonService");
    public INamedTypeSymbol? DynamoDbContextInterface => Get(ref _dynamoDbContextInterface, "Amazon.DynamoDBv2.DataModel.IDynamoDBContext");
    public INamedTypeSymbol? AwsCredentials => Get(ref _awsCredentials, "Amazon.Runtime.AWSCredentials");

    /// <summary>AddSingleton/AddScoped/AddTransient (Microsoft.Extensions.DependencyInjection.Abstractions).</summary>
    public INamedTypeSymbol? ServiceRegistration
        => Get(ref _serviceRegistration, "Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions");

    /// <summary>TryAddSingleton/TryAddScoped/... of the same package.</summary>
    public INamedTypeSymbol? ServiceTryRegistration
        => Get(ref _serviceTryRegistration, "Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions");

    /// <summary><c>AddHttpClient&lt;TClient, TImplementation&gt;()</c> (Microsoft.Extensions.Http): a typed client, registered transient.</summary>
    public INamedTypeSymbol? TypedHttpClientRegistration
        => Get(ref _typedHttpClientRegistration, "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions");

    public INamedTypeSymbol? HttpClient => Get(ref _httpClient, "System.Net.Http.HttpClient");
    public INamedTypeSymbol? DbConnection => Get(ref _dbConnection, "System.Data.Common.DbConnection");
    public INamedTypeSymbol? DynamoDbContext => Get(ref _dynamoDbContext, "Amazon.DynamoDBv2.DataModel.DynamoDBContext");
    public INamedTypeSymbol? DynamoDbContextConfig => Get(ref _dynamoDbContextConfig, "Amazon.DynamoDBv2.DataModel.DynamoDBContextConfig");
    public INamedTypeSymbol? DynamoDbContextBuilderInterface
        => Get(ref _dynamoDbContextBuilderInterface, "Amazon.DynamoDBv2.DataModel.IDynamoDBContextBuilder");

    public INamedTypeSymbol? Task => Get(ref _task, "System.Threading.Tasks.Task");
    public INamedTypeSymbol? TaskOfT => Get(ref _taskOfT, "System.Threading.Tasks.Task`1");
    public INamedTypeSymbol? ValueTask => Get(ref _valueTask, "System.Threading.Tasks.ValueTask");
    public INamedTypeSymbol? ValueTaskOfT => Get(ref _valueTaskOfT, "System.Threading.Tasks.ValueTask`1");
    public INamedTypeSymbol? Thread => Get(ref _thread, "System.Threading.Thread");

    public INamedTypeSymbol? Assembly => Get(ref _assembly, "System.Reflection.Assembly");
    public INamedTypeSymbol? AppDomain => Get(ref _appDomain, "System.AppDomain");
    public INamedTypeSymbol? Activator => Get(ref _activator, "System.Activator");
    public INamedTypeSymbol? SystemType => Get(ref _systemType, "System.Type");

    public INamedTypeSymbol? File => Get(ref _file, "System.IO.File");
    public INamedTypeSymbol? Directory => Get(ref _directory, "System.IO.Directory");
    public INamedTypeSymbol? FileStream => Get(ref _fileStream, "System.IO.FileStream");
    public INamedTypeSymbol? StreamReader => Get(ref _streamReader, "System.IO.StreamReader");
    public INamedTypeSymbol? Dns => Get(ref _dns, "System.Net.Dns");
    public INamedTypeSymbol? WebRequest => Get(ref _webRequest, "System.Net.WebRequest");
    public INamedTypeSymbol? Socket => Get(ref _socket, "System.Net.Sockets.Socket");
    public INamedTypeSymbol? Regex => Get(ref _regex, "System.Text.RegularExpressions.Regex");
    public INamedTypeSymbol? RegexOptions => Get(ref _regexOptions, "System.Text.RegularExpressions.RegexOptions");
    public INamedTypeSymbol? ServiceProviderBuilder
        => Get(ref _serviceProviderBuilder, "Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions");
    public INamedTypeSymbol? ServiceProvider => Get(ref _serviceProvider, "System.IServiceProvider");

    /// <summary>GetService&lt;T&gt; / GetRequiredService&lt;T&gt; (Microsoft.Extensions.DependencyInjection.Abstractions).</summary>
    public INamedTypeSymbol? ServiceProviderExtensions
        => Get(ref _serviceProviderExtensions, "Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions");
    public INamedTypeSymbol? HostBuilder => Get(ref _hostBuilder, "Microsoft.Extensions.Hosting.IHostBuilder");
    public INamedTypeSymbol? HostedService => Get(ref _hostedService, "Microsoft.Extensions.Hosting.IHostedService");
    public INamedTypeSymbol? BackgroundService => Get(ref _backgroundService, "Microsoft.Extensions.Hosting.BackgroundService");
    public INamedTypeSymbol? HostApplicationBuilder => Get(ref _hostApplicationBuilder, "Microsoft.Extensions.Hosting.HostApplicationBuilder");

    public INamedTypeSymbol? LoggerFactory => Get(ref _loggerFactory, "Microsoft.Extensions.Logging.LoggerFactory");

    /// <summary>EF Core's <c>context.Database</c> (EnsureCreated) and the relational extensions on it (Migrate).</summary>
    public INamedTypeSymbol? DatabaseFacade => Get(ref _databaseFacade, "Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade");
    public INamedTypeSymbol? RelationalDatabaseFacadeExtensions
        => Get(ref _relationalDatabaseFacadeExtensions, "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions");

    public INamedTypeSymbol? CultureInfo => Get(ref _cultureInfo, "System.Globalization.CultureInfo");
    public INamedTypeSymbol? RegionInfo => Get(ref _regionInfo, "System.Globalization.RegionInfo");

    public INamedTypeSymbol? Guid => Get(ref _guid, "System.Guid");
    public INamedTypeSymbol? Random => Get(ref _random, "System.Random");
    public INamedTypeSymbol? DateTime => Get(ref _dateTime, "System.DateTime");
    public INamedTypeSymbol? DateTimeOffset => Get(ref _dateTimeOffset, "System.DateTimeOffset");
    public INamedTypeSymbol? Stopwatch => Get(ref _stopwatch, "System.Diagnostics.Stopwatch");
    public INamedTypeSymbol? Environment => Get(ref _environment, "System.Environment");
    public INamedTypeSymbol? RandomNumberGenerator => Get(ref _randomNumberGenerator, "System.Security.Cryptography.RandomNumberGenerator");
    public INamedTypeSymbol? TcpClient => Get(ref _tcpClient, "System.Net.Sockets.TcpClient");
    public INamedTypeSymbol? UdpClient => Get(ref _udpClient, "System.Net.Sockets.UdpClient");
    public INamedTypeSymbol? ClientWebSocket => Get(ref _clientWebSocket, "System.Net.WebSockets.ClientWebSocket");
    public INamedTypeSymbol? SnapshotRestore => Get(ref _snapshotRestore, MetadataNames.SnapshotRestore);

    public INamedTypeSymbol? Stream => Get(ref _stream, "System.IO.Stream");
    public INamedTypeSymbol? CancellationToken => Get(ref _cancellationToken, "System.Threading.CancellationToken");
    public INamedTypeSymbol? StjSerializer => Get(ref _stjSerializer, "System.Text.Json.JsonSerializer");
    public INamedTypeSymbol? StjOptions => Get(ref _stjOptions, "System.Text.Json.JsonSerializerOptions");
    public INamedTypeSymbol? StjContext => Get(ref _stjContext, "System.Text.Json.Serialization.JsonSerializerContext");
    public INamedTypeSymbol? StjTypeInfo => Get(ref _stjTypeInfo, "System.Text.Json.Serialization.Metadata.JsonTypeInfo");
    public INamedTypeSymbol? StjSerializableAttribute => Get(ref _stjSerializableAttribute, "System.Text.Json.Serialization.JsonSerializableAttribute");
    public INamedTypeSymbol? NewtonsoftConvert => Get(ref _newtonsoftConvert, "Newtonsoft.Json.JsonConvert");
    public INamedTypeSymbol? NewtonsoftSerializer => Get(ref _newtonsoftSerializer, "Newtonsoft.Json.JsonSerializer");
    public INamedTypeSymbol? NewtonsoftToken => Get(ref _newtonsoftToken, "Newtonsoft.Json.Linq.JToken");

    /// <summary>System.Net.Http.Json: without a JsonTypeInfo they serialise with reflection and the web defaults.</summary>
    public INamedTypeSymbol? HttpClientJsonExtensions => Get(ref _httpClientJsonExtensions, "System.Net.Http.Json.HttpClientJsonExtensions");
    public INamedTypeSymbol? HttpContentJsonExtensions => Get(ref _httpContentJsonExtensions, "System.Net.Http.Json.HttpContentJsonExtensions");

    /// <summary>
    /// ASP.NET Core's <c>HttpRequest.ReadFromJsonAsync</c>/<c>HttpResponse.WriteAsJsonAsync</c>: without a JsonTypeInfo they use the
    /// app's <c>Microsoft.AspNetCore.Http.Json.JsonOptions</c>, the web defaults with the reflection resolver unless the app sets one.
    /// </summary>
    public INamedTypeSymbol? AspNetRequestJsonExtensions => Get(ref _aspNetRequestJsonExtensions, "Microsoft.AspNetCore.Http.HttpRequestJsonExtensions");
    public INamedTypeSymbol? AspNetResponseJsonExtensions => Get(ref _aspNetResponseJsonExtensions, "Microsoft.AspNetCore.Http.HttpResponseJsonExtensions");
    public INamedTypeSymbol? AspNetHttpJsonOptions => Get(ref _aspNetHttpJsonOptions, "Microsoft.AspNetCore.Http.Json.JsonOptions");

    /// <summary>System.Memory.Data's BinaryData (the body of Azure SDK messages): its JSON helpers reflect without a JsonTypeInfo.</summary>
    public INamedTypeSymbol? BinaryData => Get(ref _binaryData, "System.BinaryData");

    /// <summary>The isolated worker's JSON helpers for HTTP triggers: without a serializer argument they use WorkerOptions.Serializer.</summary>
    public INamedTypeSymbol? WorkerHttpRequestDataExtensions
        => Get(ref _workerHttpRequestDataExtensions, "Microsoft.Azure.Functions.Worker.Http.HttpRequestDataExtensions");
    public INamedTypeSymbol? WorkerHttpResponseDataExtensions
        => Get(ref _workerHttpResponseDataExtensions, "Microsoft.Azure.Functions.Worker.Http.HttpResponseDataExtensions");
    public INamedTypeSymbol? WorkerOptions => Get(ref _workerOptions, "Microsoft.Azure.Functions.Worker.WorkerOptions");
    public INamedTypeSymbol? LambdaSerializerAttribute => Get(ref _lambdaSerializerAttribute, "Amazon.Lambda.Core.LambdaSerializerAttribute");

    /// <summary>Base of the reflection-based System.Text.Json Lambda serializers (CamelCase derives from it).</summary>
    public INamedTypeSymbol? DefaultLambdaJsonSerializer
        => Get(ref _defaultLambdaJsonSerializer, "Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer");
    public INamedTypeSymbol? ObsoleteLambdaJsonSerializer
        => Get(ref _obsoleteLambdaJsonSerializer, "Amazon.Lambda.Serialization.SystemTextJson.LambdaJsonSerializer");
    public INamedTypeSymbol? NewtonsoftLambdaSerializer => Get(ref _newtonsoftLambdaSerializer, "Amazon.Lambda.Serialization.Json.JsonSerializer");
    public INamedTypeSymbol? SourceGeneratorLambdaSerializer
        => Get(ref _sourceGeneratorLambdaSerializer, "Amazon.Lambda.Serialization.SystemTextJson.SourceGeneratorLambdaJsonSerializer`1");

    /// <summary>The isolated worker's <c>[Function("name")]</c> (Microsoft.Azure.Functions.Worker): its presence makes an Azure Functions project.</summary>
    public INamedTypeSymbol? AzureFunctionAttribute => Get(ref _azureFunctionAttribute, MetadataNames.AzureFunctionAttribute);
    public INamedTypeSymbol? AzureWorkerMiddleware
        => Get(ref _azureWorkerMiddleware, "Microsoft.Azure.Functions.Worker.Middleware.IFunctionsWorkerMiddleware");

    /// <summary>Base of every Azure SDK client's options (<c>BlobClientOptions</c>, <c>SecretClientOptions</c>...): a client's constructor takes one.</summary>
    public INamedTypeSymbol? AzureClientOptions => Get(ref _azureClientOptions, "Azure.Core.ClientOptions");

    /// <summary>
    /// Base of the options of System.ClientModel clients (OpenAI's <c>OpenAIClient</c>, <c>ChatClient</c>...): their
    /// constructors take one, as Azure.Core clients take a <see cref="AzureClientOptions"/>.
    /// </summary>
    public INamedTypeSymbol? ClientPipelineOptions => Get(ref _clientPipelineOptions, "System.ClientModel.Primitives.ClientPipelineOptions");

    /// <summary>Base of the Azure credentials (<c>DefaultAzureCredential</c> probes several sources on first use).</summary>
    public INamedTypeSymbol? AzureTokenCredential => Get(ref _azureTokenCredential, "Azure.Core.TokenCredential");

    /// <summary>
    /// Resolves a type the first time a rule asks for it (GetTypeByMetadataName searches every referenced assembly,
    /// and most compilations need only a few of these types); later asks read the field. Threads that race on the
    /// first ask resolve the same type.
    /// </summary>
    private INamedTypeSymbol? Get(ref object? field, string metadataName)
    {
        var cached = Volatile.Read(ref field);
        if (cached is null)
        {
            cached = (object?)_compilation.GetTypeByMetadataName(metadataName) ?? Missing;
            Volatile.Write(ref field, cached);
        }

        return cached as INamedTypeSymbol;
    }
}

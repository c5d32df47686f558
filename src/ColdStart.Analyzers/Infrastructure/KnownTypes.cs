using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Infrastructure;

/// <summary>
/// Library types the rules recognise, resolved by metadata name at most once per compilation. A type the
/// compilation does not reference is <see langword="null"/>, which simply switches off the checks that need it.
/// </summary>
internal sealed class KnownTypes
{
    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new(System.StringComparer.Ordinal);
    private readonly Func<string, INamedTypeSymbol?> _resolve;

    public KnownTypes(Compilation compilation)
    {
        _resolve = compilation.GetTypeByMetadataName;
    }

    public INamedTypeSymbol? LambdaContext => Get("Amazon.Lambda.Core.ILambdaContext");
    public INamedTypeSymbol? LambdaFunctionAttribute => Get("Amazon.Lambda.Annotations.LambdaFunctionAttribute");
    public INamedTypeSymbol? LambdaStartupAttribute => Get("Amazon.Lambda.Annotations.LambdaStartupAttribute");

    public INamedTypeSymbol? AnnotationsHttpResult => Get("Amazon.Lambda.Annotations.APIGateway.IHttpResult");
    public INamedTypeSymbol? LambdaBootstrapBuilder => Get("Amazon.Lambda.RuntimeSupport.LambdaBootstrapBuilder");
    public INamedTypeSymbol? ColdStartHandlerAttribute => Get("ColdStart.ColdStartHandlerAttribute");
    public INamedTypeSymbol? PrewarmAttribute => Get(MetadataNames.PrewarmAttribute);
    public INamedTypeSymbol? WarmUpAttribute => Get(MetadataNames.WarmUpAttribute);
    public INamedTypeSymbol? AfterRestoreAttribute => Get(MetadataNames.AfterRestoreAttribute);
    public INamedTypeSymbol? LazyClientAttribute => Get(MetadataNames.LazyClientAttribute);
    public INamedTypeSymbol? GenericLazyClientAttribute => Get(MetadataNames.GenericLazyClientAttribute);
    public INamedTypeSymbol? ModuleInitializerAttribute => Get(MetadataNames.ModuleInitializerAttribute);

    public INamedTypeSymbol? AmazonServiceClient => Get("Amazon.Runtime.AmazonServiceClient");
    public INamedTypeSymbol? AwsCredentials => Get("Amazon.Runtime.AWSCredentials");

    /// <summary>AddSingleton/AddScoped/AddTransient (Microsoft.Extensions.DependencyInjection.Abstractions).</summary>
    public INamedTypeSymbol? ServiceRegistration => Get("Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions");

    /// <summary>TryAddSingleton/TryAddScoped/... of the same package.</summary>
    public INamedTypeSymbol? ServiceTryRegistration => Get("Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions");
    public INamedTypeSymbol? HttpClient => Get("System.Net.Http.HttpClient");
    public INamedTypeSymbol? DbConnection => Get("System.Data.Common.DbConnection");
    public INamedTypeSymbol? DynamoDbContext => Get("Amazon.DynamoDBv2.DataModel.DynamoDBContext");
    public INamedTypeSymbol? DynamoDbContextConfig => Get("Amazon.DynamoDBv2.DataModel.DynamoDBContextConfig");
    public INamedTypeSymbol? DynamoDbContextBuilderInterface => Get("Amazon.DynamoDBv2.DataModel.IDynamoDBContextBuilder");

    public INamedTypeSymbol? Task => Get("System.Threading.Tasks.Task");
    public INamedTypeSymbol? TaskOfT => Get("System.Threading.Tasks.Task`1");
    public INamedTypeSymbol? ValueTask => Get("System.Threading.Tasks.ValueTask");
    public INamedTypeSymbol? ValueTaskOfT => Get("System.Threading.Tasks.ValueTask`1");
    public INamedTypeSymbol? Thread => Get("System.Threading.Thread");

    public INamedTypeSymbol? Assembly => Get("System.Reflection.Assembly");
    public INamedTypeSymbol? AppDomain => Get("System.AppDomain");
    public INamedTypeSymbol? Activator => Get("System.Activator");
    public INamedTypeSymbol? SystemType => Get("System.Type");

    public INamedTypeSymbol? File => Get("System.IO.File");
    public INamedTypeSymbol? Directory => Get("System.IO.Directory");
    public INamedTypeSymbol? FileStream => Get("System.IO.FileStream");
    public INamedTypeSymbol? StreamReader => Get("System.IO.StreamReader");
    public INamedTypeSymbol? Dns => Get("System.Net.Dns");
    public INamedTypeSymbol? WebRequest => Get("System.Net.WebRequest");
    public INamedTypeSymbol? Socket => Get("System.Net.Sockets.Socket");
    public INamedTypeSymbol? Regex => Get("System.Text.RegularExpressions.Regex");
    public INamedTypeSymbol? RegexOptions => Get("System.Text.RegularExpressions.RegexOptions");
    public INamedTypeSymbol? ServiceProviderBuilder => Get("Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions");
    public INamedTypeSymbol? HostBuilder => Get("Microsoft.Extensions.Hosting.IHostBuilder");
    public INamedTypeSymbol? HostApplicationBuilder => Get("Microsoft.Extensions.Hosting.HostApplicationBuilder");

    public INamedTypeSymbol? LoggerFactory => Get("Microsoft.Extensions.Logging.LoggerFactory");

    public INamedTypeSymbol? CultureInfo => Get("System.Globalization.CultureInfo");
    public INamedTypeSymbol? RegionInfo => Get("System.Globalization.RegionInfo");

    public INamedTypeSymbol? Guid => Get("System.Guid");
    public INamedTypeSymbol? Random => Get("System.Random");
    public INamedTypeSymbol? DateTime => Get("System.DateTime");
    public INamedTypeSymbol? DateTimeOffset => Get("System.DateTimeOffset");
    public INamedTypeSymbol? Stopwatch => Get("System.Diagnostics.Stopwatch");
    public INamedTypeSymbol? Environment => Get("System.Environment");
    public INamedTypeSymbol? RandomNumberGenerator => Get("System.Security.Cryptography.RandomNumberGenerator");
    public INamedTypeSymbol? TcpClient => Get("System.Net.Sockets.TcpClient");
    public INamedTypeSymbol? UdpClient => Get("System.Net.Sockets.UdpClient");
    public INamedTypeSymbol? ClientWebSocket => Get("System.Net.WebSockets.ClientWebSocket");
    public INamedTypeSymbol? SnapshotRestore => Get(MetadataNames.SnapshotRestore);

    public INamedTypeSymbol? Stream => Get("System.IO.Stream");
    public INamedTypeSymbol? CancellationToken => Get("System.Threading.CancellationToken");
    public INamedTypeSymbol? StjSerializer => Get("System.Text.Json.JsonSerializer");
    public INamedTypeSymbol? StjOptions => Get("System.Text.Json.JsonSerializerOptions");
    public INamedTypeSymbol? StjContext => Get("System.Text.Json.Serialization.JsonSerializerContext");
    public INamedTypeSymbol? StjTypeInfo => Get("System.Text.Json.Serialization.Metadata.JsonTypeInfo");
    public INamedTypeSymbol? StjSerializableAttribute => Get("System.Text.Json.Serialization.JsonSerializableAttribute");
    public INamedTypeSymbol? NewtonsoftConvert => Get("Newtonsoft.Json.JsonConvert");
    public INamedTypeSymbol? NewtonsoftSerializer => Get("Newtonsoft.Json.JsonSerializer");
    public INamedTypeSymbol? NewtonsoftToken => Get("Newtonsoft.Json.Linq.JToken");
    public INamedTypeSymbol? LambdaSerializerAttribute => Get("Amazon.Lambda.Core.LambdaSerializerAttribute");

    /// <summary>Base of the reflection-based System.Text.Json Lambda serializers (CamelCase derives from it).</summary>
    public INamedTypeSymbol? DefaultLambdaJsonSerializer => Get("Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer");
    public INamedTypeSymbol? ObsoleteLambdaJsonSerializer => Get("Amazon.Lambda.Serialization.SystemTextJson.LambdaJsonSerializer");
    public INamedTypeSymbol? NewtonsoftLambdaSerializer => Get("Amazon.Lambda.Serialization.Json.JsonSerializer");
    public INamedTypeSymbol? SourceGeneratorLambdaSerializer => Get("Amazon.Lambda.Serialization.SystemTextJson.SourceGeneratorLambdaJsonSerializer`1");

    /// <summary>
    /// Resolves a type the first time a rule asks for it: GetTypeByMetadataName searches every referenced assembly,
    /// and most compilations need only a few of these types.
    /// </summary>
    private INamedTypeSymbol? Get(string metadataName) => _types.GetOrAdd(metadataName, _resolve);
}

using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Handlers
{
    /// <summary>
    /// Library types the rules recognise, resolved by metadata name once per compilation. A type the
    /// compilation does not reference is <see langword="null"/>, which simply switches off the checks that need it.
    /// </summary>
    internal sealed class KnownTypes
    {
        public KnownTypes(Compilation compilation)
        {
            LambdaContext = compilation.GetTypeByMetadataName("Amazon.Lambda.Core.ILambdaContext");
            LambdaFunctionAttribute = compilation.GetTypeByMetadataName("Amazon.Lambda.Annotations.LambdaFunctionAttribute");
            LambdaStartupAttribute = compilation.GetTypeByMetadataName("Amazon.Lambda.Annotations.LambdaStartupAttribute");
            AnnotationsHttpResult = compilation.GetTypeByMetadataName("Amazon.Lambda.Annotations.APIGateway.IHttpResult");
            LambdaBootstrapBuilder = compilation.GetTypeByMetadataName("Amazon.Lambda.RuntimeSupport.LambdaBootstrapBuilder");
            ColdStartHandlerAttribute = compilation.GetTypeByMetadataName("ColdStart.ColdStartHandlerAttribute");

            AmazonServiceClient = compilation.GetTypeByMetadataName("Amazon.Runtime.AmazonServiceClient");
            AwsCredentials = compilation.GetTypeByMetadataName("Amazon.Runtime.AWSCredentials");
            ServiceRegistration = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions");
            ServiceTryRegistration = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions");
            HttpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
            DbConnection = compilation.GetTypeByMetadataName("System.Data.Common.DbConnection");
            DynamoDbContext = compilation.GetTypeByMetadataName("Amazon.DynamoDBv2.DataModel.DynamoDBContext");
            DynamoDbContextConfig = compilation.GetTypeByMetadataName("Amazon.DynamoDBv2.DataModel.DynamoDBContextConfig");
            DynamoDbContextBuilderInterface = compilation.GetTypeByMetadataName("Amazon.DynamoDBv2.DataModel.IDynamoDBContextBuilder");

            Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
            TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
            ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
            ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
            Thread = compilation.GetTypeByMetadataName("System.Threading.Thread");

            Assembly = compilation.GetTypeByMetadataName("System.Reflection.Assembly");
            AppDomain = compilation.GetTypeByMetadataName("System.AppDomain");
            Activator = compilation.GetTypeByMetadataName("System.Activator");
            SystemType = compilation.GetTypeByMetadataName("System.Type");

            File = compilation.GetTypeByMetadataName("System.IO.File");
            Directory = compilation.GetTypeByMetadataName("System.IO.Directory");
            FileStream = compilation.GetTypeByMetadataName("System.IO.FileStream");
            StreamReader = compilation.GetTypeByMetadataName("System.IO.StreamReader");
            Dns = compilation.GetTypeByMetadataName("System.Net.Dns");
            WebRequest = compilation.GetTypeByMetadataName("System.Net.WebRequest");
            Socket = compilation.GetTypeByMetadataName("System.Net.Sockets.Socket");
            Regex = compilation.GetTypeByMetadataName("System.Text.RegularExpressions.Regex");
            RegexOptions = compilation.GetTypeByMetadataName("System.Text.RegularExpressions.RegexOptions");
            ServiceProviderBuilder = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions");
            HostBuilder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.IHostBuilder");
            HostApplicationBuilder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.HostApplicationBuilder");
            LoggerFactory = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerFactory");

            Guid = compilation.GetTypeByMetadataName("System.Guid");
            Random = compilation.GetTypeByMetadataName("System.Random");
            DateTime = compilation.GetTypeByMetadataName("System.DateTime");
            DateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
            Stopwatch = compilation.GetTypeByMetadataName("System.Diagnostics.Stopwatch");
            Environment = compilation.GetTypeByMetadataName("System.Environment");
            RandomNumberGenerator = compilation.GetTypeByMetadataName("System.Security.Cryptography.RandomNumberGenerator");
            TcpClient = compilation.GetTypeByMetadataName("System.Net.Sockets.TcpClient");
            UdpClient = compilation.GetTypeByMetadataName("System.Net.Sockets.UdpClient");
            ClientWebSocket = compilation.GetTypeByMetadataName("System.Net.WebSockets.ClientWebSocket");
            SnapshotRestore = compilation.GetTypeByMetadataName(MetadataNames.SnapshotRestore);

            Stream = compilation.GetTypeByMetadataName("System.IO.Stream");
            CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
            StjSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
            StjOptions = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializerOptions");
            StjContext = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializerContext");
            StjTypeInfo = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.Metadata.JsonTypeInfo");
            StjSerializableAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializableAttribute");
            NewtonsoftConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
            NewtonsoftSerializer = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonSerializer");
            NewtonsoftToken = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JToken");
            LambdaSerializerAttribute = compilation.GetTypeByMetadataName("Amazon.Lambda.Core.LambdaSerializerAttribute");
            DefaultLambdaJsonSerializer = compilation.GetTypeByMetadataName("Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer");
            ObsoleteLambdaJsonSerializer = compilation.GetTypeByMetadataName("Amazon.Lambda.Serialization.SystemTextJson.LambdaJsonSerializer");
            NewtonsoftLambdaSerializer = compilation.GetTypeByMetadataName("Amazon.Lambda.Serialization.Json.JsonSerializer");
            SourceGeneratorLambdaSerializer = compilation.GetTypeByMetadataName("Amazon.Lambda.Serialization.SystemTextJson.SourceGeneratorLambdaJsonSerializer`1");
        }

        public INamedTypeSymbol? LambdaContext { get; }
        public INamedTypeSymbol? LambdaFunctionAttribute { get; }
        public INamedTypeSymbol? LambdaStartupAttribute { get; }

        public INamedTypeSymbol? AnnotationsHttpResult { get; }
        public INamedTypeSymbol? LambdaBootstrapBuilder { get; }
        public INamedTypeSymbol? ColdStartHandlerAttribute { get; }

        public INamedTypeSymbol? AmazonServiceClient { get; }
        public INamedTypeSymbol? AwsCredentials { get; }

        /// <summary>AddSingleton/AddScoped/AddTransient (Microsoft.Extensions.DependencyInjection.Abstractions).</summary>
        public INamedTypeSymbol? ServiceRegistration { get; }

        /// <summary>TryAddSingleton/TryAddScoped/... of the same package.</summary>
        public INamedTypeSymbol? ServiceTryRegistration { get; }
        public INamedTypeSymbol? HttpClient { get; }
        public INamedTypeSymbol? DbConnection { get; }
        public INamedTypeSymbol? DynamoDbContext { get; }
        public INamedTypeSymbol? DynamoDbContextConfig { get; }
        public INamedTypeSymbol? DynamoDbContextBuilderInterface { get; }

        public INamedTypeSymbol? Task { get; }
        public INamedTypeSymbol? TaskOfT { get; }
        public INamedTypeSymbol? ValueTask { get; }
        public INamedTypeSymbol? ValueTaskOfT { get; }
        public INamedTypeSymbol? Thread { get; }

        public INamedTypeSymbol? Assembly { get; }
        public INamedTypeSymbol? AppDomain { get; }
        public INamedTypeSymbol? Activator { get; }
        public INamedTypeSymbol? SystemType { get; }

        public INamedTypeSymbol? File { get; }
        public INamedTypeSymbol? Directory { get; }
        public INamedTypeSymbol? FileStream { get; }
        public INamedTypeSymbol? StreamReader { get; }
        public INamedTypeSymbol? Dns { get; }
        public INamedTypeSymbol? WebRequest { get; }
        public INamedTypeSymbol? Socket { get; }
        public INamedTypeSymbol? Regex { get; }
        public INamedTypeSymbol? RegexOptions { get; }
        public INamedTypeSymbol? ServiceProviderBuilder { get; }
        public INamedTypeSymbol? HostBuilder { get; }
        public INamedTypeSymbol? HostApplicationBuilder { get; }

        public INamedTypeSymbol? LoggerFactory { get; }

        public INamedTypeSymbol? Guid { get; }
        public INamedTypeSymbol? Random { get; }
        public INamedTypeSymbol? DateTime { get; }
        public INamedTypeSymbol? DateTimeOffset { get; }
        public INamedTypeSymbol? Stopwatch { get; }
        public INamedTypeSymbol? Environment { get; }
        public INamedTypeSymbol? RandomNumberGenerator { get; }
        public INamedTypeSymbol? TcpClient { get; }
        public INamedTypeSymbol? UdpClient { get; }
        public INamedTypeSymbol? ClientWebSocket { get; }
        public INamedTypeSymbol? SnapshotRestore { get; }

        public INamedTypeSymbol? Stream { get; }
        public INamedTypeSymbol? CancellationToken { get; }
        public INamedTypeSymbol? StjSerializer { get; }
        public INamedTypeSymbol? StjOptions { get; }
        public INamedTypeSymbol? StjContext { get; }
        public INamedTypeSymbol? StjTypeInfo { get; }
        public INamedTypeSymbol? StjSerializableAttribute { get; }
        public INamedTypeSymbol? NewtonsoftConvert { get; }
        public INamedTypeSymbol? NewtonsoftSerializer { get; }
        public INamedTypeSymbol? NewtonsoftToken { get; }
        public INamedTypeSymbol? LambdaSerializerAttribute { get; }

        /// <summary>Base of the reflection-based System.Text.Json Lambda serializers (CamelCase derives from it).</summary>
        public INamedTypeSymbol? DefaultLambdaJsonSerializer { get; }
        public INamedTypeSymbol? ObsoleteLambdaJsonSerializer { get; }
        public INamedTypeSymbol? NewtonsoftLambdaSerializer { get; }
        public INamedTypeSymbol? SourceGeneratorLambdaSerializer { get; }
    }
}

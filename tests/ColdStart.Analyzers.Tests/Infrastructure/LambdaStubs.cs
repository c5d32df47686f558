namespace ColdStart.Analyzers.Tests.Infrastructure;

/// <summary>
/// Same-shaped stubs of the Amazon.Lambda.* types the analyzers recognise (the packages are not served here;
/// see shared/reference/lambda-dotnet-api.md). Only members the tests touch, none the real packages lack.
/// </summary>
internal static class LambdaStubs
{
    public const string Core = """
        namespace Amazon.Lambda.Core
        {
            public interface ILambdaLogger
            {
                void Log(string message);
                void LogLine(string message);
            }

            public interface ILambdaContext
            {
                string AwsRequestId { get; }
                string FunctionName { get; }
                ILambdaLogger Logger { get; }
                int MemoryLimitInMB { get; }
                System.TimeSpan RemainingTime { get; }
            }

            public interface ILambdaSerializer
            {
                T Deserialize<T>(System.IO.Stream requestStream);
                void Serialize<T>(T response, System.IO.Stream responseStream);
            }

            public static class SnapshotRestore
            {
                public static void RegisterBeforeSnapshot(System.Func<System.Threading.Tasks.ValueTask> beforeSnapshotAction) { }
                public static void RegisterAfterRestore(System.Func<System.Threading.Tasks.ValueTask> afterRestoreAction) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Assembly)]
            public sealed class LambdaSerializerAttribute : System.Attribute
            {
                public LambdaSerializerAttribute(System.Type serializerType) { SerializerType = serializerType; }
                public System.Type SerializerType { get; set; }
            }
        }

        """;

    public const string Serialization = """
        namespace Amazon.Lambda.Serialization.SystemTextJson
        {
            using System;
            using System.IO;
            using System.Text.Json;
            using System.Text.Json.Serialization;

            public class DefaultLambdaJsonSerializer : Amazon.Lambda.Core.ILambdaSerializer
            {
                public DefaultLambdaJsonSerializer() { }
                public DefaultLambdaJsonSerializer(Action<JsonSerializerOptions> customizer) { }
                public T Deserialize<T>(Stream requestStream) => default!;
                public void Serialize<T>(T response, Stream responseStream) { }
            }

            public class CamelCaseLambdaJsonSerializer : DefaultLambdaJsonSerializer
            {
            }

            public class SourceGeneratorLambdaJsonSerializer<TSGContext> : Amazon.Lambda.Core.ILambdaSerializer
                where TSGContext : JsonSerializerContext
            {
                public SourceGeneratorLambdaJsonSerializer() { }
                public SourceGeneratorLambdaJsonSerializer(Action<JsonSerializerOptions> customizer) { }
                public T Deserialize<T>(Stream requestStream) => default!;
                public void Serialize<T>(T response, Stream responseStream) { }
            }
        }

        """ + NewtonsoftSerialization;

    /// <summary>Amazon.Lambda.Serialization.Json alone: a project with the Newtonsoft serializer and none of System.Text.Json's.</summary>
    public const string NewtonsoftSerialization = """
        namespace Amazon.Lambda.Serialization.Json
        {
            public class JsonSerializer : Amazon.Lambda.Core.ILambdaSerializer
            {
                public JsonSerializer() { }
                public JsonSerializer(System.Action<Newtonsoft.Json.JsonSerializerSettings> customizeSerializerSettings) { }
                public T Deserialize<T>(System.IO.Stream requestStream) => default!;
                public void Serialize<T>(T response, System.IO.Stream responseStream) { }
            }
        }
        """;

    public const string RuntimeSupport = """
        namespace Amazon.Lambda.RuntimeSupport
        {
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class LambdaBootstrapBuilder
            {
                public static LambdaBootstrapBuilder Create<TInput, TOutput>(Func<TInput, ILambdaContext, Task<TOutput>> handler, ILambdaSerializer serializer) => new LambdaBootstrapBuilder();
                public static LambdaBootstrapBuilder Create<TInput, TOutput>(Func<TInput, ILambdaContext, TOutput> handler, ILambdaSerializer serializer) => new LambdaBootstrapBuilder();
                public LambdaBootstrap Build() => new LambdaBootstrap();
            }

            public class HandlerWrapper : IDisposable
            {
                public static HandlerWrapper GetHandlerWrapper<TInput, TOutput>(Func<TInput, ILambdaContext, Task<TOutput>> handler, ILambdaSerializer serializer)
                    => new HandlerWrapper();
                public void Dispose() { }
            }

            public class LambdaBootstrap : IDisposable
            {
                public LambdaBootstrap() { }
                public LambdaBootstrap(HandlerWrapper handlerWrapper) { }
                public Task RunAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
                public void Dispose() { }
            }
        }
        """;

    public const string Annotations = """
        namespace Amazon.Lambda.Annotations
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public class LambdaFunctionAttribute : System.Attribute
            {
                public int MemorySize { get; set; }
                public int Timeout { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Class)]
            public class LambdaStartupAttribute : System.Attribute
            {
            }

            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public class FromServicesAttribute : System.Attribute
            {
            }
        }
        """;

    /// <summary>ASP.NET Core minimal API and Amazon.Lambda.AspNetCoreServer.Hosting, reduced to what route tests call.</summary>
    public const string AspNetCoreHosting = """
        namespace Amazon.Lambda.AspNetCoreServer.Hosting
        {
            public enum LambdaEventSource { HttpApi, RestApi, ApplicationLoadBalancer }

            public class HostingOptions
            {
                public Amazon.Lambda.Core.ILambdaSerializer? Serializer { get; set; }
            }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            using Amazon.Lambda.AspNetCoreServer.Hosting;

            public static class ServiceCollectionExtensions
            {
                public static IServiceCollection AddAWSLambdaHosting(this IServiceCollection services, LambdaEventSource eventSource) => services;

                public static IServiceCollection AddAWSLambdaHosting(
                    this IServiceCollection services, LambdaEventSource eventSource, System.Action<HostingOptions>? configure = null) => services;

                public static IServiceCollection AddAWSLambdaHosting<T>(
                    this IServiceCollection services,
                    LambdaEventSource eventSource,
                    Amazon.Lambda.Serialization.SystemTextJson.SourceGeneratorLambdaJsonSerializer<T> serializer,
                    System.Action<HostingOptions>? configure = null)
                    where T : System.Text.Json.Serialization.JsonSerializerContext => services;
            }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public sealed class WebApplicationBuilder
            {
                public Microsoft.Extensions.DependencyInjection.IServiceCollection Services => null!;
                public WebApplication Build() => new WebApplication();
            }

            public sealed class WebApplication
            {
                public static WebApplicationBuilder CreateBuilder(string[] args) => new WebApplicationBuilder();
                public void MapGet(string pattern, System.Delegate handler) { }
                public void MapPost(string pattern, System.Delegate handler) { }
                public void Run() { }
            }
        }
        """;

    /// <summary>
    /// Amazon.Lambda.AspNetCoreServer's base classes that host a whole ASP.NET Core app (no handler method: the tests
    /// never call it). Compiled as an assembly of that name over <see cref="AspNetCoreApp"/>, as the package comes.
    /// </summary>
    public const string AspNetCoreServer = """
        namespace Amazon.Lambda.APIGatewayEvents
        {
            public class APIGatewayProxyRequest { }
            public class APIGatewayProxyResponse { }
            public class APIGatewayHttpApiV2ProxyRequest { }
            public class APIGatewayHttpApiV2ProxyResponse { }
        }

        namespace Amazon.Lambda.ApplicationLoadBalancerEvents
        {
            public class ApplicationLoadBalancerRequest { }
            public class ApplicationLoadBalancerResponse { }
        }

        namespace Amazon.Lambda.AspNetCoreServer
        {
            using Amazon.Lambda.APIGatewayEvents;
            using Amazon.Lambda.ApplicationLoadBalancerEvents;

            public abstract class AbstractAspNetCoreFunction { }

            public abstract class AbstractAspNetCoreFunction<TREQUEST, TRESPONSE> : AbstractAspNetCoreFunction
            {
                protected virtual void Init(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) { }
                protected virtual void Init(Microsoft.Extensions.Hosting.IHostBuilder builder) { }
                protected virtual Microsoft.Extensions.Hosting.IHostBuilder CreateHostBuilder() => null!;
            }

            public abstract class APIGatewayProxyFunction : AbstractAspNetCoreFunction<APIGatewayProxyRequest, APIGatewayProxyResponse> { }
            public abstract class APIGatewayProxyFunction<TStartup> : APIGatewayProxyFunction where TStartup : class { }
            public abstract class APIGatewayHttpApiV2ProxyFunction : AbstractAspNetCoreFunction<APIGatewayHttpApiV2ProxyRequest, APIGatewayHttpApiV2ProxyResponse> { }
            public abstract class ApplicationLoadBalancerFunction : AbstractAspNetCoreFunction<ApplicationLoadBalancerRequest, ApplicationLoadBalancerResponse> { }
            public abstract class ApplicationLoadBalancerFunction<TStartup> : ApplicationLoadBalancerFunction where TStartup : class { }
        }
        """;

    /// <summary>ASP.NET Core's start-up, routing and MVC types, reduced to what an app with a Startup class and controllers uses.</summary>
    public const string AspNetCoreApp = """
        namespace Microsoft.AspNetCore.Hosting
        {
            public class WebHostBuilderContext { }

            public interface IWebHostBuilder
            {
                IWebHostBuilder ConfigureServices(System.Action<Microsoft.Extensions.DependencyInjection.IServiceCollection> configureServices);

                IWebHostBuilder ConfigureServices(
                    System.Action<WebHostBuilderContext, Microsoft.Extensions.DependencyInjection.IServiceCollection> configureServices);
            }

            public static class WebHostBuilderExtensions
            {
                public static IWebHostBuilder UseStartup<TStartup>(this IWebHostBuilder hostBuilder) where TStartup : class => hostBuilder;
            }
        }

        namespace Microsoft.Extensions.Hosting
        {
            public interface IHostBuilder
            {
                IHostBuilder ConfigureServices(System.Action<HostBuilderContext, Microsoft.Extensions.DependencyInjection.IServiceCollection> configure);

                IHost Build();
            }

            public interface IHost
            {
                System.IServiceProvider Services { get; }
            }

            public class HostBuilderContext { }

            public static class Host
            {
                public static IHostBuilder CreateDefaultBuilder() => null!;
            }

            public static class HostingHostBuilderExtensions
            {
                public static IHostBuilder ConfigureServices(
                    this IHostBuilder builder, System.Action<Microsoft.Extensions.DependencyInjection.IServiceCollection> configure) => builder;
            }

            public static class GenericHostBuilderExtensions
            {
                public static IHostBuilder ConfigureWebHostDefaults(this IHostBuilder builder, System.Action<Microsoft.AspNetCore.Hosting.IWebHostBuilder> configure) => builder;
            }
        }

        namespace Microsoft.AspNetCore.Routing
        {
            public interface IEndpointRouteBuilder { }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            using Microsoft.AspNetCore.Routing;

            public interface IApplicationBuilder { }

            public static class EndpointRoutingApplicationBuilderExtensions
            {
                public static IApplicationBuilder UseEndpoints(this IApplicationBuilder builder, System.Action<IEndpointRouteBuilder> configure) => builder;
            }

            public static class EndpointRouteBuilderExtensions
            {
                public static void MapGet(this IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) { }
            }
        }

        namespace Microsoft.AspNetCore.Mvc
        {
            public interface IActionResult { }

            public abstract class ControllerBase
            {
                public IActionResult Ok(object? value) => null!;
            }

            public abstract class Controller : ControllerBase { }

            public class JsonResult : IActionResult
            {
                public JsonResult(object? value) { }
                public JsonResult(object? value, object? serializerSettings) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Assembly)]
            public sealed class ApiControllerAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class NonActionAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class HttpGetAttribute : System.Attribute
            {
                public HttpGetAttribute() { }
                public HttpGetAttribute(string template) { }
            }
        }
        """;

    /// <summary>
    /// ASP.NET Core's HttpRequest/HttpResponse JSON helpers and the app's HTTP JSON options, with the overloads of the shared
    /// framework (.NET 8): the JsonTypeInfo one of WriteAsJsonAsync has the content type between the metadata and the token.
    /// </summary>
    public const string AspNetCoreHttpJson = """
        namespace Microsoft.AspNetCore.Http
        {
            using System.Text.Json;
            using System.Text.Json.Serialization.Metadata;
            using System.Threading;
            using System.Threading.Tasks;

            public abstract class HttpRequest { }

            public abstract class HttpResponse { }

            public static class HttpRequestJsonExtensions
            {
                public static ValueTask<TValue?> ReadFromJsonAsync<TValue>(this HttpRequest request, CancellationToken cancellationToken = default)
                    => default;

                public static ValueTask<TValue?> ReadFromJsonAsync<TValue>(
                    this HttpRequest request, JsonSerializerOptions? options, CancellationToken cancellationToken = default) => default;

                public static ValueTask<TValue?> ReadFromJsonAsync<TValue>(
                    this HttpRequest request, JsonTypeInfo<TValue> jsonTypeInfo, CancellationToken cancellationToken = default) => default;
            }

            public static class HttpResponseJsonExtensions
            {
                public static Task WriteAsJsonAsync<TValue>(this HttpResponse response, TValue value, CancellationToken cancellationToken = default)
                    => Task.CompletedTask;

                public static Task WriteAsJsonAsync<TValue>(
                    this HttpResponse response, TValue value, JsonSerializerOptions? options, string? contentType = null,
                    CancellationToken cancellationToken = default) => Task.CompletedTask;

                public static Task WriteAsJsonAsync<TValue>(
                    this HttpResponse response, TValue value, JsonTypeInfo<TValue> jsonTypeInfo, string? contentType = null,
                    CancellationToken cancellationToken = default) => Task.CompletedTask;
            }
        }

        namespace Microsoft.AspNetCore.Http.Json
        {
            public class JsonOptions
            {
                public System.Text.Json.JsonSerializerOptions SerializerOptions { get; } = new(System.Text.Json.JsonSerializerDefaults.Web);
            }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class HttpJsonServiceExtensions
            {
                public static IServiceCollection ConfigureHttpJsonOptions(
                    this IServiceCollection services, System.Action<Microsoft.AspNetCore.Http.Json.JsonOptions> configureOptions) => services;
            }
        }
        """;

    /// <summary>Microsoft.Extensions.Configuration and its file sources, reduced to what configuration tests call.</summary>
    public const string Configuration = """
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfigurationBuilder { IConfigurationRoot Build(); }
            public interface IConfigurationRoot { string? this[string key] { get; } }
            public class ConfigurationBuilder : IConfigurationBuilder { public IConfigurationRoot Build() => null!; }

            public static class FileConfigurationExtensions
            {
                public static IConfigurationBuilder SetBasePath(this IConfigurationBuilder builder, string basePath) => builder;
            }

            public static class JsonConfigurationExtensions
            {
                public static IConfigurationBuilder AddJsonFile(this IConfigurationBuilder builder, string path, bool optional, bool reloadOnChange) => builder;
                public static IConfigurationBuilder AddJsonFile(this IConfigurationBuilder builder, string path, bool optional) => builder;
            }

            public static class UserSecretsConfigurationExtensions
            {
                public static IConfigurationBuilder AddUserSecrets(this IConfigurationBuilder builder, System.Reflection.Assembly assembly) => builder;
            }

            public static class XmlConfigurationExtensions
            {
                public static IConfigurationBuilder AddXmlFile(this IConfigurationBuilder builder, string path, bool optional, bool reloadOnChange) => builder;
            }
        }
        """;

    /// <summary>Pomelo's MySQL provider for EF Core and the registrations that configure a context (the packages are not referenced).</summary>
    public const string PomeloMySql = """
        namespace Microsoft.EntityFrameworkCore
        {
            public abstract class ServerVersion
            {
                public static ServerVersion AutoDetect(string connectionString) => null!;
                public static ServerVersion Parse(string versionString) => null!;
            }

            public class DbContextOptionsBuilder
            {
                public DbContextOptionsBuilder UseMySql(string connectionString, ServerVersion serverVersion) => this;
            }

            public class DbContext
            {
            }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class EntityFrameworkServiceCollectionExtensions
            {
                public static IServiceCollection AddDbContext<TContext>(
                    this IServiceCollection services,
                    System.Action<Microsoft.EntityFrameworkCore.DbContextOptionsBuilder> optionsAction,
                    ServiceLifetime contextLifetime = ServiceLifetime.Scoped,
                    ServiceLifetime optionsLifetime = ServiceLifetime.Scoped)
                    where TContext : Microsoft.EntityFrameworkCore.DbContext => services;

                public static IServiceCollection AddDbContextPool<TContext>(
                    this IServiceCollection services, System.Action<Microsoft.EntityFrameworkCore.DbContextOptionsBuilder> optionsAction, int poolSize = 1024)
                    where TContext : Microsoft.EntityFrameworkCore.DbContext => services;
            }
        }
        """;

    /// <summary>
    /// A Lambda function over an EF Core context on Pomelo's provider (<see cref="PomeloMySql"/>) whose constructor runs
    /// <paramref name="constructorBody"/> (indented by eight spaces), with the fields <c>_version</c> and <c>_configure</c>
    /// and the connection string <c>Connection</c>.
    /// </summary>
    public static string PomeloFunction(string constructorBody) => $$"""
        using System;
        using Amazon.Lambda.Core;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.DependencyInjection;

        public class ShopContext : DbContext
        {
        }

        public class Function
        {
            private static readonly string Connection = Environment.GetEnvironmentVariable("DB") ?? "";

            private readonly ServerVersion? _version;
            private readonly Func<DbContextOptionsBuilder, DbContextOptionsBuilder>? _configure;

            public Function()
            {
        {{constructorBody}}
            }

            public string Handle(string input, ILambdaContext context) => input + _version + _configure;
        }
        """;

    public static readonly string[] Default = { Core, Serialization, RuntimeSupport, Annotations };
}

namespace ColdStart.Analyzers.Tests.Infrastructure;

/// <summary>
/// Same-shaped stubs of the Azure Functions isolated worker's public API (Microsoft.Azure.Functions.Worker 2.x, its
/// HTTP and timer extensions): only the members the tests touch, matched by metadata name as the analyzers match them.
/// The Azure SDK clients and credentials are the real assemblies (Azure.Storage.Blobs, Azure.Identity; see TestSetup).
/// </summary>
internal static class AzureStubs
{
    public const string Worker = """
        namespace Microsoft.Azure.Functions.Worker
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class FunctionAttribute : System.Attribute
            {
                public FunctionAttribute(string name) { Name = name; }
                public string Name { get; }
            }

            public abstract class FunctionContext
            {
                public abstract string InvocationId { get; }
                public abstract System.IServiceProvider InstanceServices { get; set; }
            }

            public enum AuthorizationLevel { Anonymous, User, Function, System, Admin }

            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public sealed class HttpTriggerAttribute : System.Attribute
            {
                public HttpTriggerAttribute(AuthorizationLevel authLevel, params string[] methods) { }
                public string? Route { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public sealed class TimerTriggerAttribute : System.Attribute
            {
                public TimerTriggerAttribute(string schedule) { }
            }

            public class TimerInfo
            {
            }

            public class WorkerOptions
            {
                public global::Azure.Core.Serialization.ObjectSerializer? Serializer { get; set; }
            }
        }

        namespace Microsoft.Azure.Functions.Worker.Http
        {
            public abstract class HttpRequestData
            {
                public abstract System.IO.Stream Body { get; }
                public abstract HttpResponseData CreateResponse();
            }

            public abstract class HttpResponseData
            {
                public abstract System.Net.HttpStatusCode StatusCode { get; set; }
            }

            public static class HttpRequestDataExtensions
            {
                public static HttpResponseData CreateResponse(this HttpRequestData request, System.Net.HttpStatusCode statusCode) => request.CreateResponse();
                public static System.Threading.Tasks.ValueTask<T?> ReadFromJsonAsync<T>(
                    this HttpRequestData request, System.Threading.CancellationToken cancellationToken = default) => default;
                public static System.Threading.Tasks.ValueTask<T?> ReadFromJsonAsync<T>(
                    this HttpRequestData request, global::Azure.Core.Serialization.ObjectSerializer serializer,
                    System.Threading.CancellationToken cancellationToken = default) => default;
            }

            public static class HttpResponseDataExtensions
            {
                public static System.Threading.Tasks.Task WriteStringAsync(
                    this HttpResponseData response, string value, System.Threading.CancellationToken cancellationToken = default)
                    => System.Threading.Tasks.Task.CompletedTask;
                public static System.Threading.Tasks.ValueTask WriteAsJsonAsync<T>(
                    this HttpResponseData response, T instance, System.Threading.CancellationToken cancellationToken = default) => default;
                public static System.Threading.Tasks.ValueTask WriteAsJsonAsync<T>(
                    this HttpResponseData response, T instance, global::Azure.Core.Serialization.ObjectSerializer serializer,
                    System.Threading.CancellationToken cancellationToken = default) => default;
            }
        }

        namespace Microsoft.Azure.Functions.Worker.Middleware
        {
            public delegate System.Threading.Tasks.Task FunctionExecutionDelegate(Microsoft.Azure.Functions.Worker.FunctionContext context);

            public interface IFunctionsWorkerMiddleware
            {
                System.Threading.Tasks.Task Invoke(Microsoft.Azure.Functions.Worker.FunctionContext context, FunctionExecutionDelegate next);
            }
        }

        namespace Microsoft.Azure.Functions.Worker.Builder
        {
            public static class FunctionsApplication
            {
                public static FunctionsApplicationBuilder CreateBuilder(string[] args) => new FunctionsApplicationBuilder();
            }

            public class FunctionsApplicationBuilder
            {
                public Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; } = null!;
                public FunctionsApplicationBuilder UseMiddleware<T>() where T : class, Microsoft.Azure.Functions.Worker.Middleware.IFunctionsWorkerMiddleware
                    => this;
                public Microsoft.Extensions.Hosting.IHost Build() => null!;
            }
        }

        namespace Microsoft.Extensions.Hosting
        {
            public interface IHost
            {
                void Run();
                System.Threading.Tasks.Task RunAsync();
            }

            public interface IHostBuilder
            {
                IHostBuilder ConfigureServices(System.Action<Microsoft.Extensions.DependencyInjection.IServiceCollection> configure);
                IHost Build();
            }

            public class HostBuilder : IHostBuilder
            {
                public IHostBuilder ConfigureServices(System.Action<Microsoft.Extensions.DependencyInjection.IServiceCollection> configure) => this;
                public IHost Build() => null!;
            }

            public static class WorkerHostBuilderExtensions
            {
                public static IHostBuilder ConfigureFunctionsWorkerDefaults(this IHostBuilder builder) => builder;
                public static IHostBuilder ConfigureFunctionsWorkerDefaults(
                    this IHostBuilder builder, System.Action<Microsoft.Azure.Functions.Worker.WorkerOptions> configure) => builder;
            }

            public interface IHostedService
            {
                System.Threading.Tasks.Task StartAsync(System.Threading.CancellationToken cancellationToken);
                System.Threading.Tasks.Task StopAsync(System.Threading.CancellationToken cancellationToken);
            }

            public abstract class BackgroundService : IHostedService
            {
                protected abstract System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken stoppingToken);
                public virtual System.Threading.Tasks.Task StartAsync(System.Threading.CancellationToken cancellationToken) => ExecuteAsync(cancellationToken);
                public virtual System.Threading.Tasks.Task StopAsync(System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
            }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class ServiceCollectionHostedServiceExtensions
            {
                public static IServiceCollection AddHostedService<THostedService>(this IServiceCollection services)
                    where THostedService : class, Microsoft.Extensions.Hosting.IHostedService => services;
            }
        }

        """;

    /// <summary>
    /// The worker's binding attributes with the namespaces and bases its extension packages give them (Storage.Queues
    /// 5.5, Http 3.3, Http.AspNetCore 2.1): triggers, inputs and outputs derive from the Extensions.Abstractions bases,
    /// <c>[FromBody]</c> from <c>InputConverterAttribute</c>.
    /// </summary>
    public const string Bindings = """
        namespace Microsoft.Azure.Functions.Worker.Extensions.Abstractions
        {
            public abstract class BindingAttribute : System.Attribute { }
            public abstract class TriggerBindingAttribute : BindingAttribute { }
            public abstract class InputBindingAttribute : BindingAttribute { }
            public abstract class OutputBindingAttribute : BindingAttribute { }
        }

        namespace Microsoft.Azure.Functions.Worker
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public sealed class QueueTriggerAttribute : Microsoft.Azure.Functions.Worker.Extensions.Abstractions.TriggerBindingAttribute
            {
                public QueueTriggerAttribute(string queueName) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public sealed class BlobInputAttribute : Microsoft.Azure.Functions.Worker.Extensions.Abstractions.InputBindingAttribute
            {
                public BlobInputAttribute(string blobPath) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Property)]
            public sealed class QueueOutputAttribute : Microsoft.Azure.Functions.Worker.Extensions.Abstractions.OutputBindingAttribute
            {
                public QueueOutputAttribute(string queueName) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class HttpResultAttribute : Microsoft.Azure.Functions.Worker.Extensions.Abstractions.OutputBindingAttribute { }
        }

        namespace Microsoft.Azure.Functions.Worker.Converters
        {
            public abstract class InputConverterAttribute : System.Attribute { }
        }

        namespace Microsoft.Azure.Functions.Worker.Http
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public sealed class FromBodyAttribute : Microsoft.Azure.Functions.Worker.Converters.InputConverterAttribute { }
        }

        """;

    /// <summary>Azure.Messaging.ServiceBus's client and the link objects it creates (the package is not referenced by the tests).</summary>
    public const string ServiceBus = """
        namespace Azure.Messaging.ServiceBus
        {
            public class ServiceBusClient : System.IAsyncDisposable
            {
                public ServiceBusClient(string connectionString) { }
                public virtual ServiceBusSender CreateSender(string queueOrTopicName) => new ServiceBusSender();
                public virtual ServiceBusReceiver CreateReceiver(string queueName) => new ServiceBusReceiver();
                public System.Threading.Tasks.ValueTask DisposeAsync() => default;
            }

            public class ServiceBusSender
            {
                protected internal ServiceBusSender() { }
                public virtual System.Threading.Tasks.Task SendMessageAsync(ServiceBusMessage message) => System.Threading.Tasks.Task.CompletedTask;
            }

            public class ServiceBusReceiver
            {
                protected internal ServiceBusReceiver() { }
            }

            public class ServiceBusMessage
            {
                public ServiceBusMessage(string body) { }
            }
        }

        """;

    /// <summary>An Azure Functions project's references: the worker, nothing of Lambda.</summary>
    public static readonly string[] Default = { Worker };
}

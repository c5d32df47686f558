namespace Amazon.Lambda.AspNetCoreServer.Hosting
{
    public class HostingOptions
    {
        public Amazon.Lambda.Core.ILambdaSerializer? Serializer { get; set; }
        public bool IncludeUnhandledExceptionDetailInResponse { get; set; }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    using System;
    using Amazon.Lambda.AspNetCoreServer.Hosting;

    // The package declares the event-source enum here, so a minimal API needs no using for it.
    public enum LambdaEventSource { HttpApi, RestApi, ApplicationLoadBalancer }

    public static class ServiceCollectionExtensions
    {
        public static IServiceCollection AddAWSLambdaHosting(this IServiceCollection services, LambdaEventSource eventSource) => services;

        public static IServiceCollection AddAWSLambdaHosting(
            this IServiceCollection services, LambdaEventSource eventSource, Amazon.Lambda.Core.ILambdaSerializer serializer) => services;

        public static IServiceCollection AddAWSLambdaHosting(
            this IServiceCollection services, LambdaEventSource eventSource, Action<HostingOptions> configure) => services;

        public static IServiceCollection AddAWSLambdaHosting<T>(this IServiceCollection services, LambdaEventSource eventSource)
            where T : System.Text.Json.Serialization.JsonSerializerContext => services;

        public static IServiceCollection AddAWSLambdaHosting<T>(
            this IServiceCollection services, LambdaEventSource eventSource, Action<HostingOptions> configure)
            where T : System.Text.Json.Serialization.JsonSerializerContext => services;

        // SnapStart priming: requests the function sends itself before the snapshot is taken.
        public static IServiceCollection AddAWSLambdaBeforeSnapshotRequest(this IServiceCollection services, System.Net.Http.HttpRequestMessage request)
            => services;
    }
}

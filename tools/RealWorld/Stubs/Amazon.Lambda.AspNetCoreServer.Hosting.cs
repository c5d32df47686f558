namespace Amazon.Lambda.AspNetCoreServer.Hosting
{
    public enum LambdaEventSource { HttpApi, RestApi, ApplicationLoadBalancer }
}

namespace Microsoft.Extensions.DependencyInjection
{
    using Amazon.Lambda.AspNetCoreServer.Hosting;

    public static class ServiceCollectionExtensions
    {
        public static IServiceCollection AddAWSLambdaHosting(this IServiceCollection services, LambdaEventSource eventSource) => services;

        public static IServiceCollection AddAWSLambdaHosting(
            this IServiceCollection services, LambdaEventSource eventSource, Amazon.Lambda.Core.ILambdaSerializer serializer) => services;

        public static IServiceCollection AddAWSLambdaHosting<T>(this IServiceCollection services, LambdaEventSource eventSource)
            where T : System.Text.Json.Serialization.JsonSerializerContext => services;
    }
}

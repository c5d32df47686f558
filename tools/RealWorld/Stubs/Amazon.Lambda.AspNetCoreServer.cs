namespace Amazon.Lambda.AspNetCoreServer
{
    using System.Threading.Tasks;
    using Amazon.Lambda.APIGatewayEvents;
    using Amazon.Lambda.ApplicationLoadBalancerEvents;
    using Amazon.Lambda.Core;

    public enum StartupMode { Constructor, FirstRequest }

    public enum ResponseContentEncoding { Default, Base64 }

    public abstract class AbstractAspNetCoreFunction
    {
        protected AbstractAspNetCoreFunction() { }
        protected AbstractAspNetCoreFunction(StartupMode startupMode) { }
        protected AbstractAspNetCoreFunction(System.IServiceProvider hostedServices) { }
        protected virtual void Init(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) { }
        protected virtual void Init(Microsoft.Extensions.Hosting.IHostBuilder builder) { }
        protected virtual Microsoft.Extensions.Hosting.IHostBuilder CreateHostBuilder() => null!;
        protected virtual Microsoft.AspNetCore.Hosting.IWebHostBuilder CreateWebHostBuilder() => null!;
        protected virtual void PostCreateWebHost(Microsoft.AspNetCore.Hosting.IWebHost webHost) { }
        protected virtual void PostCreateHost(Microsoft.Extensions.Hosting.IHost webHost) { }
        protected System.IServiceProvider Services => null!;
        public void RegisterResponseContentEncodingForContentType(string contentType, ResponseContentEncoding encoding) { }
        public bool EnableResponseContentEncoding { get; set; }
        public bool IncludeUnhandledExceptionDetailInResponse { get; set; }
    }

    public abstract class AbstractAspNetCoreFunction<TREQUEST, TRESPONSE> : AbstractAspNetCoreFunction
    {
        protected AbstractAspNetCoreFunction() { }
        protected AbstractAspNetCoreFunction(StartupMode startupMode) : base(startupMode) { }
        public virtual Task<TRESPONSE> FunctionHandlerAsync(TREQUEST request, ILambdaContext lambdaContext) => Task.FromResult(default(TRESPONSE)!);
    }

    public abstract class APIGatewayProxyFunction : AbstractAspNetCoreFunction<APIGatewayProxyRequest, APIGatewayProxyResponse>
    {
        protected APIGatewayProxyFunction() { }
        protected APIGatewayProxyFunction(StartupMode startupMode) : base(startupMode) { }
    }

    public class APIGatewayProxyFunction<TStartup> : APIGatewayProxyFunction where TStartup : class
    {
        public APIGatewayProxyFunction() { }
        public APIGatewayProxyFunction(StartupMode startupMode) : base(startupMode) { }
    }

    public abstract class APIGatewayHttpApiV2ProxyFunction : AbstractAspNetCoreFunction<APIGatewayHttpApiV2ProxyRequest, APIGatewayHttpApiV2ProxyResponse>
    {
        protected APIGatewayHttpApiV2ProxyFunction() { }
        protected APIGatewayHttpApiV2ProxyFunction(StartupMode startupMode) : base(startupMode) { }
    }

    public class APIGatewayHttpApiV2ProxyFunction<TStartup> : APIGatewayHttpApiV2ProxyFunction where TStartup : class
    {
        public APIGatewayHttpApiV2ProxyFunction() { }
        public APIGatewayHttpApiV2ProxyFunction(StartupMode startupMode) : base(startupMode) { }
    }

    public abstract class ApplicationLoadBalancerFunction : AbstractAspNetCoreFunction<ApplicationLoadBalancerRequest, ApplicationLoadBalancerResponse>
    {
        protected ApplicationLoadBalancerFunction() { }
        protected ApplicationLoadBalancerFunction(StartupMode startupMode) : base(startupMode) { }
    }

    public class ApplicationLoadBalancerFunction<TStartup> : ApplicationLoadBalancerFunction where TStartup : class
    {
    }
}

namespace Microsoft.AspNetCore.Hosting
{
    public static class WebHostBuilderExtensions
    {
        public static IWebHostBuilder UseLambdaServer(this IWebHostBuilder hostBuilder) => hostBuilder;
    }
}

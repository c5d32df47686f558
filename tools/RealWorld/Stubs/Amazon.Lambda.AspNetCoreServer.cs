namespace Amazon.Lambda.AspNetCoreServer
{
    using System.Threading.Tasks;
    using Amazon.Lambda.APIGatewayEvents;
    using Amazon.Lambda.Core;

    public abstract class AbstractAspNetCoreFunction
    {
        protected virtual void Init(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) { }
    }

    public abstract class APIGatewayProxyFunction : AbstractAspNetCoreFunction
    {
        public virtual Task<APIGatewayProxyResponse> FunctionHandlerAsync(APIGatewayProxyRequest request, ILambdaContext lambdaContext)
            => Task.FromResult(new APIGatewayProxyResponse());
    }

    public abstract class APIGatewayHttpApiV2ProxyFunction : AbstractAspNetCoreFunction
    {
        public virtual Task<APIGatewayHttpApiV2ProxyResponse> FunctionHandlerAsync(APIGatewayHttpApiV2ProxyRequest request, ILambdaContext lambdaContext)
            => Task.FromResult(new APIGatewayHttpApiV2ProxyResponse());
    }
}

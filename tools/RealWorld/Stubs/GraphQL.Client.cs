// GraphQL.Client (not served by this machine's feed): the client and its options, as the corpus uses them.
namespace GraphQL.Client.Abstractions
{
    public interface IGraphQLClient : System.IDisposable { }

    public interface IGraphQLWebsocketJsonSerializer { }
}

namespace GraphQL.Client.Http
{
    public class GraphQLHttpClientOptions
    {
        public System.Uri? EndPoint { get; set; }
        public System.Func<System.Net.Http.HttpMessageHandler> HttpMessageHandler { get; set; } = () => new System.Net.Http.HttpClientHandler();
    }

    public class GraphQLHttpClient : GraphQL.Client.Abstractions.IGraphQLClient
    {
        public GraphQLHttpClient(string endPoint, GraphQL.Client.Abstractions.IGraphQLWebsocketJsonSerializer serializer) { }
        public GraphQLHttpClient(System.Uri endPoint, GraphQL.Client.Abstractions.IGraphQLWebsocketJsonSerializer serializer) { }
        public GraphQLHttpClient(GraphQLHttpClientOptions options, GraphQL.Client.Abstractions.IGraphQLWebsocketJsonSerializer serializer) { }
        public GraphQLHttpClient(
            GraphQLHttpClientOptions options, GraphQL.Client.Abstractions.IGraphQLWebsocketJsonSerializer serializer, System.Net.Http.HttpClient httpClient) { }
        public System.Net.Http.HttpClient HttpClient { get; } = new();
        public System.Threading.Tasks.Task<object> SendMutationAsync<TResponse>(object request, System.Threading.CancellationToken cancellationToken = default)
            => null!;
        public System.Threading.Tasks.Task<object> SendQueryAsync<TResponse>(object request, System.Threading.CancellationToken cancellationToken = default)
            => null!;
        public void Dispose() { }
    }
}

namespace GraphQL.Client.Serializer.SystemTextJson
{
    public class SystemTextJsonSerializer : GraphQL.Client.Abstractions.IGraphQLWebsocketJsonSerializer { }
}

namespace GraphQL.Client.Serializer.Newtonsoft
{
    public class NewtonsoftJsonSerializer : GraphQL.Client.Abstractions.IGraphQLWebsocketJsonSerializer { }
}

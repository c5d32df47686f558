using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// Decides whether a type is a "client": an object that is expensive to build and meant to be reused
/// across invocations. Recognised by type (base classes), never by name lists, plus the types a user
/// adds with <c>coldstart.client_types</c>.
/// </summary>
internal sealed class ClientTypeClassifier
{
    /// <summary>
    /// Popular third-party clients, by metadata name so that no package reference is needed: each builds
    /// connection pools, channels or metadata caches meant to live for the whole process.
    /// </summary>
    private static readonly string[] ThirdPartyClientTypes =
    {
        "RestSharp.RestClient",
        "Grpc.Net.Client.GrpcChannel",
        "Grpc.Core.Channel",
        "MongoDB.Driver.MongoClient",
        "StackExchange.Redis.ConnectionMultiplexer",
        "Elastic.Clients.Elasticsearch.ElasticsearchClient",
        "Nest.ElasticClient",
        "OpenSearch.Client.OpenSearchClient",
        "Npgsql.NpgsqlDataSource",
        "GraphQL.Client.Http.GraphQLHttpClient",
        "Microsoft.IdentityModel.Protocols.ConfigurationManager`1",
        "Azure.Storage.Blobs.BlobServiceClient",
        "Confluent.Kafka.ProducerBuilder`2",
    };

    private readonly INamedTypeSymbol?[] _baseTypes;
    private readonly ImmutableHashSet<string> _extraTypeNames;

    public ClientTypeClassifier(Compilation compilation, KnownTypes knownTypes, ColdStartOptions options)
    {
        _baseTypes = new[] { knownTypes.AmazonServiceClient, knownTypes.HttpClient, knownTypes.DbConnection, knownTypes.DynamoDbContext }
            .Concat(ThirdPartyClientTypes.Select(compilation.GetTypeByMetadataName))
            .Where(type => type is not null)
            .ToArray();
        _extraTypeNames = options.ExtraClientTypes;
    }

    public bool IsClient(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error)
        {
            return false;
        }

        for (var current = named; current is not null; current = current.BaseType)
        {
            foreach (var baseType in _baseTypes)
            {
                if (baseType is not null && SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            if (_extraTypeNames.Count > 0 && _extraTypeNames.Contains(NameWithoutGlobalPrefix(current.OriginalDefinition)))
            {
                return true;
            }
        }

        return false;
    }

    private static string NameWithoutGlobalPrefix(INamedTypeSymbol type)
        => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty);
}

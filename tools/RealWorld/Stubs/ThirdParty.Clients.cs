// Same-shaped stand-ins for small third-party libraries the corpus calls and this machine's feed does not serve:
// TinyCsvParser, the MimeTypes/MimeTypeMap helpers, the libSQL HTTP client, Bolt's S3-compatible client, and the
// MySQL EF Core provider's UseMySQL (its served version needs EF Core 10, this tool references EF Core 9).
namespace TinyCsvParser.Mapping
{
    using System;
    using System.Linq.Expressions;

    public abstract class CsvMapping<TEntity> where TEntity : class, new()
    {
        protected CsvMapping() { }
        protected void MapProperty<TProperty>(int columnIndex, Expression<Func<TEntity, TProperty>> property) { }
    }

    public class CsvMappingResult<TEntity>
    {
        public TEntity Result { get; set; } = default!;
        public bool IsValid => true;
        public int RowIndex { get; set; }
    }
}

namespace TinyCsvParser
{
    using System.Collections.Generic;
    using System.Linq;
    using TinyCsvParser.Mapping;

    public class CsvParserOptions
    {
        public CsvParserOptions(bool skipHeader, char fieldsSeparator) { }
        public CsvParserOptions(bool skipHeader, char fieldsSeparator, int degreeOfParallelism, bool keepOrder) { }
    }

    public class CsvReaderOptions
    {
        public CsvReaderOptions(string[] newLine) { }
    }

    public class CsvParser<TEntity> where TEntity : class, new()
    {
        public CsvParser(CsvParserOptions options, CsvMapping<TEntity> mapping) { }
        public ParallelQuery<CsvMappingResult<TEntity>> ReadFromString(CsvReaderOptions options, string csvData) => null!;
        public ParallelQuery<CsvMappingResult<TEntity>> ReadFromFile(string fileName, System.Text.Encoding encoding) => null!;
        public ParallelQuery<CsvMappingResult<TEntity>> Parse(IEnumerable<string> csvData) => null!;
    }
}

namespace MimeTypes
{
    public static class MimeTypeMap
    {
        public static string GetMimeType(string str) => "";
        public static string GetExtension(string mimeType, bool throwErrorIfNotFound = true) => "";
        public static bool TryGetMimeType(string str, out string mimeType) { mimeType = ""; return false; }
    }
}

namespace LibSql.Http.Client.Request
{
    public record Statement(string Sql, object?[]? Args = null);
}

namespace LibSql.Http.Client.Interfaces
{
    using System.Collections.Generic;
    using System.Text.Json.Serialization.Metadata;
    using System.Threading;
    using System.Threading.Tasks;
    using LibSql.Http.Client.Request;

    public interface ILibSqlHttpClient
    {
        Task<bool> HealthCheckAsync(CancellationToken cancellationToken = default);
        Task<int> ExecuteAsync(Statement statement, CancellationToken cancellationToken = default);
        Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken = default);
        Task<IEnumerable<T>> QueryAsync<T>(Statement statement, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default);
        Task<IEnumerable<T>> QueryAsync<T>(string sql, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default);
        Task<T?> QueryFirstOrDefaultAsync<T>(Statement statement, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default);
        Task<T?> QueryFirstOrDefaultAsync<T>(string sql, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default);
    }
}

namespace LibSql.Http.Client
{
    using System.Collections.Generic;
    using System.Net.Http;
    using System.Text.Json.Serialization.Metadata;
    using System.Threading;
    using System.Threading.Tasks;
    using LibSql.Http.Client.Interfaces;
    using LibSql.Http.Client.Request;

    public class LibSqlHttpClient : ILibSqlHttpClient
    {
        public LibSqlHttpClient(HttpClient httpClient, System.Uri? url = null, string? authToken = null) { }
        public Task<bool> HealthCheckAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);
        public Task<int> ExecuteAsync(Statement statement, CancellationToken cancellationToken = default) => Task.FromResult(0);
        public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken = default) => Task.FromResult(0);
        public Task<IEnumerable<T>> QueryAsync<T>(Statement statement, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default) => null!;
        public Task<IEnumerable<T>> QueryAsync<T>(string sql, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default) => null!;
        public Task<T?> QueryFirstOrDefaultAsync<T>(Statement statement, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default) => null!;
        public Task<T?> QueryFirstOrDefaultAsync<T>(string sql, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default) => null!;
    }
}

namespace ProjectN.Bolt
{
    // Bolt's client is an S3 client pointed at Bolt: it derives from the real AmazonS3Client.
    public class BoltS3Client : Amazon.S3.AmazonS3Client
    {
        public BoltS3Client() : base(Amazon.RegionEndpoint.USEast1) { }
        public BoltS3Client(Amazon.S3.AmazonS3Config config) : base(config) { }
    }
}

namespace Microsoft.EntityFrameworkCore
{
    using System;

    public static class MySQLDbContextOptionsExtensions
    {
        public static DbContextOptionsBuilder UseMySQL(this DbContextOptionsBuilder optionsBuilder, string connectionString,
            Action<object>? mySqlOptionsAction = null) => optionsBuilder;
        public static DbContextOptionsBuilder<TContext> UseMySQL<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder, string connectionString,
            Action<object>? mySqlOptionsAction = null) where TContext : DbContext => optionsBuilder;
    }
}

namespace Microsoft.Extensions.Logging
{
    using System;

    // AWS.Logger.AspNetCore: CloudWatch Logs as a logging provider.
    public static class AWSLoggerBuilderExtensions
    {
        public static ILoggingBuilder AddAWSProvider(this ILoggingBuilder builder) => builder;
        public static ILoggingBuilder AddAWSProvider(this ILoggingBuilder builder, Microsoft.Extensions.Configuration.IConfiguration configuration) => builder;
        public static ILoggingBuilder AddAWSProvider(
            this ILoggingBuilder builder, Microsoft.Extensions.Configuration.IConfiguration configuration, Func<string, LogLevel, bool> filter) => builder;
    }
}

namespace Microsoft.Extensions.Configuration
{
    using System;

    // Kralizek.Extensions.Configuration.AWSSecretsManager: Secrets Manager as a configuration source.
    public static class SecretsManagerConfigurationExtensions
    {
        public static IConfigurationBuilder AddSecretsManager(
            this IConfigurationBuilder configurationBuilder, Amazon.Runtime.AWSCredentials? credentials = null, Amazon.RegionEndpoint? region = null,
            Action<object>? configurator = null) => configurationBuilder;
    }
}

namespace SendGrid.Extensions.DependencyInjection
{
    using System;
    using Microsoft.Extensions.DependencyInjection;

    public static class SendGridServiceCollectionExtensions
    {
        public static IHttpClientBuilder AddSendGrid(this IServiceCollection services, Action<SendGrid.SendGridClientOptions> configureOptions) => null!;
        public static IHttpClientBuilder AddSendGrid(this IServiceCollection services, Action<IServiceProvider, SendGrid.SendGridClientOptions> configureOptions)
            => null!;
    }
}

namespace OneOf
{
    // OneOf.SourceGenerator's marker; the conversions it would generate are not written here.
    [System.AttributeUsage(System.AttributeTargets.Class)]
    public sealed class GenerateOneOfAttribute : System.Attribute { }
}

namespace LocalStack.Client.Options
{
    public class SessionOptions
    {
        public string AwsAccessKeyId { get; set; } = "";
        public string AwsAccessKey { get; set; } = "";
        public string AwsSessionToken { get; set; } = "";
        public string RegionName { get; set; } = "";
    }

    public class ConfigOptions
    {
        public string LocalStackHost { get; set; } = "";
        public bool UseSsl { get; set; }
        public bool UseLegacyPorts { get; set; }
        public int EdgePort { get; set; }
    }

    public class LocalStackOptions
    {
        public bool UseLocalStack { get; set; }
        public SessionOptions Session { get; set; } = new();
        public ConfigOptions Config { get; set; } = new();
    }
}

namespace LocalStack.Client.Extensions
{
    using Microsoft.Extensions.Configuration;
    using Microsoft.Extensions.DependencyInjection;

    // LocalStack.Client.Extensions: AWS clients pointed at LocalStack when it is configured, the real service otherwise.
    public static class LocalStackServiceCollectionExtensions
    {
        public static IServiceCollection AddLocalStack(this IServiceCollection collection, IConfiguration configuration) => collection;
        public static IServiceCollection AddAWSServiceLocalStack<TService>(
            this IServiceCollection collection, ServiceLifetime lifetime = ServiceLifetime.Singleton, bool useServiceUrl = false)
            where TService : Amazon.Runtime.IAmazonService => collection;
        public static IServiceCollection AddAwsService<TService>(
            this IServiceCollection collection, ServiceLifetime lifetime = ServiceLifetime.Singleton, bool useServiceUrl = false)
            where TService : Amazon.Runtime.IAmazonService => collection;
    }
}

// Same-shaped stand-ins for Powertools for AWS Lambda (.NET), whose AWS.Lambda.Powertools.* packages this machine's
// feed does not serve: the Logging, Metrics and Tracing utilities with their attributes, Parameters, Idempotency and
// Batch Processing. Method bodies do nothing; signatures follow the public API the corpus calls.
namespace AWS.Lambda.Powertools.Logging
{
    using System;
    using System.Collections.Generic;
    using Microsoft.Extensions.Logging;

    public enum LoggerOutputCase { Default, CamelCase, PascalCase, SnakeCase }

    [AttributeUsage(AttributeTargets.Method)]
    public class LoggingAttribute : Attribute
    {
        public string? Service { get; set; }
        public LogLevel LogLevel { get; set; }
        public double SamplingRate { get; set; }
        public bool LogEvent { get; set; }
        public string? CorrelationIdPath { get; set; }
        public bool ClearState { get; set; }
        public LoggerOutputCase LoggerOutputCase { get; set; }
        public bool FlushBufferOnUncaughtError { get; set; }
    }

    public static class CorrelationIdPaths
    {
        public const string ApiGatewayRest = "/RequestContext/RequestId";
        public const string ApiGatewayHttp = "/RequestContext/RequestId";
        public const string ApplicationLoadBalancer = "/Headers/x-amzn-trace-id";
        public const string EventBridge = "/Id";
    }

    public class PowertoolsLoggerConfiguration
    {
        public string? Service { get; set; }
        public LogLevel MinimumLogLevel { get; set; }
        public LoggerOutputCase LoggerOutputCase { get; set; }
        public double SamplingRate { get; set; }
    }

    public static class Logger
    {
        public static ILogger Create<T>() => null!;
        public static ILogger Create(string categoryName) => null!;
        public static void Configure(Action<PowertoolsLoggerConfiguration> configure) { }
        public static void AppendKey(string key, object value) { }
        public static void AppendKeys(IEnumerable<KeyValuePair<string, object>> keys) { }
        public static void AppendKeys(IEnumerable<KeyValuePair<string, string>> keys) { }
        public static void RemoveKeys(params string[] keys) { }
        public static IEnumerable<KeyValuePair<string, object>> GetAllKeys() => Array.Empty<KeyValuePair<string, object>>();
        public static void RemoveAllKeys() { }
        public static void UseFormatter(object formatter) { }
        public static void UseDefaultFormatter() { }
        public static void Log(LogLevel logLevel, string message, params object[] args) { }
        public static void Log(LogLevel logLevel, Exception exception, string message, params object[] args) { }
        public static void Log<T>(LogLevel logLevel, T extraKeys, string message, params object[] args) where T : class { }
        public static void LogTrace(string message, params object[] args) { }
        public static void LogDebug(string message, params object[] args) { }
        public static void LogInformation(string message, params object[] args) { }
        public static void LogWarning(string message, params object[] args) { }
        public static void LogError(string message, params object[] args) { }
        public static void LogCritical(string message, params object[] args) { }
        public static void LogTrace(Exception exception, string message, params object[] args) { }
        public static void LogDebug(Exception exception, string message, params object[] args) { }
        public static void LogInformation(Exception exception, string message, params object[] args) { }
        public static void LogWarning(Exception exception, string message, params object[] args) { }
        public static void LogError(Exception exception, string message = "", params object[] args) { }
        public static void LogCritical(Exception exception, string message, params object[] args) { }
        public static void LogTrace<T>(T extraKeys, string message, params object[] args) where T : class { }
        public static void LogDebug<T>(T extraKeys, string message, params object[] args) where T : class { }
        public static void LogInformation<T>(T extraKeys, string message = "", params object[] args) where T : class { }
        public static void LogWarning<T>(T extraKeys, string message = "", params object[] args) where T : class { }
        public static void LogError<T>(T extraKeys, string message = "", params object[] args) where T : class { }
        public static void LogCritical<T>(T extraKeys, string message = "", params object[] args) where T : class { }
        public static void LogInformation<T>(T message) where T : class { }
        public static void LogError<T>(T extraKeys, Exception exception, string message, params object[] args) where T : class { }
    }
}

namespace AWS.Lambda.Powertools.Metrics
{
    using System;
    using System.Collections.Generic;

    public enum MetricUnit
    {
        None, Seconds, Microseconds, Milliseconds, Bytes, Kilobytes, Megabytes, Gigabytes, Terabytes, Bits, Kilobits, Megabits, Gigabits, Terabits,
        Percent, Count, BytesPerSecond, KilobytesPerSecond, MegabytesPerSecond, GigabytesPerSecond, TerabytesPerSecond, BitsPerSecond,
        KilobitsPerSecond, MegabitsPerSecond, GigabitsPerSecond, TerabitsPerSecond, CountPerSecond,
    }

    public enum MetricResolution { Default, High = 1, Standard = 60 }

    [AttributeUsage(AttributeTargets.Method)]
    public class MetricsAttribute : Attribute
    {
        public string? Namespace { get; set; }
        public string? Service { get; set; }
        public bool CaptureColdStart { get; set; }
        public bool RaiseOnEmptyMetrics { get; set; }
    }

    public interface IMetrics
    {
        void AddMetric(string key, double value, MetricUnit unit = MetricUnit.None, MetricResolution resolution = MetricResolution.Default);
        void AddDimension(string key, string value);
        void AddMetadata(string key, object value);
        void Flush(bool metricsOverflow = false);
    }

    public class MetricsOptions
    {
        public string? Namespace { get; set; }
        public string? Service { get; set; }
        public bool? CaptureColdStart { get; set; }
        public Dictionary<string, string>? DefaultDimensions { get; set; }
    }

    public class Metrics : IMetrics
    {
        public Metrics() { }
        public static IMetrics Instance { get; } = new Metrics();
        public static IMetrics Configure(Action<MetricsOptions> configure) => Instance;
        public static void AddMetric(string key, double value, MetricUnit unit = MetricUnit.None, MetricResolution resolution = MetricResolution.Default) { }
        public static void AddDimension(string key, string value) { }
        public static void AddMetadata(string key, object value) { }
        public static void SetNamespace(string nameSpace) { }
        public static void SetService(string service) { }
        public static void SetDefaultDimensions(Dictionary<string, string> defaultDimensions) { }
        public static void ClearDefaultDimensions() { }
        public static void PushSingleMetric(
            string name, double value, MetricUnit unit, string? nameSpace = null, string? service = null,
            Dictionary<string, string>? dimensions = null, MetricResolution resolution = MetricResolution.Default) { }
        public static void Flush(bool metricsOverflow = false) { }
        void IMetrics.AddMetric(string key, double value, MetricUnit unit, MetricResolution resolution) { }
        void IMetrics.AddDimension(string key, string value) { }
        void IMetrics.AddMetadata(string key, object value) { }
        void IMetrics.Flush(bool metricsOverflow) { }
    }
}

namespace AWS.Lambda.Powertools.Tracing
{
    using System;
    using System.Threading.Tasks;
    using Amazon.XRay.Recorder.Core.Internal.Entities;

    public enum TracingCaptureMode { EnvironmentVariable, Response, Error, ResponseAndError, Disabled }

    [AttributeUsage(AttributeTargets.Method)]
    public class TracingAttribute : Attribute
    {
        public string? SegmentName { get; set; }
        public string? Namespace { get; set; }
        public TracingCaptureMode CaptureMode { get; set; }
    }

    public static class Tracing
    {
        public static void AddAnnotation(string key, object value) { }
        public static void AddMetadata(string key, object value) { }
        public static void AddMetadata(string nameSpace, string key, object value) { }
        public static void AddException(Exception exception) { }
        public static void AddHttpInformation(string key, object value) { }
        public static void WithSubsegment(string name, Action<Subsegment> subsegment) { }
        public static void WithSubsegment(string? nameSpace, string name, Action<Subsegment> subsegment) { }
        public static Task WithSubsegment(string name, Func<Subsegment, Task> subsegment) => Task.CompletedTask;
        public static void WithSubsegment(string? nameSpace, string name, Entity entity, Action<Subsegment> subsegment) { }
        public static Entity GetEntity() => null!;
        public static void SetEntity(Entity entity) { }
        public static void RegisterForAllServices() { }
        public static void Register<T>() { }
        public static void RegisterXRayManifest(string path) { }
    }
}

namespace AWS.Lambda.Powertools.Parameters.Transform
{
    public interface ITransformer
    {
        T? Transform<T>(string value);
    }

    public enum Transformation { Auto, Json, Base64 }
}

namespace AWS.Lambda.Powertools.Parameters.Provider
{
    using System;
    using System.Collections.Generic;
    using System.Threading.Tasks;
    using AWS.Lambda.Powertools.Parameters.Transform;

    public interface IParameterProvider
    {
        Task<string?> GetAsync(string key);
        Task<T?> GetAsync<T>(string key) where T : class;
        Task<IDictionary<string, string?>> GetMultipleAsync(string path);
    }

    public abstract class ParameterProvider<TProvider> : IParameterProvider where TProvider : ParameterProvider<TProvider>
    {
        public TProvider WithMaxAge(TimeSpan maxAge) => (TProvider)this;
        public TProvider DefaultMaxAge(TimeSpan maxAge) => (TProvider)this;
        public TProvider ForceFetch() => (TProvider)this;
        public TProvider WithTransformation(Transformation transformation) => (TProvider)this;
        public TProvider WithTransformation(ITransformer transformer) => (TProvider)this;
        public TProvider WithTransformation(string transformerName) => (TProvider)this;
        public TProvider AddTransformer(string name, ITransformer transformer) => (TProvider)this;
        public Task<string?> GetAsync(string key) => Task.FromResult<string?>(null);
        public Task<T?> GetAsync<T>(string key) where T : class => Task.FromResult<T?>(null);
        public string? Get(string key) => null;
        public Task<IDictionary<string, string?>> GetMultipleAsync(string path) => Task.FromResult<IDictionary<string, string?>>(null!);
    }
}

namespace AWS.Lambda.Powertools.Parameters.SimpleSystemsManagement
{
    public interface ISsmProvider : AWS.Lambda.Powertools.Parameters.Provider.IParameterProvider { }

    public class SsmProvider : AWS.Lambda.Powertools.Parameters.Provider.ParameterProvider<SsmProvider>, ISsmProvider
    {
        public SsmProvider WithDecryption() => this;
        public SsmProvider Recursive() => this;
        public SsmProvider UseClient(Amazon.SimpleSystemsManagement.IAmazonSimpleSystemsManagement client) => this;
    }
}

namespace AWS.Lambda.Powertools.Parameters.SecretsManager
{
    public interface ISecretsProvider : AWS.Lambda.Powertools.Parameters.Provider.IParameterProvider { }

    public class SecretsProvider : AWS.Lambda.Powertools.Parameters.Provider.ParameterProvider<SecretsProvider>, ISecretsProvider
    {
    }
}

namespace AWS.Lambda.Powertools.Parameters.DynamoDB
{
    public class DynamoDBProvider : AWS.Lambda.Powertools.Parameters.Provider.ParameterProvider<DynamoDBProvider>
    {
        public DynamoDBProvider UseTable(string tableName) => this;
    }
}

namespace AWS.Lambda.Powertools.Parameters.AppConfig
{
    public class AppConfigProvider : AWS.Lambda.Powertools.Parameters.Provider.ParameterProvider<AppConfigProvider>
    {
        public AppConfigProvider DefaultApplication(string applicationId) => this;
        public AppConfigProvider DefaultEnvironment(string environmentId) => this;
        public AppConfigProvider DefaultConfigProfile(string configProfileId) => this;
    }
}

namespace AWS.Lambda.Powertools.Parameters
{
    using AWS.Lambda.Powertools.Parameters.AppConfig;
    using AWS.Lambda.Powertools.Parameters.DynamoDB;
    using AWS.Lambda.Powertools.Parameters.SecretsManager;
    using AWS.Lambda.Powertools.Parameters.SimpleSystemsManagement;

    public static class ParametersManager
    {
        public static SsmProvider SsmProvider { get; } = new();
        public static SecretsProvider SecretsProvider { get; } = new();
        public static DynamoDBProvider DynamoDBProvider { get; } = new();
        public static AppConfigProvider AppConfigProvider { get; } = new();
        public static void DefaultMaxAge(System.TimeSpan maxAge) { }
    }
}

namespace AWS.Lambda.Powertools.Idempotency
{
    using System;
    using Amazon.Lambda.Core;

    [AttributeUsage(AttributeTargets.Method)]
    public class IdempotentAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Parameter)]
    public class IdempotencyKeyAttribute : Attribute { }

    public class IdempotencyOptions
    {
        public string? EventKeyJmesPath { get; }
        public TimeSpan ExpirationInSeconds { get; }
    }

    public class IdempotencyOptionsBuilder
    {
        public IdempotencyOptions Build() => new();
        public IdempotencyOptionsBuilder WithEventKeyJmesPath(string path) => this;
        public IdempotencyOptionsBuilder WithPayloadValidationJmesPath(string path) => this;
        public IdempotencyOptionsBuilder WithThrowOnNoIdempotencyKey(bool value) => this;
        public IdempotencyOptionsBuilder WithUseLocalCache(bool value) => this;
        public IdempotencyOptionsBuilder WithExpiration(TimeSpan expiration) => this;
        public IdempotencyOptionsBuilder WithHashFunction(string name) => this;
    }

    public class Idempotency
    {
        public static void Configure(Action<IdempotencyBuilder> configure) { }
        public static void RegisterLambdaContext(ILambdaContext context) { }

        public class IdempotencyBuilder
        {
            public IdempotencyBuilder WithOptions(IdempotencyOptions options) => this;
            public IdempotencyBuilder WithOptions(Action<IdempotencyOptionsBuilder> builder) => this;
            public IdempotencyBuilder UseDynamoDb(string tableName) => this;
            public IdempotencyBuilder UseDynamoDb(Action<Persistence.DynamoDBPersistenceStoreBuilder> builder) => this;
            public IdempotencyBuilder UsePersistenceStore(Persistence.BasePersistenceStore store) => this;
        }
    }
}

namespace AWS.Lambda.Powertools.Idempotency.Persistence
{
    public abstract class BasePersistenceStore { }

    public class DynamoDBPersistenceStore : BasePersistenceStore { }

    public class DynamoDBPersistenceStoreBuilder
    {
        public DynamoDBPersistenceStore Build() => new();
        public DynamoDBPersistenceStoreBuilder WithTableName(string tableName) => this;
        public DynamoDBPersistenceStoreBuilder WithDynamoDBClient(Amazon.DynamoDBv2.IAmazonDynamoDB client) => this;
        public DynamoDBPersistenceStoreBuilder WithKeyAttr(string keyAttr) => this;
    }
}

namespace AWS.Lambda.Powertools.BatchProcessing
{
    using System;
    using System.Collections.Generic;
    using System.Threading;
    using System.Threading.Tasks;

    public enum BatchProcessorErrorHandlingPolicy { DeriveFromEvent, ContinueOnBatchItemFailure, StopOnFirstBatchItemFailure }

    public class RecordHandlerResult
    {
        public static RecordHandlerResult None { get; } = new();
        public object? Data { get; set; }
    }

    public interface IRecordHandler<in TRecord>
    {
        Task<RecordHandlerResult> HandleAsync(TRecord record, CancellationToken cancellationToken);
    }

    public class BatchItemFailuresResponse
    {
        public List<BatchItemFailure> BatchItemFailures { get; set; } = new();

        public class BatchItemFailure { public string ItemIdentifier { get; set; } = ""; }
    }

    public class ProcessingResult<TRecord>
    {
        public BatchItemFailuresResponse BatchItemFailuresResponse { get; } = new();
        public List<TRecord> SuccessRecords { get; } = new();
        public List<TRecord> FailureRecords { get; } = new();
    }

    [AttributeUsage(AttributeTargets.Method)]
    public class BatchProcessorAttribute : Attribute
    {
        public Type? RecordHandler { get; set; }
        public Type? RecordHandlerProvider { get; set; }
        public Type? BatchProcessor { get; set; }
        public Type? BatchProcessorProvider { get; set; }
        public BatchProcessorErrorHandlingPolicy ErrorHandlingPolicy { get; set; }
        public int MaxDegreeOfParallelism { get; set; }
        public bool ThrowOnFullBatchFailure { get; set; }
    }
}

namespace AWS.Lambda.Powertools.BatchProcessing.Sqs
{
    using Amazon.Lambda.SQSEvents;

    public interface ISqsRecordHandler : IRecordHandler<SQSEvent.SQSMessage> { }

    public class SqsBatchProcessor
    {
        public static SqsBatchProcessor Instance { get; } = new();
        public static ProcessingResult<SQSEvent.SQSMessage> Result { get; } = new();
        public ProcessingResult<SQSEvent.SQSMessage> ProcessingResult { get; } = new();
        public System.Threading.Tasks.Task<ProcessingResult<SQSEvent.SQSMessage>> ProcessAsync(
            SQSEvent @event, IRecordHandler<SQSEvent.SQSMessage> recordHandler) => System.Threading.Tasks.Task.FromResult(ProcessingResult);
    }
}

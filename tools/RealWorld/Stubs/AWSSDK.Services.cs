// AWS SDK service clients whose packages this machine's feed does not serve, and the parts of their models the corpus
// uses. Each client derives from the real Amazon.Runtime.AmazonServiceClient (AWSSDK.Core), which is how the analyzers
// recognise a client, implements its IAmazon... interface (an IAmazonService, so AddAWSService<T> takes it) and has the
// constructor overloads the real clients have (credentials, region, config), so real call sites compile. Requests and
// responses derive from the real AmazonWebServiceRequest and AmazonWebServiceResponse; enumerations are ConstantClasses.
// Like the real SDK, the stubs carry no nullable annotations: a caller's nullable analysis sees them as oblivious.
#nullable disable

namespace Amazon.SecretsManager
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonSecretsManager : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.GetSecretValueResponse> GetSecretValueAsync(Model.GetSecretValueRequest request, CancellationToken cancellationToken = default);
        Task<Model.PutSecretValueResponse> PutSecretValueAsync(Model.PutSecretValueRequest request, CancellationToken cancellationToken = default);
        Task<Model.CreateSecretResponse> CreateSecretAsync(Model.CreateSecretRequest request, CancellationToken cancellationToken = default);
        Task<Model.UpdateSecretResponse> UpdateSecretAsync(Model.UpdateSecretRequest request, CancellationToken cancellationToken = default);
        Task<Model.DescribeSecretResponse> DescribeSecretAsync(Model.DescribeSecretRequest request, CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonSecretsManagerConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonSecretsManagerClient();
    }

    public class AmazonSecretsManagerConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonSecretsManagerConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonSecretsManagerClient : Amazon.Runtime.AmazonServiceClient, IAmazonSecretsManager
    {
        public AmazonSecretsManagerClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonSecretsManagerClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonSecretsManagerClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonSecretsManagerClient(AmazonSecretsManagerConfig config) : this() { }
        public AmazonSecretsManagerClient(Amazon.Runtime.AWSCredentials credentials, AmazonSecretsManagerConfig config) : this() { }
        public AmazonSecretsManagerClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonSecretsManagerClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonSecretsManagerClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonSecretsManagerConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonSecretsManagerClient();
        public Task<Model.GetSecretValueResponse> GetSecretValueAsync(Model.GetSecretValueRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.PutSecretValueResponse> PutSecretValueAsync(Model.PutSecretValueRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.CreateSecretResponse> CreateSecretAsync(Model.CreateSecretRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.UpdateSecretResponse> UpdateSecretAsync(Model.UpdateSecretRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.DescribeSecretResponse> DescribeSecretAsync(Model.DescribeSecretRequest request,
            CancellationToken cancellationToken = default) => null!;
    }
}

// AWSSDK.SecretsManager.Caching: the cache builds its own Secrets Manager client unless it is given one.
namespace Amazon.SecretsManager.Extensions.Caching
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface ISecretsManagerCache : System.IDisposable
    {
        Task<string> GetSecretString(string secretId, CancellationToken cancellationToken = default);
    }

    public class SecretCacheConfiguration
    {
        public ulong CacheItemTTL { get; set; }
        public ushort MaxCacheSize { get; set; }
    }

    public class SecretsManagerCache : ISecretsManagerCache
    {
        public SecretsManagerCache() { }
        public SecretsManagerCache(IAmazonSecretsManager secretsManager) { }
        public SecretsManagerCache(SecretCacheConfiguration config) { }
        public SecretsManagerCache(IAmazonSecretsManager secretsManager, SecretCacheConfiguration config) { }
        public Task<string> GetSecretString(string secretId, CancellationToken cancellationToken = default) => null!;
        public void Dispose() { }
    }
}

namespace Amazon.SecretsManager.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class GetSecretValueRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string SecretId { get; set; }
        public string VersionId { get; set; }
        public string VersionStage { get; set; }
    }

    public class GetSecretValueResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string ARN { get; set; }
        public string Name { get; set; }
        public string SecretString { get; set; }
        public MemoryStream SecretBinary { get; set; }
        public string VersionId { get; set; }
        public List<string> VersionStages { get; set; } = new();
        public DateTime CreatedDate { get; set; }
    }

    public class PutSecretValueRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string SecretId { get; set; }
        public string SecretString { get; set; }
        public MemoryStream SecretBinary { get; set; }
        public string ClientRequestToken { get; set; }
        public List<string> VersionStages { get; set; } = new();
    }

    public class PutSecretValueResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string ARN { get; set; }
        public string Name { get; set; }
        public string VersionId { get; set; }
    }

    public class CreateSecretRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string Name { get; set; }
        public string Description { get; set; }
        public string SecretString { get; set; }
        public MemoryStream SecretBinary { get; set; }
        public string KmsKeyId { get; set; }
        public List<Tag> Tags { get; set; } = new();
        public bool ForceOverwriteReplicaSecret { get; set; }
    }

    public class CreateSecretResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string ARN { get; set; }
        public string Name { get; set; }
        public string VersionId { get; set; }
    }

    public class UpdateSecretRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string SecretId { get; set; }
        public string SecretString { get; set; }
        public string Description { get; set; }
    }

    public class UpdateSecretResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string ARN { get; set; }
        public string Name { get; set; }
        public string VersionId { get; set; }
    }

    public class DescribeSecretRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string SecretId { get; set; }
    }

    public class DescribeSecretResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string ARN { get; set; }
        public string Name { get; set; }
        public string Description { get; set; }
    }

    public class Tag
    {
        public string Key { get; set; }
        public string Value { get; set; }
    }

    public class ResourceNotFoundException : Amazon.Runtime.AmazonServiceException
    {
        public ResourceNotFoundException(string message) : base(message) { }
    }

    public class ResourceExistsException : Amazon.Runtime.AmazonServiceException
    {
        public ResourceExistsException(string message) : base(message) { }
    }

    public class InvalidRequestException : Amazon.Runtime.AmazonServiceException
    {
        public InvalidRequestException(string message) : base(message) { }
    }

    public class DecryptionFailureException : Amazon.Runtime.AmazonServiceException
    {
        public DecryptionFailureException(string message) : base(message) { }
    }
}

namespace Amazon.SimpleNotificationService
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonSimpleNotificationService : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.PublishResponse> PublishAsync(Model.PublishRequest request, CancellationToken cancellationToken = default);
        Task<Model.PublishBatchResponse> PublishBatchAsync(Model.PublishBatchRequest request, CancellationToken cancellationToken = default);
        Task<Model.SubscribeResponse> SubscribeAsync(Model.SubscribeRequest request, CancellationToken cancellationToken = default);
        Task<Model.CreateTopicResponse> CreateTopicAsync(Model.CreateTopicRequest request, CancellationToken cancellationToken = default);
        Task<Model.PublishResponse> PublishAsync(string topicArn, string message, CancellationToken cancellationToken = default);
        Task<Model.PublishResponse> PublishAsync(string topicArn, string message, string subject, CancellationToken cancellationToken = default);
        Task<Model.CreateTopicResponse> CreateTopicAsync(string name, CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonSimpleNotificationServiceConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonSimpleNotificationServiceClient();
    }

    public class AmazonSimpleNotificationServiceConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonSimpleNotificationServiceConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonSimpleNotificationServiceClient : Amazon.Runtime.AmazonServiceClient, IAmazonSimpleNotificationService
    {
        public AmazonSimpleNotificationServiceClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonSimpleNotificationServiceClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonSimpleNotificationServiceClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonSimpleNotificationServiceClient(AmazonSimpleNotificationServiceConfig config) : this() { }
        public AmazonSimpleNotificationServiceClient(Amazon.Runtime.AWSCredentials credentials, AmazonSimpleNotificationServiceConfig config) : this() { }
        public AmazonSimpleNotificationServiceClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonSimpleNotificationServiceClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonSimpleNotificationServiceClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonSimpleNotificationServiceConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonSimpleNotificationServiceClient();
        public Task<Model.PublishResponse> PublishAsync(Model.PublishRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.PublishBatchResponse> PublishBatchAsync(Model.PublishBatchRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.SubscribeResponse> SubscribeAsync(Model.SubscribeRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.CreateTopicResponse> CreateTopicAsync(Model.CreateTopicRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.PublishResponse> PublishAsync(string topicArn, string message, CancellationToken cancellationToken = default) => null!;
        public Task<Model.PublishResponse> PublishAsync(string topicArn, string message, string subject,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.CreateTopicResponse> CreateTopicAsync(string name, CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.SimpleNotificationService.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class PublishRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public PublishRequest() { }
        public PublishRequest(string topicArn, string message) { }
        public PublishRequest(string topicArn, string message, string subject) { }
        public string TopicArn { get; set; }
        public string TargetArn { get; set; }
        public string PhoneNumber { get; set; }
        public string Message { get; set; }
        public string Subject { get; set; }
        public string MessageStructure { get; set; }
        public string MessageGroupId { get; set; }
        public string MessageDeduplicationId { get; set; }
        public Dictionary<string, MessageAttributeValue> MessageAttributes { get; set; } = new();
    }

    public class PublishResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string MessageId { get; set; }
        public string SequenceNumber { get; set; }
    }

    public class PublishBatchRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string TopicArn { get; set; }
        public List<PublishBatchRequestEntry> PublishBatchRequestEntries { get; set; } = new();
    }

    public class PublishBatchRequestEntry
    {
        public string Id { get; set; }
        public string Message { get; set; }
        public string Subject { get; set; }
        public string MessageGroupId { get; set; }
        public string MessageDeduplicationId { get; set; }
        public Dictionary<string, MessageAttributeValue> MessageAttributes { get; set; } = new();
    }

    public class PublishBatchResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public List<PublishBatchResultEntry> Successful { get; set; } = new();
        public List<BatchResultErrorEntry> Failed { get; set; } = new();
    }

    public class PublishBatchResultEntry
    {
        public string Id { get; set; }
        public string MessageId { get; set; }
    }

    public class BatchResultErrorEntry
    {
        public string Id { get; set; }
        public string Code { get; set; }
        public string Message { get; set; }
        public bool SenderFault { get; set; }
    }

    public class MessageAttributeValue
    {
        public string DataType { get; set; }
        public string StringValue { get; set; }
        public MemoryStream BinaryValue { get; set; }
    }

    public class SubscribeRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string TopicArn { get; set; }
        public string Protocol { get; set; }
        public string Endpoint { get; set; }
    }

    public class SubscribeResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string SubscriptionArn { get; set; }
    }

    public class CreateTopicRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string Name { get; set; }
    }

    public class CreateTopicResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string TopicArn { get; set; }
    }

    public class NotFoundException : Amazon.Runtime.AmazonServiceException
    {
        public NotFoundException(string message) : base(message) { }
    }

    public class InvalidParameterException : Amazon.Runtime.AmazonServiceException
    {
        public InvalidParameterException(string message) : base(message) { }
    }
}

namespace Amazon.CloudWatch
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonCloudWatch : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.PutMetricDataResponse> PutMetricDataAsync(Model.PutMetricDataRequest request, CancellationToken cancellationToken = default);
        Task<Model.ListMetricsResponse> ListMetricsAsync(Model.ListMetricsRequest request, CancellationToken cancellationToken = default);
        Task<Model.GetMetricDataResponse> GetMetricDataAsync(Model.GetMetricDataRequest request, CancellationToken cancellationToken = default);
        Task<Model.GetMetricStatisticsResponse> GetMetricStatisticsAsync(Model.GetMetricStatisticsRequest request,
            CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonCloudWatchConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonCloudWatchClient();
    }

    public class AmazonCloudWatchConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonCloudWatchConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonCloudWatchClient : Amazon.Runtime.AmazonServiceClient, IAmazonCloudWatch
    {
        public AmazonCloudWatchClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonCloudWatchClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonCloudWatchClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonCloudWatchClient(AmazonCloudWatchConfig config) : this() { }
        public AmazonCloudWatchClient(Amazon.Runtime.AWSCredentials credentials, AmazonCloudWatchConfig config) : this() { }
        public AmazonCloudWatchClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonCloudWatchClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonCloudWatchClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonCloudWatchConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonCloudWatchClient();
        public Task<Model.PutMetricDataResponse> PutMetricDataAsync(Model.PutMetricDataRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.ListMetricsResponse> ListMetricsAsync(Model.ListMetricsRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.GetMetricDataResponse> GetMetricDataAsync(Model.GetMetricDataRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.GetMetricStatisticsResponse> GetMetricStatisticsAsync(Model.GetMetricStatisticsRequest request,
            CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.CloudWatch.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class PutMetricDataRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string Namespace { get; set; }
        public List<MetricDatum> MetricData { get; set; } = new();
    }

    public class PutMetricDataResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }

    public class MetricDatum
    {
        public string MetricName { get; set; }
        public double Value { get; set; }
        public List<double> Values { get; set; } = new();
        public List<double> Counts { get; set; } = new();
        public StandardUnit Unit { get; set; }
        public List<Dimension> Dimensions { get; set; } = new();
        public DateTime TimestampUtc { get; set; }
        public DateTime Timestamp { get; set; }
        public int StorageResolution { get; set; }
        public StatisticSet StatisticValues { get; set; }
    }

    public class StatisticSet
    {
        public double Maximum { get; set; }
        public double Minimum { get; set; }
        public double SampleCount { get; set; }
        public double Sum { get; set; }
    }

    public class Dimension
    {
        public string Name { get; set; }
        public string Value { get; set; }
    }

    public class DimensionFilter
    {
        public string Name { get; set; }
        public string Value { get; set; }
    }

    public class ListMetricsRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string Namespace { get; set; }
        public string MetricName { get; set; }
        public List<DimensionFilter> Dimensions { get; set; } = new();
        public string NextToken { get; set; }
    }

    public class ListMetricsResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public List<Metric> Metrics { get; set; } = new();
        public string NextToken { get; set; }
    }

    public class Metric
    {
        public string MetricName { get; set; }
        public string Namespace { get; set; }
        public List<Dimension> Dimensions { get; set; } = new();
    }

    public class GetMetricDataRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public DateTime StartTimeUtc { get; set; }
        public DateTime EndTimeUtc { get; set; }
        public List<MetricDataQuery> MetricDataQueries { get; set; } = new();
    }

    public class GetMetricDataResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public List<MetricDataResult> MetricDataResults { get; set; } = new();
    }

    public class MetricDataQuery
    {
        public string Id { get; set; }
        public string Expression { get; set; }
        public MetricStat MetricStat { get; set; }
        public bool ReturnData { get; set; }
    }

    public class MetricStat
    {
        public Metric Metric { get; set; }
        public int Period { get; set; }
        public string Stat { get; set; }
        public StandardUnit Unit { get; set; }
    }

    public class MetricDataResult
    {
        public string Id { get; set; }
        public string Label { get; set; }
        public List<double> Values { get; set; } = new();
        public List<DateTime> Timestamps { get; set; } = new();
    }

    public class GetMetricStatisticsRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string Namespace { get; set; }
        public string MetricName { get; set; }
        public List<Dimension> Dimensions { get; set; } = new();
        public DateTime StartTimeUtc { get; set; }
        public DateTime EndTimeUtc { get; set; }
        public int Period { get; set; }
        public List<string> Statistics { get; set; } = new();
    }

    public class GetMetricStatisticsResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public List<Datapoint> Datapoints { get; set; } = new();
        public string Label { get; set; }
    }

    public class Datapoint
    {
        public double Average { get; set; }
        public double Maximum { get; set; }
        public double Minimum { get; set; }
        public double Sum { get; set; }
        public double SampleCount { get; set; }
        public DateTime TimestampUtc { get; set; }
    }

    public class StandardUnit : Amazon.Runtime.ConstantClass
    {
        public static readonly StandardUnit Bits = new("Bits");
        public static readonly StandardUnit BitsSecond = new("BitsSecond");
        public static readonly StandardUnit Bytes = new("Bytes");
        public static readonly StandardUnit BytesSecond = new("BytesSecond");
        public static readonly StandardUnit Count = new("Count");
        public static readonly StandardUnit CountSecond = new("CountSecond");
        public static readonly StandardUnit Gigabits = new("Gigabits");
        public static readonly StandardUnit GigabitsSecond = new("GigabitsSecond");
        public static readonly StandardUnit Gigabytes = new("Gigabytes");
        public static readonly StandardUnit GigabytesSecond = new("GigabytesSecond");
        public static readonly StandardUnit Kilobits = new("Kilobits");
        public static readonly StandardUnit KilobitsSecond = new("KilobitsSecond");
        public static readonly StandardUnit Kilobytes = new("Kilobytes");
        public static readonly StandardUnit KilobytesSecond = new("KilobytesSecond");
        public static readonly StandardUnit Megabits = new("Megabits");
        public static readonly StandardUnit MegabitsSecond = new("MegabitsSecond");
        public static readonly StandardUnit Megabytes = new("Megabytes");
        public static readonly StandardUnit MegabytesSecond = new("MegabytesSecond");
        public static readonly StandardUnit Microseconds = new("Microseconds");
        public static readonly StandardUnit Milliseconds = new("Milliseconds");
        public static readonly StandardUnit None = new("None");
        public static readonly StandardUnit Percent = new("Percent");
        public static readonly StandardUnit Seconds = new("Seconds");
        public static readonly StandardUnit Terabits = new("Terabits");
        public static readonly StandardUnit TerabitsSecond = new("TerabitsSecond");
        public static readonly StandardUnit Terabytes = new("Terabytes");
        public static readonly StandardUnit TerabytesSecond = new("TerabytesSecond");
        public StandardUnit(string value) : base(value) { }
        public static implicit operator StandardUnit(string value) => new(value);
    }
}

namespace Amazon.CloudWatchLogs
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonCloudWatchLogs : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.StartQueryResponse> StartQueryAsync(Model.StartQueryRequest request, CancellationToken cancellationToken = default);
        Task<Model.GetQueryResultsResponse> GetQueryResultsAsync(Model.GetQueryResultsRequest request, CancellationToken cancellationToken = default);
        Task<Model.PutLogEventsResponse> PutLogEventsAsync(Model.PutLogEventsRequest request, CancellationToken cancellationToken = default);
        Task<Model.CreateLogStreamResponse> CreateLogStreamAsync(Model.CreateLogStreamRequest request, CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonCloudWatchLogsConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonCloudWatchLogsClient();
    }

    public class AmazonCloudWatchLogsConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonCloudWatchLogsConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonCloudWatchLogsClient : Amazon.Runtime.AmazonServiceClient, IAmazonCloudWatchLogs
    {
        public AmazonCloudWatchLogsClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonCloudWatchLogsClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonCloudWatchLogsClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonCloudWatchLogsClient(AmazonCloudWatchLogsConfig config) : this() { }
        public AmazonCloudWatchLogsClient(Amazon.Runtime.AWSCredentials credentials, AmazonCloudWatchLogsConfig config) : this() { }
        public AmazonCloudWatchLogsClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonCloudWatchLogsClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonCloudWatchLogsClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonCloudWatchLogsConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonCloudWatchLogsClient();
        public Task<Model.StartQueryResponse> StartQueryAsync(Model.StartQueryRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.GetQueryResultsResponse> GetQueryResultsAsync(Model.GetQueryResultsRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.PutLogEventsResponse> PutLogEventsAsync(Model.PutLogEventsRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.CreateLogStreamResponse> CreateLogStreamAsync(Model.CreateLogStreamRequest request,
            CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.CloudWatchLogs.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class StartQueryRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string LogGroupName { get; set; }
        public List<string> LogGroupNames { get; set; } = new();
        public string QueryString { get; set; }
        public long StartTime { get; set; }
        public long EndTime { get; set; }
        public int Limit { get; set; }
    }

    public class StartQueryResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string QueryId { get; set; }
    }

    public class GetQueryResultsRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string QueryId { get; set; }
    }

    public class GetQueryResultsResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public QueryStatus Status { get; set; }
        public List<List<ResultField>> Results { get; set; } = new();
    }

    public class ResultField
    {
        public string Field { get; set; }
        public string Value { get; set; }
    }

    public class PutLogEventsRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string LogGroupName { get; set; }
        public string LogStreamName { get; set; }
        public List<InputLogEvent> LogEvents { get; set; } = new();
    }

    public class PutLogEventsResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }

    public class InputLogEvent
    {
        public string Message { get; set; }
        public DateTime Timestamp { get; set; }
    }

    public class CreateLogStreamRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string LogGroupName { get; set; }
        public string LogStreamName { get; set; }
    }

    public class CreateLogStreamResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }

    public class QueryStatus : Amazon.Runtime.ConstantClass
    {
        public static readonly QueryStatus Cancelled = new("Cancelled");
        public static readonly QueryStatus Complete = new("Complete");
        public static readonly QueryStatus Failed = new("Failed");
        public static readonly QueryStatus Running = new("Running");
        public static readonly QueryStatus Scheduled = new("Scheduled");
        public static readonly QueryStatus Timeout = new("Timeout");
        public static readonly QueryStatus Unknown = new("Unknown");
        public QueryStatus(string value) : base(value) { }
        public static implicit operator QueryStatus(string value) => new(value);
    }
}

namespace Amazon.Kinesis
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonKinesis : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.PutRecordResponse> PutRecordAsync(Model.PutRecordRequest request, CancellationToken cancellationToken = default);
        Task<Model.CreateStreamResponse> CreateStreamAsync(Model.CreateStreamRequest request, CancellationToken cancellationToken = default);
        Task<Model.ListStreamsResponse> ListStreamsAsync(Model.ListStreamsRequest request, CancellationToken cancellationToken = default);
        Task<Model.ListStreamsResponse> ListStreamsAsync(CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonKinesisConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonKinesisClient();
    }

    public class AmazonKinesisConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonKinesisConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonKinesisClient : Amazon.Runtime.AmazonServiceClient, IAmazonKinesis
    {
        public AmazonKinesisClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonKinesisClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonKinesisClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonKinesisClient(AmazonKinesisConfig config) : this() { }
        public AmazonKinesisClient(Amazon.Runtime.AWSCredentials credentials, AmazonKinesisConfig config) : this() { }
        public AmazonKinesisClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonKinesisClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonKinesisClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonKinesisConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonKinesisClient();
        public Task<Model.PutRecordResponse> PutRecordAsync(Model.PutRecordRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.CreateStreamResponse> CreateStreamAsync(Model.CreateStreamRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.ListStreamsResponse> ListStreamsAsync(Model.ListStreamsRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.ListStreamsResponse> ListStreamsAsync(CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.Kinesis.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class PutRecordRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string StreamName { get; set; }
        public string StreamARN { get; set; }
        public string PartitionKey { get; set; }
        public MemoryStream Data { get; set; }
    }

    public class PutRecordResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string SequenceNumber { get; set; }
        public string ShardId { get; set; }
    }

    public class CreateStreamRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string StreamName { get; set; }
        public int ShardCount { get; set; }
    }

    public class CreateStreamResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }

    public class ListStreamsRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public int Limit { get; set; }
    }

    public class ListStreamsResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public List<string> StreamNames { get; set; } = new();
        public bool HasMoreStreams { get; set; }
    }
}

namespace Amazon.KinesisFirehose
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonKinesisFirehose : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.PutRecordResponse> PutRecordAsync(Model.PutRecordRequest request, CancellationToken cancellationToken = default);
        Task<Model.PutRecordBatchResponse> PutRecordBatchAsync(Model.PutRecordBatchRequest request, CancellationToken cancellationToken = default);
        Task<Model.ListDeliveryStreamsResponse> ListDeliveryStreamsAsync(Model.ListDeliveryStreamsRequest request,
            CancellationToken cancellationToken = default);
        Task<Model.CreateDeliveryStreamResponse> CreateDeliveryStreamAsync(Model.CreateDeliveryStreamRequest request,
            CancellationToken cancellationToken = default);
        Task<Model.PutRecordResponse> PutRecordAsync(string deliveryStreamName, Model.Record record, CancellationToken cancellationToken = default);
        Task<Model.ListDeliveryStreamsResponse> ListDeliveryStreamsAsync(CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonKinesisFirehoseConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonKinesisFirehoseClient();
    }

    public class AmazonKinesisFirehoseConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonKinesisFirehoseConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonKinesisFirehoseClient : Amazon.Runtime.AmazonServiceClient, IAmazonKinesisFirehose
    {
        public AmazonKinesisFirehoseClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonKinesisFirehoseClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonKinesisFirehoseClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonKinesisFirehoseClient(AmazonKinesisFirehoseConfig config) : this() { }
        public AmazonKinesisFirehoseClient(Amazon.Runtime.AWSCredentials credentials, AmazonKinesisFirehoseConfig config) : this() { }
        public AmazonKinesisFirehoseClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonKinesisFirehoseClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonKinesisFirehoseClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonKinesisFirehoseConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonKinesisFirehoseClient();
        public Task<Model.PutRecordResponse> PutRecordAsync(Model.PutRecordRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.PutRecordBatchResponse> PutRecordBatchAsync(Model.PutRecordBatchRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.ListDeliveryStreamsResponse> ListDeliveryStreamsAsync(Model.ListDeliveryStreamsRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.CreateDeliveryStreamResponse> CreateDeliveryStreamAsync(Model.CreateDeliveryStreamRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.PutRecordResponse> PutRecordAsync(string deliveryStreamName, Model.Record record,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.ListDeliveryStreamsResponse> ListDeliveryStreamsAsync(CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.KinesisFirehose.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class PutRecordRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string DeliveryStreamName { get; set; }
        public Record Record { get; set; }
    }

    public class PutRecordResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string RecordId { get; set; }
    }

    public class PutRecordBatchRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string DeliveryStreamName { get; set; }
        public List<Record> Records { get; set; } = new();
    }

    public class PutRecordBatchResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public int FailedPutCount { get; set; }
    }

    public class Record
    {
        public MemoryStream Data { get; set; }
    }

    public class ListDeliveryStreamsRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public int Limit { get; set; }
        public DeliveryStreamType DeliveryStreamType { get; set; }
    }

    public class ListDeliveryStreamsResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public List<string> DeliveryStreamNames { get; set; } = new();
        public bool HasMoreDeliveryStreams { get; set; }
    }

    public class CreateDeliveryStreamRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string DeliveryStreamName { get; set; }
        public DeliveryStreamType DeliveryStreamType { get; set; }
        public ExtendedS3DestinationConfiguration ExtendedS3DestinationConfiguration { get; set; }
        public S3DestinationConfiguration S3DestinationConfiguration { get; set; }
    }

    public class CreateDeliveryStreamResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string DeliveryStreamARN { get; set; }
    }

    public class ExtendedS3DestinationConfiguration
    {
        public string BucketARN { get; set; }
        public string RoleARN { get; set; }
        public string Prefix { get; set; }
        public string ErrorOutputPrefix { get; set; }
        public BufferingHints BufferingHints { get; set; }
        public string CompressionFormat { get; set; }
    }

    public class S3DestinationConfiguration
    {
        public string BucketARN { get; set; }
        public string RoleARN { get; set; }
        public string Prefix { get; set; }
        public BufferingHints BufferingHints { get; set; }
    }

    public class BufferingHints
    {
        public int IntervalInSeconds { get; set; }
        public int SizeInMBs { get; set; }
    }

    public class DeliveryStreamType : Amazon.Runtime.ConstantClass
    {
        public static readonly DeliveryStreamType DirectPut = new("DirectPut");
        public static readonly DeliveryStreamType KinesisStreamAsSource = new("KinesisStreamAsSource");
        public static readonly DeliveryStreamType MSKAsSource = new("MSKAsSource");
        public DeliveryStreamType(string value) : base(value) { }
        public static implicit operator DeliveryStreamType(string value) => new(value);
    }
}

namespace Amazon.Rekognition
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonRekognition : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.DetectLabelsResponse> DetectLabelsAsync(Model.DetectLabelsRequest request, CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonRekognitionConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonRekognitionClient();
    }

    public class AmazonRekognitionConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonRekognitionConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonRekognitionClient : Amazon.Runtime.AmazonServiceClient, IAmazonRekognition
    {
        public AmazonRekognitionClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonRekognitionClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonRekognitionClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonRekognitionClient(AmazonRekognitionConfig config) : this() { }
        public AmazonRekognitionClient(Amazon.Runtime.AWSCredentials credentials, AmazonRekognitionConfig config) : this() { }
        public AmazonRekognitionClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonRekognitionClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonRekognitionClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonRekognitionConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonRekognitionClient();
        public Task<Model.DetectLabelsResponse> DetectLabelsAsync(Model.DetectLabelsRequest request, CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.Rekognition.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class DetectLabelsRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public Image Image { get; set; }
        public int MaxLabels { get; set; }
        public float MinConfidence { get; set; }
    }

    public class DetectLabelsResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public List<Label> Labels { get; set; } = new();
    }

    public class Image
    {
        public S3Object S3Object { get; set; }
        public MemoryStream Bytes { get; set; }
    }

    public class S3Object
    {
        public string Bucket { get; set; }
        public string Name { get; set; }
        public string Version { get; set; }
    }

    public class Label
    {
        public string Name { get; set; }
        public float Confidence { get; set; }
    }
}

namespace Amazon.StepFunctions
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonStepFunctions : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.StartExecutionResponse> StartExecutionAsync(Model.StartExecutionRequest request, CancellationToken cancellationToken = default);
        Task<Model.SendTaskSuccessResponse> SendTaskSuccessAsync(Model.SendTaskSuccessRequest request, CancellationToken cancellationToken = default);
        Task<Model.SendTaskFailureResponse> SendTaskFailureAsync(Model.SendTaskFailureRequest request, CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonStepFunctionsConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonStepFunctionsClient();
    }

    public class AmazonStepFunctionsConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonStepFunctionsConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonStepFunctionsClient : Amazon.Runtime.AmazonServiceClient, IAmazonStepFunctions
    {
        public AmazonStepFunctionsClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonStepFunctionsClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonStepFunctionsClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonStepFunctionsClient(AmazonStepFunctionsConfig config) : this() { }
        public AmazonStepFunctionsClient(Amazon.Runtime.AWSCredentials credentials, AmazonStepFunctionsConfig config) : this() { }
        public AmazonStepFunctionsClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonStepFunctionsClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonStepFunctionsClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonStepFunctionsConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonStepFunctionsClient();
        public Task<Model.StartExecutionResponse> StartExecutionAsync(Model.StartExecutionRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.SendTaskSuccessResponse> SendTaskSuccessAsync(Model.SendTaskSuccessRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.SendTaskFailureResponse> SendTaskFailureAsync(Model.SendTaskFailureRequest request,
            CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.StepFunctions.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class StartExecutionRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string StateMachineArn { get; set; }
        public string Input { get; set; }
        public string Name { get; set; }
        public string TraceHeader { get; set; }
    }

    public class StartExecutionResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string ExecutionArn { get; set; }
        public DateTime StartDate { get; set; }
    }

    public class SendTaskSuccessRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string TaskToken { get; set; }
        public string Output { get; set; }
    }

    public class SendTaskSuccessResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }

    public class SendTaskFailureRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string TaskToken { get; set; }
        public string Error { get; set; }
        public string Cause { get; set; }
    }

    public class SendTaskFailureResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }
}

namespace Amazon.EventBridge
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonEventBridge : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.PutEventsResponse> PutEventsAsync(Model.PutEventsRequest request, CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonEventBridgeConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonEventBridgeClient();
    }

    public class AmazonEventBridgeConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonEventBridgeConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonEventBridgeClient : Amazon.Runtime.AmazonServiceClient, IAmazonEventBridge
    {
        public AmazonEventBridgeClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonEventBridgeClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonEventBridgeClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonEventBridgeClient(AmazonEventBridgeConfig config) : this() { }
        public AmazonEventBridgeClient(Amazon.Runtime.AWSCredentials credentials, AmazonEventBridgeConfig config) : this() { }
        public AmazonEventBridgeClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonEventBridgeClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonEventBridgeClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonEventBridgeConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonEventBridgeClient();
        public Task<Model.PutEventsResponse> PutEventsAsync(Model.PutEventsRequest request, CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.EventBridge.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class PutEventsRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public List<PutEventsRequestEntry> Entries { get; set; } = new();
        public string EndpointId { get; set; }
    }

    public class PutEventsRequestEntry
    {
        public string Source { get; set; }
        public string DetailType { get; set; }
        public string Detail { get; set; }
        public string EventBusName { get; set; }
        public List<string> Resources { get; set; } = new();
        public DateTime Time { get; set; }
        public string TraceHeader { get; set; }
    }

    public class PutEventsResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public int FailedEntryCount { get; set; }
        public List<PutEventsResultEntry> Entries { get; set; } = new();
    }

    public class PutEventsResultEntry
    {
        public string EventId { get; set; }
        public string ErrorCode { get; set; }
        public string ErrorMessage { get; set; }
    }
}

namespace Amazon.CodeDeploy
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonCodeDeploy : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.PutLifecycleEventHookExecutionStatusResponse> PutLifecycleEventHookExecutionStatusAsync(
            Model.PutLifecycleEventHookExecutionStatusRequest request, CancellationToken cancellationToken = default);
        Task<Model.GetDeploymentResponse> GetDeploymentAsync(Model.GetDeploymentRequest request, CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonCodeDeployConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonCodeDeployClient();
    }

    public class AmazonCodeDeployConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonCodeDeployConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonCodeDeployClient : Amazon.Runtime.AmazonServiceClient, IAmazonCodeDeploy
    {
        public AmazonCodeDeployClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonCodeDeployClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonCodeDeployClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonCodeDeployClient(AmazonCodeDeployConfig config) : this() { }
        public AmazonCodeDeployClient(Amazon.Runtime.AWSCredentials credentials, AmazonCodeDeployConfig config) : this() { }
        public AmazonCodeDeployClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonCodeDeployClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonCodeDeployClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonCodeDeployConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonCodeDeployClient();
        public Task<Model.PutLifecycleEventHookExecutionStatusResponse> PutLifecycleEventHookExecutionStatusAsync(
            Model.PutLifecycleEventHookExecutionStatusRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.GetDeploymentResponse> GetDeploymentAsync(Model.GetDeploymentRequest request, CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.CodeDeploy.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class PutLifecycleEventHookExecutionStatusRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string DeploymentId { get; set; }
        public string LifecycleEventHookExecutionId { get; set; }
        public LifecycleEventStatus Status { get; set; }
    }

    public class PutLifecycleEventHookExecutionStatusResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string LifecycleEventHookExecutionId { get; set; }
    }

    public class GetDeploymentRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string DeploymentId { get; set; }
    }

    public class GetDeploymentResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public DeploymentInfo DeploymentInfo { get; set; }
    }

    public class DeploymentInfo
    {
        public string DeploymentId { get; set; }
        public string ApplicationName { get; set; }
        public string Status { get; set; }
        public RevisionLocation Revision { get; set; }
    }

    public class RevisionLocation
    {
        public string RevisionType { get; set; }
        public RawString String { get; set; }
        public AppSpecContent AppSpecContent { get; set; }
    }

    public class RawString
    {
        public string Content { get; set; }
        public string Sha256 { get; set; }
    }

    public class AppSpecContent
    {
        public string Content { get; set; }
        public string Sha256 { get; set; }
    }

    public class LifecycleEventStatus : Amazon.Runtime.ConstantClass
    {
        public static readonly LifecycleEventStatus Failed = new("Failed");
        public static readonly LifecycleEventStatus InProgress = new("InProgress");
        public static readonly LifecycleEventStatus Pending = new("Pending");
        public static readonly LifecycleEventStatus Skipped = new("Skipped");
        public static readonly LifecycleEventStatus Succeeded = new("Succeeded");
        public static readonly LifecycleEventStatus Unknown = new("Unknown");
        public LifecycleEventStatus(string value) : base(value) { }
        public static implicit operator LifecycleEventStatus(string value) => new(value);
    }
}

namespace Amazon.Lambda
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonLambda : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.InvokeResponse> InvokeAsync(Model.InvokeRequest request, CancellationToken cancellationToken = default);
        Task<Model.GetFunctionResponse> GetFunctionAsync(Model.GetFunctionRequest request, CancellationToken cancellationToken = default);
        Task<Model.ListFunctionsResponse> ListFunctionsAsync(Model.ListFunctionsRequest request, CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonLambdaConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonLambdaClient();
    }

    public class AmazonLambdaConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonLambdaConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonLambdaClient : Amazon.Runtime.AmazonServiceClient, IAmazonLambda
    {
        public AmazonLambdaClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonLambdaClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonLambdaClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonLambdaClient(AmazonLambdaConfig config) : this() { }
        public AmazonLambdaClient(Amazon.Runtime.AWSCredentials credentials, AmazonLambdaConfig config) : this() { }
        public AmazonLambdaClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonLambdaClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonLambdaClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonLambdaConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonLambdaClient();
        public new Task<Model.InvokeResponse> InvokeAsync(Model.InvokeRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.GetFunctionResponse> GetFunctionAsync(Model.GetFunctionRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.ListFunctionsResponse> ListFunctionsAsync(Model.ListFunctionsRequest request, CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.Lambda.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class InvokeRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string FunctionName { get; set; }
        public string Payload { get; set; }
        public MemoryStream PayloadStream { get; set; }
        public InvocationType InvocationType { get; set; }
        public LogType LogType { get; set; }
        public string Qualifier { get; set; }
        public string ClientContext { get; set; }
        public string ClientContextBase64 { get; set; }
    }

    public class InvokeResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public MemoryStream Payload { get; set; }
        public int StatusCode { get; set; }
        public string FunctionError { get; set; }
        public string LogResult { get; set; }
        public string ExecutedVersion { get; set; }
    }

    public class GetFunctionRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string FunctionName { get; set; }
        public string Qualifier { get; set; }
    }

    public class GetFunctionResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public FunctionConfiguration Configuration { get; set; }
    }

    public class FunctionConfiguration
    {
        public string FunctionName { get; set; }
        public string FunctionArn { get; set; }
        public string Version { get; set; }
        public int MemorySize { get; set; }
        public int Timeout { get; set; }
    }

    public class ListFunctionsRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string Marker { get; set; }
        public int MaxItems { get; set; }
    }

    public class ListFunctionsResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public List<FunctionConfiguration> Functions { get; set; } = new();
        public string NextMarker { get; set; }
    }

    public class InvocationType : Amazon.Runtime.ConstantClass
    {
        public static readonly InvocationType DryRun = new("DryRun");
        public static readonly InvocationType Event = new("Event");
        public static readonly InvocationType RequestResponse = new("RequestResponse");
        public InvocationType(string value) : base(value) { }
        public static implicit operator InvocationType(string value) => new(value);
    }

    public class LogType : Amazon.Runtime.ConstantClass
    {
        public static readonly LogType None = new("None");
        public static readonly LogType Tail = new("Tail");
        public LogType(string value) : base(value) { }
        public static implicit operator LogType(string value) => new(value);
    }
}

namespace Amazon.AppSync
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonAppSync : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonAppSyncConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonAppSyncClient();
    }

    public class AmazonAppSyncConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonAppSyncConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonAppSyncClient : Amazon.Runtime.AmazonServiceClient, IAmazonAppSync
    {
        public AmazonAppSyncClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonAppSyncClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonAppSyncClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonAppSyncClient(AmazonAppSyncConfig config) : this() { }
        public AmazonAppSyncClient(Amazon.Runtime.AWSCredentials credentials, AmazonAppSyncConfig config) : this() { }
        public AmazonAppSyncClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonAppSyncClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonAppSyncClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonAppSyncConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonAppSyncClient();
    }
}

namespace Amazon.CognitoIdentityProvider
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonCognitoIdentityProvider : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.InitiateAuthResponse> InitiateAuthAsync(Model.InitiateAuthRequest request, CancellationToken cancellationToken = default);
        Task<Model.AdminInitiateAuthResponse> AdminInitiateAuthAsync(Model.AdminInitiateAuthRequest request, CancellationToken cancellationToken = default);
        Task<Model.AdminCreateUserResponse> AdminCreateUserAsync(Model.AdminCreateUserRequest request, CancellationToken cancellationToken = default);
        Task<Model.AdminSetUserPasswordResponse> AdminSetUserPasswordAsync(Model.AdminSetUserPasswordRequest request,
            CancellationToken cancellationToken = default);
        Task<Model.AdminGetUserResponse> AdminGetUserAsync(Model.AdminGetUserRequest request, CancellationToken cancellationToken = default);
        Task<Model.SignUpResponse> SignUpAsync(Model.SignUpRequest request, CancellationToken cancellationToken = default);
        Task<Model.ConfirmSignUpResponse> ConfirmSignUpAsync(Model.ConfirmSignUpRequest request, CancellationToken cancellationToken = default);
        Task<Model.AdminAddUserToGroupResponse> AdminAddUserToGroupAsync(Model.AdminAddUserToGroupRequest request,
            CancellationToken cancellationToken = default);
        Task<Model.ListUsersResponse> ListUsersAsync(Model.ListUsersRequest request, CancellationToken cancellationToken = default);
        Task<Model.GetUserResponse> GetUserAsync(Model.GetUserRequest request, CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonCognitoIdentityProviderConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonCognitoIdentityProviderClient();
    }

    public class AmazonCognitoIdentityProviderConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonCognitoIdentityProviderConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonCognitoIdentityProviderClient : Amazon.Runtime.AmazonServiceClient, IAmazonCognitoIdentityProvider
    {
        public AmazonCognitoIdentityProviderClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonCognitoIdentityProviderClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonCognitoIdentityProviderClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonCognitoIdentityProviderClient(AmazonCognitoIdentityProviderConfig config) : this() { }
        public AmazonCognitoIdentityProviderClient(Amazon.Runtime.AWSCredentials credentials, AmazonCognitoIdentityProviderConfig config) : this() { }
        public AmazonCognitoIdentityProviderClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonCognitoIdentityProviderClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonCognitoIdentityProviderClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonCognitoIdentityProviderConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonCognitoIdentityProviderClient();
        public Task<Model.InitiateAuthResponse> InitiateAuthAsync(Model.InitiateAuthRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.AdminInitiateAuthResponse> AdminInitiateAuthAsync(Model.AdminInitiateAuthRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.AdminCreateUserResponse> AdminCreateUserAsync(Model.AdminCreateUserRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.AdminSetUserPasswordResponse> AdminSetUserPasswordAsync(Model.AdminSetUserPasswordRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.AdminGetUserResponse> AdminGetUserAsync(Model.AdminGetUserRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.SignUpResponse> SignUpAsync(Model.SignUpRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.ConfirmSignUpResponse> ConfirmSignUpAsync(Model.ConfirmSignUpRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.AdminAddUserToGroupResponse> AdminAddUserToGroupAsync(Model.AdminAddUserToGroupRequest request,
            CancellationToken cancellationToken = default) => null!;
        public Task<Model.ListUsersResponse> ListUsersAsync(Model.ListUsersRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.GetUserResponse> GetUserAsync(Model.GetUserRequest request, CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.CognitoIdentityProvider.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class InitiateAuthRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public AuthFlowType AuthFlow { get; set; }
        public string ClientId { get; set; }
        public Dictionary<string, string> AuthParameters { get; set; } = new();
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
    }

    public class InitiateAuthResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public AuthenticationResultType AuthenticationResult { get; set; }
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeParameters { get; set; } = new();
        public string Session { get; set; }
    }

    public class AdminInitiateAuthRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string UserPoolId { get; set; }
        public string ClientId { get; set; }
        public AuthFlowType AuthFlow { get; set; }
        public Dictionary<string, string> AuthParameters { get; set; } = new();
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
    }

    public class AdminInitiateAuthResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public AuthenticationResultType AuthenticationResult { get; set; }
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeParameters { get; set; } = new();
        public string Session { get; set; }
    }

    public class AuthenticationResultType
    {
        public string AccessToken { get; set; }
        public string IdToken { get; set; }
        public string RefreshToken { get; set; }
        public int ExpiresIn { get; set; }
        public string TokenType { get; set; }
    }

    public class AdminCreateUserRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string UserPoolId { get; set; }
        public string Username { get; set; }
        public string TemporaryPassword { get; set; }
        public List<AttributeType> UserAttributes { get; set; } = new();
        public List<AttributeType> ValidationData { get; set; } = new();
        public MessageActionType MessageAction { get; set; }
        public List<string> DesiredDeliveryMediums { get; set; } = new();
        public bool ForceAliasCreation { get; set; }
    }

    public class AdminCreateUserResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public UserType User { get; set; }
    }

    public class UserType
    {
        public string Username { get; set; }
        public List<AttributeType> Attributes { get; set; } = new();
        public bool Enabled { get; set; }
        public UserStatusType UserStatus { get; set; }
        public DateTime UserCreateDate { get; set; }
    }

    public class AttributeType
    {
        public string Name { get; set; }
        public string Value { get; set; }
    }

    public class AdminSetUserPasswordRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string UserPoolId { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public bool Permanent { get; set; }
    }

    public class AdminSetUserPasswordResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }

    public class AdminGetUserRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string UserPoolId { get; set; }
        public string Username { get; set; }
    }

    public class AdminGetUserResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string Username { get; set; }
        public List<AttributeType> UserAttributes { get; set; } = new();
        public bool Enabled { get; set; }
        public UserStatusType UserStatus { get; set; }
    }

    public class SignUpRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public string SecretHash { get; set; }
        public List<AttributeType> UserAttributes { get; set; } = new();
    }

    public class SignUpResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public bool UserConfirmed { get; set; }
        public string UserSub { get; set; }
    }

    public class ConfirmSignUpRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public string Username { get; set; }
        public string ConfirmationCode { get; set; }
    }

    public class ConfirmSignUpResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }

    public class AdminAddUserToGroupRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string UserPoolId { get; set; }
        public string Username { get; set; }
        public string GroupName { get; set; }
    }

    public class AdminAddUserToGroupResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }

    public class ListUsersRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string UserPoolId { get; set; }
        public string Filter { get; set; }
        public int Limit { get; set; }
        public string PaginationToken { get; set; }
    }

    public class ListUsersResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public List<UserType> Users { get; set; } = new();
        public string PaginationToken { get; set; }
    }

    public class GetUserRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string AccessToken { get; set; }
    }

    public class GetUserResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string Username { get; set; }
        public List<AttributeType> UserAttributes { get; set; } = new();
    }

    public class AuthFlowType : Amazon.Runtime.ConstantClass
    {
        public static readonly AuthFlowType ADMIN_NO_SRP_AUTH = new("ADMIN_NO_SRP_AUTH");
        public static readonly AuthFlowType ADMIN_USER_PASSWORD_AUTH = new("ADMIN_USER_PASSWORD_AUTH");
        public static readonly AuthFlowType CUSTOM_AUTH = new("CUSTOM_AUTH");
        public static readonly AuthFlowType REFRESH_TOKEN = new("REFRESH_TOKEN");
        public static readonly AuthFlowType REFRESH_TOKEN_AUTH = new("REFRESH_TOKEN_AUTH");
        public static readonly AuthFlowType USER_AUTH = new("USER_AUTH");
        public static readonly AuthFlowType USER_PASSWORD_AUTH = new("USER_PASSWORD_AUTH");
        public static readonly AuthFlowType USER_SRP_AUTH = new("USER_SRP_AUTH");
        public AuthFlowType(string value) : base(value) { }
        public static implicit operator AuthFlowType(string value) => new(value);
    }

    public class ChallengeNameType : Amazon.Runtime.ConstantClass
    {
        public static readonly ChallengeNameType CUSTOM_CHALLENGE = new("CUSTOM_CHALLENGE");
        public static readonly ChallengeNameType MFA_SETUP = new("MFA_SETUP");
        public static readonly ChallengeNameType NEW_PASSWORD_REQUIRED = new("NEW_PASSWORD_REQUIRED");
        public static readonly ChallengeNameType PASSWORD_VERIFIER = new("PASSWORD_VERIFIER");
        public static readonly ChallengeNameType SMS_MFA = new("SMS_MFA");
        public static readonly ChallengeNameType SOFTWARE_TOKEN_MFA = new("SOFTWARE_TOKEN_MFA");
        public ChallengeNameType(string value) : base(value) { }
        public static implicit operator ChallengeNameType(string value) => new(value);
    }

    public class MessageActionType : Amazon.Runtime.ConstantClass
    {
        public static readonly MessageActionType RESEND = new("RESEND");
        public static readonly MessageActionType SUPPRESS = new("SUPPRESS");
        public MessageActionType(string value) : base(value) { }
        public static implicit operator MessageActionType(string value) => new(value);
    }

    public class UserStatusType : Amazon.Runtime.ConstantClass
    {
        public static readonly UserStatusType ARCHIVED = new("ARCHIVED");
        public static readonly UserStatusType COMPROMISED = new("COMPROMISED");
        public static readonly UserStatusType CONFIRMED = new("CONFIRMED");
        public static readonly UserStatusType FORCE_CHANGE_PASSWORD = new("FORCE_CHANGE_PASSWORD");
        public static readonly UserStatusType RESET_REQUIRED = new("RESET_REQUIRED");
        public static readonly UserStatusType UNCONFIRMED = new("UNCONFIRMED");
        public static readonly UserStatusType UNKNOWN = new("UNKNOWN");
        public UserStatusType(string value) : base(value) { }
        public static implicit operator UserStatusType(string value) => new(value);
    }

    public class UsernameExistsException : Amazon.Runtime.AmazonServiceException
    {
        public UsernameExistsException(string message) : base(message) { }
    }

    public class NotAuthorizedException : Amazon.Runtime.AmazonServiceException
    {
        public NotAuthorizedException(string message) : base(message) { }
    }

    public class UserNotFoundException : Amazon.Runtime.AmazonServiceException
    {
        public UserNotFoundException(string message) : base(message) { }
    }

    public class UserNotConfirmedException : Amazon.Runtime.AmazonServiceException
    {
        public UserNotConfirmedException(string message) : base(message) { }
    }

    public class InvalidPasswordException : Amazon.Runtime.AmazonServiceException
    {
        public InvalidPasswordException(string message) : base(message) { }
    }

    public class CodeMismatchException : Amazon.Runtime.AmazonServiceException
    {
        public CodeMismatchException(string message) : base(message) { }
    }

    public class InvalidParameterException : Amazon.Runtime.AmazonServiceException
    {
        public InvalidParameterException(string message) : base(message) { }
    }

    public class TooManyRequestsException : Amazon.Runtime.AmazonServiceException
    {
        public TooManyRequestsException(string message) : base(message) { }
    }
}

namespace Amazon.CloudFront
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonCloudFront : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.CreateInvalidationResponse> CreateInvalidationAsync(Model.CreateInvalidationRequest request, CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonCloudFrontConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonCloudFrontClient();
    }

    public class AmazonCloudFrontConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonCloudFrontConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonCloudFrontClient : Amazon.Runtime.AmazonServiceClient, IAmazonCloudFront
    {
        public AmazonCloudFrontClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonCloudFrontClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonCloudFrontClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonCloudFrontClient(AmazonCloudFrontConfig config) : this() { }
        public AmazonCloudFrontClient(Amazon.Runtime.AWSCredentials credentials, AmazonCloudFrontConfig config) : this() { }
        public AmazonCloudFrontClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonCloudFrontClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonCloudFrontClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonCloudFrontConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonCloudFrontClient();
        public Task<Model.CreateInvalidationResponse> CreateInvalidationAsync(Model.CreateInvalidationRequest request,
            CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.CloudFront.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class CreateInvalidationRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public CreateInvalidationRequest() { }
        public CreateInvalidationRequest(string distributionId, InvalidationBatch invalidationBatch) { }
        public string DistributionId { get; set; }
        public InvalidationBatch InvalidationBatch { get; set; }
    }

    public class CreateInvalidationResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public Invalidation Invalidation { get; set; }
        public string Location { get; set; }
    }

    public class Invalidation
    {
        public string Id { get; set; }
        public string Status { get; set; }
        public DateTime CreateTime { get; set; }
    }

    public class InvalidationBatch
    {
        public InvalidationBatch() { }
        public InvalidationBatch(string callerReference) { }
        public InvalidationBatch(Paths paths, string callerReference) { }
        public Paths Paths { get; set; }
        public string CallerReference { get; set; }
    }

    public class Paths
    {
        public List<string> Items { get; set; } = new();
        public int Quantity { get; set; }
    }
}

namespace Amazon.ECS
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAmazonECS : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Model.ListTasksResponse> ListTasksAsync(Model.ListTasksRequest request, CancellationToken cancellationToken = default);
        Task<Model.RunTaskResponse> RunTaskAsync(Model.RunTaskRequest request, CancellationToken cancellationToken = default);
        static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new AmazonECSConfig();
        static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonECSClient();
    }

    public class AmazonECSConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonECSConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonECSClient : Amazon.Runtime.AmazonServiceClient, IAmazonECS
    {
        public AmazonECSClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonECSClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonECSClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonECSClient(AmazonECSConfig config) : this() { }
        public AmazonECSClient(Amazon.Runtime.AWSCredentials credentials, AmazonECSConfig config) : this() { }
        public AmazonECSClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
        public AmazonECSClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) : this() { }
        public AmazonECSClient(Amazon.RegionEndpoint region) : this() { }
        public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => new AmazonECSConfig();
        public static Amazon.Runtime.IAmazonService CreateDefaultServiceClient(
            Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new AmazonECSClient();
        public Task<Model.ListTasksResponse> ListTasksAsync(Model.ListTasksRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<Model.RunTaskResponse> RunTaskAsync(Model.RunTaskRequest request, CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.ECS.Model
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class ListTasksRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string Cluster { get; set; }
        public string ServiceName { get; set; }
        public string Family { get; set; }
        public string DesiredStatus { get; set; }
    }

    public class ListTasksResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public List<string> TaskArns { get; set; } = new();
        public string NextToken { get; set; }
    }

    public class RunTaskRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string Cluster { get; set; }
        public string TaskDefinition { get; set; }
        public int Count { get; set; }
        public string LaunchType { get; set; }
    }

    public class RunTaskResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }
}

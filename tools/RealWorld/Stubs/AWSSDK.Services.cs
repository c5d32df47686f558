// AWS SDK service clients whose packages this machine's feed does not serve. Each derives from the real
// Amazon.Runtime.AmazonServiceClient (AWSSDK.Core), which is how the analyzers recognise a client, and has the
// constructor overloads the real clients have (credentials, region, config), so real call sites compile.
namespace Amazon.SecretsManager
{
    public interface IAmazonSecretsManager : System.IDisposable { }

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
        public AmazonSecretsManagerClient(Amazon.RegionEndpoint region) : this() { }
        public System.Threading.Tasks.Task<Model.GetSecretValueResponse> GetSecretValueAsync(
            Model.GetSecretValueRequest request, System.Threading.CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.SecretsManager.Model
{
    public class GetSecretValueRequest { public string SecretId { get; set; } = ""; }
    public class GetSecretValueResponse { public string SecretString { get; set; } = ""; }
}

namespace Amazon.SimpleNotificationService
{
    public interface IAmazonSimpleNotificationService : System.IDisposable { }

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
        public AmazonSimpleNotificationServiceClient(Amazon.RegionEndpoint region) : this() { }
        public System.Threading.Tasks.Task<Model.PublishResponse> PublishAsync(
            Model.PublishRequest request, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<Model.PublishResponse> PublishAsync(
            string topicArn, string message, System.Threading.CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.SimpleNotificationService.Model
{
    public class PublishRequest { public string TopicArn { get; set; } = ""; public string Message { get; set; } = ""; }
    public class PublishResponse { }
}

namespace Amazon.CloudWatch
{
    public interface IAmazonCloudWatch : System.IDisposable { }

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
        public AmazonCloudWatchClient(Amazon.RegionEndpoint region) : this() { }
        public System.Threading.Tasks.Task<Model.PutMetricDataResponse> PutMetricDataAsync(
            Model.PutMetricDataRequest request, System.Threading.CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.CloudWatch.Model
{
    public class PutMetricDataRequest
    {
        public string Namespace { get; set; } = "";
        public System.Collections.Generic.List<MetricDatum> MetricData { get; set; } = new();
    }
    public class PutMetricDataResponse { }
    public class MetricDatum { public string MetricName { get; set; } = ""; public double Value { get; set; } }
}

namespace Amazon.CloudWatchLogs
{
    public interface IAmazonCloudWatchLogs : System.IDisposable { }

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
    }
}

namespace Amazon.Kinesis
{
    public class AmazonKinesisConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonKinesisConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonKinesisClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonKinesisClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonKinesisClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonKinesisClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonKinesisClient(AmazonKinesisConfig config) : this() { }
        public AmazonKinesisClient(Amazon.Runtime.AWSCredentials credentials, AmazonKinesisConfig config) : this() { }
        public AmazonKinesisClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
    }
}

namespace Amazon.KinesisFirehose
{
    public class AmazonKinesisFirehoseConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonKinesisFirehoseConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonKinesisFirehoseClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonKinesisFirehoseClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonKinesisFirehoseClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonKinesisFirehoseClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonKinesisFirehoseClient(AmazonKinesisFirehoseConfig config) : this() { }
        public AmazonKinesisFirehoseClient(Amazon.Runtime.AWSCredentials credentials, AmazonKinesisFirehoseConfig config) : this() { }
        public AmazonKinesisFirehoseClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
    }
}

namespace Amazon.Rekognition
{
    public class AmazonRekognitionConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonRekognitionConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonRekognitionClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonRekognitionClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonRekognitionClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonRekognitionClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonRekognitionClient(AmazonRekognitionConfig config) : this() { }
        public AmazonRekognitionClient(Amazon.Runtime.AWSCredentials credentials, AmazonRekognitionConfig config) : this() { }
        public AmazonRekognitionClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
    }
}

namespace Amazon.StepFunctions
{
    public class AmazonStepFunctionsConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonStepFunctionsConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonStepFunctionsClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonStepFunctionsClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonStepFunctionsClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonStepFunctionsClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonStepFunctionsClient(AmazonStepFunctionsConfig config) : this() { }
        public AmazonStepFunctionsClient(Amazon.Runtime.AWSCredentials credentials, AmazonStepFunctionsConfig config) : this() { }
        public AmazonStepFunctionsClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
    }
}

namespace Amazon.EventBridge
{
    public interface IAmazonEventBridge : System.IDisposable { }

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
    }
}

namespace Amazon.CodeDeploy
{
    public class AmazonCodeDeployConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonCodeDeployConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonCodeDeployClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonCodeDeployClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonCodeDeployClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonCodeDeployClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonCodeDeployClient(AmazonCodeDeployConfig config) : this() { }
        public AmazonCodeDeployClient(Amazon.Runtime.AWSCredentials credentials, AmazonCodeDeployConfig config) : this() { }
        public AmazonCodeDeployClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
    }
}

namespace Amazon.Lambda
{
    public class AmazonLambdaConfig : Amazon.Runtime.ClientConfig
    {
        public AmazonLambdaConfig() : base(null!) { }
        public override string RegionEndpointServiceName => "";
        public override string ServiceVersion => "";
        public override string UserAgent => "";
        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
            Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
    }

    public class AmazonLambdaClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonLambdaClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonLambdaClient(Amazon.Runtime.AWSCredentials credentials) : this() { }
        public AmazonLambdaClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) : this() { }
        public AmazonLambdaClient(AmazonLambdaConfig config) : this() { }
        public AmazonLambdaClient(Amazon.Runtime.AWSCredentials credentials, AmazonLambdaConfig config) : this() { }
        public AmazonLambdaClient(string awsAccessKeyId, string awsSecretAccessKey) : this() { }
    }
}

namespace Amazon.AppSync
{
    public interface IAmazonAppSync : System.IDisposable
    {
        Amazon.Runtime.IClientConfig Config { get; }
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
    }
}

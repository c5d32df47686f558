// AWS SDK service clients whose packages this machine's feed does not serve. Each derives from the real
// Amazon.Runtime.AmazonServiceClient (AWSSDK.Core), which is how the analyzers recognise a client.
namespace Amazon.SecretsManager
{
    public interface IAmazonSecretsManager : System.IDisposable { }

    public class AmazonSecretsManagerClient : Amazon.Runtime.AmazonServiceClient, IAmazonSecretsManager
    {
        public AmazonSecretsManagerClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonSecretsManagerClient(Amazon.RegionEndpoint region) : this() { }
        public System.Threading.Tasks.Task<Model.GetSecretValueResponse> GetSecretValueAsync(Model.GetSecretValueRequest request, System.Threading.CancellationToken cancellationToken = default) => null!;
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

    public class AmazonSimpleNotificationServiceClient : Amazon.Runtime.AmazonServiceClient, IAmazonSimpleNotificationService
    {
        public AmazonSimpleNotificationServiceClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonSimpleNotificationServiceClient(Amazon.RegionEndpoint region) : this() { }
        public System.Threading.Tasks.Task<Model.PublishResponse> PublishAsync(Model.PublishRequest request, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<Model.PublishResponse> PublishAsync(string topicArn, string message, System.Threading.CancellationToken cancellationToken = default) => null!;
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

    public class AmazonCloudWatchClient : Amazon.Runtime.AmazonServiceClient, IAmazonCloudWatch
    {
        public AmazonCloudWatchClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
        public AmazonCloudWatchClient(Amazon.RegionEndpoint region) : this() { }
        public System.Threading.Tasks.Task<Model.PutMetricDataResponse> PutMetricDataAsync(Model.PutMetricDataRequest request, System.Threading.CancellationToken cancellationToken = default) => null!;
    }
}

namespace Amazon.CloudWatch.Model
{
    public class PutMetricDataRequest { public string Namespace { get; set; } = ""; public System.Collections.Generic.List<MetricDatum> MetricData { get; set; } = new(); }
    public class PutMetricDataResponse { }
    public class MetricDatum { public string MetricName { get; set; } = ""; public double Value { get; set; } }
}

namespace Amazon.CloudWatchLogs
{
    public interface IAmazonCloudWatchLogs : System.IDisposable { }

    public class AmazonCloudWatchLogsClient : Amazon.Runtime.AmazonServiceClient, IAmazonCloudWatchLogs
    {
        public AmazonCloudWatchLogsClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
    }
}

namespace Amazon.Kinesis
{
    public class AmazonKinesisClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonKinesisClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
    }
}

namespace Amazon.KinesisFirehose
{
    public class AmazonKinesisFirehoseClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonKinesisFirehoseClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
    }
}

namespace Amazon.Rekognition
{
    public class AmazonRekognitionClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonRekognitionClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
    }
}

namespace Amazon.StepFunctions
{
    public class AmazonStepFunctionsClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonStepFunctionsClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
    }
}

namespace Amazon.EventBridge
{
    public interface IAmazonEventBridge : System.IDisposable { }

    public class AmazonEventBridgeClient : Amazon.Runtime.AmazonServiceClient, IAmazonEventBridge
    {
        public AmazonEventBridgeClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
    }
}

namespace Amazon.CodeDeploy
{
    public class AmazonCodeDeployClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonCodeDeployClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
    }
}

namespace Amazon.Lambda
{
    public class AmazonLambdaClient : Amazon.Runtime.AmazonServiceClient
    {
        public AmazonLambdaClient() : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
    }
}

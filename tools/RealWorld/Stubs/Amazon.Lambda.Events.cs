// The event packages (Amazon.Lambda.APIGatewayEvents, SQSEvents, SNSEvents, ...) in one assembly: the analyzers
// recognise them by namespace, not by assembly name.
namespace Amazon.Lambda.APIGatewayEvents
{
    using System.Collections.Generic;

    public class APIGatewayProxyRequest
    {
        public string Body { get; set; } = "";
        public string HttpMethod { get; set; } = "";
        public string Path { get; set; } = "";
        public string Resource { get; set; } = "";
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, string> PathParameters { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, string> QueryStringParameters { get; set; } = new Dictionary<string, string>();
        public bool IsBase64Encoded { get; set; }
        public ProxyRequestContext RequestContext { get; set; } = new();

        public class ProxyRequestContext
        {
            public string RequestId { get; set; } = "";
            public APIGatewayCustomAuthorizerContext Authorizer { get; set; } = new();
        }
    }

    public class APIGatewayCustomAuthorizerContext : Dictionary<string, object>
    {
        public IDictionary<string, string> Claims { get; set; } = new Dictionary<string, string>();
    }

    public class APIGatewayProxyResponse
    {
        public int StatusCode { get; set; }
        public string Body { get; set; } = "";
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public bool IsBase64Encoded { get; set; }
    }

    public class APIGatewayHttpApiV2ProxyRequest
    {
        public string Body { get; set; } = "";
        public string RawPath { get; set; } = "";
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, string> PathParameters { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, string> QueryStringParameters { get; set; } = new Dictionary<string, string>();
        public ProxyRequestContext RequestContext { get; set; } = new();

        public string RouteKey { get; set; } = "";
        public string RawQueryString { get; set; } = "";
        public string Version { get; set; } = "";
        public bool IsBase64Encoded { get; set; }
        public string[] Cookies { get; set; } = System.Array.Empty<string>();
        public IDictionary<string, string> StageVariables { get; set; } = new Dictionary<string, string>();

        public class ProxyRequestContext
        {
            public string RequestId { get; set; } = "";
            public string AccountId { get; set; } = "";
            public string ApiId { get; set; } = "";
            public string RouteKey { get; set; } = "";
            public string Stage { get; set; } = "";
            public long TimeEpoch { get; set; }
            public HttpDescription Http { get; set; } = new();
            public AuthorizerDescription Authorizer { get; set; } = new();
        }

        public class AuthorizerDescription
        {
            public JwtDescription Jwt { get; set; } = new();
            public IDictionary<string, object> Lambda { get; set; } = new Dictionary<string, object>();
        }

        public class JwtDescription
        {
            public IDictionary<string, string> Claims { get; set; } = new Dictionary<string, string>();
            public string[] Scopes { get; set; } = System.Array.Empty<string>();
        }

        public class HttpDescription
        {
            public string Method { get; set; } = "";
            public string Path { get; set; } = "";
            public string Protocol { get; set; } = "";
            public string SourceIp { get; set; } = "";
            public string UserAgent { get; set; } = "";
        }
    }

    public class APIGatewayHttpApiV2ProxyResponse
    {
        public int StatusCode { get; set; }
        public string Body { get; set; } = "";
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
    }

    public class APIGatewayCustomAuthorizerRequest
    {
        public string AuthorizationToken { get; set; } = "";
        public string MethodArn { get; set; } = "";
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
    }

    public class APIGatewayCustomAuthorizerResponse
    {
        public string PrincipalID { get; set; } = "";
        public APIGatewayCustomAuthorizerPolicy PolicyDocument { get; set; } = new();
        public APIGatewayCustomAuthorizerContextOutput Context { get; set; } = new();
    }

    public class APIGatewayCustomAuthorizerContextOutput : Dictionary<string, object> { }

    public class APIGatewayCustomAuthorizerPolicy
    {
        public string Version { get; set; } = "";
        public List<IAMPolicyStatement> Statement { get; set; } = new();

        public class IAMPolicyStatement
        {
            public string Effect { get; set; } = "";
            public HashSet<string> Action { get; set; } = new();
            public HashSet<string> Resource { get; set; } = new();
        }
    }
}

namespace Amazon.Lambda.SQSEvents
{
    using System.Collections.Generic;

    public class SQSEvent
    {
        public List<SQSMessage> Records { get; set; } = new();

        public class SQSMessage
        {
            public string MessageId { get; set; } = "";
            public string Body { get; set; } = "";
            public string ReceiptHandle { get; set; } = "";
            public Dictionary<string, string> Attributes { get; set; } = new();
            public Dictionary<string, MessageAttribute> MessageAttributes { get; set; } = new();
            public string EventSourceArn { get; set; } = "";
        }

        public class MessageAttribute
        {
            public string StringValue { get; set; } = "";
            public string DataType { get; set; } = "";
        }
    }

    public class SQSBatchResponse
    {
        public SQSBatchResponse() { }
        public SQSBatchResponse(List<BatchItemFailure> batchItemFailures) { BatchItemFailures = batchItemFailures; }
        public List<BatchItemFailure> BatchItemFailures { get; set; } = new();

        public class BatchItemFailure
        {
            public string ItemIdentifier { get; set; } = "";
        }
    }
}

namespace Amazon.Lambda.SNSEvents
{
    using System.Collections.Generic;

    public class SNSEvent
    {
        public IList<SNSRecord> Records { get; set; } = new List<SNSRecord>();

        public class SNSRecord
        {
            public SNSMessage Sns { get; set; } = new();
        }

        public class SNSMessage
        {
            public string Message { get; set; } = "";
            public string Subject { get; set; } = "";
            public string TopicArn { get; set; } = "";
        }
    }
}

namespace Amazon.Lambda.S3Events
{
    using System.Collections.Generic;

    public class S3Event
    {
        public List<S3EventNotificationRecord> Records { get; set; } = new();

        public class S3EventNotificationRecord
        {
            public S3Entity S3 { get; set; } = new();
        }

        public class S3Entity
        {
            public S3BucketEntity Bucket { get; set; } = new();
            public S3ObjectEntity Object { get; set; } = new();
        }

        public class S3BucketEntity { public string Name { get; set; } = ""; }

        public class S3ObjectEntity { public string Key { get; set; } = ""; public long Size { get; set; } }
    }
}

namespace Amazon.Lambda.KinesisEvents
{
    using System.Collections.Generic;
    using System.IO;

    public class KinesisEvent
    {
        public IList<KinesisEventRecord> Records { get; set; } = new List<KinesisEventRecord>();

        public class KinesisEventRecord
        {
            public string EventName { get; set; } = "";
            public string EventID { get; set; } = "";
            public string EventSourceARN { get; set; } = "";
            public string EventId { get; set; } = "";
            public Record Kinesis { get; set; } = new();
        }

        public class Record
        {
            public MemoryStream Data { get; set; } = new();
            public string PartitionKey { get; set; } = "";
        }
    }
}

namespace Amazon.Lambda.KinesisFirehoseEvents
{
    using System.Collections.Generic;

    public class KinesisFirehoseEvent
    {
        public IList<FirehoseRecord> Records { get; set; } = new List<FirehoseRecord>();
        public string DeliveryStreamArn { get; set; } = "";

        public class FirehoseRecord
        {
            public string RecordId { get; set; } = "";
            public string Base64EncodedData { get; set; } = "";
            public string DecodeData() => "";
        }
    }

    public class KinesisFirehoseResponse
    {
        public const string TRANSFORMED_STATE_OK = "Ok";
        public List<FirehoseRecord> Records { get; set; } = new();

        public class FirehoseRecord
        {
            public string RecordId { get; set; } = "";
            public string Result { get; set; } = "";
            public string Base64EncodedData { get; set; } = "";
            public void EncodeData(string data) { }
        }
    }
}

namespace Amazon.Lambda.DynamoDBEvents
{
    using System.Collections.Generic;

    public class DynamoDBEvent
    {
        public IList<DynamodbStreamRecord> Records { get; set; } = new List<DynamodbStreamRecord>();

        public class DynamodbStreamRecord
        {
            public string EventID { get; set; } = "";
            public string EventSource { get; set; } = "";
            public string EventSourceArn { get; set; } = "";
            public string AwsRegion { get; set; } = "";
            public string EventName { get; set; } = "";
        }
    }
}

namespace Amazon.Lambda.CloudWatchEvents
{
    public class CloudWatchEvent<T>
    {
        public string Source { get; set; } = "";
        public string DetailType { get; set; } = "";
        public T Detail { get; set; } = default!;
    }
}

namespace Amazon.Lambda.CloudWatchEvents.ScheduledEvents
{
    public class ScheduledEvent : Amazon.Lambda.CloudWatchEvents.CloudWatchEvent<Detail> { }

    public class Detail { }
}

namespace Amazon.Lambda.AppSyncEvents
{
    using System.Collections.Generic;

    public class AppSyncResolverEvent<TArguments>
    {
        public TArguments Arguments { get; set; } = default!;
        public Dictionary<string, object> Source { get; set; } = new();
        public object? Identity { get; set; }
        public RequestContext Request { get; set; } = new();
        public Information Info { get; set; } = new();
        public Dictionary<string, object> Stash { get; set; } = new();

        public class RequestContext { public Dictionary<string, string> Headers { get; set; } = new(); }

        public class Information
        {
            public string FieldName { get; set; } = "";
            public string ParentTypeName { get; set; } = "";
            public Dictionary<string, object> Variables { get; set; } = new();
        }
    }

    public class AppSyncAuthorizerEvent
    {
        public string AuthorizationToken { get; set; } = "";
        public Dictionary<string, string> RequestHeaders { get; set; } = new();
        public AppSyncAuthorizerRequestContext RequestContext { get; set; } = new();
    }

    public class AppSyncAuthorizerRequestContext
    {
        public string ApiId { get; set; } = "";
        public string AccountId { get; set; } = "";
        public string RequestId { get; set; } = "";
        public string QueryString { get; set; } = "";
        public string OperationName { get; set; } = "";
        public Dictionary<string, object> Variables { get; set; } = new();
    }

    public class AppSyncAuthorizerResult
    {
        public bool IsAuthorized { get; set; }
        public Dictionary<string, string> ResolverContext { get; set; } = new();
        public IEnumerable<string>? DeniedFields { get; set; }
        public int TtlOverride { get; set; }
    }
}

namespace Amazon.Lambda.ApplicationLoadBalancerEvents
{
    using System.Collections.Generic;

    public class ApplicationLoadBalancerRequest
    {
        public string Path { get; set; } = "";
        public string HttpMethod { get; set; } = "";
        public string Body { get; set; } = "";
        public bool IsBase64Encoded { get; set; }
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, IList<string>> MultiValueHeaders { get; set; } = new Dictionary<string, IList<string>>();
        public IDictionary<string, string> QueryStringParameters { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, IList<string>> MultiValueQueryStringParameters { get; set; } = new Dictionary<string, IList<string>>();
        public ALBRequestContext RequestContext { get; set; } = new();

        public class ALBRequestContext { public ElbInfo Elb { get; set; } = new(); }

        public class ElbInfo { public string TargetGroupArn { get; set; } = ""; }
    }

    public class ApplicationLoadBalancerResponse
    {
        public int StatusCode { get; set; }
        public string StatusDescription { get; set; } = "";
        public string Body { get; set; } = "";
        public bool IsBase64Encoded { get; set; }
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, IList<string>> MultiValueHeaders { get; set; } = new Dictionary<string, IList<string>>();
    }
}

namespace Amazon.Lambda.CognitoEvents
{
    using System.Collections.Generic;

    public abstract class CognitoTriggerRequest
    {
        public Dictionary<string, string> UserAttributes { get; set; } = new();
    }

    public abstract class CognitoTriggerResponse { }

    public abstract class CognitoTriggerEvent<TRequest, TResponse>
        where TRequest : CognitoTriggerRequest, new() where TResponse : CognitoTriggerResponse, new()
    {
        public string Version { get; set; } = "";
        public string Region { get; set; } = "";
        public string UserPoolId { get; set; } = "";
        public string UserName { get; set; } = "";
        public string TriggerSource { get; set; } = "";
        public Dictionary<string, string> CallerContext { get; set; } = new();
        public TRequest Request { get; set; } = new();
        public TResponse Response { get; set; } = new();
    }

    public class CognitoPreTokenGenerationRequest : CognitoTriggerRequest
    {
        public GroupConfiguration GroupConfiguration { get; set; } = new();
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
    }

    public class GroupConfiguration
    {
        public List<string> GroupsToOverride { get; set; } = new();
        public List<string> IamRolesToOverride { get; set; } = new();
        public string PreferredRole { get; set; } = "";
    }

    public class ClaimOverrideDetails
    {
        public Dictionary<string, string> ClaimsToAddOrOverride { get; set; } = new();
        public List<string> ClaimsToSuppress { get; set; } = new();
        public GroupConfiguration GroupOverrideDetails { get; set; } = new();
    }

    public class CognitoPreTokenGenerationResponse : CognitoTriggerResponse
    {
        public ClaimOverrideDetails ClaimsOverrideDetails { get; set; } = new();
    }

    public class CognitoPreTokenGenerationEvent : CognitoTriggerEvent<CognitoPreTokenGenerationRequest, CognitoPreTokenGenerationResponse> { }

    public class CognitoPreSignupRequest : CognitoTriggerRequest { public Dictionary<string, string> ValidationData { get; set; } = new(); }

    public class CognitoPreSignupResponse : CognitoTriggerResponse
    {
        public bool AutoConfirmUser { get; set; }
        public bool AutoVerifyEmail { get; set; }
        public bool AutoVerifyPhone { get; set; }
    }

    public class CognitoPreSignupEvent : CognitoTriggerEvent<CognitoPreSignupRequest, CognitoPreSignupResponse> { }

    public class CognitoPostConfirmationRequest : CognitoTriggerRequest { }

    public class CognitoPostConfirmationResponse : CognitoTriggerResponse { }

    public class CognitoPostConfirmationEvent : CognitoTriggerEvent<CognitoPostConfirmationRequest, CognitoPostConfirmationResponse> { }
}

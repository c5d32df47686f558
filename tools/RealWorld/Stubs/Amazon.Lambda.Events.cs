// Same-shaped declaration stub of the public API of the Amazon.Lambda.*Events packages
// (aws/aws-lambda-dotnet, Libraries/src/Amazon.Lambda.<X>Events), all in one assembly: the analyzers
// recognise them by namespace, not by assembly name. Declarations only; no AWSSDK/JSON dependencies.
// The real packages are nullable-oblivious, so this file is too.
#nullable disable
namespace Amazon.Lambda.APIGatewayEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class APIGatewayCustomAuthorizerContext : Dictionary<string, object>
    {
        public string PrincipalId { get; set; }
        public string StringKey { get; set; }
        public int? NumKey { get; set; }
        public bool? BoolKey { get; set; }
        public IDictionary<string, string> Claims { get; set; } = new Dictionary<string, string>();
    }

    public class APIGatewayCustomAuthorizerContextOutput : Dictionary<string, object>
    {
        public string StringKey { get; set; }
        public int? NumKey { get; set; }
        public bool? BoolKey { get; set; }
    }

    public class APIGatewayCustomAuthorizerPolicy
    {
        public string Version { get; set; } = "";
        public List<IAMPolicyStatement> Statement { get; set; } = new();
        public class IAMPolicyStatement
        {
            public string Effect { get; set; } = "";
            public HashSet<string> Action { get; set; } = new();
            public HashSet<string> Resource { get; set; } = new();
            public HashSet<string> NotResource { get; set; }
            public IDictionary<string, IDictionary<string, object>> Condition { get; set; }
        }
    }

    public class APIGatewayCustomAuthorizerRequest
    {
        public string Type { get; set; }
        public string AuthorizationToken { get; set; } = "";
        public string MethodArn { get; set; } = "";
        public string Path { get; set; }
        public string HttpMethod { get; set; }
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, string> QueryStringParameters { get; set; }
        public IDictionary<string, string> PathParameters { get; set; }
        public IDictionary<string, string> StageVariables { get; set; }
        public APIGatewayProxyRequest.ProxyRequestContext RequestContext { get; set; }
    }

    public class APIGatewayCustomAuthorizerResponse
    {
        public string PrincipalID { get; set; } = "";
        public APIGatewayCustomAuthorizerPolicy PolicyDocument { get; set; } = new();
        public APIGatewayCustomAuthorizerContextOutput Context { get; set; } = new();
        public string UsageIdentifierKey { get; set; }
    }

    public class APIGatewayCustomAuthorizerV2IamResponse
    {
        public string PrincipalID { get; set; }
        public APIGatewayCustomAuthorizerPolicy PolicyDocument { get; set; } = new APIGatewayCustomAuthorizerPolicy();
        public Dictionary<string, object> Context { get; set; }
    }

    public class APIGatewayCustomAuthorizerV2Request
    {
        public string Type { get; set; }
        public string RouteArn { get; set; }
        public List<string> IdentitySource { get; set; }
        public string RouteKey { get; set; }
        public string RawPath { get; set; }
        public string RawQueryString { get; set; }
        public List<string> Cookies { get; set; }
        public Dictionary<string, string> Headers { get; set; }
        public Dictionary<string, string> QueryStringParameters { get; set; }
        public Dictionary<string, string> PathParameters { get; set; }
        public Dictionary<string, string> StageVariables { get; set; }
        public APIGatewayHttpApiV2ProxyRequest.ProxyRequestContext RequestContext { get; set; }
    }

    public class APIGatewayCustomAuthorizerV2SimpleResponse
    {
        public bool IsAuthorized { get; set; }
        public Dictionary<string, object> Context { get; set; }
    }

    public class APIGatewayHttpApiV2ProxyRequest
    {
        public string Version { get; set; } = "";
        public string RouteKey { get; set; } = "";
        public string RawPath { get; set; } = "";
        public string RawQueryString { get; set; } = "";
        public string[] Cookies { get; set; } = System.Array.Empty<string>();
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, string> QueryStringParameters { get; set; } = new Dictionary<string, string>();
        public ProxyRequestContext RequestContext { get; set; } = new();
        public string Body { get; set; } = "";
        public IDictionary<string, string> PathParameters { get; set; } = new Dictionary<string, string>();
        public bool IsBase64Encoded { get; set; }
        public IDictionary<string, string> StageVariables { get; set; } = new Dictionary<string, string>();
        public class ProxyRequestContext
        {
            public string AccountId { get; set; } = "";
            public string ApiId { get; set; } = "";
            public AuthorizerDescription Authorizer { get; set; } = new();
            public string DomainName { get; set; }
            public string DomainPrefix { get; set; }
            public HttpDescription Http { get; set; } = new();
            public string RequestId { get; set; } = "";
            public string RouteId { get; set; }
            public string RouteKey { get; set; } = "";
            public string Stage { get; set; } = "";
            public string Time { get; set; }
            public long TimeEpoch { get; set; }
            public ProxyRequestAuthentication Authentication { get; set; }
        }
        public class ProxyRequestAuthentication
        {
            public ProxyRequestClientCert ClientCert { get; set; }
        }
        public class ProxyRequestClientCert
        {
            public string ClientCertPem { get; set; }
            public string SubjectDN { get; set; }
            public string IssuerDN { get; set; }
            public string SerialNumber { get; set; }
            public ClientCertValidity Validity { get; set; }
        }
        public class ClientCertValidity
        {
            public string NotBefore { get; set; }
            public string NotAfter { get; set; }
        }
        public class HttpDescription
        {
            public string Method { get; set; } = "";
            public string Path { get; set; } = "";
            public string Protocol { get; set; } = "";
            public string SourceIp { get; set; } = "";
            public string UserAgent { get; set; } = "";
        }
        public class AuthorizerDescription
        {
            public APIGatewayHttpApiV2ProxyRequest.JwtDescription Jwt { get; set; } = new();
            public IDictionary<string, object> Lambda { get; set; } = new Dictionary<string, object>();
            public IAMDescription IAM { get; set; }
            public class IAMDescription
            {
                public string AccessKey { get; set; }
                public string AccountId { get; set; }
                public string CallerId { get; set; }
                public CognitoIdentityDescription CognitoIdentity { get; set; }
                public string PrincipalOrgId { get; set; }
                public string UserARN { get; set; }
                public string UserId { get; set; }
            }
            public class CognitoIdentityDescription
            {
                public IList<string> AMR { get; set; }
                public string IdentityId { get; set; }
                public string IdentityPoolId { get; set; }
            }
            public class JwtDescription
            {
                public IDictionary<string, string> Claims { get; set; } = new Dictionary<string, string>();
                public string[] Scopes { get; set; } = System.Array.Empty<string>();
            }
        }
        public class JwtDescription : AuthorizerDescription.JwtDescription { }
    }

    public class APIGatewayHttpApiV2ProxyResponse
    {
        public int StatusCode { get; set; }
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public void SetHeaderValues(string headerName, string value, bool append) { }
        public void SetHeaderValues(string headerName, IEnumerable<string> values, bool append) { }
        public string[] Cookies { get; set; }
        public string Body { get; set; } = "";
        public bool IsBase64Encoded { get; set; }
    }

    public class APIGatewayProxyRequest
    {
        public string Resource { get; set; } = "";
        public string Path { get; set; } = "";
        public string HttpMethod { get; set; } = "";
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, IList<string>> MultiValueHeaders { get; set; }
        public IDictionary<string, string> QueryStringParameters { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, IList<string>> MultiValueQueryStringParameters { get; set; }
        public IDictionary<string, string> PathParameters { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, string> StageVariables { get; set; }
        public ProxyRequestContext RequestContext { get; set; } = new();
        public string Body { get; set; } = "";
        public bool IsBase64Encoded { get; set; }
        public class ProxyRequestContext
        {
            public string Path { get; set; }
            public string AccountId { get; set; }
            public string ResourceId { get; set; }
            public string Stage { get; set; }
            public string RequestId { get; set; } = "";
            public RequestIdentity Identity { get; set; }
            public string ResourcePath { get; set; }
            public string HttpMethod { get; set; }
            public string ApiId { get; set; }
            public string ExtendedRequestId { get; set; }
            public string ConnectionId { get; set; }
            public long ConnectedAt { get; set; }
            public string DomainName { get; set; }
            public string DomainPrefix { get; set; }
            public string EventType { get; set; }
            public string MessageId { get; set; }
            public string RouteKey { get; set; }
            public APIGatewayCustomAuthorizerContext Authorizer { get; set; } = new();
            public string OperationName { get; set; }
            public string Error { get; set; }
            public string IntegrationLatency { get; set; }
            public string MessageDirection { get; set; }
            public string RequestTime { get; set; }
            public long RequestTimeEpoch { get; set; }
            public string Status { get; set; }
        }
        public class RequestIdentity
        {
            public string CognitoIdentityPoolId { get; set; }
            public string AccountId { get; set; }
            public string CognitoIdentityId { get; set; }
            public string Caller { get; set; }
            public string ApiKey { get; set; }
            public string ApiKeyId { get; set; }
            public string AccessKey { get; set; }
            public string SourceIp { get; set; }
            public string CognitoAuthenticationType { get; set; }
            public string CognitoAuthenticationProvider { get; set; }
            public string UserArn { get; set; }
            public string UserAgent { get; set; }
            public string User { get; set; }
            public ProxyRequestClientCert ClientCert { get; set; }
        }
        public class ProxyRequestClientCert
        {
            public string ClientCertPem { get; set; }
            public string SubjectDN { get; set; }
            public string IssuerDN { get; set; }
            public string SerialNumber { get; set; }
            public ClientCertValidity Validity { get; set; }
        }
        public class ClientCertValidity
        {
            public string NotBefore { get; set; }
            public string NotAfter { get; set; }
        }
    }

    public class APIGatewayProxyResponse
    {
        public int StatusCode { get; set; }
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, IList<string>> MultiValueHeaders { get; set; }
        public string Body { get; set; } = "";
        public bool IsBase64Encoded { get; set; }
    }
}

namespace Amazon.Lambda.AppSyncEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class AppSyncAuthorizerEvent
    {
        public string AuthorizationToken { get; set; } = "";
        public Dictionary<string, string> RequestHeaders { get; set; } = new();
        public AppSyncAuthorizerRequestContext RequestContext { get; set; } = new();
    }

    public class AppSyncRequestContext
    {
        public string ApiId { get; set; } = "";
        public string AccountId { get; set; } = "";
        public string RequestId { get; set; } = "";
        public string QueryString { get; set; } = "";
        public string OperationName { get; set; } = "";
        public Dictionary<string, object> Variables { get; set; } = new();
    }

    public class AppSyncAuthorizerRequestContext : AppSyncRequestContext { }
    public class AppSyncAuthorizerResult
    {
        public bool IsAuthorized { get; set; }
        public Dictionary<string, string> ResolverContext { get; set; } = new();
        public IEnumerable<string> DeniedFields { get; set; }
        public int TtlOverride { get; set; }
    }

    public class AppSyncCognitoIdentity
    {
        public List<string> SourceIp { get; set; }
        public string Username { get; set; }
        public string Sub { get; set; }
        public Dictionary<string, object> Claims { get; set; }
        public string DefaultAuthStrategy { get; set; }
        public List<string> Groups { get; set; }
        public string Issuer { get; set; }
    }

    public class AppSyncIamIdentity
    {
        public List<string> SourceIp { get; set; }
        public string Username { get; set; }
        public string AccountId { get; set; }
        public string CognitoIdentityPoolId { get; set; }
        public string CognitoIdentityId { get; set; }
        public string UserArn { get; set; }
        public string CognitoIdentityAuthType { get; set; }
        public string CognitoIdentityAuthProvider { get; set; }
    }

    public class AppSyncLambdaIdentity
    {
        public Dictionary<string, string> ResolverContext { get; set; }
    }

    public class AppSyncOidcIdentity
    {
        public Dictionary<string, object> Claims { get; set; }
        public string Issuer { get; set; }
        public string Sub { get; set; }
    }

    public class AppSyncResolverEvent<TArguments>
    {
        public TArguments Arguments { get; set; } = default!;
        public object Identity { get; set; }
        public Dictionary<string, object> Source { get; set; } = new();
        public AppSyncResolverEvent<TArguments>.RequestContext Request { get; set; } = new();
        public object Prev { get; set; }
        public AppSyncResolverEvent<TArguments>.Information Info { get; set; } = new();
        public Dictionary<string, object> Stash { get; set; } = new();
        public class RequestContext : Amazon.Lambda.AppSyncEvents.RequestContext { }
        public class Information : Amazon.Lambda.AppSyncEvents.Information { }
    }

    public class RequestContext
    {
        public Dictionary<string, string> Headers { get; set; } = new();
        public string DomainName { get; set; }
    }

    public class Information
    {
        public string FieldName { get; set; } = "";
        public List<string> SelectionSetList { get; set; }
        public string SelectionSetGraphQL { get; set; }
        public Dictionary<string, object> Variables { get; set; } = new();
        public string ParentTypeName { get; set; } = "";
    }
}

namespace Amazon.Lambda.ApplicationLoadBalancerEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class ApplicationLoadBalancerRequest
    {
        public ALBRequestContext RequestContext { get; set; } = new();
        public string Path { get; set; } = "";
        public string HttpMethod { get; set; } = "";
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, IList<string>> MultiValueHeaders { get; set; } = new Dictionary<string, IList<string>>();
        public IDictionary<string, string> QueryStringParameters { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, IList<string>> MultiValueQueryStringParameters { get; set; } = new Dictionary<string, IList<string>>();
        public string Body { get; set; } = "";
        public bool IsBase64Encoded { get; set; }
        public class ALBRequestContext
        {
            public ElbInfo Elb { get; set; } = new();
        }
        public class ElbInfo
        {
            public string TargetGroupArn { get; set; } = "";
        }
    }

    public class ApplicationLoadBalancerResponse
    {
        public int StatusCode { get; set; }
        public string StatusDescription { get; set; } = "";
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public IDictionary<string, IList<string>> MultiValueHeaders { get; set; } = new Dictionary<string, IList<string>>();
        public string Body { get; set; } = "";
        public bool IsBase64Encoded { get; set; }
    }
}

namespace Amazon.Lambda.CloudWatchEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class CloudWatchEvent<T>
    {
        public string Version { get; set; }
        public string Account { get; set; }
        public string Region { get; set; }
        public T Detail { get; set; } = default!;
        public string DetailType { get; set; } = "";
        public string Source { get; set; } = "";
        public DateTime Time { get; set; }
        public string Id { get; set; }
        public List<string> Resources { get; set; }
    }

    public class NameValue
    {
        public string Name { get; set; }
        public string Value { get; set; }
    }
}

namespace Amazon.Lambda.CloudWatchEvents.BatchEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class ArrayPropertiesDetail
    {
        public int Index { get; set; }
        public int Size { get; set; }
        public Dictionary<string, int> StatusSummary { get; set; }
    }

    public class AttemptContainerDetail
    {
        public string ContainerInstanceArn { get; set; }
        public int ExitCode { get; set; }
        public string LogStreamName { get; set; }
        public List<NetworkInterfaceDetail> NetworkInterfaces { get; set; }
        public string Reason { get; set; }
        public string TaskArn { get; set; }
    }

    public class AttemptDetail
    {
        public AttemptContainerDetail Container { get; set; }
        public long StartedAt { get; set; }
        public string StatusReason { get; set; }
        public long StoppedAt { get; set; }
    }

    public class BatchJobStateChangeEvent : CloudWatchEvent<Job>
    {
    }

    public class ContainerDetail
    {
        public List<string> Command { get; set; }
        public string ContainerInstanceArn { get; set; }
        public List<NameValue> Environment { get; set; }
        public string ExecutionRoleArn { get; set; }
        public int ExitCode { get; set; }
        public FargatePlatformConfiguration FargatePlatformConfiguration { get; set; }
        public string Image { get; set; }
        public string InstanceType { get; set; }
        public string JobRoleArn { get; set; }
        public LinuxParameters LinuxParameters { get; set; }
        public LogConfiguration LogConfiguration { get; set; }
        public string LogStreamName { get; set; }
        public int Memory { get; set; }
        public List<MountPoint> MountPoints { get; set; }
        public NetworkConfiguration NetworkConfiguration { get; set; }
        public List<NetworkInterfaceDetail> NetworkInterfaces { get; set; }
        public bool Privileged { get; set; }
        public bool ReadonlyRootFilesystem { get; set; }
        public string Reason { get; set; }
        public List<ResourceRequirement> ResourceRequirements { get; set; }
        public List<Secret> Secrets { get; set; }
        public string TaskArn { get; set; }
        public List<Ulimit> Ulimits { get; set; }
        public string User { get; set; }
        public int Vcpus { get; set; }
        public List<Volume> Volumes { get; set; }
    }

    public class ContainerProperties
    {
        public List<string> Command { get; set; }
        public List<NameValue> Environment { get; set; }
        public string ExecutionRoleArn { get; set; }
        public FargatePlatformConfiguration FargatePlatformConfiguration { get; set; }
        public string Image { get; set; }
        public string InstanceType { get; set; }
        public string JobRoleArn { get; set; }
        public LinuxParameters LinuxParameters { get; set; }
        public LogConfiguration LogConfiguration { get; set; }
        public int Memory { get; set; }
        public List<MountPoint> MountPoints { get; set; }
        public NetworkConfiguration NetworkConfiguration { get; set; }
        public bool Privileged { get; set; }
        public bool ReadonlyRootFilesystem { get; set; }
        public List<ResourceRequirement> ResourceRequirements { get; set; }
        public List<Secret> Secrets { get; set; }
        public List<Ulimit> Ulimits { get; set; }
        public string User { get; set; }
        public int Vcpus { get; set; }
        public List<Volume> Volumes { get; set; }
    }

    public class Device
    {
        public string ContainerPath { get; set; }
        public string HostPath { get; set; }
        public List<string> Permissions { get; set; }
    }

    public class EFSAuthorizationConfig
    {
        public string AccessPointId { get; set; }
        public string Iam { get; set; }
    }

    public class EFSVolumeConfiguration
    {
        public EFSAuthorizationConfig AuthorizationConfig { get; set; }
        public string FileSystemId { get; set; }
        public string RootDirectory { get; set; }
        public string TransitEncryption { get; set; }
        public int TransitEncryptionPort { get; set; }
    }

    public class EvaluateOnExit
    {
        public string Action { get; set; }
        public string OnExitCode { get; set; }
        public string OnReason { get; set; }
        public string OnStatusReason { get; set; }
    }

    public class FargatePlatformConfiguration
    {
        public string PlatformVersion { get; set; }
    }

    public class Host
    {
        public string SourcePath { get; set; }
    }

    public class Job
    {
        public ArrayPropertiesDetail ArrayProperties { get; set; }
        public List<AttemptDetail> Attempts { get; set; }
        public ContainerDetail Container { get; set; }
        public long CreatedAt { get; set; }
        public List<JobDependency> DependsOn { get; set; }
        public string JobArn { get; set; }
        public string JobDefinition { get; set; }
        public string JobId { get; set; }
        public string JobName { get; set; }
        public string JobQueue { get; set; }
        public NodeDetails NodeDetails { get; set; }
        public NodeProperties NodeProperties { get; set; }
        public Dictionary<string, string> Parameters { get; set; }
        public List<string> PlatformCapabilities { get; set; }
        public bool PropagateTags { get; set; }
        public RetryStrategy RetryStrategy { get; set; }
        public long StartedAt { get; set; }
        public string Status { get; set; }
        public string StatusReason { get; set; }
        public long StoppedAt { get; set; }
        public Dictionary<string, string> Tags { get; set; }
        public JobTimeout Timeout { get; set; }
    }

    public class JobDependency
    {
        public string JobId { get; set; }
        public string Type { get; set; }
    }

    public class JobTimeout
    {
        public int AttemptDurationSeconds { get; set; }
    }

    public class LinuxParameters
    {
        public List<Device> Devices { get; set; }
        public bool InitProcessEnabled { get; set; }
        public int MaxSwap { get; set; }
        public int SharedMemorySize { get; set; }
        public int Swappiness { get; set; }
        public List<Tmpfs> Tmpfs { get; set; }
    }

    public class LogConfiguration
    {
        public string LogDriver { get; set; }
        public Dictionary<string, string> Options { get; set; }
        public List<Secret> SecretOptions { get; set; }
    }

    public class MountPoint
    {
        public string ContainerPath { get; set; }
        public bool ReadOnly { get; set; }
        public string SourceVolume { get; set; }
    }

    public class NetworkConfiguration
    {
        public string AssignPublicIp { get; set; }
    }

    public class NetworkInterfaceDetail
    {
        public string AttachmentId { get; set; }
        public string Ipv6Address { get; set; }
        public string PrivateIpv4Address { get; set; }
    }

    public class NodeDetails
    {
        public bool IsMainNode { get; set; }
        public int NodeIndex { get; set; }
    }

    public class NodeProperties
    {
        public int MainNode { get; set; }
        public List<NodeRangeProperty> NodeRangeProperties { get; set; }
        public int NumNodes { get; set; }
    }

    public class NodeRangeProperty
    {
        public ContainerProperties Container { get; set; }
        public string TargetNodes { get; set; }
    }

    public class ResourceRequirement
    {
        public string Type { get; set; }
        public string Value { get; set; }
    }

    public class RetryStrategy
    {
        public int Attempts { get; set; }
        public List<EvaluateOnExit> EvaluateOnExit { get; set; }
    }

    public class Secret
    {
        public string Name { get; set; }
        public string ValueFrom { get; set; }
    }

    public class Tmpfs
    {
        public string ContainerPath { get; set; }
        public List<string> MountOptions { get; set; }
        public int Size { get; set; }
    }

    public class Ulimit
    {
        public int HardLimit { get; set; }
        public string Name { get; set; }
        public int SoftLimit { get; set; }
    }

    public class Volume
    {
        public EFSVolumeConfiguration EfsVolumeConfiguration { get; set; }
        public Host Host { get; set; }
        public string Name { get; set; }
    }
}

namespace Amazon.Lambda.CloudWatchEvents.ECSEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class Attachment
    {
        public List<NameValue> Details { get; set; }
        public string Id { get; set; }
        public string Status { get; set; }
        public string Type { get; set; }
    }

    public class Attribute
    {
        public string Name { get; set; }
        public string TargetId { get; set; }
        public string TargetType { get; set; }
        public string Value { get; set; }
    }

    public class Container
    {
        public string ContainerArn { get; set; }
        public string Cpu { get; set; }
        public int ExitCode { get; set; }
        public List<string> GpuIds { get; set; }
        public string HealthStatus { get; set; }
        public string Image { get; set; }
        public string ImageDigest { get; set; }
        public string LastStatus { get; set; }
        public List<ManagedAgent> ManagedAgents { get; set; }
        public string Memory { get; set; }
        public string MemoryReservation { get; set; }
        public string Name { get; set; }
        public List<NetworkBinding> NetworkBindings { get; set; }
        public List<NetworkInterface> NetworkInterfaces { get; set; }
        public string Reason { get; set; }
        public string RuntimeId { get; set; }
        public string TaskArn { get; set; }
    }

    public class ContainerInstance
    {
        public bool AgentConnected { get; set; }
        public string AgentUpdateStatus { get; set; }
        public List<Attachment> Attachments { get; set; }
        public List<Attribute> Attributes { get; set; }
        public string CapacityProviderName { get; set; }
        public string ContainerInstanceArn { get; set; }
        public string Ec2InstanceId { get; set; }
        public int PendingTasksCount { get; set; }
        public DateTime RegisteredAt { get; set; }
        public List<Resource> RegisteredResources { get; set; }
        public List<Resource> RemainingResources { get; set; }
        public int RunningTasksCount { get; set; }
        public string Status { get; set; }
        public string StatusReason { get; set; }
        public List<KeyValuePair<string, string>> Tags { get; set; }
        public long Version { get; set; }
        public VersionInfo VersionInfo { get; set; }
        public string ClusterArn { get; set; }
        public DateTime UpdatedAt { get; set; }
    }

    public class ContainerOverride
    {
        public List<string> Command { get; set; }
        public int Cpu { get; set; }
        public List<NameValue> Environment { get; set; }
        public int Memory { get; set; }
        public int MemoryReservation { get; set; }
        public string Name { get; set; }
    }

    public class ECSContainerInstanceStateChangeEvent : CloudWatchEvent<ContainerInstance>
    {
    }

    public class ECSTaskStateChangeEvent : CloudWatchEvent<Task>
    {
    }

    public class EphemeralStorage
    {
        public int SizeInGiB { get; set; }
    }

    public class InferenceAccelerator
    {
        public string DeviceName { get; set; }
        public string DeviceType { get; set; }
    }

    public class InferenceAcceleratorOverride : InferenceAccelerator
    {
    }

    public class ManagedAgent
    {
        public DateTime LastStartedAt { get; set; }
        public string LastStatus { get; set; }
        public string Name { get; set; }
        public string Reason { get; set; }
    }

    public class NetworkBinding
    {
        public string BindIP { get; set; }
        public int ContainerPort { get; set; }
        public int HostPort { get; set; }
        public string Protocol { get; set; }
    }

    public class NetworkInterface
    {
        public string AttachmentId { get; set; }
        public string Ipv6Address { get; set; }
        public string PrivateIpv4Address { get; set; }
    }

    public class Resource
    {
        public double DoubleValue { get; set; }
        public int IntegerValue { get; set; }
        public long LongValue { get; set; }
        public string Name { get; set; }
        public string Type { get; set; }
        public List<string> StringSetValue { get; set; }
    }

    public class Task
    {
        public List<Attachment> Attachments { get; set; }
        public List<Attribute> Attributes { get; set; }
        public string AvailabilityZone { get; set; }
        public string CapacityProviderName { get; set; }
        public string ClusterArn { get; set; }
        public string Connectivity { get; set; }
        public DateTime ConnectivityAt { get; set; }
        public string ContainerInstanceArn { get; set; }
        public List<Container> Containers { get; set; }
        public string Cpu { get; set; }
        public DateTime CreatedAt { get; set; }
        public string DesiredStatus { get; set; }
        public bool EnableExecuteCommand { get; set; }
        public EphemeralStorage EphemeralStorage { get; set; }
        public DateTime ExecutionStoppedAt { get; set; }
        public string Group { get; set; }
        public string HealthStatus { get; set; }
        public List<InferenceAccelerator> InferenceAccelerators { get; set; }
        public string LastStatus { get; set; }
        public string LaunchType { get; set; }
        public string Memory { get; set; }
        public TaskOverride Overrides { get; set; }
        public string PlatformVersion { get; set; }
        public DateTime PullStartedAt { get; set; }
        public DateTime PullStoppedAt { get; set; }
        public DateTime StartedAt { get; set; }
        public string StartedBy { get; set; }
        public string StopCode { get; set; }
        public DateTime StoppedAt { get; set; }
        public string StoppedReason { get; set; }
        public DateTime StoppingAt { get; set; }
        public List<KeyValuePair<string, string>> Tags { get; set; }
        public string TaskArn { get; set; }
        public string TaskDefinitionArn { get; set; }
        public long Version { get; set; }
        public DateTime UpdatedAt { get; set; }
    }

    public class TaskOverride
    {
        public List<ContainerOverride> ContainerOverrides { get; set; }
        public string Cpu { get; set; }
        public EphemeralStorage EphemeralStorage { get; set; }
        public string ExecutionRoleArn { get; set; }
        public List<InferenceAcceleratorOverride> InferenceAcceleratorOverrides { get; set; }
        public string Memory { get; set; }
        public string TaskRoleArn { get; set; }
    }

    public class VersionInfo
    {
        public string AgentHash { get; set; }
        public string AgentVersion { get; set; }
        public string DockerVersion { get; set; }
    }
}

namespace Amazon.Lambda.CloudWatchEvents.S3Events
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class Bucket
    {
        public string Name { get; set; }
    }

    public class S3Object
    {
        public string Key { get; set; }
        public long Size { get; set; }
        public string ETag { get; set; }
        public string VersionId { get; set; }
        public string Sequencer { get; set; }
    }

    public class S3ObjectCreate : S3ObjectEventDetails
    {
        public string SourceIpAddress { get; set; }
        public string Reason { get; set; }
    }

    public class S3ObjectCreateEvent : CloudWatchEvent<S3ObjectCreate>
    {
    }

    public class S3ObjectDelete : S3ObjectEventDetails
    {
        public string SourceIpAddress { get; set; }
        public string Reason { get; set; }
        public string DeletionType { get; set; }
    }

    public class S3ObjectDeleteEvent : CloudWatchEvent<S3ObjectDelete>
    {
    }

    public class S3ObjectEventDetails
    {
        public string Version { get; set; }
        public Bucket Bucket { get; set; }
        public S3Object Object { get; set; }
        public string RequestId { get; set; }
        public string Requester { get; set; }
    }

    public class S3ObjectRestore : S3ObjectEventDetails
    {
        public string RestoreExpiryTime { get; set; }
        public string SourceStorageClass { get; set; }
    }

    public class S3ObjectRestoreEvent : CloudWatchEvent<S3ObjectRestore>
    {
    }
}

namespace Amazon.Lambda.CloudWatchEvents.ScheduledEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class Detail
    {
    }

    public class ScheduledEvent : CloudWatchEvent<Detail>
    {
    }
}

namespace Amazon.Lambda.CloudWatchEvents.TranscribeEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class TranscribeJobStateChange
    {
        public string TranscriptionJobName { get; set; }
        public string TranscriptionJobStatus { get; set; }
        public string FailureReason { get; set; }
    }

    public class TranscribeJobStateChangeEvent : CloudWatchEvent<TranscribeJobStateChange>
    {
    }
}

namespace Amazon.Lambda.CloudWatchEvents.TranslateEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class TranslateParallelDataStateChange
    {
        public string Operation { get; set; }
        public string Name { get; set; }
        public string Status { get; set; }
        public string LatestUpdateAttemptStatus { get; set; }
        public DateTime LatestUpdateAttemptAt { get; set; }
    }

    public class TranslateParallelDataStateChangeEvent : CloudWatchEvent<TranslateParallelDataStateChange>
    {
    }

    public class TranslateTextTranslationJobStateChange
    {
        public string JobId { get; set; }
        public string JobStatus { get; set; }
    }

    public class TranslateTextTranslationJobStateChangeEvent : CloudWatchEvent<TranslateTextTranslationJobStateChange>
    {
    }
}

namespace Amazon.Lambda.CloudWatchLogsEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class CloudWatchLogsEvent
    {
        public Log Awslogs { get; set; }
        public class Log
        {
            public string EncodedData { get; set; }
            public string DecodeData() => "";
        }
    }
}

namespace Amazon.Lambda.CognitoEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class AccessTokenGeneration
    {
        public Dictionary<string, object> ClaimsToAddOrOverride { get; set; } = new Dictionary<string, object>();
        public List<string> ClaimsToSuppress { get; set; } = new List<string>();
        public List<string> ScopesToAdd { get; set; } = new List<string>();
        public List<string> ScopesToSuppress { get; set; } = new List<string>();
    }

    public class ChallengeResultElement
    {
        public string ChallengeName { get; set; }
        public bool ChallengeResult { get; set; }
        public string ChallengeMetadata { get; set; }
    }

    public class ClaimOverrideDetails
    {
        public Dictionary<string, string> ClaimsToAddOrOverride { get; set; } = new();
        public List<string> ClaimsToSuppress { get; set; } = new();
        public GroupConfiguration GroupOverrideDetails { get; set; } = new();
    }

    public class ClaimsAndScopeOverrideDetails
    {
        public IdTokenGeneration IdTokenGeneration { get; set; } = new IdTokenGeneration();
        public AccessTokenGeneration AccessTokenGeneration { get; set; } = new AccessTokenGeneration();
        public GroupConfiguration GroupOverrideDetails { get; set; } = new GroupConfiguration();
    }

    public class CognitoCreateAuthChallengeEvent : CognitoTriggerEvent<CognitoCreateAuthChallengeRequest, CognitoCreateAuthChallengeResponse>
    {
    }

    public class CognitoCreateAuthChallengeRequest : CognitoTriggerRequest
    {
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
        public string ChallengeName { get; set; }
        public List<ChallengeResultElement> Session { get; set; } = new List<ChallengeResultElement>();
        public bool UserNotFound { get; set; }
    }

    public class CognitoCreateAuthChallengeResponse : CognitoTriggerResponse
    {
        public Dictionary<string, string> PublicChallengeParameters { get; set; } = new Dictionary<string, string>();
        public Dictionary<string, string> PrivateChallengeParameters { get; set; } = new Dictionary<string, string>();
        public string ChallengeMetadata { get; set; }
    }

    public class CognitoCustomEmailSenderEvent : CognitoTriggerEvent<CognitoCustomEmailSenderRequest, CognitoCustomEmailSenderResponse>
    {
    }

    public class CognitoCustomEmailSenderRequest : CognitoTriggerRequest
    {
        public string Type { get; set; }
        public string Code { get; set; }
    }

    public class CognitoCustomEmailSenderResponse : CognitoTriggerResponse
    {
    }

    public class CognitoCustomMessageEvent : CognitoTriggerEvent<CognitoCustomMessageRequest, CognitoCustomMessageResponse>
    {
    }

    public class CognitoCustomMessageRequest : CognitoTriggerRequest
    {
        public string CodeParameter { get; set; }
        public string UsernameParameter { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
    }

    public class CognitoCustomMessageResponse : CognitoTriggerResponse
    {
        public string SmsMessage { get; set; }
        public string EmailMessage { get; set; }
        public string EmailSubject { get; set; }
    }

    public class CognitoCustomSmsSenderEvent : CognitoTriggerEvent<CognitoCustomSmsSenderRequest, CognitoCustomSmsSenderResponse>
    {
    }

    public class CognitoCustomSmsSenderRequest : CognitoTriggerRequest
    {
        public string Type { get; set; }
        public string Code { get; set; }
    }

    public class CognitoCustomSmsSenderResponse : CognitoTriggerResponse
    {
    }

    public class CognitoDefineAuthChallengeEvent : CognitoTriggerEvent<CognitoDefineAuthChallengeRequest, CognitoDefineAuthChallengeResponse>
    {
    }

    public class CognitoDefineAuthChallengeRequest : CognitoTriggerRequest
    {
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
        public List<ChallengeResultElement> Session { get; set; } = new List<ChallengeResultElement>();
        public bool UserNotFound { get; set; }
    }

    public class CognitoDefineAuthChallengeResponse : CognitoTriggerResponse
    {
        public string ChallengeName { get; set; }
        public bool? IssueTokens { get; set; }
        public bool? FailAuthentication { get; set; }
    }

    public class CognitoEvent
    {
        public string DatasetName { get; set; }
        public IDictionary<string, DatasetRecord> DatasetRecords { get; set; }
        public string EventType { get; set; }
        public string IdentityId { get; set; }
        public string IdentityPoolId { get; set; }
        public string Region { get; set; }
        public int Version { get; set; }
        public class DatasetRecord
        {
            public string NewValue { get; set; }
            public string OldValue { get; set; }
            public string Op { get; set; }
        }
    }

    public class CognitoMigrateUserEvent : CognitoTriggerEvent<CognitoMigrateUserRequest, CognitoMigrateUserResponse>
    {
    }

    public class CognitoMigrateUserRequest : CognitoTriggerRequest
    {
        public string UserName { get; set; }
        public string Password { get; set; }
        public Dictionary<string, string> ValidationData { get; set; } = new Dictionary<string, string>();
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
    }

    public class CognitoMigrateUserResponse : CognitoTriggerResponse
    {
        public Dictionary<string, string> UserAttributes { get; set; } = new Dictionary<string, string>();
        public string FinalUserStatus { get; set; }
        public string MessageAction { get; set; }
        public List<string> DesiredDeliveryMediums { get; set; } = new List<string>();
        public bool? ForceAliasCreation { get; set; }
    }

    public class CognitoPostAuthenticationEvent : CognitoTriggerEvent<CognitoPostAuthenticationRequest, CognitoPostAuthenticationResponse>
    {
    }

    public class CognitoPostAuthenticationRequest : CognitoTriggerRequest
    {
        public Dictionary<string, string> ValidationData { get; set; } = new Dictionary<string, string>();
        public bool NewDevicedUsed { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
    }

    public class CognitoPostAuthenticationResponse : CognitoTriggerResponse
    {
    }

    public class CognitoPostConfirmationEvent : CognitoTriggerEvent<CognitoPostConfirmationRequest, CognitoPostConfirmationResponse>
    {
    }

    public class CognitoPostConfirmationRequest : CognitoTriggerRequest
    {
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
    }

    public class CognitoPostConfirmationResponse : CognitoTriggerResponse
    {
    }

    public class CognitoPreAuthenticationEvent : CognitoTriggerEvent<CognitoPreAuthenticationRequest, CognitoPreAuthenticationResponse>
    {
    }

    public class CognitoPreAuthenticationRequest : CognitoTriggerRequest
    {
        public Dictionary<string, string> ValidationData { get; set; } = new Dictionary<string, string>();
        public bool UserNotFound { get; set; }
    }

    public class CognitoPreAuthenticationResponse : CognitoTriggerResponse
    {
    }

    public class CognitoPreSignupEvent : CognitoTriggerEvent<CognitoPreSignupRequest, CognitoPreSignupResponse>
    {
    }

    public class CognitoPreSignupRequest : CognitoTriggerRequest
    {
        public Dictionary<string, string> ValidationData { get; set; } = new();
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
    }

    public class CognitoPreSignupResponse : CognitoTriggerResponse
    {
        public bool AutoConfirmUser { get; set; }
        public bool AutoVerifyPhone { get; set; }
        public bool AutoVerifyEmail { get; set; }
    }

    public class CognitoPreTokenGenerationEvent : CognitoTriggerEvent<CognitoPreTokenGenerationRequest, CognitoPreTokenGenerationResponse>
    {
    }

    public class CognitoPreTokenGenerationRequest : CognitoTriggerRequest
    {
        public GroupConfiguration GroupConfiguration { get; set; } = new();
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
    }

    public class CognitoPreTokenGenerationResponse : CognitoTriggerResponse
    {
        public ClaimOverrideDetails ClaimsOverrideDetails { get; set; } = new();
    }

    public class CognitoPreTokenGenerationV2Event : CognitoTriggerEvent<CognitoPreTokenGenerationV2Request, CognitoPreTokenGenerationV2Response>
    {
    }

    public class CognitoPreTokenGenerationV2Request : CognitoTriggerRequest
    {
        public GroupConfiguration GroupConfiguration { get; set; } = new GroupConfiguration();
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
        public List<string> Scopes { get; set; } = new List<string>();
    }

    public class CognitoPreTokenGenerationV2Response : CognitoTriggerResponse
    {
        public ClaimsAndScopeOverrideDetails ClaimsAndScopeOverrideDetails { get; set; } = new ClaimsAndScopeOverrideDetails();
    }

    public class CognitoTriggerCallerContext : Dictionary<string, string>
    {
        public string AwsSdkVersion { get; set; }
        public string ClientId { get; set; }
    }

    public abstract class CognitoTriggerEvent<TRequest, TResponse> where TRequest : CognitoTriggerRequest, new() where TResponse : CognitoTriggerResponse, new()
    {
        public string Version { get; set; } = "";
        public string Region { get; set; } = "";
        public string UserPoolId { get; set; } = "";
        public string UserName { get; set; } = "";
        public CognitoTriggerCallerContext CallerContext { get; set; } = new();
        public string TriggerSource { get; set; } = "";
        public TRequest Request { get; set; } = new();
        public TResponse Response { get; set; } = new();
    }

    public abstract class CognitoTriggerRequest
    {
        public Dictionary<string, string> UserAttributes { get; set; } = new();
    }

    public abstract class CognitoTriggerResponse
    {
    }

    public class CognitoVerifyAuthChallengeEvent : CognitoTriggerEvent<CognitoVerifyAuthChallengeRequest, CognitoVerifyAuthChallengeResponse>
    {
    }

    public class CognitoVerifyAuthChallengeRequest : CognitoTriggerRequest
    {
        public Dictionary<string, string> PrivateChallengeParameters { get; set; } = new Dictionary<string, string>();
        public string ChallengeAnswer { get; set; } = string.Empty;
        public Dictionary<string, string> ClientMetadata { get; set; }
        public bool UserNotFound { get; set; }
    }

    public class CognitoVerifyAuthChallengeResponse : CognitoTriggerResponse
    {
        public bool? AnswerCorrect { get; set; }
    }

    public class GroupConfiguration
    {
        public List<string> GroupsToOverride { get; set; } = new();
        public List<string> IamRolesToOverride { get; set; } = new();
        public string PreferredRole { get; set; } = "";
    }

    public class IdTokenGeneration
    {
        public Dictionary<string, object> ClaimsToAddOrOverride { get; set; } = new Dictionary<string, object>();
        public List<string> ClaimsToSuppress { get; set; } = new List<string>();
    }
}

namespace Amazon.Lambda.ConfigEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class ConfigEvent
    {
        public string AccountId { get; set; }
        public string ConfigRuleArn { get; set; }
        public string ConfigRuleId { get; set; }
        public string ConfigRuleName { get; set; }
        public bool EventLeftScope { get; set; }
        public string ExecutionRoleArn { get; set; }
        public string InvokingEvent { get; set; }
        public string ResultToken { get; set; }
        public string RuleParameters { get; set; }
        public string Version { get; set; }
    }
}

namespace Amazon.Lambda.ConnectEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class ContactFlowEvent
    {
        public ContactFlowDetails Details { get; set; }
        public string Name { get; set; }
        public class ContactFlowDetails
        {
            public ContactData ContactData { get; set; }
            public IDictionary<string, string> Parameters { get; set; }
        }
        public class ContactData
        {
            public IDictionary<string, string> Attributes { get; set; }
            public string Channel { get; set; }
            public string ContactId { get; set; }
            public Endpoint CustomerEndpoint { get; set; }
            public string InitialContactId { get; set; }
            public string InitiationMethod { get; set; }
            public string InstanceARN { get; set; }
            public string PreviousContactId { get; set; }
            public Queue Queue { get; set; }
            public Endpoint SystemEndpoint { get; set; }
        }
        public class Endpoint
        {
            public string Address { get; set; }
            public string Type { get; set; }
        }
        public class Queue
        {
            public string Arn { get; set; }
            public string Name { get; set; }
        }
    }
}

namespace Amazon.Lambda.DynamoDBEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class DynamoDBEvent
    {
        public IList<DynamodbStreamRecord> Records { get; set; } = new List<DynamodbStreamRecord>();
        public class DynamodbStreamRecord
        {
            public string EventSourceArn { get; set; } = "";
            public string AwsRegion { get; set; } = "";
            public StreamRecord Dynamodb { get; set; }
            public string EventID { get; set; } = "";
            public string EventName { get; set; } = "";
            public string EventSource { get; set; } = "";
            public string EventVersion { get; set; }
            public Identity UserIdentity { get; set; }
        }
        public class StreamRecord
        {
            public DateTime ApproximateCreationDateTime { get; set; }
            public Dictionary<string, AttributeValue> Keys { get; set; }
            public Dictionary<string, AttributeValue> NewImage { get; set; }
            public Dictionary<string, AttributeValue> OldImage { get; set; }
            public string SequenceNumber { get; set; }
            public long SizeBytes { get; set; }
            public string StreamViewType { get; set; }
        }
        public class Identity
        {
            public string PrincipalId { get; set; }
            public string Type { get; set; }
        }
        public class AttributeValue
        {
            public MemoryStream B { get; set; }
            public bool? BOOL { get; set; }
            public List<MemoryStream> BS { get; set; }
            public List<AttributeValue> L { get; set; }
            public Dictionary<string, AttributeValue> M { get; set; }
            public string N { get; set; }
            public List<string> NS { get; set; }
            public bool? NULL { get; set; }
            public string S { get; set; }
            public List<string> SS { get; set; }
        }
    }

    public class DynamoDBTimeWindowEvent : DynamoDBEvent
    {
        public TimeWindow Window { get; set; }
        public Dictionary<string, string> State { get; set; }
        public string ShardId { get; set; }
        public string EventSourceArn { get; set; }
        public bool? IsFinalInvokeForWindow { get; set; }
        public bool? IsWindowTerminatedEarly { get; set; }
        public class TimeWindow
        {
            public DateTime Start { get; set; }
            public DateTime End { get; set; }
        }
    }

    public class DynamoDBTimeWindowResponse
    {
        public Dictionary<String, String> State { get; set; }
        public IList<BatchItemFailure> BatchItemFailures { get; set; }
        public class BatchItemFailure
        {
            public string ItemIdentifier { get; set; }
        }
    }

    public static class ExtensionMethods
    {
        public static string ToJson(this Dictionary<string, DynamoDBEvent.AttributeValue> item) => "";
        public static string ToJsonPretty(this Dictionary<string, DynamoDBEvent.AttributeValue> item) => "";
    }

    public class StreamsEventResponse
    {
        public IList<BatchItemFailure> BatchItemFailures { get; set; }
        public class BatchItemFailure
        {
            public string ItemIdentifier { get; set; }
        }
    }
}

namespace Amazon.Lambda.KafkaEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class KafkaEvent
    {
        public string EventSource { get; set; }
        public string EventSourceArn { get; set; }
        public string BootstrapServers { get; set; }
        public IDictionary<string, IList<KafkaEventRecord>> Records { get; set; }
        public class KafkaEventRecord
        {
            public string Topic { get; set; }
            public int Partition { get; set; }
            public long Offset { get; set; }
            public long Timestamp { get; set; }
            public string TimestampType { get; set; }
            public string Key { get; set; }
            public MemoryStream Value { get; set; }
            public IList<IDictionary<string, sbyte[]>> Headers { get; set; }
        }
    }
}

namespace Amazon.Lambda.KinesisAnalyticsEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class KinesisAnalyticsFirehoseInputPreprocessingEvent
    {
        public string InvocationId { get; set; }
        public string ApplicationArn { get; set; }
        public string StreamArn { get; set; }
        public IList<FirehoseRecord> Records { get; set; }
        public class FirehoseRecord
        {
            public string RecordId { get; set; }
            public KinesisFirehoseRecordMetadata RecordMetadata { get; set; }
            public class KinesisFirehoseRecordMetadata
            {
                public DateTime ApproximateArrivalTimestamp { get; }
                public long ApproximateArrivalEpoch { get; set; }
            }
            public string Base64EncodedData { get; set; }
            public string DecodeData() => "";
        }
    }

    public class KinesisAnalyticsInputPreprocessingResponse
    {
        public const string OK = "Ok";
        public const string DROPPED = "Dropped";
        public const string PROCESSINGFAILED = "ProcessingFailed";
        public IList<Record> Records { get; set; }
        public class Record
        {
            public string RecordId { get; set; }
            public string Result { get; set; }
            public string Base64EncodedData { get; set; }
            public void EncodeData(string data) { }
        }
    }

    public class KinesisAnalyticsOutputDeliveryEvent
    {
        public string InvocationId { get; set; }
        public string ApplicationArn { get; set; }
        public IList<DeliveryRecord> Records { get; set; }
        public class DeliveryRecord
        {
            public string RecordId { get; set; }
            public LambdaDeliveryRecordMetadata RecordMetadata { get; set; }
            public class LambdaDeliveryRecordMetadata
            {
                public long RetryHint { get; set; }
            }
            public string Base64EncodedData { get; set; }
            public string DecodeData() => "";
        }
    }

    public class KinesisAnalyticsOutputDeliveryResponse
    {
        public const string OK = "Ok";
        public const string DELIVERY_FAILED = "DeliveryFailed";
        public IList<Record> Records { get; set; }
        public class Record
        {
            public string RecordId { get; set; }
            public string Result { get; set; }
        }
    }

    public class KinesisAnalyticsStreamsInputPreprocessingEvent
    {
        public string InvocationId { get; set; }
        public string ApplicationArn { get; set; }
        public string StreamArn { get; set; }
        public IList<StreamsRecord> Records { get; set; }
        public class StreamsRecord
        {
            public string RecordId { get; set; }
            public KinesisStreamRecordMetadata RecordMetadata { get; set; }
            public class KinesisStreamRecordMetadata
            {
                public string SequenceNumber { get; set; }
                public string PartitionKey { get; set; }
                public DateTime ApproximateArrivalTimestamp { get; }
                public long ApproximateArrivalEpoch { get; set; }
                public string ShardId { get; set; }
            }
            public string Base64EncodedData { get; set; }
            public string DecodeData() => "";
        }
    }
}

namespace Amazon.Lambda.KinesisEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class KinesisEvent
    {
        public IList<KinesisEventRecord> Records { get; set; } = new List<KinesisEventRecord>();
        public class Record
        {
            public string KinesisSchemaVersion { get; set; }
            public DateTime? ApproximateArrivalTimestamp { get; set; }
            public MemoryStream Data { get; set; } = new();
            public string EncryptionType { get; set; }
            public string PartitionKey { get; set; } = "";
            public string SequenceNumber { get; set; }
        }
        public class KinesisEventRecord
        {
            public string AwsRegion { get; set; }
            public string EventId { get; set; } = "";
            public string EventName { get; set; } = "";
            public string EventSource { get; set; }
            public string EventSourceARN { get; set; } = "";
            public string EventVersion { get; set; }
            public string InvokeIdentityArn { get; set; }
            public Record Kinesis { get; set; } = new();
            public string EventID { get; set; } = "";
        }
    }

    public class KinesisTimeWindowEvent : KinesisEvent
    {
        public TimeWindow Window { get; set; }
        public Dictionary<string, string> State { get; set; }
        public string ShardId { get; set; }
        public string EventSourceARN { get; set; }
        public bool? IsFinalInvokeForWindow { get; set; }
        public bool? IsWindowTerminatedEarly { get; set; }
        public class TimeWindow
        {
            public DateTime Start { get; set; }
            public DateTime End { get; set; }
        }
    }

    public class KinesisTimeWindowResponse
    {
        public Dictionary<String, String> State { get; set; }
        public IList<BatchItemFailure> BatchItemFailures { get; set; }
        public class BatchItemFailure
        {
            public string ItemIdentifier { get; set; }
        }
    }

    public class StreamsEventResponse
    {
        public IList<BatchItemFailure> BatchItemFailures { get; set; }
        public class BatchItemFailure
        {
            public string ItemIdentifier { get; set; }
        }
    }
}

namespace Amazon.Lambda.KinesisFirehoseEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class KinesisFirehoseEvent
    {
        public string InvocationId { get; set; }
        public string DeliveryStreamArn { get; set; } = "";
        public string Region { get; set; }
        public IList<FirehoseRecord> Records { get; set; } = new List<FirehoseRecord>();
        public class FirehoseRecord
        {
            public string RecordId { get; set; } = "";
            public long ApproximateArrivalEpoch { get; set; }
            public DateTime ApproximateArrivalTimestamp { get; }
            public string Base64EncodedData { get; set; } = "";
            public string DecodeData() => "";
        }
    }

    public class KinesisFirehoseResponse
    {
        public const string TRANSFORMED_STATE_OK = "Ok";
        public const string TRANSFORMED_STATE_DROPPED = "Dropped";
        public const string TRANSFORMED_STATE_PROCESSINGFAILED = "ProcessingFailed";
        public List<FirehoseRecord> Records { get; set; } = new();
        public class FirehoseRecord
        {
            public string RecordId { get; set; } = "";
            public string Result { get; set; } = "";
            public string Base64EncodedData { get; set; } = "";
            public FirehoseResponseRecordMetadata Metadata { get; set; }
            public void EncodeData(string data) { }
        }
        public class FirehoseResponseRecordMetadata
        {
            public Dictionary<string, string> PartitionKeys { get; set; }
        }
    }
}

namespace Amazon.Lambda.LexEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class LexActiveContext
    {
        public TimeToLive TimeToLive { get; set; }
        public string Name { get; set; }
        public IDictionary<string, string> Parameters { get; set; }
    }

    public class TimeToLive
    {
        public int TimeToLiveInSeconds { get; set; }
        public int TurnsToLive { get; set; }
    }

    public class LexEvent
    {
        public LexCurrentIntent CurrentIntent { get; set; }
        public IDictionary<string, SlotDetail> SlotDetails { get; set; }
        public LexBot Bot { get; set; }
        public string UserId { get; set; }
        public string InputTranscript { get; set; }
        public string InvocationSource { get; set; }
        public string OutputDialogMode { get; set; }
        public string MessageVersion { get; set; }
        public IDictionary<string, string> SessionAttributes { get; set; }
        public IDictionary<string, string> RequestAttributes { get; set; }
        public IList<LexCurrentIntent> AlternativeIntents { get; set; }
        public LexSentimentResponseType SentimentResponse { get; set; }
        public IList<LexRecentIntentSummaryViewType> RecentIntentSummaryView { get; set; }
        public IList<LexActiveContext> ActiveContexts { get; set; }
        public class LexSentimentResponseType
        {
            public string SentimentLabel { get; set; }
            public string SentimentScore { get; set; }
        }
        public class LexCurrentIntent
        {
            public string Name { get; set; }
            public IDictionary<string, string> Slots { get; set; }
            public IDictionary<string, SlotDetail> SlotDetails { get; set; }
            public double? NluIntentConfidenceScore { get; set; }
            public string ConfirmationStatus { get; set; }
        }
        public class SlotDetail
        {
            public IList<Dictionary<string, string>> Resolutions { get; set; }
            public string OriginalValue { get; set; }
        }
        public class LexBot
        {
            public string Name { get; set; }
            public string Alias { get; set; }
            public string Version { get; set; }
        }
    }

    public class LexRecentIntentSummaryViewType
    {
        public string IntentName { get; set; }
        public string CheckpointLabel { get; set; }
        public IDictionary<string, string> Slots { get; set; }
        public string ConfirmationStatus { get; set; }
        public string DialogActionType { get; set; }
        public string FulfillmentState { get; set; }
        public string SlotToElicit { get; set; }
    }

    public class LexResponse
    {
        public IDictionary<string, string> SessionAttributes { get; set; }
        public LexDialogAction DialogAction { get; set; }
        public IList<LexActiveContext> ActiveContexts { get; set; }
        public IList<LexRecentIntentSummaryViewType> RecentIntentSummaryView { get; set; }
        public class LexDialogAction
        {
            public string Type { get; set; }
            public string FulfillmentState { get; set; }
            public LexMessage Message { get; set; }
            public string IntentName { get; set; }
            public IDictionary<string, string> Slots { get; set; }
            public string SlotToElicit { get; set; }
            public LexResponseCard ResponseCard { get; set; }
        }
        public class LexMessage
        {
            public string ContentType { get; set; }
            public string Content { get; set; }
        }
        public class LexResponseCard
        {
            public int? Version { get; set; }
            public string ContentType { get; set; } = "application/vnd.amazonaws.card.generic";
            public IList<LexGenericAttachments> GenericAttachments { get; set; }
        }
        public class LexGenericAttachments
        {
            public string Title { get; set; }
            public string SubTitle { get; set; }
            public string ImageUrl { get; set; }
            public string AttachmentLinkUrl { get; set; }
            public IList<LexButton> Buttons { get; set; }
        }
        public class LexButton
        {
            public string Text { get; set; }
            public string Value { get; set; }
        }
    }
}

namespace Amazon.Lambda.LexV2Events
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class KendraResponse
    {
        public IList<FacetResult> FacetResults { get; set; }
        public string QueryId { get; set; }
        public IList<QueryResultItem> ResultItems { get; set; }
        public IList<SpellCorrectedQuery> SpellCorrectedQueries { get; set; }
        public int TotalNumberOfResults { get; set; }
        public IList<Warning> Warnings { get; set; }
        public class FacetResult
        {
            public string DocumentAttributeKey { get; set; }
            public IList<DocumentAttributeValueCountPair> DocumentAttributeValueCountPairs { get; set; }
            public string DocumentAttributeValueType { get; set; }
        }
        public class DocumentAttributeValueCountPair
        {
            public int? Count { get; set; }
            public DocumentAttributeValue DocumentAttributeValue { get; set; }
        }
        public class DocumentAttributeValue
        {
            public DateTime? DateValue { get; set; }
            public long? LongValue { get; set; }
            public IList<string> StringListValue { get; set; }
            public string StringValue { get; set; }
        }
        public class SpellCorrectedQuery
        {
            public IList<Correction> Corrections { get; set; }
            public string SuggestedQueryText { get; set; }
        }
        public class Correction
        {
            public int? BeginOffset { get; set; }
            public string CorrectedTerm { get; set; }
            public int? EndOffset { get; set; }
            public string Term { get; set; }
        }
        public class Warning
        {
            public string Code { get; set; }
            public string Message { get; set; }
        }
        public class QueryResultItem
        {
            public IList<AdditionalResultAttribute> AdditionalAttributes { get; set; }
            public IList<DocumentAttribute> DocumentAttributes { get; set; }
            public TextWithHighlights DocumentExcerpt { get; set; }
            public string DocumentId { get; set; }
            public TextWithHighlights DocumentTitle { get; set; }
            public string DocumentURI { get; set; }
            public string FeedbackToken { get; set; }
            public string Id { get; set; }
            public ScoreAttributes ScoreAttributes { get; set; }
            public string Type { get; set; }
        }
        public class AdditionalResultAttribute
        {
            public string Key { get; set; }
            public AdditionalResultAttributeValue Value { get; set; }
            public string ValueType { get; set; }
        }
        public class AdditionalResultAttributeValue
        {
            public TextWithHighlights TextWithHighlightsValue { get; set; }
        }
        public class DocumentAttribute
        {
            public string Key { get; set; }
            public DocumentAttributeValue Value { get; set; }
        }
        public class TextWithHighlights
        {
            public IList<Highlight> Highlights { get; set; }
            public string Text { get; set; }
        }
        public class Highlight
        {
            public int BeginOffset { get; set; }
            public int EndOffset { get; set; }
            public bool TopAnswer { get; set; }
            public string Type { get; set; }
        }
        public class ScoreAttributes
        {
            public string ScoreConfidence { get; set; }
        }
    }

    public class LexV2ActiveContext
    {
        public IDictionary<string, string> ContextAttributes { get; set; }
        public string Name { get; set; }
        public ActiveContextTimeToLive TimeToLive { get; set; }
        public class ActiveContextTimeToLive
        {
            public int TimeToLiveInSeconds { get; set; }
            public int TurnsToLive { get; set; }
        }
    }

    public class LexV2Bot
    {
        public string Id { get; set; }
        public string Name { get; set; }
        public string AliasId { get; set; }
        public string LocaleId { get; set; }
        public string Version { get; set; }
    }

    public class LexV2DialogAction
    {
        public string SlotElicitationStyle { get; set; }
        public string SlotToElicit { get; set; }
        public string Type { get; set; }
    }

    public class LexV2Event
    {
        public string MessageVersion { get; set; }
        public string InvocationSource { get; set; }
        public string InputMode { get; set; }
        public string ResponseContentType { get; set; }
        public string SessionId { get; set; }
        public string InputTranscript { get; set; }
        public LexV2Bot Bot { get; set; }
        public IList<LexV2Interpretation> Interpretations { get; set; }
        public LexV2ProposedNextState ProposedNextState { get; set; }
        public IDictionary<string, string> RequestAttributes { get; set; }
        public LexV2SessionState SessionState { get; set; }
        public IList<LexV2Transcription> Transcriptions { get; set; }
    }

    public class LexV2Intent
    {
        public string ConfirmationState { get; set; }
        public string Name { get; set; }
        public IDictionary<string, LexV2Slot> Slots { get; set; }
        public string State { get; set; }
        public KendraResponse KendraResponse { get; set; }
    }

    public class LexV2Interpretation
    {
        public LexV2Intent Intent { get; set; }
        public double? NluConfidence { get; set; }
        public LexV2SentimentResponse SentimentResponse { get; set; }
    }

    public class LexV2SentimentResponse
    {
        public string Sentiment { get; set; }
        public LexV2SentimentScore SentimentScore { get; set; }
    }

    public class LexV2SentimentScore
    {
        public double? Mixed { get; set; }
        public double? Negative { get; set; }
        public double? Neutral { get; set; }
        public double? Positive { get; set; }
    }

    public class LexV2Message
    {
        public string Content { get; set; }
        public string ContentType { get; set; }
        public LexV2ImageResponseCard ImageResponseCard { get; set; }
    }

    public class LexV2ImageResponseCard
    {
        public IList<LexV2Button> Buttons { get; set; }
        public string ImageUrl { get; set; }
        public string Subtitle { get; set; }
        public string Title { get; set; }
    }

    public class LexV2Button
    {
        public string Text { get; set; }
        public string Value { get; set; }
    }

    public class LexV2ProposedNextState
    {
        public LexV2DialogAction DialogAction { get; set; }
        public LexV2Intent Intent { get; set; }
    }

    public class LexV2Response
    {
        public LexV2SessionState SessionState { get; set; }
        public IList<LexV2Message> Messages { get; set; }
        public IDictionary<string, string> RequestAttributes { get; set; }
    }

    public class LexV2SessionState
    {
        public IList<LexV2ActiveContext> ActiveContexts { get; set; }
        public LexV2DialogAction DialogAction { get; set; }
        public LexV2Intent Intent { get; set; }
        public string OriginatingRequestId { get; set; }
        public LexV2RuntimeHints RuntimeHints { get; set; }
        public Dictionary<string, string> SessionAttributes { get; set; }
    }

    public class LexV2RuntimeHints
    {
        public IDictionary<string, Dictionary<string, RuntimeHintDetails>> SlotHints { get; set; }
    }

    public class RuntimeHintDetails
    {
        public IList<RuntimeHintValue> RuntimeHintValues { get; set; }
    }

    public class RuntimeHintValue
    {
        public string Phrase { get; set; }
    }

    public class LexV2Slot
    {
        public string Shape { get; set; }
        public LexV2SlotValue Value { get; set; }
        public IList<LexV2Slot> Values { get; set; }
    }

    public class LexV2SlotValue
    {
        public string InterpretedValue { get; set; }
        public string OriginalValue { get; set; }
        public IList<string> ResolvedValues { get; set; }
    }

    public class LexV2Transcription
    {
        public string Transcription { get; set; }
        public double? TranscriptionConfidence { get; set; }
        public LexV2TranscriptionResolvedContext ResolvedContext { get; set; }
        public IDictionary<string, LexV2Slot> ResolvedSlots { get; set; }
        public class LexV2TranscriptionResolvedContext
        {
            public string Intent { get; set; }
        }
    }
}

namespace Amazon.Lambda.MQEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class ActiveMQEvent
    {
        public string EventSource { get; set; }
        public string EventSourceArn { get; set; }
        public IList<ActiveMQMessage> Messages { get; set; }
        public class ActiveMQMessage
        {
            public string MessageId { get; set; }
            public string MessageType { get; set; }
            public string Data { get; set; }
            public string ConnectionId { get; set; }
            public bool? Redelivered { get; set; }
            public bool? Persistent { get; set; }
            public Destination Destination { get; set; }
            public long? Timestamp { get; set; }
            public long? BrokerInTime { get; set; }
            public long? BrokerOutTime { get; set; }
            public IDictionary<string, string> Properties { get; set; }
        }
        public class Destination
        {
            public string PhysicalName { get; set; }
        }
    }

    public class RabbitMQEvent
    {
        public string EventSource { get; set; }
        public string EventSourceArn { get; set; }
        public IDictionary<string, List<RabbitMQMessage>> RmqMessagesByQueue { get; set; }
        public class RabbitMQMessage
        {
            public BasicProperties BasicProperties { get; set; }
            public bool? Redelivered { get; set; }
            public string Data { get; set; }
        }
        public class BasicProperties
        {
            public string ContentType { get; set; }
            public string ContentEncoding { get; set; }
            public IDictionary<string, object> Headers { get; set; }
            public int DeliveryMode { get; set; }
            public int? Priority { get; set; }
            public string CorrelationId { get; set; }
            public string ReplyTo { get; set; }
            public string Expiration { get; set; }
            public string MessageId { get; set; }
            public string Timestamp { get; set; }
            public string Type { get; set; }
            public string UserId { get; set; }
            public string AppId { get; set; }
            public string ClusterId { get; set; }
            public int BodySize { get; set; }
        }
    }
}

namespace Amazon.Lambda.S3Events
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class S3Event
    {
        public List<S3EventNotificationRecord> Records { get; set; } = new();
        public class UserIdentityEntity
        {
            public string PrincipalId { get; set; }
        }
        public class S3BucketEntity
        {
            public string Name { get; set; } = "";
            public UserIdentityEntity OwnerIdentity { get; set; }
            public string Arn { get; set; }
        }
        public class S3ObjectEntity
        {
            public string Key { get; set; } = "";
            public string KeyDecoded { get; }
            public long Size { get; set; }
            public string ETag { get; set; }
            public string VersionId { get; set; }
            public string Sequencer { get; set; }
        }
        public class S3Entity
        {
            public string ConfigurationId { get; set; }
            public S3BucketEntity Bucket { get; set; } = new();
            public S3ObjectEntity Object { get; set; } = new();
            public string S3SchemaVersion { get; set; }
        }
        public class RequestParametersEntity
        {
            public string SourceIPAddress { get; set; }
        }
        public class ResponseElementsEntity
        {
            public string XAmzId2 { get; set; }
            public string XAmzRequestId { get; set; }
        }
        public class S3GlacierEventDataEntity
        {
            public S3RestoreEventDataEntity RestoreEventData { get; set; }
        }
        public class S3RestoreEventDataEntity
        {
            public DateTime LifecycleRestorationExpiryTime { get; set; }
            public string LifecycleRestoreStorageClass { get; set; }
        }
        public class S3EventNotificationRecord
        {
            public string AwsRegion { get; set; }
            public string EventName { get; set; }
            public string EventSource { get; set; }
            public DateTime EventTime { get; set; }
            public string EventVersion { get; set; }
            public RequestParametersEntity RequestParameters { get; set; }
            public ResponseElementsEntity ResponseElements { get; set; }
            public S3Entity S3 { get; set; } = new();
            public UserIdentityEntity UserIdentity { get; set; }
            public S3GlacierEventDataEntity GlacierEventData { get; set; }
        }
    }

    public class S3ObjectLambdaEvent
    {
        public string XAmzRequestId { get; set; }
        public GetObjectContextType GetObjectContext { get; set; }
        public ConfigurationType Configuration { get; set; }
        public UserRequestType UserRequest { get; set; }
        public UserIdentityType UserIdentity { get; set; }
        public string ProtocolVersion { get; set; }
        public class GetObjectContextType
        {
            public string InputS3Url { get; set; }
            public string OutputRoute { get; set; }
            public string OutputToken { get; set; }
        }
        public class ConfigurationType
        {
            public string AccessPointArn { get; set; }
            public string SupportingAccessPointArn { get; set; }
            public string Payload { get; set; }
        }
        public class UserRequestType
        {
            public string Url { get; set; }
            public IDictionary<string, string> Headers { get; set; }
        }
        public class UserIdentityType
        {
            public string Type { get; set; }
            public string PrincipalId { get; set; }
            public string Arn { get; set; }
            public string AccountId { get; set; }
            public string AccessKeyId { get; set; }
            public SessionContextType SessionContext { get; set; }
        }
        public class SessionContextType
        {
            public SessionContextAttributesType Attributes { get; set; }
            public SessionIssuerType SessionIssuer { get; set; }
        }
        public class SessionContextAttributesType
        {
            public string MfaAuthenticated { get; set; }
            public string CreationDate { get; set; }
        }
        public class SessionIssuerType
        {
            public string Type { get; set; }
            public string PrincipalId { get; set; }
            public string Arn { get; set; }
            public string AccountId { get; set; }
            public string UserName { get; set; }
        }
    }
}

namespace Amazon.Lambda.SNSEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class SNSEvent
    {
        public IList<SNSRecord> Records { get; set; } = new List<SNSRecord>();
        public class SNSRecord
        {
            public string EventSource { get; set; }
            public string EventSubscriptionArn { get; set; }
            public string EventVersion { get; set; }
            public SNSMessage Sns { get; set; } = new();
        }
        public class SNSMessage
        {
            public string Message { get; set; } = "";
            public IDictionary<string, MessageAttribute> MessageAttributes { get; set; }
            public string MessageId { get; set; }
            public string Signature { get; set; }
            public string SignatureVersion { get; set; }
            public string SigningCertUrl { get; set; }
            public string Subject { get; set; } = "";
            public DateTime Timestamp { get; set; }
            public string TopicArn { get; set; } = "";
            public string Type { get; set; }
            public string UnsubscribeUrl { get; set; }
        }
        public class MessageAttribute
        {
            public string Type { get; set; }
            public string Value { get; set; }
        }
    }
}

namespace Amazon.Lambda.SQSEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;

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

    public class SQSEvent
    {
        public List<SQSMessage> Records { get; set; } = new();
        public class MessageAttribute
        {
            public string StringValue { get; set; } = "";
            public MemoryStream BinaryValue { get; set; }
            public List<string> StringListValues { get; set; }
            public List<MemoryStream> BinaryListValues { get; set; }
            public string DataType { get; set; } = "";
        }
        public class SQSMessage
        {
            public string MessageId { get; set; } = "";
            public string ReceiptHandle { get; set; } = "";
            public string Body { get; set; } = "";
            public string Md5OfBody { get; set; }
            public string Md5OfMessageAttributes { get; set; }
            public string EventSourceArn { get; set; } = "";
            public string EventSource { get; set; }
            public string AwsRegion { get; set; }
            public Dictionary<string, string> Attributes { get; set; } = new();
            public Dictionary<string, MessageAttribute> MessageAttributes { get; set; } = new();
        }
    }
}

namespace Amazon.Lambda.SimpleEmailEvents
{
    using System;
    using System.Collections.Generic;
    using System.IO;
    using Amazon.Lambda.SimpleEmailEvents.Actions;

    public class SimpleEmailEvent<TReceiptAction> where TReceiptAction : IReceiptAction
    {
        public IList<SimpleEmailRecord<TReceiptAction>> Records { get; set; }
        public class SimpleEmailRecord<TChild> where TChild : IReceiptAction
        {
            public string EventVersion { get; set; }
            public string EventSource { get; set; }
            public SimpleEmailService<TChild> Ses { get; set; }
        }
        public class SimpleEmailRecord : SimpleEmailRecord<LambdaReceiptAction>
        {
        }
        public class SimpleEmailService<TChild> where TChild : IReceiptAction
        {
            public SimpleEmailMessage Mail { get; set; }
            public SimpleEmailReceipt<TChild> Receipt { get; set; }
        }
        public class SimpleEmailMessage
        {
            public SimpleEmailCommonHeaders CommonHeaders { get; set; }
            public string Source { get; set; }
            public DateTime Timestamp { get; set; }
            public IList<string> Destination { get; set; }
            public IList<SimpleEmailHeader> Headers { get; set; }
            public bool HeadersTruncated { get; set; }
            public string MessageId { get; set; }
        }
        public class SimpleEmailReceipt<TChild> where TChild : IReceiptAction
        {
            public IList<string> Recipients { get; set; }
            public DateTime Timestamp { get; set; }
            public SimpleEmailVerdict SpamVerdict { get; set; }
            public SimpleEmailVerdict DKIMVerdict { get; set; }
            public SimpleEmailVerdict SPFVerdict { get; set; }
            public SimpleEmailVerdict VirusVerdict { get; set; }
            public SimpleEmailVerdict DMARCVerdict { get; set; }
            public TChild Action { get; set; }
            public long ProcessingTimeMillis { get; set; }
        }
        public class SimpleEmailHeader
        {
            public string Name { get; set; }
            public string Value { get; set; }
        }
    }

    public class SimpleEmailCommonHeaders
    {
        public IList<string> From { get; set; }
        public IList<string> To { get; set; }
        public string ReturnPath { get; set; }
        public string MessageId { get; set; }
        public string Date { get; set; }
        public string Subject { get; set; }
    }

    public class SimpleEmailVerdict
    {
        public string Status { get; set; }
    }

    public class SimpleEmailEvent : SimpleEmailEvent<LambdaReceiptAction>
    {
    }
}

namespace Amazon.Lambda.SimpleEmailEvents.Actions
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public interface IReceiptAction
    {
        string Type { get; set; }
    }

    public class LambdaReceiptAction : IReceiptAction
    {
        public string Type { get; set; }
        public string InvocationType { get; set; }
        public string FunctionArn { get; set; }
    }

    public class S3ReceiptAction : IReceiptAction
    {
        public string Type { get; set; }
        public string TopicArn { get; set; }
        public string BucketName { get; set; }
        public string ObjectKeyPrefix { get; set; }
        public string ObjectKey { get; set; }
    }
}

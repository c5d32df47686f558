// Same-shaped stand-ins for the AWS X-Ray SDK for .NET (AWSXRayRecorder.* packages), which this machine's feed does not
// serve: the recorder, its entities, and the handlers that trace AWS SDK, HttpClient and ASP.NET Core calls.
namespace Amazon.XRay.Recorder.Core.Internal.Entities
{
    public abstract class Entity
    {
        public string Name { get; set; } = "";
        public string Id { get; set; } = "";
        public string TraceId { get; set; } = "";
        public void AddAnnotation(string key, object value) { }
        public void AddMetadata(string key, object value) { }
        public void AddMetadata(string nameSpace, string key, object value) { }
        public void AddException(System.Exception exception) { }
    }

    public class Segment : Entity
    {
        public Segment(string name, string? traceId = null, string? parentId = null) { Name = name; }
    }

    public class Subsegment : Entity
    {
        public Subsegment(string name) { Name = name; }
    }
}

namespace Amazon.XRay.Recorder.Core
{
    using System;
    using Amazon.XRay.Recorder.Core.Internal.Entities;

    public enum ContextMissingStrategy { RUNTIME_ERROR, LOG_ERROR, IGNORE_ERROR }

    public class AWSXRayRecorder : IDisposable
    {
        public AWSXRayRecorder() { }
        public static AWSXRayRecorder Instance { get; } = new();
        public static void InitializeInstance(Microsoft.Extensions.Configuration.IConfiguration? configuration = null, AWSXRayRecorder? recorder = null) { }
        public static bool IsLambda() => true;
        public ContextMissingStrategy ContextMissingStrategy { get; set; }
        public void BeginSegment(string name, string? traceId = null, string? parentId = null) { }
        public void EndSegment(DateTime? timestamp = null) { }
        public void BeginSubsegment(string name, DateTime? timestamp = null) { }
        public void EndSubsegment(DateTime? timestamp = null) { }
        public void AddAnnotation(string key, object value) { }
        public void AddMetadata(string key, object value) { }
        public void AddMetadata(string nameSpace, string key, object value) { }
        public void AddException(Exception exception) { }
        public void MarkError() { }
        public void MarkFault() { }
        public Entity GetEntity() => null!;
        public void SetEntity(Entity entity) { }
        public TResult TraceMethod<TResult>(string name, Func<TResult> method) => method();
        public void TraceMethod(string name, Action method) => method();
        public System.Threading.Tasks.Task<TResult> TraceMethodAsync<TResult>(string name, Func<System.Threading.Tasks.Task<TResult>> method) => method();
        public void Dispose() { }
    }
}

namespace Amazon.XRay.Recorder.Handlers.AwsSdk
{
    public static class AWSSDKHandler
    {
        public static void RegisterXRayForAllServices() { }
        public static void RegisterXRayForAllServices(string path) { }
        public static void RegisterXRay<T>() { }
        public static void RegisterXRayManifest(string path) { }
    }
}

namespace Amazon.XRay.Recorder.Handlers.System.Net
{
    using global::System.Net.Http;

    public class HttpClientXRayTracingHandler : DelegatingHandler
    {
        public HttpClientXRayTracingHandler() { }
        public HttpClientXRayTracingHandler(HttpMessageHandler innerHandler) : base(innerHandler) { }
    }

    public class HttpClientXRaySanitizedTracingHandler : DelegatingHandler
    {
        public HttpClientXRaySanitizedTracingHandler(HttpMessageHandler innerHandler) : base(innerHandler) { }
    }
}

namespace Microsoft.AspNetCore.Builder
{
    public static class AWSXRayMiddlewareExtensions
    {
        public static IApplicationBuilder UseXRay(this IApplicationBuilder builder, string segmentName) => builder;
        public static IApplicationBuilder UseXRay(
            this IApplicationBuilder builder, string segmentName, Microsoft.Extensions.Configuration.IConfiguration configuration) => builder;
    }
}

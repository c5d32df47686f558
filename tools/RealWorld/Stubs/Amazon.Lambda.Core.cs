// Same-shaped stand-ins for the Amazon.Lambda.* packages this machine's feed does not serve. Each file is
// compiled into an assembly named after its package; members follow the real packages' public API.
namespace Amazon.Lambda.Core
{
    using System;
    using System.IO;
    using System.Threading.Tasks;

    public interface ILambdaLogger
    {
        void Log(string message);
        void LogLine(string message);
        void LogInformation(string message) { }
        void LogWarning(string message) { }
        void LogError(string message) { }
        void LogDebug(string message) { }
        void LogCritical(string message) { }
        void LogTrace(string message) { }
        void LogInformation(string message, params object[] args) { }
        void LogError(Exception exception, string message, params object[] args) { }
    }

    public interface IClientContext
    {
        System.Collections.Generic.IDictionary<string, string> Environment { get; }
        System.Collections.Generic.IDictionary<string, string> Custom { get; }
    }

    public interface ICognitoIdentity
    {
        string IdentityId { get; }
        string IdentityPoolId { get; }
    }

    public interface ILambdaContext
    {
        string AwsRequestId { get; }
        IClientContext ClientContext { get; }
        string FunctionName { get; }
        string FunctionVersion { get; }
        ICognitoIdentity Identity { get; }
        string InvokedFunctionArn { get; }
        ILambdaLogger Logger { get; }
        string LogGroupName { get; }
        string LogStreamName { get; }
        int MemoryLimitInMB { get; }
        TimeSpan RemainingTime { get; }
    }

    public interface ILambdaSerializer
    {
        T Deserialize<T>(Stream requestStream);
        void Serialize<T>(T response, Stream responseStream);
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Assembly)]
    public sealed class LambdaSerializerAttribute : Attribute
    {
        public LambdaSerializerAttribute(Type serializerType) { SerializerType = serializerType; }
        public Type SerializerType { get; set; }
    }

    public static class LambdaLogger
    {
        public static void Log(string message) { }
    }

    public static class SnapshotRestore
    {
        public static void RegisterBeforeSnapshot(Func<ValueTask> beforeSnapshotAction) { }
        public static void RegisterAfterRestore(Func<ValueTask> afterRestoreAction) { }
    }
}

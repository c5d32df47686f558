using System;
using System.Collections.Generic;
using System.IO;

namespace Amazon.Lambda.Core
{
    /// <summary>Mirror of Amazon.Lambda.Core.ILambdaContext (Amazon.Lambda.Core 3.2.0).</summary>
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

    /// <summary>Mirror of Amazon.Lambda.Core.ILambdaLogger.</summary>
    public interface ILambdaLogger
    {
        void Log(string message);

        void LogLine(string message);
    }

    /// <summary>Mirror of Amazon.Lambda.Core.IClientContext.</summary>
    public interface IClientContext
    {
        IDictionary<string, string> Environment { get; }

        IClientApplication Client { get; }

        IDictionary<string, string> Custom { get; }
    }

    /// <summary>Mirror of Amazon.Lambda.Core.IClientApplication.</summary>
    public interface IClientApplication
    {
        string AppPackageName { get; }

        string AppTitle { get; }

        string AppVersionCode { get; }

        string AppVersionName { get; }

        string InstallationId { get; }
    }

    /// <summary>Mirror of Amazon.Lambda.Core.ICognitoIdentity.</summary>
    public interface ICognitoIdentity
    {
        string IdentityId { get; }

        string IdentityPoolId { get; }
    }

    /// <summary>Mirror of Amazon.Lambda.Core.ILambdaSerializer.</summary>
    public interface ILambdaSerializer
    {
        T Deserialize<T>(Stream requestStream);

        void Serialize<T>(T response, Stream responseStream);
    }

    /// <summary>Mirror of Amazon.Lambda.Core.LambdaSerializerAttribute.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Assembly, AllowMultiple = false)]
    public sealed class LambdaSerializerAttribute : Attribute
    {
        public LambdaSerializerAttribute(Type serializerType)
        {
            SerializerType = serializerType;
        }

        public Type SerializerType { get; set; }
    }

    /// <summary>
    /// Mirror of Amazon.Lambda.Core.SnapshotRestore (Amazon.Lambda.Core 2.5+, .NET 8+). In Lambda, the runtime runs the
    /// registered hooks around the snapshot; here the cold-start harness host plays the runtime (see
    /// <see cref="SnapshotHooks"/>).
    /// </summary>
    public static class SnapshotRestore
    {
        public static void RegisterBeforeSnapshot(Func<System.Threading.Tasks.ValueTask> beforeSnapshotAction)
            => SnapshotHooks.BeforeSnapshot.Add(beforeSnapshotAction);

        public static void RegisterAfterRestore(Func<System.Threading.Tasks.ValueTask> afterRestoreAction)
            => SnapshotHooks.AfterRestore.Add(afterRestoreAction);
    }

    /// <summary>The registered SnapStart hooks, run by the harness host the way the Lambda runtime runs them.</summary>
    internal static class SnapshotHooks
    {
        internal static List<Func<System.Threading.Tasks.ValueTask>> BeforeSnapshot { get; } = new();

        internal static List<Func<System.Threading.Tasks.ValueTask>> AfterRestore { get; } = new();

        /// <summary>What Lambda does before it takes the snapshot (init is done) and after it restores one.</summary>
        internal static async System.Threading.Tasks.Task SnapshotAndRestoreAsync()
        {
            foreach (var hook in BeforeSnapshot)
            {
                await hook();
            }

            foreach (var hook in AfterRestore)
            {
                await hook();
            }
        }
    }

    /// <summary>Mirror of Amazon.Lambda.Core.LambdaLogger.</summary>
    public static class LambdaLogger
    {
        public static void Log(string message) => Console.Write(message);
    }
}

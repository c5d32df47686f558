// Same-shaped stand-ins for OpenTelemetry's AWS packages (OpenTelemetry.Instrumentation.AWSLambda, its older
// OpenTelemetry.Contrib.Instrumentation.AWSLambda name, and OpenTelemetry.Instrumentation.AWS), which this machine's feed
// does not serve. The core OpenTelemetry packages are real.
namespace OpenTelemetry.Instrumentation.AWSLambda
{
    using System;
    using System.Threading.Tasks;
    using Amazon.Lambda.Core;
    using OpenTelemetry.Trace;

    public class AWSLambdaInstrumentationOptions
    {
        public bool DisableAwsXRayContextExtraction { get; set; }
        public bool SetParentFromBatch { get; set; }
    }

    public static class AWSLambdaWrapper
    {
        public static TResult Trace<TInput, TResult>(TracerProvider tracerProvider, Func<TInput, ILambdaContext, TResult> lambdaHandler, TInput input,
            ILambdaContext context, System.Diagnostics.ActivityContext parentContext = default) => lambdaHandler(input, context);
        public static void Trace<TInput>(TracerProvider tracerProvider, Action<TInput, ILambdaContext> lambdaHandler, TInput input,
            ILambdaContext context, System.Diagnostics.ActivityContext parentContext = default) => lambdaHandler(input, context);
        public static Task<TResult> TraceAsync<TInput, TResult>(TracerProvider tracerProvider, Func<TInput, ILambdaContext, Task<TResult>> lambdaHandler,
            TInput input, ILambdaContext context, System.Diagnostics.ActivityContext parentContext = default) => lambdaHandler(input, context);
        public static Task TraceAsync<TInput>(TracerProvider tracerProvider, Func<TInput, ILambdaContext, Task> lambdaHandler, TInput input,
            ILambdaContext context, System.Diagnostics.ActivityContext parentContext = default) => lambdaHandler(input, context);
    }
}

namespace OpenTelemetry.Contrib.Instrumentation.AWSLambda.Implementation
{
    using System;
    using System.Threading.Tasks;
    using Amazon.Lambda.Core;
    using OpenTelemetry.Trace;

    public static class AWSLambdaWrapper
    {
        public static TResult Trace<TInput, TResult>(TracerProvider tracerProvider, Func<TInput, ILambdaContext, TResult> lambdaHandler, TInput input,
            ILambdaContext context, System.Diagnostics.ActivityContext parentContext = default) => lambdaHandler(input, context);
        public static Task<TResult> TraceAsync<TInput, TResult>(TracerProvider tracerProvider, Func<TInput, ILambdaContext, Task<TResult>> lambdaHandler,
            TInput input, ILambdaContext context, System.Diagnostics.ActivityContext parentContext = default) => lambdaHandler(input, context);
    }
}

namespace OpenTelemetry.Contrib.Instrumentation.AWS
{
    public class AWSClientInstrumentationOptions
    {
        public bool SuppressDownstreamInstrumentation { get; set; }
    }
}

namespace OpenTelemetry.Instrumentation.AWS
{
    public class AWSClientInstrumentationOptions
    {
        public bool SuppressDownstreamInstrumentation { get; set; }
    }
}

namespace OpenTelemetry.Trace
{
    using System;

    public static class AWSInstrumentationTracerProviderBuilderExtensions
    {
        public static TracerProviderBuilder AddAWSInstrumentation(this TracerProviderBuilder builder) => builder;
        public static TracerProviderBuilder AddAWSInstrumentation(
            this TracerProviderBuilder builder, Action<OpenTelemetry.Instrumentation.AWS.AWSClientInstrumentationOptions> configure) => builder;
        public static TracerProviderBuilder AddAWSLambdaConfigurations(this TracerProviderBuilder builder) => builder;
        public static TracerProviderBuilder AddAWSLambdaConfigurations(
            this TracerProviderBuilder builder, Action<OpenTelemetry.Instrumentation.AWSLambda.AWSLambdaInstrumentationOptions> configure) => builder;
        public static TracerProviderBuilder AddXRayTraceId(this TracerProviderBuilder builder) => builder;
    }
}

namespace OpenTelemetry.Contrib.Extensions.AWSXRay.Trace
{
    using System;
    using System.Collections.Generic;
    using OpenTelemetry.Context.Propagation;
    using OpenTelemetry.Trace;

    public class AWSXRayPropagator : TextMapPropagator
    {
        public override ISet<string> Fields => new HashSet<string>();
        public override PropagationContext Extract<T>(PropagationContext context, T carrier, Func<T, string, IEnumerable<string>?> getter) => context;
        public override void Inject<T>(PropagationContext context, T carrier, Action<T, string, string> setter) { }
    }

    public static class TracerProviderBuilderExtensions
    {
        public static TracerProviderBuilder AddXRayTraceId(this TracerProviderBuilder builder) => builder;
    }
}

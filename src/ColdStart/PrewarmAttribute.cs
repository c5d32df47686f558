using System;

namespace ColdStart;

/// <summary>
/// Generates, next to the handler it decorates, a Stream-based entry point named <c>{Handler}Prewarmed</c> that
/// answers warm-up ("keep-warm") pings before any deserialisation — running the warm-up work once per process and
/// returning <c>{"warmed":true}</c> without calling the handler — and passes every other payload to the handler
/// through the function's own Lambda serializer. Configure <c>Assembly::Namespace.Type::{Handler}Prewarmed</c>
/// as the function's handler string.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PrewarmAttribute : Attribute
{
    /// <summary>Which warm-up conventions count as pings; all of them by default.</summary>
    public WarmupConventions Conventions { get; set; } = WarmupConventions.All;

    /// <summary>The EventBridge rule whose scheduled events are pings (matched against <c>resources</c>).</summary>
    public string? ScheduleRuleName { get; set; }

    /// <summary>A top-level property of your own that marks a ping, used together with <see cref="CustomValue"/>.</summary>
    public string? CustomProperty { get; set; }

    /// <summary>The value of <see cref="CustomProperty"/> that marks a ping: a string, or <c>true</c>.</summary>
    public string? CustomValue { get; set; }

    /// <summary>
    /// Also prime the function for Lambda SnapStart (Amazon.Lambda.Core 2.5+, .NET 8+): when the function initialises
    /// for a snapshot (<c>AWS_LAMBDA_INITIALIZATION_TYPE</c> is <c>snap-start</c>), a generated before-snapshot hook
    /// runs the warm-up work and a ping through the entry point and the function's serializer, so the snapshot holds
    /// the compiled code; a generated after-restore hook runs the <see cref="AfterRestoreAttribute"/> methods.
    /// </summary>
    public bool SnapStart { get; set; }
}

/// <summary>
/// Marks a static method of a <c>[Prewarm(SnapStart = true)]</c> handler type (sync or async, no parameters) that
/// the generated after-restore hook runs in every environment restored from a SnapStart snapshot: the place to
/// create what must differ per environment (identifiers, random generators, timestamps).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class AfterRestoreAttribute : Attribute
{
}

/// <summary>Marks a method of the handler type (sync or async, no parameters) that a warm-up ping runs once per process.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class WarmUpAttribute : Attribute
{
}

/// <summary>The warm-up payload conventions a prewarm short-circuit recognises.</summary>
[Flags]
public enum WarmupConventions
{
    /// <summary>No convention (only <see cref="PrewarmAttribute.CustomProperty"/>, if set).</summary>
    None = 0,

    /// <summary><c>{"prewarm": true}</c>.</summary>
    Prewarm = 1,

    /// <summary>serverless-plugin-warmup: <c>{"source": "serverless-plugin-warmup"}</c>.</summary>
    ServerlessPluginWarmup = 2,

    /// <summary>lambda-warmer: <c>{"warmer": true, ...}</c>.</summary>
    LambdaWarmer = 4,

    /// <summary>An EventBridge "Scheduled Event" from the rule named by <see cref="PrewarmAttribute.ScheduleRuleName"/>.</summary>
    EventBridgeSchedule = 8,

    /// <summary>Every convention above.</summary>
    All = Prewarm | ServerlessPluginWarmup | LambdaWarmer | EventBridgeSchedule,
}

using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ColdStart.Tool.Measuring;

namespace ColdStart.Tool.Commands;

/// <summary>The <c>--json</c> reports: stable snake_case names, milliseconds and megabytes as numbers.</summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Run(RunReport report, double? budget, bool overBudget)
    {
        var json = RunNode(report);
        if (budget is { } limit)
        {
            json["budget_ms"] = limit;
            json["over_budget"] = overBudget;
        }

        return json.ToJsonString(Indented);
    }

    internal static JsonObject RunNode(RunReport report) => new()
    {
        ["function"] = report.Function,
        ["kind"] = report.Kind.ToString(),
        ["event"] = report.Event,
        ["runs"] = report.Runs,
        ["init_done_ms"] = Node(report.InitDoneMs),
        ["first_response_ms"] = Node(report.FirstResponseMs),
        ["first_invocation_ms"] = Node(report.FirstInvocationMs),
        ["warm_invocation_ms"] = Node(report.WarmInvocationMs),
        ["peak_memory_mb"] = Node(report.PeakMemoryMb),
        ["samples"] = new JsonArray(report.Samples.Select(s => (JsonNode)new JsonObject
        {
            ["init_done_ms"] = Round(s.InitDoneMs),
            ["first_response_ms"] = Round(s.FirstResponseMs),
            ["first_invocation_ms"] = Round(s.FirstInvocationMs),
            ["warm_invocation_ms"] = Round(s.WarmInvocationMs),
            ["peak_memory_mb"] = Round(s.PeakMemoryMb),
        }).ToArray()),
        ["machine"] = new JsonObject
        {
            ["os"] = report.Machine.Os,
            ["architecture"] = report.Machine.Architecture,
            ["processors"] = report.Machine.ProcessorCount,
            ["tool_runtime"] = report.Machine.ToolRuntime,
        },
    };

    internal static JsonObject Node(Distribution d) => new()
    {
        ["p50"] = Round(d.P50),
        ["p90"] = Round(d.P90),
        ["min"] = Round(d.Min),
        ["max"] = Round(d.Max),
    };

    internal static double Round(double value) => System.Math.Round(value, 3);
}

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace ColdStart.Tool.Commands;

/// <summary>Options that <c>run</c> and <c>compare</c> share, with their parsing.</summary>
internal static class CommonOptions
{
    public static Option<string?> Handler() => new("--handler")
    {
        Description = "A class-library handler, Assembly::Namespace.Type::Method. Leave out for an executable function "
            + "(LambdaBootstrapBuilder, top-level statements, minimal API, Native AOT).",
    };

    public static Option<string> Event() => new("--event", "-e")
    {
        Description = "The event, a JSON file: the function gets it in its first and in a warm invocation.",
        Required = true,
    };

    public static Option<int> Runs(int defaultRuns) => new("--runs", "-n")
    {
        Description = "How many cold starts, each in a fresh process.",
        DefaultValueFactory = _ => defaultRuns,
    };

    public static Option<string[]> Environment() => new("--env")
    {
        Description = "NAME=VALUE for the function's process, e.g. AWS_ENDPOINT_URL=http://127.0.0.1:4566 to send its AWS calls to a local "
            + "endpoint. Repeatable.",
        DefaultValueFactory = _ => Array.Empty<string>(),
    };

    public static Option<string[]> Properties() => new("--property", "-p")
    {
        Description = "Name=Value, an MSBuild property for dotnet publish when a project is given (e.g. PublishReadyToRun=true). Repeatable.",
        DefaultValueFactory = _ => Array.Empty<string>(),
    };

    public static Option<string?> Executable() => new("--executable")
    {
        Description = "Which executable of the publish folder is the function, when it holds several.",
    };

    public static Option<int> Timeout() => new("--timeout")
    {
        Description = "Seconds one cold start (init, the first and a warm invocation) may take before the function is stopped.",
        DefaultValueFactory = _ => 30,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print the report as JSON (no progress display), for machines.",
    };

    public static IReadOnlyDictionary<string, string> ParseEnvironment(IEnumerable<string> pairs)
    {
        return pairs.Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new Measuring.ColdStartException($"--env '{pair}' is not NAME=VALUE.");
            }

            return (Name: pair[..equals], Value: pair[(equals + 1)..]);
        }).ToDictionary(p => p.Name, p => p.Value);
    }
}

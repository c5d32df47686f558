using System;
using System.CommandLine;
using System.Threading.Tasks;
using ColdStart.Tool.Commands;

namespace ColdStart.Tool;

/// <summary>
/// <c>dotnet coldstart</c>. Exit codes: 0 done, 1 over the <c>--budget</c>, 2 bad input or a function or build that
/// failed (with a message saying which, never a stack trace).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Measures a .NET Lambda function's cold start locally, the way Lambda starts it.")
        {
            RunCommand.Create(),
            CompareCommand.Create(),
            TraceCommand.Create(),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            await Console.Error.WriteLineAsync("See 'dotnet coldstart --help'.");
            return ExitCodes.BadInput;
        }

        return await parsed.InvokeAsync();
    }
}

/// <summary>What the tool's exit code means.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The p50 of start to first response is over <c>--budget</c>.</summary>
    public const int OverBudget = 1;

    /// <summary>Bad input, a build that failed, or a function that crashed or never answered.</summary>
    public const int BadInput = 2;
}

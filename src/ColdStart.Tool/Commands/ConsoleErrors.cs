using System;
using System.Threading.Tasks;
using ColdStart.Tool.Measuring;

namespace ColdStart.Tool.Commands;

/// <summary>Turns a <see cref="ColdStartException"/> into a message and exit code 2: the user sees what to fix, not a stack trace.</summary>
internal static class ConsoleErrors
{
    public static async Task<int> GuardAsync(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (ColdStartException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message);
            if (e.Output.Length > 0)
            {
                await Console.Error.WriteLineAsync("--- output ---");
                await Console.Error.WriteLineAsync(e.Output.TrimEnd());
            }

            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return ExitCodes.BadInput;
        }
    }
}

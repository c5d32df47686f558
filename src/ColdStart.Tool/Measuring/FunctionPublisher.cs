using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ColdStart.Tool.Measuring;

/// <summary>Turns what the user named (a project, a folder with one, or a publish folder) into a publish folder.</summary>
public static class FunctionPublisher
{
    /// <summary>
    /// A publish folder is used as it is. A project file, or a folder holding exactly one, is published in Release to
    /// <paramref name="output"/> with the extra MSBuild <paramref name="properties"/> (<c>Name=Value</c>).
    /// </summary>
    public static async Task<string> PublishOrUseAsync(
        string path, string output, IReadOnlyList<string> properties, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(properties);
        var full = Path.GetFullPath(path);
        string project;
        if (File.Exists(full) && full.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
        {
            project = full;
        }
        else if (Directory.Exists(full))
        {
            var projects = Directory.GetFiles(full, "*.*proj");
            if (projects.Length == 0)
            {
                return full;
            }

            if (projects.Length > 1)
            {
                throw new ColdStartException($"{full} holds several projects ({string.Join(", ", projects.Select(Path.GetFileName))}); name one.");
            }

            project = projects[0];
        }
        else
        {
            throw new ColdStartException($"{path} is neither a project nor a folder.");
        }

        progress?.Invoke($"publishing {Path.GetFileName(project)} (Release)");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-o", output, "-nologo" }.Concat(properties.Select(p => "-p:" + p)))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var log = await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var errors = log.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(10).ToList();
            throw new ColdStartException(
                $"dotnet publish {Path.GetFileName(project)} failed (exit code {process.ExitCode}).",
                errors.Count > 0 ? string.Join(Environment.NewLine, errors) : string.Join(Environment.NewLine, log.Split('\n').TakeLast(20)));
        }

        return output;
    }
}

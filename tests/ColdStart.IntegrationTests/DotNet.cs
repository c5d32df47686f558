using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace ColdStart.IntegrationTests;

/// <summary>Runs the dotnet CLI the way a user would and captures what it prints.</summary>
internal static class DotNet
{
    public static string RepositoryRoot { get; } = typeof(DotNet).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] arguments)
    {
        return RunAsync(workingDirectory, new Dictionary<string, string>(), arguments);
    }

    /// <summary>As <see cref="RunAsync(string, string[])"/>, with more environment variables for the process.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Isolate from the test host's own MSBuild environment and keep no build servers behind.
        foreach (var variable in new[] { "MSBuildSDKsPath", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "DOTNET_HOST_PATH" })
        {
            start.Environment.Remove(variable);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static readonly Lazy<Task> SampleReferences = new(BuildSampleReferencesAsync);

    /// <summary>
    /// Builds a sample in place, Release, with its own compilation run again so that every warning is printed, but not
    /// the projects it references: rebuilding the analyzers for every sample cost about 18 s each. Those are built once
    /// per test run instead.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> BuildSampleAsync(string sampleFolder, params string[] properties)
    {
        await SampleReferences.Value;
        var arguments = new[]
        {
            "build", sampleFolder, "-c", "Release", "--no-incremental", "-p:BuildProjectReferences=false", "-p:UseSharedCompilation=false",
        };
        return await RunAsync(RepositoryRoot, arguments.Concat(properties).ToArray());
    }

    private static async Task BuildSampleReferencesAsync()
    {
        var references = new[]
        {
            "src/ColdStart/ColdStart.csproj",
            "src/ColdStart.Analyzers.CodeFixes/ColdStart.Analyzers.CodeFixes.csproj",
            "samples/LambdaCompat/LambdaCompat.csproj",
        };
        foreach (var project in references)
        {
            var (exitCode, output) = await RunAsync(RepositoryRoot, "build", project, "-c", "Release", "-p:UseSharedCompilation=false");
            if (exitCode != 0)
            {
                throw new InvalidOperationException("Building " + project + " for the samples failed:\n" + output);
            }
        }
    }

    public static string NewTempDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "coldstart-it", name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(path);
        return path;
    }

    public static IEnumerable<string> DiagnosticIds(string output, string severity)
    {
        return output.Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, severity + @" (COLD\d{3}):"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Distinct();
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>
/// The Azure Functions samples, built with the real worker packages (Microsoft.Azure.Functions.Worker and its SDK): the naive
/// app shows each marked hazard at its line and nothing else of ours (no Lambda rule on an Azure project), the optimized
/// app shows none.
/// </summary>
[Collection(DotNetCliCollection.Name)]
public sealed class AzureSampleTests : IDisposable
{
    private readonly string _sarif = Path.Combine(Path.GetTempPath(), "azure-" + Guid.NewGuid().ToString("N") + ".sarif");

    public void Dispose()
    {
        File.Delete(_sarif);
    }

    [Fact]
    public async Task Naive_Azure_sample_shows_each_hazard_at_its_line_and_nothing_else_from_our_rules()
    {
        var folder = Path.Combine(DotNet.RepositoryRoot, "samples", "Azure.Naive.Function");
        var program = await File.ReadAllLinesAsync(Path.Combine(folder, "Program.cs"));
        var orders = await File.ReadAllLinesAsync(Path.Combine(folder, "Orders.cs"));

        var (exitCode, output) = await Build(folder);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("AD0001", output);
        var expected = new[]
        {
            ("Program.cs", "COLD101", LineOf(program, "File.ReadAllText(")),
            ("Program.cs", "COLD103", LineOf(program, ".GetTypes()")),
            ("Program.cs", "COLD102", LineOf(program, ".GetAwaiter().GetResult()")),
            ("Program.cs", "COLD204", LineOf(program, "new JsonObjectSerializer(")),
            ("Orders.cs", "COLD301", LineOf(orders, "new HttpClient()")),
            ("Orders.cs", "COLD301", LineOf(orders, "new DefaultAzureCredential()")),
            ("Orders.cs", "COLD301", LineOf(orders, "new BlobContainerClient(")),
            ("Orders.cs", "COLD201", LineOf(orders, "JsonSerializer.DeserializeAsync<")),
            ("Orders.cs", "COLD201", LineOf(orders, "JsonSerializer.Serialize(")),
        };
        Assert.Equal(Sorted(expected), Sorted(WarningsIn(output)));

        // The project rules, at the project file's elements.
        var project = await File.ReadAllLinesAsync(Path.Combine(folder, "Azure.Naive.Function.csproj"));
        var projectResults = new[]
        {
            ("Azure.Naive.Function.csproj", "COLD701", LineOf(project, "<TargetFramework>")),
            ("Azure.Naive.Function.csproj", "COLD702", LineOf(project, "<FunctionsEnableExecutorSourceGen>")),
            ("Azure.Naive.Function.csproj", "COLD703", LineOf(project, "<TargetFramework>")),
        };
        Assert.Contains("warning COLD701: Azure Functions project 'Azure.Naive.Function' is published without ReadyToRun", output);
        Assert.Equal(Sorted(expected.Concat(projectResults)), Sorted(SarifResults(_sarif)));
    }

    [Fact]
    public async Task Optimized_Azure_sample_builds_without_cold_diagnostics()
    {
        var (exitCode, output) = await Build(Path.Combine(DotNet.RepositoryRoot, "samples", "Azure.Optimized.Function"));

        Assert.True(exitCode == 0, output);
        Assert.False(output.Contains("COLD", StringComparison.Ordinal), output);
        Assert.True(File.Exists(_sarif), "the build wrote no SARIF log");
        Assert.Empty(SarifResults(_sarif));
    }

    private Task<(int ExitCode, string Output)> Build(string folder)
    {
        return DotNet.BuildSampleAsync(folder, "-p:SampleErrorLog=" + _sarif + "%2Cversion=2.1");
    }

    private static int LineOf(string[] lines, string text)
        => Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal)
            && !l.TrimStart().StartsWith("<!--", StringComparison.Ordinal)) + 1;

    private static List<(string File, string Id, int Line)> Sorted(IEnumerable<(string File, string Id, int Line)> results)
        => results.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();

    private static IEnumerable<(string File, string Id, int Line)> WarningsIn(string output)
    {
        return output.Split('\n')
            .Select(line => Regex.Match(line, @"(Program|Orders)\.cs\((\d+),\d+\): warning (COLD\d{3}):"))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value + ".cs", m.Groups[3].Value, int.Parse(m.Groups[2].Value)))
            .Distinct();
    }

    /// <summary>Every COLD result of the build's SARIF log (Info-level ones included): file name, rule and line.</summary>
    private static IEnumerable<(string File, string Id, int Line)> SarifResults(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var results = new List<(string, string, int)>();
        foreach (var result in document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var id = result.GetProperty("ruleId").GetString()!;
            if (!id.StartsWith("COLD", StringComparison.Ordinal))
            {
                continue;
            }

            var file = string.Empty;
            var line = 0;
            if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0)
            {
                var physical = locations[0].GetProperty("physicalLocation");
                file = Path.GetFileName(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
                line = physical.GetProperty("region").GetProperty("startLine").GetInt32();
            }

            results.Add((file, id, line));
        }

        return results;
    }
}

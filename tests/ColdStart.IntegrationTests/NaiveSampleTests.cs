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
/// The README's main command, `dotnet build samples/Naive.Function`, shows every hazard of the sample at its line,
/// and the SARIF log of the same build holds the Info-level ones too.
/// </summary>
[Collection(DotNetCliCollection.Name)]
public sealed class NaiveSampleTests : IDisposable
{
    private readonly string _sarif = Path.Combine(Path.GetTempPath(), "naive-" + Guid.NewGuid().ToString("N") + ".sarif");

    public void Dispose()
    {
        File.Delete(_sarif);
    }

    [Fact]
    public async Task Build_shows_each_hazard_at_its_line_and_nothing_else_from_our_rules()
    {
        var source = Path.Combine(DotNet.RepositoryRoot, "samples", "Naive.Function", "OrderFunction.cs");
        var lines = await File.ReadAllLinesAsync(source);
        int LineOf(string text)
            => Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal)) + 1;

        var (exitCode, output) = await DotNet.BuildSampleAsync(
            Path.Combine(DotNet.RepositoryRoot, "samples", "Naive.Function"), "-p:ErrorLog=" + _sarif + "%2Cversion=2.1");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("AD0001", output);
        var expectedWarnings = new[]
        {
            ("COLD101", LineOf("File.ReadAllText(")),
            ("COLD102", LineOf(".GetAwaiter().GetResult()")),
            ("COLD103", LineOf(".GetTypes()")),
            ("COLD103", LineOf("Activator.CreateInstance(")),
            ("COLD301", LineOf("new AmazonDynamoDBClient()")),
            ("COLD301", LineOf("new DynamoDBContext(dynamo)")),
            ("COLD303", LineOf("new DynamoDBContext(dynamo)")),
            ("COLD202", LineOf("typeof(DefaultLambdaJsonSerializer)")),
            ("COLD201", LineOf("System.Text.Json.JsonSerializer.Serialize(")),
            ("COLD201", LineOf("JsonConvert.SerializeObject(")),
        };
        Assert.Equal(expectedWarnings.OrderBy(w => w.Item2).ThenBy(w => w.Item1), WarningsIn(output).OrderBy(w => w.Line).ThenBy(w => w.Id));
        Assert.Contains("warning COLD401: Project 'Naive.Function' is published without ReadyToRun", output);

        var settingsFile = Path.Combine(DotNet.RepositoryRoot, "samples", "Naive.Function", "aws-lambda-tools-defaults.json");
        var memoryLine = Array.FindIndex(await File.ReadAllLinesAsync(settingsFile), l => l.Contains("function-memory-size", StringComparison.Ordinal)) + 1;
        var projectFile = Path.Combine(DotNet.RepositoryRoot, "samples", "Naive.Function", "Naive.Function.csproj");
        var targetFrameworkLine = Array.FindIndex(
            await File.ReadAllLinesAsync(projectFile), l => l.Contains("<TargetFramework>", StringComparison.Ordinal)) + 1;
        var sarifResults = SarifResults(_sarif).Where(r => r.RuleId.StartsWith("COLD", StringComparison.Ordinal)).ToList();
        var expectedInSarif = expectedWarnings
            .Select(w => (w.Item1, "OrderFunction.cs", w.Item2))
            .Append(("COLD302", "OrderFunction.cs", LineOf("new AmazonS3Client()")))
            .Append(("COLD404", "aws-lambda-tools-defaults.json", memoryLine))
            .Append(("COLD401", "Naive.Function.csproj", targetFrameworkLine))
            .Append(("COLD403", "Naive.Function.csproj", targetFrameworkLine));
        Assert.Equal(
            expectedInSarif.OrderBy(r => r.Item1).ThenBy(r => r.Item3), sarifResults.Select(r => (r.RuleId, r.File, r.Line)).OrderBy(r => r.RuleId)
            .ThenBy(r => r.Line));
        Assert.Equal("note", sarifResults.Single(r => r.RuleId == "COLD302").Level);
        Assert.Equal("note", sarifResults.Single(r => r.RuleId == "COLD404").Level);
    }

    private static IEnumerable<(string Id, int Line)> WarningsIn(string output)
    {
        return output.Split('\n')
            .Select(line => Regex.Match(line, @"OrderFunction\.cs\((\d+),\d+\): warning (COLD\d{3}):"))
            .Where(m => m.Success)
            .Select(m => (m.Groups[2].Value, int.Parse(m.Groups[1].Value)))
            .Distinct();
    }

    /// <summary>Rule, file name and line of each result; project-level results have no location ("", 0).</summary>
    private static IEnumerable<(string RuleId, string File, int Line, string Level)> SarifResults(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var results = new List<(string, string, int, string)>();
        foreach (var result in document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var file = string.Empty;
            var line = 0;
            if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0)
            {
                var physical = locations[0].GetProperty("physicalLocation");
                file = Path.GetFileName(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
                line = physical.GetProperty("region").GetProperty("startLine").GetInt32();
            }

            results.Add((result.GetProperty("ruleId").GetString()!, file, line, result.GetProperty("level").GetString()!));
        }

        return results;
    }
}

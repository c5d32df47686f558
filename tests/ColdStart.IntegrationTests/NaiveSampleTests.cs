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
        int LineOf(string text) => Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal)) + 1;

        var (exitCode, output) = await DotNet.RunAsync(
            DotNet.RepositoryRoot,
            "build",
            Path.Combine("samples", "Naive.Function"),
            "-c",
            "Release",
            "--no-incremental",
            "-p:UseSharedCompilation=false",
            "-p:ErrorLog=" + _sarif + "%2Cversion=2.1");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("AD0001", output);
        var expectedWarnings = new[]
        {
            ("COLD101", LineOf("File.ReadAllText(")),
            ("COLD102", LineOf(".GetAwaiter().GetResult()")),
            ("COLD103", LineOf(".GetTypes()")),
            ("COLD103", LineOf("Activator.CreateInstance(")),
            ("COLD301", LineOf("new AmazonDynamoDBClient()")),
            ("COLD303", LineOf("new DynamoDBContextBuilder()")),
            ("COLD202", LineOf("typeof(DefaultLambdaJsonSerializer)")),
            ("COLD201", LineOf("System.Text.Json.JsonSerializer.Serialize(")),
            ("COLD201", LineOf("JsonConvert.SerializeObject(")),
        };
        Assert.Equal(expectedWarnings.OrderBy(w => w.Item2), WarningsIn(output).OrderBy(w => w.Line));

        var sarifResults = SarifResults(_sarif).Where(r => r.RuleId.StartsWith("COLD", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            expectedWarnings.Append(("COLD302", LineOf("new AmazonS3Client()"))).OrderBy(w => w.Item2),
            sarifResults.Select(r => (r.RuleId, r.Line)).OrderBy(w => w.Line));
        Assert.Equal("note", sarifResults.Single(r => r.RuleId == "COLD302").Level);
    }

    private static IEnumerable<(string Id, int Line)> WarningsIn(string output)
    {
        return output.Split('\n')
            .Select(line => Regex.Match(line, @"OrderFunction\.cs\((\d+),\d+\): warning (COLD\d{3}):"))
            .Where(m => m.Success)
            .Select(m => (m.Groups[2].Value, int.Parse(m.Groups[1].Value)))
            .Distinct();
    }

    private static IEnumerable<(string RuleId, int Line, string Level)> SarifResults(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var result in document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var line = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
            yield return (result.GetProperty("ruleId").GetString()!, line, result.GetProperty("level").GetString()!);
        }
    }
}

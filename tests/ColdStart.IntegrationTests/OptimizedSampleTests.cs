using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>Optimized.Function, built in place from the source tree, shows no COLD diagnostic and keeps its generated code under obj/.</summary>
[Collection(DotNetCliCollection.Name)]
public sealed class OptimizedSampleTests
{
    [Fact]
    public async Task Optimized_sample_builds_without_cold_diagnostics_and_shows_its_generated_code()
    {
        var sample = Path.Combine(DotNet.RepositoryRoot, "samples", "Optimized.Function");
        var sarif = Path.Combine(Path.GetTempPath(), "optimized-" + Guid.NewGuid().ToString("N") + ".sarif");
        try
        {
            var (exitCode, output) = await DotNet.BuildSampleAsync(sample, "-p:ErrorLog=" + sarif + "%2Cversion=2.1");

            Assert.True(exitCode == 0, output);
            Assert.False(output.Contains("COLD", StringComparison.Ordinal), output);
            using (var log = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarif)))
            {
                var ruleIds = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!);
                Assert.DoesNotContain(ruleIds, id => id.StartsWith("COLD", StringComparison.Ordinal));
            }

            var generated = Path.Combine(sample, "obj", "Release", "net10.0", "generated", "ColdStart.Analyzers");
            var prewarm = Path.Combine(
                generated, "ColdStart.Analyzers.Generation.PrewarmGenerator", "Optimized.Function.OrderFunction.FunctionHandler.Prewarm.g.cs");
            Assert.Contains("SnapshotRestore.RegisterBeforeSnapshot(FunctionHandlerBeforeSnapshotAsync)", File.ReadAllText(prewarm), StringComparison.Ordinal);
            Assert.True(
                File.Exists(Path.Combine(generated, "ColdStart.Analyzers.Generation.LazyClientGenerator", "Optimized.Function.LazyClients.LazyClients.g.cs")));
        }
        finally
        {
            File.Delete(sarif);
        }
    }
}

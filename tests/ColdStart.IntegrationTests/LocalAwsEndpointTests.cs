using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ColdStart.Harness.LocalAws;
using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>
/// The harness's local AWS endpoint answers every SDK call both samples make on each event's path, so the benchmark
/// measures the paths it names and never an error path. Runs the harness hosts as the harness does; nothing is timed.
/// </summary>
[Collection(DotNetCliCollection.Name)]
public sealed class LocalAwsEndpointTests
{
    public static TheoryData<string, string, string[]> Paths => new()
    {
        { "Naive.Host", "order-small.json", new[] { "DynamoDB.DescribeTable Orders", "DynamoDB.UpdateItem Orders" } },
        { "Naive.Host", "order-large.json", new[] { "DynamoDB.DescribeTable Orders", "DynamoDB.UpdateItem Orders", "S3.PutObject order-receipts" } },
        { "Naive.Host", "order.json", Array.Empty<string>() },
        // Optimized never asks for the table's metadata; its first warm-up ping primes the table with a read.
        { "Optimized.Host", "order-small.json", new[] { "DynamoDB.GetItem Orders", "DynamoDB.UpdateItem Orders" } },
        { "Optimized.Host", "order-large.json", new[] { "DynamoDB.GetItem Orders", "DynamoDB.UpdateItem Orders", "S3.PutObject order-receipts" } },
        { "Optimized.Host", "order.json", new[] { "DynamoDB.GetItem Orders" } },
    };

    /// <summary>Each host is built once for all its cases.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Builds = new();

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Each_sample_takes_the_event_path_against_the_local_endpoint(string host, string eventFile, string[] expectedCalls)
    {
        var output = await Builds.GetOrAdd(host, name => new Lazy<Task<string>>(() => BuildAsync(name))).Value;
        var events = Path.Combine(DotNet.RepositoryRoot, "samples", "ColdStart.Harness", "Events");

        using var endpoint = new LocalAwsEndpoint();
        var (exitCode, log) = await DotNet.RunAsync(
            output, endpoint.Environment, Path.Combine(output, host + ".dll"), Path.Combine(events, eventFile), Path.Combine(events, "ping.json"));

        Assert.True(exitCode == 0, log);
        Assert.Contains(ColdStart.Tool.HostProtocol.FirstResponse, log, StringComparison.Ordinal);
        Assert.Empty(endpoint.Unexpected);
        Assert.Equal(expectedCalls, endpoint.TakeCalls().Distinct().OrderBy(call => call, StringComparer.Ordinal));
    }

    private static async Task<string> BuildAsync(string host)
    {
        var output = DotNet.NewTempDirectory(host);
        var project = Path.Combine(DotNet.RepositoryRoot, "samples", "ColdStart.Harness", "Hosts", host, host + ".csproj");
        var (exitCode, log) = await DotNet.RunAsync(DotNet.RepositoryRoot, "build", project, "-c", "Release", "-o", output, "-p:UseSharedCompilation=false");
        Assert.True(exitCode == 0, log);
        return output;
    }
}

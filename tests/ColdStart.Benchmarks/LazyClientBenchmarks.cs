using Amazon.S3;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ColdStart.Benchmarks;

[LazyClient<AmazonS3Client>(Name = "S3")]
internal static partial class BenchmarkClients
{
    private static partial AmazonS3Client CreateS3() => new(Amazon.RegionEndpoint.EUWest1);
}

/// <summary>
/// Eager vs generated lazy clients in a fresh process: the first invocation on a path that needs the client and on
/// one that does not (cold, one iteration per launch).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class LazyClientFirstAccessBenchmarks
{
    [Benchmark(Baseline = true)]
    public object EagerClientPathWithoutClient()
    {
        var client = new AmazonS3Client(Amazon.RegionEndpoint.EUWest1);
        return client.Config.RegionEndpoint;
    }

    [Benchmark]
    public object LazyClientPathWithoutClient() => BenchmarkClients.IsS3Created;

    [Benchmark]
    public object LazyClientPathWithClient() => BenchmarkClients.S3.Config;
}

/// <summary>Steady-state access: a generated holder property vs a plain static readonly field.</summary>
[MemoryDiagnoser]
public class LazyClientSteadyStateBenchmarks
{
    private static readonly AmazonS3Client StaticField = new(Amazon.RegionEndpoint.EUWest1);

    [GlobalSetup]
    public void CreateClients() => BenchmarkClients.PrimeAll();

    [Benchmark(Baseline = true)]
    public AmazonS3Client StaticReadonlyField() => StaticField;

    [Benchmark]
    public AmazonS3Client GeneratedHolder() => BenchmarkClients.S3;
}

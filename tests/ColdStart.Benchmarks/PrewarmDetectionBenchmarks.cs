using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace ColdStart.Benchmarks;

/// <summary>Warm-up ping detection on pings and ordinary events, small and 1 MB: time and bytes allocated (target 0 B).</summary>
[MemoryDiagnoser]
public class PrewarmDetectionBenchmarks
{
    private static readonly WarmupPingOptions Options = new(WarmupConventions.All, scheduleRuleName: "orders-keep-warm");

    private readonly MemoryStream _ping = Stream("{\"prewarm\":true}");
    private readonly MemoryStream _scheduled = Stream(
        "{\"version\":\"0\",\"id\":\"89d1a02d\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\",\"account\":\"123456789012\","
        + "\"time\":\"2026-11-27T00:00:00Z\",\"region\":\"eu-west-1\","
        + "\"resources\":[\"arn:aws:events:eu-west-1:123456789012:rule/orders-keep-warm\"],\"detail\":{}}");
    private readonly MemoryStream _order = Stream(
        "{\"orderId\":\"42\",\"customerId\":\"c-7\","
        + "\"lines\":[{\"sku\":\"book\",\"quantity\":2,\"unitPrice\":12.5},{\"sku\":\"pen\",\"quantity\":10,\"unitPrice\":1.2}]}");
    private readonly MemoryStream _largeOrder = Stream("{\"orderId\":\"42\",\"note\":\"" + new string('x', 1024 * 1024) + "\"}");

    [Benchmark(Baseline = true)]
    public bool SmallPing() => WarmupPing.IsPing(_ping, Options);

    [Benchmark]
    public bool EventBridgeSchedule() => WarmupPing.IsPing(_scheduled, Options);

    [Benchmark]
    public bool SmallOrder() => WarmupPing.IsPing(_order, Options);

    [Benchmark]
    public bool OneMegabyteOrder() => WarmupPing.IsPing(_largeOrder, Options);

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}

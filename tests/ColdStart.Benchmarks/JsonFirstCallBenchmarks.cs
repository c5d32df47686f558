using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ColdStart.Benchmarks;

public sealed class OrderEvent
{
    public string OrderId { get; set; } = "";

    public string CustomerId { get; set; } = "";

    public List<OrderLine> Lines { get; set; } = new();
}

public sealed class OrderLine
{
    public string Sku { get; set; } = "";

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }
}

[JsonSerializable(typeof(OrderEvent))]
internal partial class BenchmarkJsonContext : JsonSerializerContext
{
}

/// <summary>
/// The first deserialise + serialise of the samples' event type in a fresh process (cold: one iteration per
/// launch, no warm-up): reflection System.Text.Json, the source-generated context, and Newtonsoft.Json; and the first
/// parse of the same event into a document, Newtonsoft.Json's JObject against System.Text.Json's JsonNode (COLD205).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class JsonFirstCallBenchmarks
{
    private const string Event = "{\"OrderId\":\"42\",\"CustomerId\":\"c-7\",\"Lines\":[{\"Sku\":\"book\",\"Quantity\":2,\"UnitPrice\":12.5}]}";

    [Benchmark(Baseline = true)]
    public string ReflectionSystemTextJson()
    {
        var order = JsonSerializer.Deserialize<OrderEvent>(Event)!;
        return JsonSerializer.Serialize(order);
    }

    [Benchmark]
    public string SourceGeneratedContext()
    {
        var order = JsonSerializer.Deserialize(Event, BenchmarkJsonContext.Default.OrderEvent)!;
        return JsonSerializer.Serialize(order, BenchmarkJsonContext.Default.OrderEvent);
    }

    [Benchmark]
    public string NewtonsoftJson()
    {
        var order = Newtonsoft.Json.JsonConvert.DeserializeObject<OrderEvent>(Event)!;
        return Newtonsoft.Json.JsonConvert.SerializeObject(order);
    }

    [Benchmark]
    public string NewtonsoftDocument()
    {
        var order = Newtonsoft.Json.Linq.JObject.Parse(Event);
        return (string)order["OrderId"]! + order["Lines"]![0]!["Sku"];
    }

    [Benchmark]
    public string SystemTextJsonDocument()
    {
        var order = System.Text.Json.Nodes.JsonNode.Parse(Event)!;
        return order["OrderId"]!.GetValue<string>() + order["Lines"]![0]!["Sku"];
    }
}

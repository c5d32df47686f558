using System;
using System.IO;
using System.Text;
using Xunit;

namespace ColdStart.Tests;

public class WarmupPingTests
{
    private static readonly WarmupPingOptions All = new(WarmupConventions.All, scheduleRuleName: "keep-warm", customProperty: "ping", customValue: "yes");

    [Theory]
    [InlineData("{\"prewarm\":true}")]
    [InlineData("{ \"prewarm\" : true }")]
    [InlineData("{\"source\":\"serverless-plugin-warmup\"}")]
    [InlineData("{\"warmer\":true,\"concurrency\":3}")]
    [InlineData("{\"__WARMER_INVOCATION__\":2,\"warmer\":true}")]
    [InlineData(
        "{\"version\":\"0\",\"id\":\"1\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\",\"account\":\"123456789012\","
        + "\"time\":\"2026-11-27T00:00:00Z\",\"region\":\"eu-west-1\",\"resources\":[\"arn:aws:events:eu-west-1:123456789012:rule/keep-warm\"],"
        + "\"detail\":{}}")]
    [InlineData("{\"ping\":\"yes\"}")]
    public void Pings_are_recognised(string payload)
    {
        Assert.True(WarmupPing.IsPing(Stream(payload), All));
    }

    [Theory]
    [InlineData("{\"prewarm\":false}")]
    [InlineData("{\"orderId\":\"42\",\"lines\":[{\"sku\":\"prewarm\"}]}")]
    [InlineData("{\"order\":{\"prewarm\":true}}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"resources\":[\"arn:aws:events:eu-west-1:1:rule/nightly-report\"]}")]
    [InlineData("{\"ping\":\"no\"}")]
    [InlineData("[{\"prewarm\":true}]")]
    [InlineData("{\"prewarm\":tru")]
    [InlineData("\"prewarm\"")]
    [InlineData("")]
    public void Other_payloads_are_not_pings(string payload)
    {
        Assert.False(WarmupPing.IsPing(Stream(payload), All));
    }

    [Fact]
    public void Conventions_can_be_switched_off()
    {
        var onlyPrewarm = new WarmupPingOptions(WarmupConventions.Prewarm);

        Assert.True(WarmupPing.IsPing(Stream("{\"prewarm\":true}"), onlyPrewarm));
        Assert.False(WarmupPing.IsPing(Stream("{\"warmer\":true}"), onlyPrewarm));
        Assert.False(WarmupPing.IsPing(Stream("{\"source\":\"serverless-plugin-warmup\"}"), onlyPrewarm));
    }

    [Fact]
    public void The_stream_is_rewound_for_the_handler()
    {
        var stream = Stream("{\"orderId\":\"42\"}");

        Assert.False(WarmupPing.IsPing(stream, All));
        Assert.Equal(0, stream.Position);
        Assert.Equal("{\"orderId\":\"42\"}", new StreamReader(stream).ReadToEnd());
    }

    [Fact]
    public void A_one_megabyte_payload_is_not_read()
    {
        var payload = "{\"prewarm\":true,\"padding\":\"" + new string('x', 1024 * 1024) + "\"}";
        using var stream = new CountingStream(Encoding.UTF8.GetBytes(payload));

        Assert.False(WarmupPing.IsPing(stream, All));
        Assert.Equal(0, stream.BytesRead);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Non_seekable_streams_are_left_alone()
    {
        using var stream = new CountingStream(Encoding.UTF8.GetBytes("{\"prewarm\":true}"), seekable: false);

        Assert.False(WarmupPing.IsPing(stream, All));
        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public void Detection_allocates_nothing()
    {
        var ping = Stream("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"resources\":[\"arn:aws:events:eu-west-1:1:rule/keep-warm\"]}");
        var order = Stream("{\"orderId\":\"42\",\"lines\":[{\"sku\":\"a\",\"quantity\":1}],\"ping\":\"yes\"}");
        // Let tiered compilation settle first: its one-off work is not the detector's.
        for (var i = 0; i < 2000; i++)
        {
            WarmupPing.IsPing(ping, All);
            WarmupPing.IsPing(order, All);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            WarmupPing.IsPing(ping, All);
            WarmupPing.IsPing(order, All);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));

    /// <summary>A stream that counts what is read from it.</summary>
    private sealed class CountingStream(byte[] data, bool seekable = true) : MemoryStream(data)
    {
        public long BytesRead { get; private set; }

        public override bool CanSeek => seekable && base.CanSeek;

        public override int Read(Span<byte> buffer)
        {
            var count = base.Read(buffer);
            BytesRead += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }
}

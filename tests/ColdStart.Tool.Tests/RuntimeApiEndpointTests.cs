using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ColdStart.Tool.Measuring;
using Xunit;

namespace ColdStart.Tool.Tests;

/// <summary>The endpoint, driven by an HttpClient playing the function's runtime loop.</summary>
public sealed class RuntimeApiEndpointTests : IDisposable
{
    private static readonly byte[] Event = Encoding.UTF8.GetBytes("{\"name\":\"ada\"}");

    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task It_hands_out_the_event_and_records_asks_and_answers_until_every_invocation_is_answered()
    {
        using var endpoint = new RuntimeApiEndpoint(Event, 2, () => _clock.Elapsed.TotalMilliseconds);
        Assert.StartsWith("127.0.0.1:", endpoint.Address, StringComparison.Ordinal);

        for (var i = 1; i <= 2; i++)
        {
            using var next = await _client.GetAsync(Url(endpoint, "invocation/next"));
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
            Assert.Equal(Event, await next.Content.ReadAsByteArrayAsync());
            var requestId = next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").Single();
            Assert.Equal("coldstart-" + i, requestId);
            Assert.True(long.Parse(next.Headers.GetValues("Lambda-Runtime-Deadline-Ms").Single(), System.Globalization.CultureInfo.InvariantCulture)
                > DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            Assert.Single(next.Headers.GetValues("Lambda-Runtime-Invoked-Function-Arn"));
            Assert.False(endpoint.Outcome.IsCompleted);

            using var response = await _client.PostAsync(Url(endpoint, $"invocation/{requestId}/response"), new StringContent("\"hello ada\""));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var outcome = await endpoint.Outcome.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(new RuntimeApiOutcome(RuntimeApiOutcomeKind.Answered, "\"hello ada\""), outcome);
        Assert.Equal(2, endpoint.Asked.Count);
        Assert.Equal(2, endpoint.Answered.Count);
        Assert.True(endpoint.Asked[0] <= endpoint.Answered[0] && endpoint.Answered[0] <= endpoint.Asked[1] && endpoint.Asked[1] <= endpoint.Answered[1]);
    }

    [Fact]
    public async Task Each_invocation_gets_its_own_event_in_order()
    {
        var events = new[] { Event, Event, Encoding.UTF8.GetBytes("{\"ping\":true}") };
        using var endpoint = new RuntimeApiEndpoint(events, () => _clock.Elapsed.TotalMilliseconds);
        Assert.Equal(3, endpoint.Invocations);
        foreach (var expected in events)
        {
            using var next = await _client.GetAsync(Url(endpoint, "invocation/next"));
            Assert.Equal(expected, await next.Content.ReadAsByteArrayAsync());
            var requestId = next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").Single();
            using (await _client.PostAsync(Url(endpoint, $"invocation/{requestId}/response"), new StringContent("{}")))
            {
            }
        }

        Assert.Equal(RuntimeApiOutcomeKind.Answered, (await endpoint.Outcome.WaitAsync(TimeSpan.FromSeconds(5))).Kind);
    }

    [Fact]
    public async Task An_ask_after_the_last_invocation_waits_as_a_frozen_environment_does()
    {
        using var endpoint = new RuntimeApiEndpoint(Event, 1, () => _clock.Elapsed.TotalMilliseconds);
        using (await _client.GetAsync(Url(endpoint, "invocation/next")))
        {
        }

        using (await _client.PostAsync(Url(endpoint, "invocation/coldstart-1/response"), new StringContent("{}")))
        {
        }

        var third = _client.GetAsync(Url(endpoint, "invocation/next"));
        await Task.Delay(200);
        Assert.False(third.IsCompleted);
        Assert.Equal(RuntimeApiOutcomeKind.Answered, (await endpoint.Outcome).Kind);
    }

    [Fact]
    public async Task An_init_error_ends_the_conversation_with_its_type_and_body()
    {
        using var endpoint = new RuntimeApiEndpoint(Event, 2, () => _clock.Elapsed.TotalMilliseconds);
        var content = new StringContent("{\"errorMessage\":\"no table\"}");
        content.Headers.Add("Lambda-Runtime-Function-Error-Type", "Runtime.InitError");
        using var response = await _client.PostAsync(Url(endpoint, "init/error"), content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var outcome = await endpoint.Outcome.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(RuntimeApiOutcomeKind.InitError, outcome.Kind);
        Assert.Equal("Runtime.InitError: {\"errorMessage\":\"no table\"}", outcome.Body);
        Assert.Empty(endpoint.Asked);
    }

    [Fact]
    public async Task An_invocation_error_ends_the_conversation()
    {
        using var endpoint = new RuntimeApiEndpoint(Event, 2, () => _clock.Elapsed.TotalMilliseconds);
        using (await _client.GetAsync(Url(endpoint, "invocation/next")))
        {
        }

        using (await _client.PostAsync(Url(endpoint, "invocation/coldstart-1/error"), new StringContent("{\"errorMessage\":\"boom\"}")))
        {
        }

        var outcome = await endpoint.Outcome.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(RuntimeApiOutcomeKind.InvocationError, outcome.Kind);
        Assert.Contains("boom", outcome.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_request_gets_404_and_is_recorded()
    {
        using var endpoint = new RuntimeApiEndpoint(Event, 1, () => _clock.Elapsed.TotalMilliseconds);
        using var response = await _client.GetAsync(new Uri($"http://{endpoint.Address}/2018-06-01/runtime/invocation/latest"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(new[] { "GET /2018-06-01/runtime/invocation/latest" }, endpoint.Unexpected);
    }

    [Fact]
    public void Each_endpoint_gets_its_own_free_port_and_releases_it()
    {
        string address;
        using (var first = new RuntimeApiEndpoint(Event, 1, () => 0))
        using (var second = new RuntimeApiEndpoint(Event, 1, () => 0))
        {
            Assert.NotEqual(first.Address, second.Address);
            address = first.Address;
        }

        using var client = new System.Net.Sockets.TcpClient();
        var port = int.Parse(address.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.ThrowsAny<System.Net.Sockets.SocketException>(() => client.Connect(IPAddress.Loopback, port));
    }

    private static Uri Url(RuntimeApiEndpoint endpoint, string path) => new($"http://{endpoint.Address}/2018-06-01/runtime/{path}");
}

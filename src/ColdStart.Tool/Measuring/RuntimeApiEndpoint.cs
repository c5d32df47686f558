using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ColdStart.Tool.Measuring;

/// <summary>
/// The Lambda Runtime API (2018-06-01) for one cold start of an executable function: it serves
/// <c>/runtime/invocation/next</c>, <c>/response</c>, <c>/error</c> and <c>/init/error</c> on 127.0.0.1 at a free port,
/// hands out its events one invocation each, and records when the function asked for work (the first ask ends
/// init) and when it answered. Once every invocation is answered, later asks wait, as in a frozen Lambda environment.
/// </summary>
public sealed class RuntimeApiEndpoint : IDisposable
{
    private const string Base = "/2018-06-01/runtime/";

    private readonly HttpListener _listener = new();
    private readonly IReadOnlyList<byte[]> _events;
    private readonly Func<double> _clock;
    private readonly TaskCompletionSource<RuntimeApiOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<double> _asked = new();
    private readonly List<double> _answered = new();
    private readonly List<string> _unexpected = new();
    private readonly object _gate = new();
    private int _handedOut;

    /// <param name="eventBody">The event every invocation gets.</param>
    /// <param name="invocations">How many invocations to hand out (the first and the warm one: 2).</param>
    /// <param name="clock">Milliseconds since the function's process was started.</param>
    public RuntimeApiEndpoint(byte[] eventBody, int invocations, Func<double> clock)
        : this(Enumerable.Repeat(eventBody, invocations).ToArray(), clock)
    {
    }

    /// <param name="events">The event of each invocation, in order (the first, the warm one, then any later ones).</param>
    /// <param name="clock">Milliseconds since the function's process was started.</param>
    public RuntimeApiEndpoint(IReadOnlyList<byte[]> events, Func<double> clock)
    {
        ArgumentNullException.ThrowIfNull(events);
        _events = events;
        _clock = clock;
        var port = FreePort();
        Address = "127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
        _listener.Prefixes.Add($"http://{Address}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    /// <summary>The value of AWS_LAMBDA_RUNTIME_API for the function: host and port, loopback only.</summary>
    public string Address { get; }

    /// <summary>How many invocations the endpoint hands out: one per event.</summary>
    public int Invocations => _events.Count;

    /// <summary>Completes when every invocation is answered, or when the function reports an init or invocation error.</summary>
    public Task<RuntimeApiOutcome> Outcome => _outcome.Task;

    /// <summary>When the function asked for its n-th invocation (the first ask is the end of init), in ms from process start.</summary>
    public IReadOnlyList<double> Asked
    {
        get
        {
            lock (_gate)
            {
                return _asked.ToArray();
            }
        }
    }

    /// <summary>When the function posted its n-th response, in ms from process start.</summary>
    public IReadOnlyList<double> Answered
    {
        get
        {
            lock (_gate)
            {
                return _answered.ToArray();
            }
        }
    }

    /// <summary>Requests the endpoint does not know (method and path).</summary>
    public IReadOnlyList<string> Unexpected
    {
        get
        {
            lock (_gate)
            {
                return _unexpected.ToArray();
            }
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Close();
        _outcome.TrySetCanceled();
        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var now = _clock();
        var request = context.Request;
        var path = request.Url?.AbsolutePath ?? "";
        try
        {
            if (request.HttpMethod == "GET" && path == Base + "invocation/next")
            {
                await NextAsync(context.Response, now).ConfigureAwait(false);
                return;
            }

            var body = await new StreamReader(request.InputStream, Encoding.UTF8).ReadToEndAsync().ConfigureAwait(false);
            if (request.HttpMethod == "POST" && path == Base + "init/error")
            {
                await AcceptedAsync(context.Response).ConfigureAwait(false);
                _outcome.TrySetResult(new RuntimeApiOutcome(RuntimeApiOutcomeKind.InitError, ErrorText(request, body)));
            }
            else if (IsInvocationPost(request, path, "/response"))
            {
                int answered;
                lock (_gate)
                {
                    _answered.Add(now);
                    answered = _answered.Count;
                }

                await AcceptedAsync(context.Response).ConfigureAwait(false);
                if (answered >= Invocations)
                {
                    _outcome.TrySetResult(new RuntimeApiOutcome(RuntimeApiOutcomeKind.Answered, body));
                }
            }
            else if (IsInvocationPost(request, path, "/error"))
            {
                await AcceptedAsync(context.Response).ConfigureAwait(false);
                _outcome.TrySetResult(new RuntimeApiOutcome(RuntimeApiOutcomeKind.InvocationError, ErrorText(request, body)));
            }
            else
            {
                lock (_gate)
                {
                    _unexpected.Add(request.HttpMethod + " " + path);
                }

                context.Response.StatusCode = 404;
                context.Response.Close();
            }
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The function went away mid-request: its exit is reported by the runner.
        }
    }

    private async Task NextAsync(HttpListenerResponse response, double now)
    {
        int number;
        lock (_gate)
        {
            _asked.Add(now);
            number = ++_handedOut;
        }

        if (number > Invocations)
        {
            // Nothing more to do: the environment would be frozen here. Hold the request until the run ends.
            try
            {
                await Task.Delay(Timeout.Infinite, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            return;
        }

        var requestId = "coldstart-" + number.ToString(CultureInfo.InvariantCulture);
        var deadline = DateTimeOffset.UtcNow.AddMinutes(15).ToUnixTimeMilliseconds();
        response.StatusCode = 200;
        response.ContentType = "application/json";
        response.Headers["Lambda-Runtime-Aws-Request-Id"] = requestId;
        response.Headers["Lambda-Runtime-Deadline-Ms"] = deadline.ToString(CultureInfo.InvariantCulture);
        response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:000000000000:function:coldstart";
        response.Headers["Lambda-Runtime-Trace-Id"] = "Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0";
        var body = _events[number - 1];
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        response.Close();
    }

    private static async Task AcceptedAsync(HttpListenerResponse response)
    {
        var body = Encoding.UTF8.GetBytes("{\"status\":\"OK\"}");
        response.StatusCode = 202;
        response.ContentType = "application/json";
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        response.Close();
    }

    private static bool IsInvocationPost(HttpListenerRequest request, string path, string suffix)
        => request.HttpMethod == "POST" && path.StartsWith(Base + "invocation/", StringComparison.Ordinal) && path.EndsWith(suffix, StringComparison.Ordinal);

    private static string ErrorText(HttpListenerRequest request, string body)
    {
        var type = request.Headers["Lambda-Runtime-Function-Error-Type"];
        return string.IsNullOrEmpty(type) ? body : type + ": " + body;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}

/// <summary>How the conversation with the function ended.</summary>
public enum RuntimeApiOutcomeKind
{
    /// <summary>Every invocation was answered.</summary>
    Answered,

    /// <summary>The function posted to /runtime/init/error.</summary>
    InitError,

    /// <summary>The function posted to /runtime/invocation/{id}/error.</summary>
    InvocationError,
}

/// <summary>The end of a conversation: its kind and the last body the function sent (the last response or the error).</summary>
public sealed record RuntimeApiOutcome(RuntimeApiOutcomeKind Kind, string Body);

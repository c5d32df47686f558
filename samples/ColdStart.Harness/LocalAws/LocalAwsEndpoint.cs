using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace ColdStart.Harness.LocalAws;

/// <summary>
/// A local stand-in for the AWS calls the sample functions make: DynamoDB DescribeTable, GetItem (no item), PutItem
/// and UpdateItem (DynamoDBContext.SaveAsync writes with UpdateItem), and S3 PutObject (path style), with minimal valid
/// responses. It records every request. A request it does not know
/// gets an error response and is recorded as unexpected, so a caller can fail instead of measuring an error path.
/// The functions reach it the way a user reaches a local emulator: <see cref="Environment"/> sets the SDK's
/// AWS_ENDPOINT_URL, dummy credentials, and a proxy that refuses every host but this one, so no request leaves the machine.
/// </summary>
public sealed class LocalAwsEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<string> _calls = new();
    private readonly List<string> _unexpected = new();
    private readonly Task _serving;

    public LocalAwsEndpoint()
    {
        Url = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>
    /// What a process needs to call this endpoint instead of AWS: the SDK's endpoint override, a region, dummy
    /// credentials, and a proxy on a closed port for every other host (NO_PROXY exempts this one).
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["AWS_ENDPOINT_URL"] = Url.TrimEnd('/'),
        ["AWS_REGION"] = "eu-west-1",
        ["AWS_ACCESS_KEY_ID"] = "AKIDCOLDSTARTHARNESS",
        ["AWS_SECRET_ACCESS_KEY"] = "harness",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["HTTP_PROXY"] = "http://127.0.0.1:9",
        ["HTTPS_PROXY"] = "http://127.0.0.1:9",
        ["NO_PROXY"] = "127.0.0.1,localhost",
    };

    /// <summary>Takes the calls recorded since the last take, e.g. <c>DynamoDB.PutItem Orders</c>, <c>S3.PutObject order-receipts</c>.</summary>
    public IReadOnlyList<string> TakeCalls()
    {
        lock (_calls)
        {
            var calls = _calls.ToList();
            _calls.Clear();
            return calls;
        }
    }

    /// <summary>Requests the endpoint could not answer (operation, path), since it started.</summary>
    public IReadOnlyList<string> Unexpected
    {
        get
        {
            lock (_calls)
            {
                return _unexpected.ToList();
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _serving.GetAwaiter().GetResult();
        }
        catch (ObjectDisposedException)
        {
            // The listener was closed while waiting for a request: the normal way to stop.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }

            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var body = new MemoryStream();
        await request.InputStream.CopyToAsync(body);
        var response = context.Response;
        var target = request.Headers["X-Amz-Target"];
        string? call = null;
        if (target is not null && target.StartsWith("DynamoDB_20120810.", StringComparison.Ordinal))
        {
            var operation = target.Substring("DynamoDB_20120810.".Length);
            var table = TableName(body.ToArray());
            var answer = operation switch
            {
                "DescribeTable" => DescribeTable(table),
                "GetItem" or "PutItem" or "UpdateItem" => "{}",
                _ => null,
            };
            if (answer is not null)
            {
                call = $"DynamoDB.{operation} {table}";
                await WriteAsync(response, 200, "application/x-amz-json-1.0", answer);
            }
        }
        else if (request.HttpMethod == "PUT" && request.Url!.AbsolutePath.Trim('/').Split('/') is { Length: >= 2 } path)
        {
            call = $"S3.PutObject {path[0]}";
            response.Headers["ETag"] = "\"d41d8cd98f00b204e9800998ecf8427e\"";
            await WriteAsync(response, 200, "application/xml", string.Empty);
        }

        lock (_calls)
        {
            if (call is null)
            {
                _unexpected.Add($"{request.HttpMethod} {request.Url?.AbsolutePath} {target}");
            }
            else
            {
                _calls.Add(call);
            }
        }

        if (call is null)
        {
            await WriteAsync(
                response, 400, "application/x-amz-json-1.0",
                "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"not served by the local endpoint\"}");
        }
    }

    /// <summary>The table as the samples' OrderRecord declares it: hash key OrderId (string).</summary>
    private static string DescribeTable(string table)
    {
        return "{\"Table\":{\"TableName\":\"" + table + "\",\"TableStatus\":\"ACTIVE\"," +
            "\"TableArn\":\"arn:aws:dynamodb:eu-west-1:123456789012:table/" + table + "\"," +
            "\"KeySchema\":[{\"AttributeName\":\"OrderId\",\"KeyType\":\"HASH\"}]," +
            "\"AttributeDefinitions\":[{\"AttributeName\":\"OrderId\",\"AttributeType\":\"S\"}]," +
            "\"BillingModeSummary\":{\"BillingMode\":\"PAY_PER_REQUEST\"},\"ItemCount\":0,\"TableSizeBytes\":0,\"CreationDateTime\":1767225600}}";
    }

    private static string TableName(byte[] body)
    {
        if (body.Length == 0)
        {
            return "?";
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("TableName", out var name) ? name.GetString() ?? "?" : "?";
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string contentType, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        response.Headers["x-amzn-RequestId"] = "local";
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}

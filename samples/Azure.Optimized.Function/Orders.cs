using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace Azure.Optimized.Function;

/// <summary>
/// The worker still constructs this class for every invocation; its constructor now only stores the singletons DI hands it.
/// </summary>
public class Orders
{
    private readonly IHttpClientFactory _httpClients;
    private readonly BlobContainerClient _receipts;
    private readonly PricingRules _pricing;

    public Orders(IHttpClientFactory httpClients, BlobContainerClient receipts, PricingRules pricing)
    {
        _httpClients = httpClients;
        _receipts = receipts;
        _pricing = pricing;
    }

    [Function("PlaceOrder")]
    public async Task<HttpResponseData> PlaceOrder([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequestData request)
    {
        var order = await JsonSerializer.DeserializeAsync(request.Body, AppJsonContext.Default.Order)
            ?? throw new InvalidOperationException("no order");
        var priced = order with { Total = _pricing.Price(order) };

        var receipt = JsonSerializer.Serialize(priced, AppJsonContext.Default.Order);
        await _receipts.UploadBlobAsync(priced.Id + ".json", BinaryData.FromString(receipt));
        await _httpClients.CreateClient("audit").PostAsync(new Uri("orders", UriKind.Relative), new StringContent(receipt));

        var response = request.CreateResponse(HttpStatusCode.Accepted);
        await response.WriteStringAsync(receipt);
        return response;
    }

    [Function("Health")]
    public HttpResponseData Health([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequestData request)
        => request.CreateResponse(HttpStatusCode.OK);
}

public record Order(string Id, string Product, int Quantity, decimal Total);

[JsonSerializable(typeof(Order))]
internal partial class AppJsonContext : JsonSerializerContext
{
}

/// <summary>Reads its rules file on first use (the first PlaceOrder), not while the instance starts.</summary>
public sealed class PricingRules
{
    private readonly Lazy<string> _rules = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pricing-rules.json")));

    public decimal Price(Order order) => order.Quantity * (_rules.Value.Length > 0 ? 9.99m : 0m);
}

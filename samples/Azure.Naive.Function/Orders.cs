using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace Azure.Naive.Function;

/// <summary>
/// The Azure Functions worker constructs this class for every invocation (its function activator), so everything its
/// constructor and field initialisers build is built per invocation.
/// </summary>
public class Orders
{
    // HAZARD COLD301: a new HttpClient (and its connection pool) for every invocation.
    private readonly HttpClient _http = new HttpClient();
    private readonly BlobContainerClient _receipts;
    private readonly PricingRules _pricing;

    public Orders(PricingRules pricing)
    {
        _pricing = pricing;

        // HAZARD COLD301: a credential per invocation probes its sources and fetches a token again each time.
        var credential = new DefaultAzureCredential();

        // HAZARD COLD301: a storage client (pipeline, transport, retry policy) per invocation.
        _receipts = new BlobContainerClient(new Uri("https://shopreceipts.blob.core.windows.net/receipts"), credential);
    }

    [Function("PlaceOrder")]
    public async Task<HttpResponseData> PlaceOrder([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequestData request)
    {
        // HAZARD COLD201: reflection-based deserialisation builds Order's metadata on the first invocation.
        var order = await JsonSerializer.DeserializeAsync<Order>(request.Body) ?? throw new InvalidOperationException("no order");
        var priced = order with { Total = _pricing.Price(order) };

        // HAZARD COLD201: and the same for serialisation.
        var receipt = JsonSerializer.Serialize(priced);
        await _receipts.UploadBlobAsync(priced.Id + ".json", BinaryData.FromString(receipt));
        await _http.PostAsync(new Uri("https://audit.example.com/orders"), new StringContent(receipt));

        var response = request.CreateResponse(HttpStatusCode.Accepted);
        await response.WriteStringAsync(receipt);
        return response;
    }

    [Function("Health")]
    public HttpResponseData Health([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequestData request)
        => request.CreateResponse(HttpStatusCode.OK);
}

public record Order(string Id, string Product, int Quantity, decimal Total);

public sealed class PricingRules
{
    private readonly string _rules;

    public PricingRules(string rules, int validators, string[] catalogue)
    {
        _rules = rules;
        Validators = validators;
        Catalogue = catalogue;
    }

    public int Validators { get; }

    public string[] Catalogue { get; }

    public decimal Price(Order order) => order.Quantity * (_rules.Length > 0 ? 9.99m : 0m);
}

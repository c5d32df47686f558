using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.Lambda.Core;
using Amazon.Lambda.Serialization.SystemTextJson;
using Amazon.S3.Model;
using ColdStart;
using Shop.Domain;

[assembly: LambdaSerializer(typeof(SourceGeneratorLambdaJsonSerializer<Optimized.Function.AppJsonContext>))]

namespace Optimized.Function;

/// <summary>
/// Accepts an order: validates it, stores it in DynamoDB and archives a receipt of large orders in S3 — the same
/// business logic as Naive.Function, with nothing expensive on the init path.
/// </summary>
public partial class OrderFunction
{
    private const decimal ArchiveThreshold = 1000m;

    private static readonly Lazy<string> PricingRules = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pricing-rules.json")));

    private static readonly IReadOnlyList<IOrderValidator> Validators = new IOrderValidator[] { new HasLinesValidator(), new PositiveQuantityValidator() };

    private static readonly string BucketName = Environment.GetEnvironmentVariable("RECEIPT_BUCKET") ?? "order-receipts";

    /// <summary>Runs once on the first warm-up ping, so the first real order finds warm clients and JSON metadata.</summary>
    [WarmUp]
    private static void LoadPricingRules() => _ = PricingRules.Value;

    /// <summary>
    /// Reads an order that does not exist, writing nothing: the DynamoDB context builds its model of OrderRecord and
    /// the SDK sets up its request pipeline and connection. Under SnapStart this is the priming AWS recommends.
    /// </summary>
    [WarmUp]
    private static Task PrimeOrdersTableAsync() => LazyClients.Orders.LoadAsync<OrderRecord>("warm-up");

    [Prewarm(ScheduleRuleName = "orders-keep-warm", SnapStart = true)]
    public async Task<OrderResult> FunctionHandler(OrderEvent order, ILambdaContext context)
    {
        if (string.IsNullOrWhiteSpace(order.OrderId))
        {
            return new OrderResult { Problems = { "missing order id" } };
        }

        var problems = Validators.SelectMany(validator => validator.Validate(order)).ToList();
        if (problems.Count > 0)
        {
            return new OrderResult { OrderId = order.OrderId, Problems = problems };
        }

        var total = order.Lines.Sum(line => line.Quantity * line.UnitPrice);
        await LazyClients.Orders.SaveAsync(new OrderRecord { OrderId = order.OrderId, CustomerId = order.CustomerId, Total = total });

        if (total >= ArchiveThreshold)
        {
            var receipt = JsonSerializer.Serialize(
                new Receipt { OrderId = order.OrderId, Total = total, PricingRulesVersion = PricingRules.Value.Length }, AppJsonContext.Default.Receipt);
            await LazyClients.ReceiptArchive.PutObjectAsync(new PutObjectRequest
            {
                BucketName = BucketName,
                Key = $"receipts/{order.OrderId}.json",
                ContentBody = receipt,
            });
        }

        context.Logger.LogLine($"order accepted: {JsonSerializer.Serialize(order, AppJsonContext.Default.OrderEvent)}, total {total}");
        return new OrderResult { OrderId = order.OrderId, Accepted = true, Total = total };
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.Lambda.Core;
using Amazon.Lambda.Serialization.SystemTextJson;
using Amazon.S3;
using Amazon.S3.Model;
using Newtonsoft.Json;
using Shop.Domain;

// COLD202: every event and response goes through a reflection-based serializer.
[assembly: LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]

namespace Naive.Function;

/// <summary>
/// Accepts an order: validates it, stores it in DynamoDB and archives a receipt of large orders in S3.
/// Every cold-start hazard here is deliberate; Optimized.Function shows the same logic without them.
/// </summary>
public class OrderFunction
{
    private const decimal ArchiveThreshold = 1000m;

    // COLD101: file I/O in static initialisation.
    private static readonly string PricingRules = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pricing-rules.json"));

    private static readonly IReadOnlyList<IOrderValidator> Validators = DiscoverValidators();

    // COLD302: only large orders need S3, but every cold start builds the client.
    private static readonly AmazonS3Client ReceiptArchive = new AmazonS3Client();

    private readonly string _bucketName;

    public OrderFunction()
    {
        // COLD102: blocking on asynchronous work while the function initialises.
        _bucketName = ResolveBucketNameAsync().GetAwaiter().GetResult();
    }

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

        // COLD301: a new DynamoDB client and context on every invocation; COLD303: the context calls DescribeTable on first use.
        // (The SDK v3 constructor, as much Lambda code still has it; SDK v4's DynamoDBContextBuilder avoids the call.)
        using var dynamo = new AmazonDynamoDBClient();
#pragma warning disable CS0618
        using var orders = new DynamoDBContext(dynamo);
#pragma warning restore CS0618
        await orders.SaveAsync(new OrderRecord { OrderId = order.OrderId, CustomerId = order.CustomerId, Total = total });

        if (total >= ArchiveThreshold)
        {
            // COLD201: reflection-based System.Text.Json.
            var receipt = System.Text.Json.JsonSerializer.Serialize(
                new Receipt { OrderId = order.OrderId, Total = total, PricingRulesVersion = PricingRules.Length });
            await ReceiptArchive.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _bucketName,
                Key = $"receipts/{order.OrderId}.json",
                ContentBody = receipt,
            });
        }

        // COLD201: Newtonsoft.Json, reflection only.
        context.Logger.LogLine($"order accepted: {JsonConvert.SerializeObject(order)}, total {total}");
        return new OrderResult { OrderId = order.OrderId, Accepted = true, Total = total };
    }

    // COLD103: scans the assembly and creates instances from Type objects during initialisation.
    private static IReadOnlyList<IOrderValidator> DiscoverValidators()
    {
        return typeof(OrderFunction).Assembly.GetTypes()
            .Where(type => typeof(IOrderValidator).IsAssignableFrom(type) && type.IsClass && !type.IsAbstract)
            .Select(type => (IOrderValidator)Activator.CreateInstance(type)!)
            .ToList();
    }

    private static async Task<string> ResolveBucketNameAsync()
    {
        await Task.Yield();
        return Environment.GetEnvironmentVariable("RECEIPT_BUCKET") ?? "order-receipts";
    }
}

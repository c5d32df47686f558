using System.Threading.Tasks;
using ColdStart.Analyzers.Tests.Infrastructure;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ClientCreatedEagerlyAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class ClientCreatedEagerlyTests
{
    [Fact]
    public Task Client_used_on_one_branch_only_is_reported_and_guarded_use_is_not()
    {
        return Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static readonly AmazonDynamoDBClient Db = new AmazonDynamoDBClient();
                private static readonly AmazonS3Client S3 = {|COLD302:new AmazonS3Client()|};

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    if (string.IsNullOrEmpty(input))
                    {
                        return "invalid";
                    }

                    await Db.ListTablesAsync();
                    if (input.StartsWith("archive"))
                    {
                        await S3.ListBucketsAsync();
                    }

                    return "ok";
                }
            }
            """);
    }

    // Both handlers call the events object through its interface, but Ping's implementation touches none of its state: a
    // cold start of Ping builds the DynamoDB client for nothing. Status's method calls another of the class's methods, and
    // Region's reads what the constructor made from the client: both may need it.
    [Fact]
    public Task A_client_owner_whose_methods_that_a_handler_calls_never_touch_its_client_is_reported()
    {
        return Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;

            public class Function
            {
                private readonly IEventStore _events = {|COLD302:new EventStore()|};

                public Task<string> Save(string input, ILambdaContext context) => _events.Save(input);

                public string Ping(string input, ILambdaContext context) => _events.Ping();
            }

            public class AuditFunction
            {
                private readonly IEventStore _events = new EventStore();

                public Task<string> Save(string input, ILambdaContext context) => _events.Save(input);

                public string Status(string input, ILambdaContext context) => _events.Status();

                public string Region(string input, ILambdaContext context) => _events.Region();
            }

            public interface IEventStore
            {
                Task<string> Save(string input);

                string Ping();

                string Status();

                string Region();
            }

            public class EventStore : IEventStore
            {
                private readonly AmazonDynamoDBClient _db = new AmazonDynamoDBClient();
                private readonly string _region;

                public EventStore() => _region = _db.Config.ServiceURL;

                public string Region() => _region;

                public async Task<string> Save(string input)
                {
                    await _db.ListTablesAsync();
                    return input;
                }

                public string Ping() => "pong";

                public string Status() => Describe();

                private string Describe() => _db.Config.ServiceURL;
            }
            """);
    }

    [Fact]
    public Task An_smtp_client_used_on_one_branch_is_not_reported_since_it_connects_only_when_it_sends()
    {
        // Its constructor stores the host; the connection is opened by the first Send.
        return Verify.VerifyAsync("""
            using System.Net.Mail;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static readonly SmtpClient Mail = new SmtpClient("smtp.example.com");
                private static readonly AmazonS3Client S3 = {|COLD302:new AmazonS3Client()|};

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    if (input.StartsWith("notify"))
                    {
                        Mail.Send("shop@example.com", input, "Order", "Shipped");
                        await S3.ListBucketsAsync();
                    }

                    return "ok";
                }
            }
            """);
    }

    [Fact]
    public Task An_openid_configuration_manager_used_on_one_branch_is_not_reported_since_it_fetches_only_when_asked()
    {
        // Its constructor stores the address; the metadata document is fetched on the first GetConfigurationAsync.
        return Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;
            using Microsoft.IdentityModel.Protocols;

            public class Function
            {
                private static readonly ConfigurationManager<Metadata> Keys = new ConfigurationManager<Metadata>("https://login.example/.well-known");
                private static readonly AmazonS3Client S3 = {|COLD302:new AmazonS3Client()|};

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    if (input.StartsWith("bearer"))
                    {
                        await Keys.GetConfigurationAsync();
                        await S3.ListBucketsAsync();
                    }

                    return "ok";
                }
            }

            public class Metadata
            {
            }

            namespace Microsoft.IdentityModel.Protocols
            {
                public class ConfigurationManager<T>
                    where T : class
                {
                    public ConfigurationManager(string address)
                    {
                    }

                    public Task<T> GetConfigurationAsync() => Task.FromResult<T>(null!);
                }
            }
            """);
    }

    [Fact]
    public Task A_handler_class_client_that_nothing_reads_is_reported_as_unused_by_the_handler_with_its_fix()
    {
        // The handler's own path is the better message (and the lazy fix applies); "nothing reads" is for holders no handler owns.
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Amazon.S3;

                public class Function
                {
                    private readonly AmazonS3Client _s3 = {|#0:new AmazonS3Client()|};

                    public string Handle(string input, ILambdaContext context) => input;
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("'AmazonS3Client'", "Function", "_s3", "Function.Handle"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_constructor_with_parameters_beside_the_parameterless_one_is_left_to_tests()
    {
        // The runtime builds the handler type with its parameterless constructor; the other one is the unit tests'.
        return Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private readonly IAmazonS3 _s3;

                public Function()
                {
                    _s3 = {|COLD302:new AmazonS3Client()|};
                }

                public Function(IAmazonS3 s3, string bucket)
                {
                    _s3 = new AmazonS3Client();
                }

                public string Ping(string input, ILambdaContext context) => input;

                public async Task<string> Archive(string input, ILambdaContext context)
                {
                    await _s3.ListBucketsAsync();
                    return input;
                }
            }
            """);
    }

    private const string S3Events = """
        namespace Amazon.Lambda.S3Events
        {
            public class S3Event
            {
                public System.Collections.Generic.List<S3EventNotificationRecord>? Records { get; set; }

                public class S3EventNotificationRecord
                {
                    public S3Entity? S3 { get; set; }
                }

                public class S3Entity
                {
                    public S3BucketEntity Bucket { get; set; } = new();
                    public S3ObjectEntity Object { get; set; } = new();
                }

                public class S3BucketEntity
                {
                    public string Name { get; set; } = "";
                }

                public class S3ObjectEntity
                {
                    public string Key { get; set; } = "";
                }
            }
        }
        """;

    private const string Orders = """
        namespace Shop
        {
            public class Order
            {
                public string Id { get; set; } = "";
                public int Quantity { get; set; }
                public decimal Total { get; set; }
                public bool IsDigital { get; set; }
                public Line[] Lines { get; set; } = System.Array.Empty<Line>();
            }

            public class Line
            {
                public string Sku { get; set; } = "";
                public int Quantity { get; set; }
            }

            public class Reply
            {
                public static readonly Reply Rejected = new Reply { Status = 422 };
                public int Status { get; set; }
                public string Message { get; set; } = "";
                public string[] Problems { get; set; } = System.Array.Empty<string>();
            }
        }
        """;

    [Fact]
    public Task An_index_loop_over_the_input_uses_the_client_like_a_foreach_and_one_over_other_data_does_not()
    {
        return Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Batch
            {
                public List<string> Keys { get; set; } = new List<string>();
            }

            public class Writer
            {
                private static readonly AmazonS3Client Bucket = new AmazonS3Client();

                public async Task<int> Handle(Batch batch, ILambdaContext context)
                {
                    for (var index = 0; index <= batch.Keys.Count - 1; index++)
                    {
                        await Bucket.DeleteObjectAsync("orders", batch.Keys[index]);
                    }

                    return batch.Keys.Count;
                }
            }

            public class Retrier
            {
                private static readonly AmazonS3Client Bucket = {|COLD302:new AmazonS3Client()|};
                private static readonly string[] Pending = new string[0];

                public async Task<int> Handle(Batch batch, ILambdaContext context)
                {
                    for (var index = 0; index < Pending.Length; index++)
                    {
                        await Bucket.DeleteObjectAsync("orders", Pending[index]);
                    }

                    return batch.Keys.Count;
                }
            }
            """);
    }

    // A switch expression or ?: runs one branch: when each branch either uses the client or only rejects the input (a throw, a
    // constant answer), every path that does work needs it. A branch that computes an answer without it is a real path.
    [Fact]
    public Task Switch_expression_and_conditional_arms_that_all_use_the_client_or_reject_cover_every_path()
    {
        return Verify.VerifyAsync(
            """
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Router
            {
                private static readonly AmazonS3Client Store = new AmazonS3Client();

                public async Task<int> Handle(string verb, ILambdaContext context)
                {
                    return verb.ToUpperInvariant() switch
                    {
                        "GET" => await Read(verb),
                        "DELETE" => await Remove(verb),
                        "HEAD" => 405,
                    };
                }

                private static async Task<int> Read(string key)
                {
                    if (key.Length == 0)
                    {
                        return 400;
                    }

                    var listed = await Store.ListBucketsAsync();
                    return listed.Buckets.Count;
                }

                private static async Task<int> Remove(string key)
                {
                    await Store.DeleteObjectAsync("orders", key);
                    return 204;
                }
            }

            public class Checker
            {
                private static readonly AmazonS3Client Store = new AmazonS3Client();

                public async Task<int> Handle(string key, ILambdaContext context)
                    => key.Length == 0 ? throw new ArgumentException("no key") : (await Store.ListBucketsAsync()).Buckets.Count;
            }

            public class Reporter
            {
                private static readonly AmazonS3Client Store = {|COLD302:new AmazonS3Client()|};

                public async Task<int> Handle(string verb, ILambdaContext context)
                {
                    return verb switch
                    {
                        "LIST" => (await Store.ListBucketsAsync()).Buckets.Count,
                        "COUNT" => verb.Split(',').Length,
                        _ => throw new NotSupportedException(verb),
                    };
                }
            }

            public class Greeter
            {
                private static readonly AmazonS3Client Store = {|COLD302:new AmazonS3Client()|};

                public async Task<int> Handle(string verb, ILambdaContext context)
                    => verb == "LIST" ? (await Store.ListBucketsAsync()).Buckets.Count : verb.Split(',').Length;
            }
            """);
    }

    [Fact]
    public Task Record_loop_that_skips_empty_records_uses_the_client_for_every_record_that_does_work()
    {
        // The shape of AWS's S3 blueprint: the records are copied to a local first, an empty record is skipped with
        // continue, and a failure is logged and rethrown.
        return Verify.VerifyAsync(
            """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.S3Events;
            using Amazon.S3;

            public class Function
            {
                public Function()
                {
                    S3Client = new AmazonS3Client();
                }

                public Function(IAmazonS3 s3Client)
                {
                    S3Client = s3Client;
                }

                private IAmazonS3 S3Client { get; }

                public async Task FunctionHandler(S3Event evnt, ILambdaContext context)
                {
                    var eventRecords = evnt.Records ?? new List<S3Event.S3EventNotificationRecord>();
                    foreach (var record in eventRecords)
                    {
                        var s3Event = record.S3;
                        if (s3Event == null)
                        {
                            continue;
                        }

                        try
                        {
                            var metadata = await this.S3Client.GetObjectMetadataAsync(s3Event.Bucket.Name, s3Event.Object.Key);
                            context.Logger.LogLine(metadata.Headers.ContentType);
                        }
                        catch (Exception e)
                        {
                            context.Logger.LogLine($"Could not read {s3Event.Object.Key} from {s3Event.Bucket.Name}.");
                            context.Logger.LogLine(e.Message);
                            throw;
                        }
                    }
                }
            }
            """,
            S3Events);
    }

    [Fact]
    public Task Rejecting_invalid_input_by_throwing_returning_a_constant_or_logging_first_is_not_a_path_that_skips_the_client()
    {
        return Verify.VerifyAsync(
            """
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Shop;

            public class Function
            {
                private static readonly AmazonS3Client Receipts = new AmazonS3Client();

                public async Task<Reply?> Handle(Order? order, ILambdaContext context)
                {
                    if (order is null)
                    {
                        return null;
                    }

                    if (order.Quantity < 0) throw new ArgumentOutOfRangeException(nameof(order), "negative quantity");

                    if (string.IsNullOrWhiteSpace(order.Id))
                    {
                        context.Logger.LogLine("order without an id");
                        Console.WriteLine($"rejected order of {order.Total}");
                        return new Reply { Status = 400, Message = $"order of {order.Total} has no id", Problems = new[] { "id", nameof(order.Id) } };
                    }

                    if (order.Quantity == 0)
                    {
                        return Reply.Rejected;
                    }

                    string key;
                    if (order.IsDigital)
                    {
                        key = "digital/" + order.Id;
                    }
                    else if (order.Total > 0)
                    {
                        key = "goods/" + order.Id;
                    }
                    else
                    {
                        context.Logger.LogLine("nothing to pay");
                        throw new InvalidOperationException("an order with nothing to pay");
                    }

                    await Receipts.PutObjectAsync(new PutObjectRequest { Key = key });
                    return new Reply { Status = 200 };
                }

                public Task<string> Peek(Order order, ILambdaContext context)
                {
                    if (order.Quantity == 0) return Task.FromResult<string>(null!);
                    return Task.FromResult(Receipts.Config.ServiceURL ?? order.Id);
                }

                public async Task Archive(Order order, ILambdaContext context)
                {
                    switch (order.Quantity)
                    {
                        case 0:
                            return;
                        case < 0:
                            throw new ArgumentException("negative quantity");
                        default:
                            await Receipts.PutObjectAsync(new PutObjectRequest { Key = order.Id });
                            break;
                    }
                }
            }
            """,
            Orders);
    }

    [Fact]
    public Task Error_responses_that_serialise_a_message_naming_what_was_wrong_are_guard_exits()
    {
        return Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Shop;

            public class Function
            {
                private static readonly AmazonS3Client Receipts = new AmazonS3Client();

                public async Task<Reply> Handle(Order order, ILambdaContext context)
                {
                    foreach (var line in order.Lines)
                    {
                        if (line.Quantity <= 0)
                        {
                            context.Logger.LogLine($"line {line.Sku} has no quantity");
                            return new Reply
                            {
                                Status = 400,
                                Message = JsonSerializer.Serialize(new { error = $"line {line.Sku} needs a quantity above {0}" }),
                                Problems = new List<string> { string.Format("sku {0}", line.Sku) }.ToArray(),
                            };
                        }
                    }

                    await Receipts.PutObjectAsync(new PutObjectRequest { Key = order.Id });
                    return new Reply { Status = 200 };
                }
            }
            """,
            Orders);
    }

    [Fact]
    public Task An_error_response_built_by_a_helper_from_constants_is_a_guard_exit_and_a_helper_that_does_work_is_not()
    {
        return Verify.VerifyAsync(
            """
            using System.Text.Json;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Shop;

            public class Function
            {
                private static readonly AmazonS3Client Receipts = new AmazonS3Client();

                public async Task<Reply> Handle(Order order, ILambdaContext context)
                {
                    if (order.Lines.Length == 0)
                    {
                        return Status("an order needs a line", 400);
                    }

                    await Receipts.PutObjectAsync(new PutObjectRequest { Key = order.Id });
                    return Status(order.Id, 200);
                }

                private static Reply Status<T>(T body, int code) => new Reply { Status = code, Message = JsonSerializer.Serialize(body) };
            }

            public class Audited
            {
                private static readonly AmazonS3Client Receipts = {|COLD302:new AmazonS3Client()|};

                public async Task<Reply> Handle(Order order, ILambdaContext context)
                {
                    if (order.Lines.Length == 0)
                    {
                        return Recount(order);
                    }

                    await Receipts.PutObjectAsync(new PutObjectRequest { Key = order.Id });
                    return new Reply { Status = 200 };
                }

                private static Reply Recount(Order order) => new Reply { Status = 200, Message = order.Lines.Length.ToString() + Totals.Sum(order) };
            }

            public static class Totals
            {
                public static string Sum(Order order) => order.Id;
            }
            """,
            Orders);
    }

    [Fact]
    public Task Paths_that_do_other_work_or_return_a_computed_result_skip_each_client_they_do_not_use()
    {
        return Verify.VerifyAsync(
            """
            using System.Collections.Concurrent;
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Shop;

            public class Digital
            {
                private static readonly AmazonDynamoDBClient Licences = {|COLD302:new AmazonDynamoDBClient()|};
                private static readonly AmazonS3Client Receipts = {|COLD302:new AmazonS3Client()|};

                public async Task<string> Handle(Order order, ILambdaContext context)
                {
                    if (string.IsNullOrEmpty(order.Id))
                    {
                        return "invalid";
                    }

                    if (order.IsDigital)
                    {
                        await Licences.ListTablesAsync();
                        return "licensed";
                    }

                    await Receipts.PutObjectAsync(new PutObjectRequest { Key = order.Id });
                    return "stored";
                }
            }

            public class Cached
            {
                private static readonly ConcurrentDictionary<string, string> Seen = new();
                private static readonly AmazonS3Client Receipts = {|COLD302:new AmazonS3Client()|};

                public async Task<string> Handle(Order order, ILambdaContext context)
                {
                    if (Seen.TryGetValue(order.Id, out var etag))
                    {
                        return etag;
                    }

                    var response = await Receipts.PutObjectAsync(new PutObjectRequest { Key = order.Id });
                    return Seen[order.Id] = response.ETag;
                }
            }

            public class Batch
            {
                private static readonly AmazonDynamoDBClient Ledger = {|COLD302:new AmazonDynamoDBClient()|};
                private static readonly AmazonS3Client Receipts = {|COLD302:new AmazonS3Client()|};

                public async Task Handle(Order[] orders, ILambdaContext context)
                {
                    foreach (var order in orders)
                    {
                        if (order.IsDigital)
                        {
                            await Ledger.ListTablesAsync();
                            continue;
                        }

                        await Receipts.PutObjectAsync(new PutObjectRequest { Key = order.Id });
                    }
                }
            }
            """,
            Orders);
    }

    [Fact]
    public Task Archive_only_for_large_orders_is_reported_behind_validation_guards()
    {
        // The naive sample's model: validation returns early, every valid order is saved, only large ones archived.
        return Verify.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Shop;

            public class Function
            {
                private const decimal Threshold = 1000m;
                private static readonly AmazonDynamoDBClient Orders = new AmazonDynamoDBClient();
                private static readonly AmazonS3Client Archive = {|COLD302:new AmazonS3Client()|};

                public async Task<Reply> Handle(Order order, ILambdaContext context)
                {
                    if (string.IsNullOrWhiteSpace(order.Id))
                    {
                        return new Reply { Problems = new[] { "missing order id" } };
                    }

                    await Orders.ListTablesAsync();
                    if (order.Total >= Threshold)
                    {
                        await Archive.PutObjectAsync(new PutObjectRequest { Key = $"receipts/{order.Id}.json" });
                    }

                    context.Logger.LogLine("accepted");
                    return new Reply { Status = 200 };
                }
            }
            """,
            Orders);
    }

    [Fact]
    public Task Each_handler_building_every_handlers_client_owning_service_is_reported_with_the_client_it_builds()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Amazon.DynamoDBv2;
                using Amazon.Lambda.Core;
                using Amazon.S3;

                public class Inventory
                {
                    private readonly AmazonDynamoDBClient _table = new AmazonDynamoDBClient();

                    public Task CountAsync() => _table.ListTablesAsync();
                }

                public class Invoices
                {
                    private readonly IAmazonS3 _bucket;

                    public Invoices()
                    {
                        _bucket = new AmazonS3Client();
                    }

                    public Task ListAsync() => _bucket.ListBucketsAsync();
                }

                public class Prices
                {
                    private readonly IAmazonS3 _bucket;

                    public Prices(IAmazonS3 bucket) => _bucket = bucket;

                    public Task ListAsync() => _bucket.ListBucketsAsync();
                }

                public class Functions
                {
                    private static readonly IAmazonS3 Shared = new AmazonS3Client();
                    private readonly Inventory _inventory = new Inventory();
                    private readonly Invoices _invoices = new Invoices();
                    private readonly Prices _prices = new Prices(Shared);

                    public Task Count(string input, ILambdaContext context) => _inventory.CountAsync();

                    public Task Bill(string input, ILambdaContext context) => _invoices.ListAsync();

                    public Task Price(string input, ILambdaContext context) => _prices.ListAsync();
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(37, 45, 37, 60)
            .WithArguments("'Inventory' (which builds 'AmazonDynamoDBClient')", "Functions", "_inventory", "Functions.Bill"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(38, 43, 38, 57)
            .WithArguments("'Invoices' (which builds 'AmazonS3Client')", "Functions", "_invoices", "Functions.Count"));
        return test.RunAsync();
    }

    [Fact]
    public Task Program_building_the_handler_object_it_runs_is_not_building_a_client_owner_eagerly()
    {
        return Verify.VerifyExecutableAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Amazon.S3;

            var function = new Function();
            await LambdaBootstrapBuilder.Create<string, string>(function.Handle, new DefaultLambdaJsonSerializer()).Build().RunAsync();

            public class Function
            {
                private readonly AmazonS3Client _s3 = new AmazonS3Client();

                public async Task<string> Handle(string key, ILambdaContext context)
                {
                    var buckets = await _s3.ListBucketsAsync();
                    return key + buckets.Buckets.Count;
                }
            }
            """);
    }

    [Fact]
    public Task Client_that_another_handler_never_uses_is_reported_with_that_handler()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Amazon.S3;

                public class Functions
                {
                    private readonly AmazonS3Client _s3;

                    public Functions()
                    {
                        _s3 = new AmazonS3Client();
                    }

                    public string Upload(string input, ILambdaContext context) => Store(input);

                    public string Ping(string input, ILambdaContext context) => "pong";

                    private string Store(string input) => input + _s3;
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(10, 15, 10, 35).WithArguments("'AmazonS3Client'", "Functions", "_s3", "Functions.Ping"));
        return test.RunAsync();
    }

    [Fact]
    public Task Client_used_on_every_path_is_not_reported()
    {
        return Verify.VerifyAsync("""
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static readonly AmazonS3Client S3 = new AmazonS3Client();

                public string Handle(string input, ILambdaContext context)
                {
                    if (input == null) throw new System.ArgumentNullException(nameof(input));
                    string result;
                    if (input.Length > 3)
                    {
                        result = S3.ToString()!;
                    }
                    else
                    {
                        result = "short" + S3;
                    }

                    return result;
                }
            }
            """);
    }

    [Fact]
    public Task Client_used_inside_work_queued_with_Task_Run_is_used_on_that_path_but_one_in_a_stored_callback_is_not()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static readonly AmazonS3Client Queued = new AmazonS3Client();
                private static readonly AmazonS3Client Started = new AmazonS3Client();
                private static readonly AmazonS3Client Deferred = {|COLD302:new AmazonS3Client()|};
                private static Func<string>? _later;

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    var listed = await Task.Run(() => Queued.ListBucketsAsync());
                    await Task.Factory.StartNew(() => Started.ToString());
                    _later = () => Deferred.ToString()!;
                    return input + listed;
                }
            }
            """);
    }

    [Fact]
    public Task Client_handed_over_during_init_is_not_reported_but_one_handed_over_by_a_handler_is()
    {
        return Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class OrderStore
            {
                private readonly object _client;
                public OrderStore(object client) => _client = client;
                public Task SaveAsync() => Task.FromResult(_client);
            }

            public class Function
            {
                private readonly AmazonDynamoDBClient _db = new AmazonDynamoDBClient();
                private readonly AmazonS3Client _s3 = {|COLD302:new AmazonS3Client()|};
                private readonly OrderStore _orders;

                public Function() => _orders = new OrderStore(_db);

                public Task Handle(string input, ILambdaContext context)
                {
                    return input.Length > 3 ? new OrderStore(_s3).SaveAsync() : _orders.SaveAsync();
                }
            }
            """);
    }

    [Fact]
    public Task Top_level_client_used_conditionally_by_the_bootstrap_handler_is_reported()
    {
        return Verify.VerifyExecutableAsync("""
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Amazon.S3;

            var s3 = {|COLD302:new AmazonS3Client()|};

            var handler = (string input, ILambdaContext context) => input.Length > 10 ? s3.ToString()! : input.ToUpperInvariant();

            await LambdaBootstrapBuilder.Create(handler, new DefaultLambdaJsonSerializer()).Build().RunAsync();
            """);
    }

    [Fact]
    public Task Clients_injected_into_an_annotations_class_are_reported_where_a_function_of_the_class_does_not_use_them()
    {
        var test = new Verify.Test(LambdaStubs.Default) { TestCode = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Annotations;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Reports({|#0:IAmazonS3 archive|}, IAmazonDynamoDB ledger, HttpClient web)
            {
                [LambdaFunction]
                public Task<string> Count(string day, ILambdaContext context) => ledger.ListTablesAsync().ContinueWith(t => day);

                [LambdaFunction]
                public async Task<string> Archive(string day, ILambdaContext context)
                {
                    await ledger.ListTablesAsync();
                    return day.Length > 3 ? (await archive.ListBucketsAsync()).ToString()! : day;
                }
            }

            public class Orders
            {
                private readonly AmazonDynamoDBClient _orders;
                private readonly IAmazonS3 _receipts;

                public Orders(AmazonDynamoDBClient orders, {|#1:IAmazonS3 receipts|})
                {
                    _orders = orders;
                    _receipts = receipts;
                }

                [LambdaFunction]
                public Task Save(string id, ILambdaContext context) => _orders.ListTablesAsync();

                [LambdaFunction]
                public Task Ship(string id, ILambdaContext context) => Task.WhenAll(_orders.ListTablesAsync(), _receipts.ListBucketsAsync());
            }

            // A primary constructor's parameter copied into a field: the functions read the field.
            public class Invoices(IAmazonS3 store, {|#2:IAmazonDynamoDB ledger|})
            {
                private readonly IAmazonS3 _store = store;
                private readonly IAmazonDynamoDB _ledger = ledger;

                [LambdaFunction]
                public Task Print(string id, ILambdaContext context) => _store.ListBucketsAsync();

                [LambdaFunction]
                public Task Book(string id, ILambdaContext context) => Task.WhenAll(_store.ListBucketsAsync(), _ledger.ListTablesAsync());
            }
            """ };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "'IAmazonS3' (built by the DI container to construct 'Reports')", "Reports", "archive", "Reports.Count"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments(
            "'IAmazonS3' (built by the DI container to construct 'Orders')", "Orders", "_receipts", "Orders.Save"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments(
            "'IAmazonDynamoDB' (built by the DI container to construct 'Invoices')", "Invoices", "_ledger", "Invoices.Print"));
        return test.RunAsync();
    }

    [Fact]
    public Task Injected_clients_every_function_uses_an_injected_http_client_and_classes_that_are_not_annotations_functions_are_not_reported()
    {
        return Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.Lambda.Annotations;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Reports(IAmazonS3 archive, HttpClient web)
            {
                [LambdaFunction]
                public Task Count(string day, ILambdaContext context) => archive.ListBucketsAsync();

                [LambdaFunction]
                public async Task Archive(string day, ILambdaContext context) => await archive.ListBucketsAsync();
            }

            public class Worker(IAmazonS3 archive)
            {
                public Task Run(string day, ILambdaContext context) => Task.CompletedTask;
            }
            """);
    }

    [Fact]
    public Task Marking_the_trace_as_failed_before_a_guard_exit_counts_as_logging_and_other_work_does_not()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Diagnostics;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static readonly AmazonS3Client Receipts = new AmazonS3Client();

                public async Task<int> Handle(string method, ILambdaContext context)
                {
                    if (method != "POST")
                    {
                        Activity.Current?.SetStatus(ActivityStatusCode.Error, "wrong method");
                        Activity.Current?.AddTag("http.method", method);
                        return 404;
                    }

                    await Receipts.ListBucketsAsync();
                    return 200;
                }
            }

            public class Checker
            {
                private static readonly AmazonS3Client Audit = {|COLD302:new AmazonS3Client()|};

                public async Task<int> Check(string method, ILambdaContext context)
                {
                    if (method != "POST")
                    {
                        Console.WriteLine(method.Length);
                        GC.Collect();
                        return 404;
                    }

                    await Audit.ListBucketsAsync();
                    return 200;
                }
            }
            """);
    }

    // `if (found) { ...use the client...; return ok; } return error;` is a guard written the other way round: only the paths
    // that skip the branch reach the statements after it. Those must be a guard exit; a computed answer there is a real path.
    [Fact]
    public Task A_branch_that_uses_the_client_and_returns_followed_by_a_guard_exit_is_an_inverted_guard()
    {
        return Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Crawler
            {
                private readonly AmazonS3Client _s3 = new AmazonS3Client();

                public async Task<string> Handle(string key, ILambdaContext context)
                {
                    context.Logger.LogLine(key);
                    if (key.Length > 0)
                    {
                        await _s3.ListBucketsAsync();
                        return "started";
                    }

                    return "no new object found";
                }
            }

            public class Counter
            {
                private readonly AmazonS3Client _s3 = {|COLD302:new AmazonS3Client()|};

                public async Task<int> Handle(string key, ILambdaContext context)
                {
                    var length = key.Trim().Length;
                    if (length > 10)
                    {
                        await _s3.ListBucketsAsync();
                        return 0;
                    }

                    return length;
                }
            }

            public class Archiver
            {
                private readonly AmazonS3Client _s3 = {|COLD302:new AmazonS3Client()|};

                public async Task<string> Handle(string key, ILambdaContext context)
                {
                    if (key.Length > 10)
                    {
                        await _s3.ListBucketsAsync();
                    }

                    return "done";
                }
            }
            """);
    }

    // The reply type of the two tests below, whose handlers answer with it.
    private const string ReplyType = """
        public class Reply
        {
            public string Body { get; set; } = "";

            public int StatusCode { get; set; }
        }
        """;

    // The branch may end in an inner check that returns: a path that falls out of it used the client and failed that check
    // (a parsed id whose item is not found), and the guard exit after the branch answers it as it answers an id that does
    // not parse. An inner branch that does not leave lets a path that used the client go on to the end: the outer branch is
    // then not a guard written the other way round, and the path that skips it is a real one.
    [Fact]
    public Task A_branch_that_ends_in_an_inner_check_that_returns_is_an_inverted_guard_and_one_that_falls_through_is_not()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Lookup
            {
                private readonly AmazonS3Client _s3 = new AmazonS3Client();

                public async Task<Reply> Handle(string id, ILambdaContext context)
                {
                    if (Guid.TryParse(id, out var key))
                    {
                        var buckets = await _s3.ListBucketsAsync();
                        if (buckets.Buckets.Count > 0)
                        {
                            return new Reply { Body = buckets.Buckets[0].BucketName, StatusCode = 200 };
                        }
                    }

                    return Reject("Invalid id");
                }

                private static Reply Reject(string message) => new Reply { Body = message, StatusCode = 404 };
            }

            public class Tagger
            {
                private readonly AmazonS3Client _s3 = {|COLD302:new AmazonS3Client()|};

                public async Task<int> Handle(string id, ILambdaContext context)
                {
                    if (Guid.TryParse(id, out var key))
                    {
                        var buckets = await _s3.ListBucketsAsync();
                        if (buckets.Buckets.Count > 0)
                        {
                            context.Logger.LogLine(id);
                        }
                    }

                    return 200;
                }
            }
            """,
            ReplyType);
    }

    // A chain without a final else (`if (get) {...} else if (post) {...}`) whose every branch uses the client and returns, then a
    // guard exit, is the same guard written the other way round; so is a branch whose main path ends in an inner check after
    // work that may fail (a body parsed in try). A branch that returns a computed answer without the client is a real path.
    [Fact]
    public Task An_if_chain_whose_branches_each_use_the_client_before_a_guard_exit_is_an_inverted_guard()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Router
            {
                private readonly AmazonS3Client _s3 = new AmazonS3Client();

                public async Task<Reply> Handle(string method, ILambdaContext context)
                {
                    if (method == "get")
                    {
                        return new Reply { Body = (await _s3.ListBucketsAsync()).Buckets.Count.ToString(), StatusCode = 200 };
                    }
                    else if (method == "post")
                    {
                        return await Save(method);
                    }

                    return Reject("Invalid request");
                }

                private async Task<Reply> Save(string body)
                {
                    if (!string.IsNullOrEmpty(body))
                    {
                        string? name = null;
                        try
                        {
                            name = body.Trim();
                        }
                        catch (Exception error)
                        {
                            Console.WriteLine(error);
                        }

                        if (name != null)
                        {
                            await _s3.ListBucketsAsync();
                            return new Reply { Body = name, StatusCode = 200 };
                        }
                    }

                    return Reject("Invalid body");
                }

                private static Reply Reject(string message) => new Reply { Body = message, StatusCode = 400 };
            }

            public class Echo
            {
                private readonly AmazonS3Client _s3 = {|COLD302:new AmazonS3Client()|};

                public async Task<Reply> Handle(string method, ILambdaContext context)
                {
                    if (method == "get")
                    {
                        return new Reply { Body = (await _s3.ListBucketsAsync()).Buckets.Count.ToString(), StatusCode = 200 };
                    }
                    else if (method == "echo")
                    {
                        return new Reply { Body = method.Trim(), StatusCode = 200 };
                    }

                    return Reject("Invalid request");
                }

                private static Reply Reject(string message) => new Reply { Body = message, StatusCode = 400 };
            }
            """,
            ReplyType);
    }

    // A loop body that is only an if chain over the item (`INSERT`, `MODIFY`) skips the other items before doing any work for
    // them, as `else continue;` would. Work done for the item before the chain, or after it, makes the skipping path real.
    [Fact]
    public Task An_item_no_branch_of_a_loop_bodys_if_chain_takes_is_skipped_like_a_guard_exit()
    {
        return Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class StreamAudit
            {
                private readonly AmazonS3Client _s3 = new AmazonS3Client();

                public async Task Handle(List<string> records, ILambdaContext context)
                {
                    foreach (var record in records)
                    {
                        var kind = record.Length;
                        context.Logger.LogLine(record);
                        if (record.StartsWith("INSERT"))
                        {
                            await _s3.PutBucketAsync(record);
                        }
                        else if (record.StartsWith("MODIFY"))
                        {
                            await _s3.DeleteBucketAsync(record);
                        }
                    }
                }
            }

            public class TotalsThenArchive
            {
                private readonly AmazonS3Client _s3 = {|COLD302:new AmazonS3Client()|};

                public async Task Handle(List<string> records, ILambdaContext context)
                {
                    foreach (var record in records)
                    {
                        await System.IO.File.AppendAllTextAsync("totals.txt", record);
                        if (record.StartsWith("LARGE"))
                        {
                            await _s3.PutBucketAsync(record);
                        }
                    }
                }
            }

            public class ArchiveThenTotals
            {
                private readonly AmazonS3Client _s3 = {|COLD302:new AmazonS3Client()|};

                public async Task Handle(List<string> records, ILambdaContext context)
                {
                    foreach (var record in records)
                    {
                        if (record.StartsWith("LARGE"))
                        {
                            await _s3.PutBucketAsync(record);
                        }

                        await System.IO.File.AppendAllTextAsync("totals.txt", record);
                    }
                }
            }
            """);
    }

    // `else { Log(...); }` as the last thing a loop body or the handler does is `Log(...); continue;` (or `return;`)
    // without the keyword; a logging branch that other work follows, or that does work itself, is a real path.
    [Fact]
    public Task A_logging_only_branch_that_ends_the_loop_body_or_the_handler_is_a_guard_exit()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private readonly AmazonS3Client _s3 = new AmazonS3Client();

                public async Task Handle(string[] records, ILambdaContext context)
                {
                    try
                    {
                        foreach (var record in records)
                        {
                            if (record.StartsWith("insert"))
                            {
                                if (record.Length > 10)
                                {
                                    await _s3.ListBucketsAsync();
                                }
                                else
                                {
                                    context.Logger.LogLine("Required fields are empty.");
                                }
                            }
                            else
                            {
                                context.Logger.LogLine("Skipping record.");
                            }
                        }
                    }
                    catch (Exception e)
                    {
                        context.Logger.LogLine(e.Message);
                    }
                }
            }

            public class Tagger
            {
                private readonly AmazonS3Client _s3 = {|COLD302:new AmazonS3Client()|};

                public async Task Handle(string record, ILambdaContext context)
                {
                    if (record.StartsWith("insert"))
                    {
                        await _s3.ListBucketsAsync();
                    }
                    else
                    {
                        context.Logger.LogLine("Skipping record.");
                    }

                    await System.IO.File.WriteAllTextAsync("last-record.txt", record);
                }
            }

            public class Archiver
            {
                private readonly AmazonS3Client _s3 = {|COLD302:new AmazonS3Client()|};

                public async Task Handle(string record, ILambdaContext context)
                {
                    if (record.StartsWith("insert"))
                    {
                        await _s3.ListBucketsAsync();
                    }
                    else
                    {
                        context.Logger.LogLine("Not an insert.");
                        GC.Collect();
                    }
                }
            }
            """);
    }
}

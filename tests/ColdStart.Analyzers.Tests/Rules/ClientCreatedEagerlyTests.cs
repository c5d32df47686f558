using System.Threading.Tasks;
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
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(10, 15, 10, 35).WithArguments("AmazonS3Client", "Functions", "_s3", "Functions.Ping"));
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

            var handler = (string input, ILambdaContext context) => input.Length > 10 ? s3.ToString()! : input;

            await LambdaBootstrapBuilder.Create(handler, new DefaultLambdaJsonSerializer()).Build().RunAsync();
            """);
    }
}

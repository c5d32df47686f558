using System.Threading.Tasks;
using ColdStart.Analyzers.Tests.Infrastructure;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.DynamoDbContextTableMetadataAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class DynamoDbContextTableMetadataTests
{
    [Fact]
    public Task Context_without_disabled_metadata_fetching_is_reported()
    {
        return Verify.VerifyAsync("""
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.DataModel;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly AmazonDynamoDBClient Client = new AmazonDynamoDBClient();
                private static readonly DynamoDBContext Plain = {|COLD303:new DynamoDBContext(Client)|};
                private static readonly DynamoDBContext Configured = {|COLD303:new DynamoDBContext(Client, new DynamoDBContextConfig { ConsistentRead = true })|};
                private static readonly IDynamoDBContext Fetching = {|COLD303:new DynamoDBContextBuilder()
                    .WithDynamoDBClient(() => Client)
                    .ConfigureContext(c => c.DisableFetchingTableMetadata = false)
                    .Build()|};

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task A_local_harness_main_is_not_reported_and_the_function_is()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.DynamoDBv2;
                using Amazon.DynamoDBv2.DataModel;
                using Amazon.Lambda.Core;

                public class Function
                {
                    private static readonly DynamoDBContext Orders = {|COLD303:new DynamoDBContext(new AmazonDynamoDBClient())|};

                    public string Handle(string input, ILambdaContext context) => input + Orders;
                }

                public static class Program
                {
                    public static void Main()
                    {
                        var local = new DynamoDBContext(new AmazonDynamoDBClient());
                        System.Console.WriteLine(new Function().Handle(local.ToString()!, null!));
                    }
                }
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task A_builder_disables_fetching_by_default_and_is_not_reported()
    {
        return Verify.VerifyAsync("""
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.DataModel;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly AmazonDynamoDBClient Client = new AmazonDynamoDBClient();
                private static readonly IDynamoDBContext Built = new DynamoDBContextBuilder().WithDynamoDBClient(() => Client).Build();
                private static readonly IDynamoDBContext Consistent = new DynamoDBContextBuilder()
                    .WithDynamoDBClient(() => Client)
                    .ConfigureContext(c => c.ConsistentRead = true)
                    .Build();

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task Context_with_disabled_metadata_fetching_is_not_reported()
    {
        return Verify.VerifyAsync("""
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.DataModel;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly AmazonDynamoDBClient Client = new AmazonDynamoDBClient();
                private static readonly DynamoDBContextConfig Config = CreateConfig();
                private static readonly DynamoDBContext Inline = new DynamoDBContext(Client, new DynamoDBContextConfig { DisableFetchingTableMetadata = true });
                private static readonly DynamoDBContext FromField = new DynamoDBContext(Client, Config);
                private static readonly IDynamoDBContext Built = new DynamoDBContextBuilder()
                    .WithDynamoDBClient(() => Client)
                    .ConfigureContext(c => c.DisableFetchingTableMetadata = true)
                    .Build();

                private static DynamoDBContextConfig CreateConfig()
                {
                    var config = new DynamoDBContextConfig();
                    config.DisableFetchingTableMetadata = true;
                    return config;
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task Context_in_a_project_that_is_not_serverless_is_not_reported()
    {
        return Verify.VerifyAsync(
            new[]
            {
                """
                using Amazon.DynamoDBv2;
                using Amazon.DynamoDBv2.DataModel;

                public class Repository
                {
                    public DynamoDBContext Create() => new DynamoDBContext(new AmazonDynamoDBClient());
                }
                """,
            },
            new[] { LambdaStubs.Core });
    }
}

using System.Threading.Tasks;
using ColdStart.Analyzers.Tests.Infrastructure;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    ColdStart.Analyzers.Rules.ClientCreatedPerInvocationAnalyzer,
    ColdStart.Analyzers.CodeFixes.HoistClientCodeFixProvider>;

namespace ColdStart.Analyzers.Tests.CodeFixes;

public class HoistClientCodeFixTests
{
    [Fact]
    public Task Client_created_on_every_path_becomes_a_static_readonly_field_and_loses_its_using()
    {
        return Verify.VerifyAsync(
            """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Function
            {
                private const string Url = "https://example.com";

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    using var http = {|COLD301:new HttpClient()|};
                    return await http.GetStringAsync(Url + input);
                }
            }
            """,
            """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Function
            {
                private const string Url = "https://example.com";
                private static readonly HttpClient SharedHttpClient = new HttpClient();

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    var http = SharedHttpClient;
                    return await http.GetStringAsync(Url + input);
                }
            }
            """);
    }

    // A shared SMTP client would be used by overlapping invocations, which it does not support: nothing to hoist.
    [Fact]
    public Task An_smtp_client_is_not_moved_to_a_static_field()
    {
        const string Source = """
            using System.Net.Mail;
            using Amazon.Lambda.Core;

            public class Function
            {
                public void Handle(string input, ILambdaContext context)
                {
                    using var mail = {|COLD301:new SmtpClient("smtp.example.com")|};
                    mail.Send("shop@example.com", input, "Order", "Shipped");
                }
            }
            """;
        return Verify.VerifyAsync(Source, Source);
    }

    // Fix All hoists the outer construction, and the client built inside it moves into the same static field.
    [Fact]
    public Task A_client_built_inside_another_clients_construction_moves_with_it()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Amazon.DynamoDBv2;
                using Amazon.DynamoDBv2.DataModel;
                using Amazon.Lambda.Core;

                public class Function
                {
                    public async Task<string> Handle(string id, ILambdaContext context)
                    {
                        var orders = {|COLD301:new DynamoDBContext({|COLD301:new AmazonDynamoDBClient()|})|};
                        return (await orders.LoadAsync<Order>(id)).Id;
                    }
                }

                public class Order
                {
                    public string Id { get; set; } = "";
                }
                """,
            FixedCode = """
                using System.Threading.Tasks;
                using Amazon.DynamoDBv2;
                using Amazon.DynamoDBv2.DataModel;
                using Amazon.Lambda.Core;

                public class Function
                {
                    private static readonly DynamoDBContext SharedDynamoDBContext = new DynamoDBContext(new AmazonDynamoDBClient());

                    public async Task<string> Handle(string id, ILambdaContext context)
                    {
                        var orders = SharedDynamoDBContext;
                        return (await orders.LoadAsync<Order>(id)).Id;
                    }
                }

                public class Order
                {
                    public string Id { get; set; } = "";
                }
                """,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task The_parts_of_a_partial_class_in_two_files_get_a_field_each_under_different_names()
    {
        const string Get = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public partial class Suggestions
            {
                public async Task<string> Get(string id, ILambdaContext context)
                {
                    var http = {|COLD301:new HttpClient()|};
                    return await http.GetStringAsync("https://example.com/" + id);
                }
            }
            """;
        const string Delete = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public partial class Suggestions
            {
                public async Task<string> Delete(string id, ILambdaContext context)
                {
                    var http = {|COLD301:new HttpClient()|};
                    return (await http.DeleteAsync("https://example.com/" + id)).ReasonPhrase ?? "";
                }
            }
            """;
        return Verify.VerifyAsync(
            new[] { Get, Delete },
            new[]
            {
                """
                using System.Net.Http;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;

                public partial class Suggestions
                {
                    private static readonly HttpClient SharedHttpClient = new HttpClient();

                    public async Task<string> Get(string id, ILambdaContext context)
                    {
                        var http = SharedHttpClient;
                        return await http.GetStringAsync("https://example.com/" + id);
                    }
                }
                """,
                """
                using System.Net.Http;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;

                public partial class Suggestions
                {
                    private static readonly HttpClient SharedHttpClient2 = new HttpClient();

                    public async Task<string> Delete(string id, ILambdaContext context)
                    {
                        var http = SharedHttpClient2;
                        return (await http.DeleteAsync("https://example.com/" + id)).ReasonPhrase ?? "";
                    }
                }
                """,
            });
    }

    [Fact]
    public Task Service_that_builds_its_own_client_is_hoisted_like_a_client()
    {
        return Verify.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class BucketLister
            {
                private readonly AmazonS3Client _s3 = new AmazonS3Client();

                public Task<int> CountAsync() => Task.FromResult(_s3.GetHashCode());
            }

            public class Function
            {
                public Task<int> Handle(string input, ILambdaContext context)
                {
                    return {|COLD301:new BucketLister()|}.CountAsync();
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class BucketLister
            {
                private readonly AmazonS3Client _s3 = new AmazonS3Client();

                public Task<int> CountAsync() => Task.FromResult(_s3.GetHashCode());
            }

            public class Function
            {
                private static readonly BucketLister SharedBucketLister = new BucketLister();

                public Task<int> Handle(string input, ILambdaContext context)
                {
                    return SharedBucketLister.CountAsync();
                }
            }
            """);
    }

    [Fact]
    public Task A_library_type_that_builds_its_own_client_is_hoisted_like_one_of_the_project()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Shop.Common;

                public class Function
                {
                    public Task<int> Handle(string input, ILambdaContext context)
                    {
                        return {|COLD301:new BucketLister()|}.CountAsync();
                    }
                }
                """,
            FixedCode = """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Shop.Common;

                public class Function
                {
                    private static readonly BucketLister SharedBucketLister = new BucketLister();

                    public Task<int> Handle(string input, ILambdaContext context)
                    {
                        return SharedBucketLister.CountAsync();
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Shop.Common", """
            using System.Threading.Tasks;
            using Amazon.S3;

            namespace Shop.Common;

            public class BucketLister
            {
                private readonly AmazonS3Client _s3 = new AmazonS3Client();

                public Task<int> CountAsync() => Task.FromResult(_s3.GetHashCode());
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Client_created_on_some_paths_becomes_a_lazy_field_including_target_typed_new()
    {
        return Verify.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    if (input.StartsWith("archive"))
                    {
                        AmazonS3Client s3 = {|COLD301:new()|};
                        await s3.ListBucketsAsync();
                    }

                    return "ok";
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static readonly System.Lazy<AmazonS3Client> LazyAmazonS3Client = new System.Lazy<AmazonS3Client>(() => new AmazonS3Client());

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    if (input.StartsWith("archive"))
                    {
                        AmazonS3Client s3 = LazyAmazonS3Client.Value;
                        await s3.ListBucketsAsync();
                    }

                    return "ok";
                }
            }
            """);
    }

    [Fact]
    public Task Fix_all_hoists_every_client_with_distinct_names()
    {
        return Verify.VerifyAsync(
            """
            using System;
            using System.Net.Http;
            using Amazon.Lambda.Core;

            public class Function
            {
                public string Handle(string input, ILambdaContext context)
                {
                    var first = {|COLD301:new HttpClient { Timeout = TimeSpan.FromSeconds(5) }|};
                    var second = {|COLD301:new HttpClient()|};
                    return first.ToString() + second;
                }
            }
            """,
            """
            using System;
            using System.Net.Http;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly HttpClient SharedHttpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
                private static readonly HttpClient SharedHttpClient2 = new HttpClient();

                public string Handle(string input, ILambdaContext context)
                {
                    var first = SharedHttpClient;
                    var second = SharedHttpClient2;
                    return first.ToString() + second;
                }
            }
            """);
    }

    [Fact]
    public Task Client_built_from_invocation_data_gets_no_fix()
    {
        var source = """
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                public string Handle(string input, ILambdaContext context)
                {
                    var s3 = {|COLD301:new AmazonS3Client(Amazon.RegionEndpoint.GetBySystemName(input))|};
                    return s3.ToString()!;
                }
            }
            """;
        return Verify.VerifyAsync(source, source);
    }

    [Fact]
    public Task Client_a_controller_builds_in_its_field_or_constructor_becomes_a_static_readonly_field()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using System.Net.Http;
                using Amazon.Lambda.AspNetCoreServer;
                using Amazon.S3;
                using Microsoft.AspNetCore.Mvc;

                public class LambdaEntryPoint : APIGatewayProxyFunction { }

                public class PricesController : ControllerBase
                {
                    private readonly HttpClient _http = {|COLD301:new HttpClient()|};
                    private readonly AmazonS3Client _archive;

                    public PricesController()
                    {
                        _archive = {|COLD301:new AmazonS3Client()|};
                    }

                    public string Get() => _http.ToString() + _archive;
                }
                """,
            FixedCode = """
                using System.Net.Http;
                using Amazon.Lambda.AspNetCoreServer;
                using Amazon.S3;
                using Microsoft.AspNetCore.Mvc;

                public class LambdaEntryPoint : APIGatewayProxyFunction { }

                public class PricesController : ControllerBase
                {
                    private readonly HttpClient _http = SharedHttpClient;
                    private readonly AmazonS3Client _archive;
                    private static readonly HttpClient SharedHttpClient = new HttpClient();
                    private static readonly AmazonS3Client SharedAmazonS3Client = new AmazonS3Client();

                    public PricesController()
                    {
                        _archive = SharedAmazonS3Client;
                    }

                    public string Get() => _http.ToString() + _archive;
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(Handlers.HandBuiltProjects.AspNetCoreApp);
        test.TestState.AdditionalReferences.Add(Handlers.HandBuiltProjects.AspNetCoreServer);
        return test.RunAsync();
    }

    /// <summary>The Azure worker builds a function class per invocation, like MVC a controller: the same fix applies.</summary>
    [Fact]
    public Task Client_an_Azure_function_class_builds_in_its_field_or_constructor_becomes_a_static_readonly_field()
    {
        var test = new Verify.Test(Infrastructure.AzureStubs.Default)
        {
            TestCode = """
                using System.Net.Http;
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Functions.Worker;

                public class Prices
                {
                    private readonly HttpClient _http = {|COLD301:new HttpClient()|};
                    private readonly BlobServiceClient _archive;

                    public Prices()
                    {
                        _archive = {|COLD301:new BlobServiceClient("UseDevelopmentStorage=true")|};
                    }

                    [Function("Prices")]
                    public string Run(string input) => _http.ToString() + _archive + input;
                }
                """,
            FixedCode = """
                using System.Net.Http;
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Functions.Worker;

                public class Prices
                {
                    private readonly HttpClient _http = SharedHttpClient;
                    private readonly BlobServiceClient _archive;
                    private static readonly HttpClient SharedHttpClient = new HttpClient();
                    private static readonly BlobServiceClient SharedBlobServiceClient = new BlobServiceClient("UseDevelopmentStorage=true");

                    public Prices()
                    {
                        _archive = SharedBlobServiceClient;
                    }

                    [Function("Prices")]
                    public string Run(string input) => _http.ToString() + _archive + input;
                }
                """,
        };
        return test.RunAsync();
    }
}

using System.Threading.Tasks;
using ColdStart.Analyzers.CodeFixes;
using ColdStart.Analyzers.Generation;
using ColdStart.Analyzers.Rules;
using ColdStart.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ColdStart.Analyzers.Tests.CodeFixes;

public class UseLazyClientHolderCodeFixTests
{
    [Fact]
    public Task Client_created_per_invocation_moves_into_a_new_holder()
    {
        var test = new CodeFixVerifier<ClientCreatedPerInvocationAnalyzer, UseLazyClientHolderCodeFixProvider>.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Net.Http;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;

                public class Function
                {
                    public async Task<string> Handle(string url, ILambdaContext context)
                    {
                        using var http = {|COLD301:new HttpClient()|};
                        return await http.GetStringAsync(url);
                    }
                }
                """,
            FixedCode = """
                using System.Net.Http;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using ColdStart;

                public class Function
                {
                    public async Task<string> Handle(string url, ILambdaContext context)
                    {
                        var http = LazyClients.HttpClient;
                        return await http.GetStringAsync(url);
                    }
                }

                [LazyClient<HttpClient>]
                internal static partial class LazyClients
                {
                }
                """,
        };
        test.SourceGenerators.Add(typeof(LazyClientGenerator));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_moves_every_client_into_one_holder()
    {
        var test = new CodeFixVerifier<ClientCreatedPerInvocationAnalyzer, UseLazyClientHolderCodeFixProvider>.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Net.Http;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.S3;

                public class Function
                {
                    public async Task<string> Handle(string url, ILambdaContext context)
                    {
                        var http = {|COLD301:new HttpClient()|};
                        var s3 = {|COLD301:new AmazonS3Client()|};
                        await s3.ListBucketsAsync();
                        return await http.GetStringAsync(url);
                    }

                    public Task<string> Fetch(string url, ILambdaContext context)
                    {
                        var http = {|COLD301:new HttpClient()|};
                        return http.GetStringAsync(url);
                    }
                }
                """,
            FixedCode = """
                using System.Net.Http;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.S3;
                using ColdStart;

                public class Function
                {
                    public async Task<string> Handle(string url, ILambdaContext context)
                    {
                        var http = LazyClients.HttpClient;
                        var s3 = LazyClients.AmazonS3Client;
                        await s3.ListBucketsAsync();
                        return await http.GetStringAsync(url);
                    }

                    public Task<string> Fetch(string url, ILambdaContext context)
                    {
                        var http = LazyClients.HttpClient;
                        return http.GetStringAsync(url);
                    }
                }

                [LazyClient<HttpClient>]
                [LazyClient<AmazonS3Client>]
                internal static partial class LazyClients
                {
                }
                """,
        };
        test.SourceGenerators.Add(typeof(LazyClientGenerator));
        return test.RunAsync();
    }

    [Fact]
    public Task Eager_client_field_becomes_a_named_client_of_the_existing_holder_with_a_factory()
    {
        var test = new CodeFixVerifier<ClientCreatedEagerlyAnalyzer, UseLazyClientHolderCodeFixProvider>.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Net.Http;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.S3;
                using ColdStart;

                public class Function
                {
                    private static readonly IAmazonS3 Archive = {|COLD302:new AmazonS3Client(Amazon.RegionEndpoint.EUWest1)|};

                    public async Task<string> Handle(string input, ILambdaContext context)
                    {
                        if (input.Length > 3)
                        {
                            await Archive.ListBucketsAsync();
                        }

                        return input;
                    }
                }

                [LazyClient<HttpClient>]
                internal static partial class LazyClients
                {
                }
                """,
            FixedCode = """
                using System.Net.Http;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.S3;
                using ColdStart;

                public class Function
                {
                    public async Task<string> Handle(string input, ILambdaContext context)
                    {
                        if (input.Length > 3)
                        {
                            await LazyClients.Archive.ListBucketsAsync();
                        }

                        return input;
                    }
                }

                [LazyClient<HttpClient>]
                [LazyClient<AmazonS3Client>(Name = "Archive", As = typeof(IAmazonS3))]
                internal static partial class LazyClients
                {
                    private static partial AmazonS3Client CreateArchive() => new AmazonS3Client(Amazon.RegionEndpoint.EUWest1);
                }
                """,
        };
        test.SourceGenerators.Add(typeof(LazyClientGenerator));
        return test.RunAsync();
    }
}

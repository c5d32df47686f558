using System.Threading.Tasks;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.LazyClientMisuseAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class LazyClientMisuseTests
{
    [Fact]
    public Task Non_partial_holder_unconstructible_client_and_duplicate_name_are_reported()
    {
        return Verify.VerifyAsync("""
            using Amazon.S3;
            using ColdStart;

            public class RegionalClient
            {
                public RegionalClient(string region) { }
            }

            [LazyClient<AmazonS3Client>]
            public static class {|COLD601:NotPartial|} { }

            [LazyClient<AmazonS3Client>]
            [{|COLD603:LazyClient<AmazonS3Client>|}]
            [{|COLD602:LazyClient(typeof(RegionalClient))|}]
            public static partial class Holder { }
            """);
    }

    [Fact]
    public Task Valid_holders_are_not_reported()
    {
        return Verify.VerifyAsync("""
            using Amazon.S3;
            using ColdStart;

            public class RegionalClient
            {
                public RegionalClient(string region) { }
            }

            public static partial class Outer
            {
                [LazyClient<AmazonS3Client>(As = typeof(IAmazonS3))]
                [LazyClient<AmazonS3Client>(Name = "Archive")]
                [LazyClient(typeof(RegionalClient))]
                public static partial class Holder
                {
                    private static RegionalClient CreateRegionalClient() => new RegionalClient("eu-west-1");
                }
            }
            """);
    }
}

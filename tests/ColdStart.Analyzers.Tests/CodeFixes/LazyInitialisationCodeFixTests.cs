using System.Threading.Tasks;
using Xunit;
using VerifyCold101 = ColdStart.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    ColdStart.Analyzers.Rules.ExpensiveInitialisationAnalyzer,
    ColdStart.Analyzers.CodeFixes.LazyInitialisationCodeFixProvider>;
using VerifyCold302 = ColdStart.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    ColdStart.Analyzers.Rules.ClientCreatedEagerlyAnalyzer,
    ColdStart.Analyzers.CodeFixes.LazyInitialisationCodeFixProvider>;

namespace ColdStart.Analyzers.Tests.CodeFixes;

public class LazyInitialisationCodeFixTests
{
    [Fact]
    public Task Static_field_initialiser_becomes_lazy_and_reads_use_Value_in_every_partial_file()
    {
        return VerifyCold101.VerifyAsync(
            new[]
            {
                """
                using System;
                using System.IO;
                using Amazon.Lambda.Core;

                public partial class Function
                {
                    private static readonly string Config = {|COLD101:File.ReadAllText("config.json")|};

                    public string Handle(string input, ILambdaContext context) => Config + input;
                }
                """,
                """
                public partial class Function
                {
                    private static int ConfigLength() => Config.Length;
                }
                """,
            },
            new[]
            {
                """
                using System;
                using System.IO;
                using Amazon.Lambda.Core;

                public partial class Function
                {
                    private static readonly Lazy<string> Config = new Lazy<string>(() => File.ReadAllText("config.json"));

                    public string Handle(string input, ILambdaContext context) => Config.Value + input;
                }
                """,
                """
                public partial class Function
                {
                    private static int ConfigLength() => Config.Value.Length;
                }
                """,
            });
    }

    [Fact]
    public Task Assignment_in_static_constructor_becomes_lazy()
    {
        return VerifyCold101.VerifyAsync(
            """
            using System;
            using System.Text.RegularExpressions;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly Regex Pattern;

                static Function()
                {
                    Pattern = {|COLD101:new Regex("^[a-z]+$", RegexOptions.Compiled)|};
                }

                public bool Handle(string input, ILambdaContext context) => Pattern.IsMatch(input);
            }
            """,
            """
            using System;
            using System.Text.RegularExpressions;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly Lazy<Regex> Pattern;

                static Function()
                {
                    Pattern = new Lazy<Regex>(() => new Regex("^[a-z]+$", RegexOptions.Compiled));
                }

                public bool Handle(string input, ILambdaContext context) => Pattern.Value.IsMatch(input);
            }
            """);
    }

    [Fact]
    public Task Eager_client_field_and_constructor_assigned_field_become_lazy_with_fix_all()
    {
        return VerifyCold302.VerifyAsync(
            """
            using System;
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static readonly IAmazonS3 S3 = {|COLD302:new AmazonS3Client()|};
                private readonly AmazonDynamoDBClient _db;

                public Function()
                {
                    _db = {|COLD302:new AmazonDynamoDBClient()|};
                }

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    if (input.Length > 3)
                    {
                        await S3.ListBucketsAsync();
                        await this._db.ListTablesAsync();
                    }

                    return input;
                }
            }
            """,
            """
            using System;
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static readonly Lazy<IAmazonS3> S3 = new Lazy<IAmazonS3>(() => new AmazonS3Client());
                private readonly Lazy<AmazonDynamoDBClient> _db;

                public Function()
                {
                    _db = new Lazy<AmazonDynamoDBClient>(() => new AmazonDynamoDBClient());
                }

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    if (input.Length > 3)
                    {
                        await S3.Value.ListBucketsAsync();
                        await this._db.Value.ListTablesAsync();
                    }

                    return input;
                }
            }
            """);
    }

    [Fact]
    public Task Storage_written_elsewhere_gets_no_fix()
    {
        var source = """
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static AmazonS3Client S3 = {|COLD302:new AmazonS3Client()|};

                public string Handle(string input, ILambdaContext context)
                {
                    if (input == "reset")
                    {
                        S3 = new AmazonS3Client();
                        return S3.ToString()!;
                    }

                    return input;
                }
            }
            """;
        return VerifyCold302.VerifyAsync(source, source);
    }

    [Fact]
    public Task A_local_read_in_the_same_static_constructor_gets_no_fix_because_nothing_would_be_deferred()
    {
        var source = """
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly int RuleCount;

                static Function()
                {
                    var rules = {|COLD101:File.ReadAllText("rules.json")|};
                    RuleCount = rules.Length;
                }

                public string Handle(string input, ILambdaContext context) => input + RuleCount;
            }
            """;
        return VerifyCold101.VerifyAsync(source, source);
    }
}

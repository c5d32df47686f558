using System.Linq;
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
    public Task A_client_the_di_container_injects_gets_no_fix_from_either_provider()
    {
        var source = """
            using System.Threading.Tasks;
            using Amazon.Lambda.Annotations;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Reports({|COLD302:IAmazonS3 archive|})
            {
                [LambdaFunction]
                public Task Count(string day, ILambdaContext context) => Task.CompletedTask;

                [LambdaFunction]
                public Task Archive(string day, ILambdaContext context) => archive.ListBucketsAsync();
            }
            """;
        return Task.WhenAll(
            VerifyCold302.VerifyAsync(source, source),
            ColdStart.Analyzers.Tests.Infrastructure.CodeFixVerifier<
                ColdStart.Analyzers.Rules.ClientCreatedEagerlyAnalyzer,
                ColdStart.Analyzers.CodeFixes.UseLazyClientHolderCodeFixProvider>.VerifyAsync(source, source));
    }

    [Fact]
    public Task A_second_container_gets_no_fix_even_where_only_deferred_code_reads_what_it_resolved()
    {
        // Lazy<T> would build the second container during the first invocation instead of at start-up; it is still built.
        var source = """
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;

            public class Settings { }

            public class Clock
            {
                public Clock(Settings settings) { }
            }

            public class Function
            {
                private readonly ServiceProvider _services;

                public Function()
                {
                    _services = new ServiceCollection().AddSingleton<Settings>().AddClock().BuildServiceProvider();
                }

                public string Handle(string input, ILambdaContext context) => input + _services;
            }

            public static class Registrations
            {
                public static IServiceCollection AddClock(this IServiceCollection services)
                {
                    var settings = {|COLD101:services.BuildServiceProvider()|}.GetRequiredService<Settings>();
                    return services.AddSingleton(_ => new Clock(settings));
                }
            }
            """;
        var stubs = ColdStart.Analyzers.Tests.Infrastructure.LambdaStubs.Default.Append(Rules.ExpensiveInitialisationTests.ContainerBuild);
        return VerifyCold101.VerifyAsync(new[] { source }, new[] { source }, stubs);
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

                    return input.Trim();
                }
            }
            """;
        return VerifyCold302.VerifyAsync(source, source);
    }

    [Fact]
    public Task Static_constructor_statements_that_compute_one_field_move_into_its_factory_and_the_others_keep_their_order()
    {
        return VerifyCold101.VerifyAsync(
            """
            using System;
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly int RuleCount;
                private static readonly string Region;

                static Function()
                {
                    Region = Environment.GetEnvironmentVariable("AWS_REGION") ?? "eu-west-1";
                    var path = Path.Combine("config", Region + ".json");
                    var rules = {|COLD101:File.ReadAllText(path)|};
                    Console.WriteLine("rules configured");
                    var lines = rules.Split('\n');
                    RuleCount = lines.Length;
                }

                public string Handle(string input, ILambdaContext context) => input + RuleCount;
            }
            """,
            """
            using System;
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly Lazy<int> RuleCount;
                private static readonly string Region;

                static Function()
                {
                    Region = Environment.GetEnvironmentVariable("AWS_REGION") ?? "eu-west-1";
                    Console.WriteLine("rules configured");
                    RuleCount = new Lazy<int>(() =>
                    {
                        var path = Path.Combine("config", Region + ".json");
                        var rules = File.ReadAllText(path);
                        var lines = rules.Split('\n');
                        return lines.Length;
                    });
                }

                public string Handle(string input, ILambdaContext context) => input + RuleCount.Value;
            }
            """);
    }

    [Fact]
    public Task Two_flagged_statements_of_one_instance_constructor_slice_are_fixed_together_by_fix_all()
    {
        return VerifyCold101.VerifyAsync(
            """
            using System;
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function
            {
                private readonly string[] _allowed;

                public Function()
                {
                    var folder = {|COLD101:Directory.GetDirectories("config")|}[0];
                    var text = {|COLD101:File.ReadAllText(Path.Combine(folder, "allowed.txt"))|};
                    _allowed = text.Split(',');
                }

                public bool Handle(string input, ILambdaContext context) => Array.IndexOf(_allowed, input) >= 0;
            }
            """,
            """
            using System;
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function
            {
                private readonly Lazy<string[]> _allowed;

                public Function()
                {
                    _allowed = new Lazy<string[]>(() =>
                    {
                        var folder = Directory.GetDirectories("config")[0];
                        var text = File.ReadAllText(Path.Combine(folder, "allowed.txt"));
                        return text.Split(',');
                    });
                }

                public bool Handle(string input, ILambdaContext context) => Array.IndexOf(_allowed.Value, input) >= 0;
            }
            """);
    }

    [Fact]
    public Task A_local_that_two_fields_share_or_that_the_constructor_reads_again_gets_no_fix()
    {
        var source = """
            using System;
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly int RuleCount;
                private static readonly string First;
                private static readonly int Length;

                static Function()
                {
                    var rules = {|COLD101:File.ReadAllText("rules.json")|};
                    RuleCount = rules.Split(',').Length;
                    First = rules.Split(',')[0];

                    var text = {|COLD101:File.ReadAllText("other.json")|};
                    Console.WriteLine(text);
                    Length = text.Length;
                }

                public string Handle(string input, ILambdaContext context) => input + RuleCount + First + Length;
            }
            """;
        return VerifyCold101.VerifyAsync(source, source);
    }

    [Fact]
    public Task A_captured_local_that_the_constructor_writes_later_blocks_the_fix()
    {
        var source = """
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly int RuleCount;

                static Function()
                {
                    var name = "rules.json";
                    var rules = {|COLD101:File.ReadAllText(name)|};
                    RuleCount = rules.Length;
                    name = "other.json";
                    System.Console.WriteLine(name);
                }

                public string Handle(string input, ILambdaContext context) => input + RuleCount;
            }
            """;
        return VerifyCold101.VerifyAsync(source, source);
    }
}

using System.Threading.Tasks;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.HandlerTypeMissingFromJsonContextAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class HandlerTypeMissingFromJsonContextTests
{
    /// <summary>A hand-written context shaped like the STJ generator's output, so the test needs no generator.</summary>
    private const string Context = """
        using System.Text.Json.Serialization;

        public partial class AppJsonContext : JsonSerializerContext
        {
            public AppJsonContext() : base(null) { }
            public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
            protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
        }
        """;

    private const string Types = """
        using System.Collections.Generic;

        public class Order { public string Id { get; set; } = ""; public List<Line> Lines { get; set; } = new(); }
        public class Line { public string Sku { get; set; } = ""; }
        public class Receipt { public string Id { get; set; } = ""; }
        """;

    [Fact]
    public Task Unregistered_input_and_output_types_are_reported_on_the_signature()
    {
        return Verify.VerifyAsync(
            """
            using System.Text.Json.Serialization;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;

            [assembly: LambdaSerializer(typeof(SourceGeneratorLambdaJsonSerializer<AppJsonContext>))]

            [JsonSerializable(typeof(Order))]
            public partial class AppJsonContext { }

            public class Functions
            {
                public Task<{|COLD203:Receipt|}> Place(Order order, ILambdaContext context) => Task.FromResult(new Receipt());

                public Task Cancel({|COLD203:Receipt|} receipt, ILambdaContext context) => Task.CompletedTask;

                public System.IO.Stream Raw(System.IO.Stream input, ILambdaContext context) => input;

                public Line Reachable(Order order, ILambdaContext context) => order.Lines[0];
            }
            """.Replace("Task<{|COLD203:Receipt|}>", "{|COLD203:Task<Receipt>|}"),
            Context,
            Types);
    }

    [Fact]
    public Task Registrations_across_partial_declarations_count()
    {
        return Verify.VerifyAsync(
            """
            using System.Text.Json.Serialization;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;

            [JsonSerializable(typeof(Order))]
            public partial class AppJsonContext { }

            public class Functions
            {
                [LambdaSerializer(typeof(SourceGeneratorLambdaJsonSerializer<AppJsonContext>))]
                public Receipt Place(Order order, ILambdaContext context) => new Receipt();
            }
            """,
            Context,
            Types,
            """
            using System.Text.Json.Serialization;

            [JsonSerializable(typeof(Receipt))]
            public partial class AppJsonContext { }
            """);
    }

    [Fact]
    public Task Bootstrap_lambda_types_are_checked()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.RuntimeSupport;
                using Amazon.Lambda.Serialization.SystemTextJson;

                await LambdaBootstrapBuilder.Create(({|COLD203:Order|} order, ILambdaContext context) => new Receipt(), new SourceGeneratorLambdaJsonSerializer<AppJsonContext>()).Build().RunAsync();

                [JsonSerializable(typeof(Receipt))]
                public partial class AppJsonContext { }
                """,
        };
        test.TestState.Sources.Add(Context);
        test.TestState.Sources.Add(Types);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }
}

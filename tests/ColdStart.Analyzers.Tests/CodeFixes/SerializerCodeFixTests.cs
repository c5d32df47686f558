using System.Threading.Tasks;
using ColdStart.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyCold202 = ColdStart.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    ColdStart.Analyzers.Rules.ReflectionLambdaSerializerAnalyzer,
    ColdStart.Analyzers.CodeFixes.UseSourceGeneratedLambdaSerializerCodeFixProvider>;
using VerifyCold203 = ColdStart.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    ColdStart.Analyzers.Rules.HandlerTypeMissingFromJsonContextAnalyzer,
    ColdStart.Analyzers.CodeFixes.RegisterHandlerTypeCodeFixProvider>;

namespace ColdStart.Analyzers.Tests.CodeFixes;

public class SerializerCodeFixTests
{
    private const string Types = """
        namespace Shop
        {
            public class OrderEvent { public string Id { get; set; } = ""; }
            public class OrderResult { public bool Accepted { get; set; } }
        }
        """;

    [Fact]
    public Task Assembly_serializer_becomes_source_generated_and_every_handler_type_is_registered()
    {
        return VerifyCold202.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using Shop;

                [assembly: LambdaSerializer({|COLD202:typeof(DefaultLambdaJsonSerializer)|})]

                public class Functions
                {
                    public Task<OrderResult> Place(OrderEvent order, ILambdaContext context) => Task.FromResult(new OrderResult());

                    public OrderResult Check(string id, ILambdaContext context) => new OrderResult();
                }
                """,
                """
                using System.Text.Json.Serialization;

                namespace Shop
                {
                    [JsonSerializable(typeof(OrderEvent))]
                    internal partial class ShopJsonContext : JsonSerializerContext
                    {
                    }
                }
                """,
                Types,
            },
            new[]
            {
                """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using Shop;

                [assembly: LambdaSerializer(typeof(SourceGeneratorLambdaJsonSerializer<ShopJsonContext>))]

                public class Functions
                {
                    public Task<OrderResult> Place(OrderEvent order, ILambdaContext context) => Task.FromResult(new OrderResult());

                    public OrderResult Check(string id, ILambdaContext context) => new OrderResult();
                }
                """,
                """
                using System.Text.Json.Serialization;

                namespace Shop
                {
                    [JsonSerializable(typeof(OrderEvent))]
                    [JsonSerializable(typeof(OrderResult))]
                    [JsonSerializable(typeof(string))]
                    internal partial class ShopJsonContext : JsonSerializerContext
                    {
                    }
                }
                """,
                Types,
            });
    }

    [Fact]
    public Task Fix_all_replaces_every_method_level_serializer_and_registers_each_type_once()
    {
        return VerifyCold202.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using Shop;

                public class Functions
                {
                    [LambdaSerializer({|COLD202:typeof(DefaultLambdaJsonSerializer)|})]
                    public Task<OrderResult> Place(OrderEvent order, ILambdaContext context) => Task.FromResult(new OrderResult());

                    [LambdaSerializer({|COLD202:typeof(DefaultLambdaJsonSerializer)|})]
                    public OrderResult Check(OrderEvent order, ILambdaContext context) => new OrderResult();
                }
                """,
                """
                using System.Text.Json.Serialization;

                namespace Shop
                {
                    [JsonSerializable(typeof(OrderEvent))]
                    internal partial class ShopJsonContext : JsonSerializerContext
                    {
                    }
                }
                """,
                Types,
            },
            new[]
            {
                """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using Shop;

                public class Functions
                {
                    [LambdaSerializer(typeof(SourceGeneratorLambdaJsonSerializer<ShopJsonContext>))]
                    public Task<OrderResult> Place(OrderEvent order, ILambdaContext context) => Task.FromResult(new OrderResult());

                    [LambdaSerializer(typeof(SourceGeneratorLambdaJsonSerializer<ShopJsonContext>))]
                    public OrderResult Check(OrderEvent order, ILambdaContext context) => new OrderResult();
                }
                """,
                """
                using System.Text.Json.Serialization;

                namespace Shop
                {
                    [JsonSerializable(typeof(OrderEvent))]
                    [JsonSerializable(typeof(OrderResult))]
                    internal partial class ShopJsonContext : JsonSerializerContext
                    {
                    }
                }
                """,
                Types,
            });
    }

    [Fact]
    public Task Camel_case_bootstrap_serializer_keeps_its_naming_and_creates_the_context_in_the_same_file()
    {
        var test = new Infrastructure.CodeFixVerifier<
            ColdStart.Analyzers.Rules.ReflectionLambdaSerializerAnalyzer,
            ColdStart.Analyzers.CodeFixes.UseSourceGeneratedLambdaSerializerCodeFixProvider>.Test(Infrastructure.LambdaStubs.Default)
        {
            RunJsonSourceGenerator = true,
            TestCode = """
                using Amazon.Lambda.Core;
                using Amazon.Lambda.RuntimeSupport;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using Shop;

                await LambdaBootstrapBuilder.Create((OrderEvent order, ILambdaContext context) => new OrderResult(), {|COLD202:new CamelCaseLambdaJsonSerializer()|}).Build().RunAsync();
                """,
            FixedCode = """
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.RuntimeSupport;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using Shop;

                await LambdaBootstrapBuilder.Create((OrderEvent order, ILambdaContext context) => new OrderResult(), new SourceGeneratorLambdaJsonSerializer<AppJsonContext>(options => options.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase)).Build().RunAsync();

                [JsonSerializable(typeof(OrderEvent))]
                [JsonSerializable(typeof(OrderResult))]
                internal partial class AppJsonContext : JsonSerializerContext
                {
                }
                """,
        };
        test.TestState.Sources.Add(Types);
        test.FixedState.Sources.Add(Types);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task A_serializer_whose_handlers_have_no_payload_gets_no_fix_that_would_create_an_empty_context()
    {
        // The generator writes nothing for a context without [JsonSerializable]: the created class would not compile.
        var sources = new[]
        {
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;

            [assembly: LambdaSerializer({|COLD202:typeof(DefaultLambdaJsonSerializer)|})]

            public class Counter
            {
                public Task Increment(ILambdaContext context) => Task.CompletedTask;
            }
            """,
        };
        return VerifyCold202.VerifyWithJsonGeneratorAsync(sources, sources);
    }

    [Fact]
    public Task The_types_of_a_hosted_apps_controller_actions_are_not_put_in_the_new_context()
    {
        // ASP.NET Core serialises what the actions take and return; the Lambda serializer sees only the proxy events.
        const string source = """
            using Amazon.Lambda.AspNetCoreServer;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Microsoft.AspNetCore.Mvc;

            [assembly: LambdaSerializer({|COLD202:typeof(DefaultLambdaJsonSerializer)|})]

            public class LambdaEntryPoint : APIGatewayProxyFunction { }

            public class QuotesController : ControllerBase
            {
                public string Get(string sku) => sku;
            }
            """;
        var test = new VerifyCold202.Test(LambdaStubs.Default) { RunJsonSourceGenerator = true, TestCode = source, FixedCode = source };
        test.TestState.AdditionalReferences.Add(Handlers.HandBuiltProjects.AspNetCoreApp);
        test.TestState.AdditionalReferences.Add(Handlers.HandBuiltProjects.AspNetCoreServer);
        return test.RunAsync();
    }

    [Fact]
    public Task A_Newtonsoft_serializer_subclass_gets_no_fix_in_a_project_without_the_System_Text_Json_serializers()
    {
        var sources = new[]
        {
            """
            namespace Shared
            {
                public class UtcSerializer : {|COLD202:Amazon.Lambda.Serialization.Json.JsonSerializer|}
                {
                    public UtcSerializer() : base(settings => settings.DateTimeZoneHandling = Newtonsoft.Json.DateTimeZoneHandling.Utc) { }
                }
            }
            """,
        };
        return VerifyCold202.VerifyAsync(sources, sources, new[] { LambdaStubs.Core, LambdaStubs.NewtonsoftSerialization });
    }

    // A handler type whose property's type does not resolve yet (its package not restored): System.Text.Json's generator would
    // write code naming that type, which does not compile, so no fix is offered until it binds.
    [Fact]
    public Task A_handler_type_that_reaches_an_unresolved_type_gets_no_fix()
    {
        const string Source = """
                using Amazon.Lambda.Core;

                [assembly: LambdaSerializer({|COLD202:typeof(Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer)|})]

                public class Upload
                {
                    public string Bucket { get; set; } = "";
                    public {|CS0246:S3ObjectCreated|}? Created { get; set; }
                }

                public class Function
                {
                    public string Handle(Upload upload, ILambdaContext context) => upload.Bucket;
                }
                """;
        return new VerifyCold202.Test(LambdaStubs.Default) { TestCode = Source, FixedCode = Source }.RunAsync();
    }

    // A handler type that reaches a type whose own converter generated code cannot create (a package's internal
    // converter): System.Text.Json's generator writes no metadata for that type, and its code for an array of it does not
    // compile (SYSLIB1030, then CS0103), so no fix is offered.
    [Fact]
    public Task A_handler_type_that_reaches_a_converter_generated_code_cannot_create_gets_no_fix()
    {
        const string Source = """
                using System;
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;

                [assembly: LambdaSerializer({|COLD202:typeof(Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer)|})]

                public class Update
                {
                    public Message? Message { get; set; }
                }

                public class Message
                {
                    public Media[] Media { get; set; } = Array.Empty<Media>();
                }

                [JsonConverter(typeof(MediaConverter))]
                public class Media
                {
                    public string Kind { get; set; } = "";
                }

                internal sealed class MediaConverter : JsonConverter<Media>
                {
                    private MediaConverter() { }

                    public override Media Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new Media();

                    public override void Write(Utf8JsonWriter writer, Media value, JsonSerializerOptions options) => writer.WriteNullValue();
                }

                public class Function
                {
                    public string Handle(Update update, ILambdaContext context) => update.Message?.Media.Length.ToString() ?? "";
                }
                """;
        return new VerifyCold202.Test(LambdaStubs.Default) { TestCode = Source, FixedCode = Source }.RunAsync();
    }

    [Fact]
    public Task A_handler_type_the_context_cannot_see_gets_no_fix()
    {
        // Registering Program.Order on a context outside Program would not compile: Order is private to Program.
        var sources = new[]
        {
            """
            using System.Text.Json.Serialization;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Shop;

            public static class Program
            {
                public static async Task Main()
                {
                    await LambdaBootstrapBuilder.Create(
                        ({|COLD203:Order|} order, ILambdaContext context) => new OrderResult(),
                        new SourceGeneratorLambdaJsonSerializer<BootstrapJsonContext>()).Build().RunAsync();
                }

                private sealed class Order { public string Id { get; set; } = ""; }
            }

            [JsonSerializable(typeof(OrderResult))]
            internal partial class BootstrapJsonContext : JsonSerializerContext
            {
            }
            """,
            Types,
        };
        return VerifyCold203.VerifyWithJsonGeneratorAsync(sources, sources);
    }

    [Fact]
    public Task Missing_handler_types_are_registered_once_each_with_fix_all()
    {
        return VerifyCold203.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System.Text.Json.Serialization;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using Shop;

                [assembly: LambdaSerializer(typeof(SourceGeneratorLambdaJsonSerializer<ShopJsonContext>))]

                [JsonSerializable(typeof(OrderEvent))]
                internal partial class ShopJsonContext : JsonSerializerContext
                {
                }

                public class Functions
                {
                    public {|COLD203:Task<OrderResult>|} Place(OrderEvent order, ILambdaContext context) => Task.FromResult(new OrderResult());

                    public {|COLD203:OrderResult|} Again(OrderEvent order, ILambdaContext context) => new OrderResult();
                }
                """,
                Types,
            },
            new[]
            {
                """
                using System.Text.Json.Serialization;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using Shop;

                [assembly: LambdaSerializer(typeof(SourceGeneratorLambdaJsonSerializer<ShopJsonContext>))]

                [JsonSerializable(typeof(OrderEvent))]
                [JsonSerializable(typeof(OrderResult))]
                internal partial class ShopJsonContext : JsonSerializerContext
                {
                }

                public class Functions
                {
                    public Task<OrderResult> Place(OrderEvent order, ILambdaContext context) => Task.FromResult(new OrderResult());

                    public OrderResult Again(OrderEvent order, ILambdaContext context) => new OrderResult();
                }
                """,
                Types,
            });
    }
}

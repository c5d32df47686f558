using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    ColdStart.Analyzers.Rules.ReflectionJsonSerialisationAnalyzer,
    ColdStart.Analyzers.CodeFixes.UseJsonTypeInfoCodeFixProvider>;

namespace ColdStart.Analyzers.Tests.CodeFixes;

public class UseJsonTypeInfoCodeFixTests
{
    private const string Types = """
        namespace Shop
        {
            public class Order
            {
                public string Id { get; set; } = "";
            }
        }
        """;

    [Fact]
    public Task Calls_are_rewritten_to_the_existing_context_keeping_async_streams_and_cancellation()
    {
        return Verify.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System.Collections.Generic;
                using System.IO;
                using System.Text.Json;
                using System.Threading;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Shop;

                namespace Shop.Functions
                {
                    public class Function
                    {
                        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions();

                        public async Task<string> Handle(Stream input, ILambdaContext context)
                        {
                            Order? order = await {|COLD201:JsonSerializer.DeserializeAsync<Order>(input, Options, CancellationToken.None)|};
                            var orders = {|COLD201:JsonSerializer.Deserialize<List<Order>>("[]")|};
                            var byId = {|COLD201:JsonSerializer.Deserialize<Dictionary<string, Order>>("{}", Options)|};
                            var numbers = {|COLD201:JsonSerializer.Deserialize<int?[]>("[]")|};
                            await {|COLD201:JsonSerializer.SerializeAsync(Stream.Null, order, cancellationToken: CancellationToken.None)|};
                            return {|COLD201:JsonSerializer.Serialize(order)|} + orders + byId + numbers;
                        }
                    }
                }
                """,
                """
                using System.Text.Json.Serialization;

                namespace Shop
                {
                    [JsonSerializable(typeof(Order))]
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
                using System.Collections.Generic;
                using System.IO;
                using System.Text.Json;
                using System.Threading;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Shop;

                namespace Shop.Functions
                {
                    public class Function
                    {
                        public async Task<string> Handle(Stream input, ILambdaContext context)
                        {
                            Order? order = await JsonSerializer.DeserializeAsync(input, ShopJsonContext.Default.Order, CancellationToken.None);
                            var orders = JsonSerializer.Deserialize("[]", ShopJsonContext.Default.ListOrder);
                            var byId = JsonSerializer.Deserialize("{}", ShopJsonContext.Default.DictionaryStringOrder);
                            var numbers = JsonSerializer.Deserialize("[]", ShopJsonContext.Default.NullableInt32Array);
                            await JsonSerializer.SerializeAsync(Stream.Null, order, ShopJsonContext.Default.Order, cancellationToken: CancellationToken.None);
                            return JsonSerializer.Serialize(order, ShopJsonContext.Default.Order) + orders + byId + numbers;
                        }
                    }
                }
                """,
                """
                using System.Text.Json.Serialization;

                namespace Shop
                {
                    [JsonSerializable(typeof(Order))]
                    [JsonSerializable(typeof(System.Collections.Generic.List<Order>))]
                    [JsonSerializable(typeof(System.Collections.Generic.Dictionary<string, Order>))]
                    [JsonSerializable(typeof(int?[]))]
                    internal partial class ShopJsonContext : JsonSerializerContext
                    {
                    }
                }
                """,
                Types,
            });
    }

    private const string ShopContext = """
        using System.Text.Json.Serialization;

        namespace Shop
        {
            [JsonSerializable(typeof(Order))]
            internal partial class ShopJsonContext : JsonSerializerContext
            {
            }
        }
        """;

    [Fact]
    public Task Every_argument_survives_null_forgiving_casts_named_spans_readers_and_cancellation()
    {
        return Verify.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System;
                using System.IO;
                using System.Text.Json;
                using System.Threading;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Shop;

                public class Request
                {
                    public string? Body { get; set; }
                    public object Raw { get; set; } = "";
                    public byte[] Bytes { get; set; } = Array.Empty<byte>();
                    public Stream Stream { get; set; } = Stream.Null;
                }

                public class Function
                {
                    public async Task<string> Handle(Request request, ILambdaContext context)
                    {
                        var fromBody = {|COLD201:JsonSerializer.Deserialize<Order>(request.Body!)|};
                        var fromCast = {|COLD201:JsonSerializer.Deserialize<Order>((string)request.Raw)|};
                        var named = {|COLD201:JsonSerializer.Deserialize<Order>(json: request.Body!)|};
                        var fromSpan = {|COLD201:JsonSerializer.Deserialize<Order>(new ReadOnlySpan<byte>(request.Bytes))|};
                        var fromReader = FromReader(request.Bytes);
                        var fromStream = await {|COLD201:JsonSerializer.DeserializeAsync<Order>(request.Stream, cancellationToken: CancellationToken.None)|};
                        await {|COLD201:JsonSerializer.SerializeAsync<Order>(value: new Order(), utf8Json: request.Stream)|};
                        return "" + fromBody + fromCast + named + fromSpan + fromReader + fromStream;
                    }

                    private static Order? FromReader(byte[] bytes)
                    {
                        var reader = new Utf8JsonReader(bytes);
                        return {|COLD201:JsonSerializer.Deserialize<Order>(ref reader)|};
                    }
                }
                """,
                ShopContext,
                Types,
            },
            new[]
            {
                """
                using System;
                using System.IO;
                using System.Text.Json;
                using System.Threading;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Shop;

                public class Request
                {
                    public string? Body { get; set; }
                    public object Raw { get; set; } = "";
                    public byte[] Bytes { get; set; } = Array.Empty<byte>();
                    public Stream Stream { get; set; } = Stream.Null;
                }

                public class Function
                {
                    public async Task<string> Handle(Request request, ILambdaContext context)
                    {
                        var fromBody = JsonSerializer.Deserialize(request.Body!, ShopJsonContext.Default.Order);
                        var fromCast = JsonSerializer.Deserialize((string)request.Raw, ShopJsonContext.Default.Order);
                        var named = JsonSerializer.Deserialize(request.Body!, ShopJsonContext.Default.Order);
                        var fromSpan = JsonSerializer.Deserialize(new ReadOnlySpan<byte>(request.Bytes), ShopJsonContext.Default.Order);
                        var fromReader = FromReader(request.Bytes);
                        var fromStream = await JsonSerializer.DeserializeAsync(request.Stream, ShopJsonContext.Default.Order, cancellationToken: CancellationToken.None);
                        await JsonSerializer.SerializeAsync(request.Stream, new Order(), ShopJsonContext.Default.Order);
                        return "" + fromBody + fromCast + named + fromSpan + fromReader + fromStream;
                    }

                    private static Order? FromReader(byte[] bytes)
                    {
                        var reader = new Utf8JsonReader(bytes);
                        return JsonSerializer.Deserialize(ref reader, ShopJsonContext.Default.Order);
                    }
                }
                """,
                ShopContext,
                Types,
            });
    }

    /// <summary>A function whose reflection calls run with case-insensitive, camelCase, null-skipping options.</summary>
    internal const string OptionsBefore = """
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using Amazon.Lambda.Core;
        using Shop;

        public class Function
        {
            private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
            {
                PropertyNameCaseInsensitive = true,
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            };

            public string Handle(string input, ILambdaContext context) => Write(Read(input));

            public static Receipt Read(string json) => [|JsonSerializer.Deserialize<Receipt>(json, Options)|]!;

            public static string Write(Receipt receipt) => [|JsonSerializer.Serialize(receipt, Options)|];
        }
        """;

    internal const string OptionsAfter = """
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using Amazon.Lambda.Core;
        using Shop;

        public class Function
        {
            public string Handle(string input, ILambdaContext context) => Write(Read(input));

            public static Receipt Read(string json) => JsonSerializer.Deserialize(json, AppJsonContext.Default.Receipt)!;

            public static string Write(Receipt receipt) => JsonSerializer.Serialize(receipt, AppJsonContext.Default.Receipt);
        }

        [JsonSourceGenerationOptions(DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true, PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
        [JsonSerializable(typeof(Receipt))]
        internal partial class AppJsonContext : JsonSerializerContext
        {
        }
        """;

    internal const string HttpJsonBefore = """
        using System.Net.Http;
        using System.Net.Http.Json;
        using Amazon.Lambda.Core;
        using Shop;

        public class Function
        {
            public string Handle(string input, ILambdaContext context) => Write(Read(input));

            public static Receipt Read(string json) => [|new StringContent(json).ReadFromJsonAsync<Receipt>()|].GetAwaiter().GetResult()!;

            public static string Write(Receipt receipt) => receipt.OrderId + "|" + receipt.Note;
        }
        """;

    internal const string HttpJsonAfter = """
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json.Serialization;
        using Amazon.Lambda.Core;
        using Shop;

        public class Function
        {
            public string Handle(string input, ILambdaContext context) => Write(Read(input));

            public static Receipt Read(string json) => new StringContent(json).ReadFromJsonAsync(AppJsonContext.Default.Receipt).GetAwaiter().GetResult()!;

            public static string Write(Receipt receipt) => receipt.OrderId + "|" + receipt.Note;
        }

        [JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
        [JsonSerializable(typeof(Receipt))]
        internal partial class AppJsonContext : JsonSerializerContext
        {
        }
        """;

    internal const string BinaryDataBefore = """
        using System;
        using Amazon.Lambda.Core;
        using Shop;

        public class Function
        {
            public string Handle(string input, ILambdaContext context) => Write(Read(input));

            public static Receipt Read(string json) => [|BinaryData.FromString(json).ToObjectFromJson<Receipt>()|]!;

            public static string Write(Receipt receipt) => [|BinaryData.FromObjectAsJson(receipt)|].ToString();
        }
        """;

    internal const string BinaryDataAfter = """
        using System;
        using System.Text.Json.Serialization;
        using Amazon.Lambda.Core;
        using Shop;

        public class Function
        {
            public string Handle(string input, ILambdaContext context) => Write(Read(input));

            public static Receipt Read(string json) => BinaryData.FromString(json).ToObjectFromJson(AppJsonContext.Default.Receipt)!;

            public static string Write(Receipt receipt) => BinaryData.FromObjectAsJson(receipt, AppJsonContext.Default.Receipt).ToString();
        }

        [JsonSerializable(typeof(Receipt))]
        internal partial class AppJsonContext : JsonSerializerContext
        {
        }
        """;

    [Fact]
    public Task A_type_named_like_a_member_of_the_context_gets_its_own_property_name()
    {
        // A context's property for a type called Options would hide JsonSerializerContext.Options, and the generated
        // code would no longer compile: the fix names the property itself.
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default) { RunJsonSourceGenerator = true };
        test.TestState.Sources.Add("""
            using System.Text.Json;
            using Amazon.Lambda.Core;

            public class Options
            {
                public double Strike { get; set; }
            }

            public class Function
            {
                public double Handle(string body, ILambdaContext context) => {|COLD201:JsonSerializer.Deserialize<Options>(body)|}!.Strike;
            }
            """);
        test.FixedState.Sources.Add("""
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using Amazon.Lambda.Core;

            public class Options
            {
                public double Strike { get; set; }
            }

            public class Function
            {
                public double Handle(string body, ILambdaContext context) => JsonSerializer.Deserialize(body, AppJsonContext.Default.OptionsType)!.Strike;
            }

            [JsonSerializable(typeof(Options), TypeInfoPropertyName = "OptionsType")]
            internal partial class AppJsonContext : JsonSerializerContext
            {
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task A_type_the_generator_reaches_and_that_would_clash_is_registered_with_its_own_property_name()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default) { RunJsonSourceGenerator = true };
        test.TestState.Sources.Add("""
            using System.Collections.Generic;
            using System.Text.Json;
            using Amazon.Lambda.Core;

            public class Options
            {
                public double Strike { get; set; }
            }

            public class Chain
            {
                public List<Options> Data { get; set; } = new();
            }

            public class Function
            {
                public int Handle(string body, ILambdaContext context) => {|COLD201:JsonSerializer.Deserialize<Chain>(body)|}!.Data.Count;
            }
            """);
        test.FixedState.Sources.Add("""
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using Amazon.Lambda.Core;

            public class Options
            {
                public double Strike { get; set; }
            }

            public class Chain
            {
                public List<Options> Data { get; set; } = new();
            }

            public class Function
            {
                public int Handle(string body, ILambdaContext context) => JsonSerializer.Deserialize(body, AppJsonContext.Default.Chain)!.Data.Count;
            }

            [JsonSerializable(typeof(Chain))]
            [JsonSerializable(typeof(Options), TypeInfoPropertyName = "OptionsType")]
            internal partial class AppJsonContext : JsonSerializerContext
            {
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Binary_data_json_calls_get_a_context_with_the_default_options_they_used()
    {
        // BinaryData.ToObjectFromJson/FromObjectAsJson (an Azure SDK message's body) use System.Text.Json's defaults when
        // given no options. SerialisationBehaviourTests runs both versions.
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default) { RunJsonSourceGenerator = true };
        test.TestState.Sources.Add(BinaryDataBefore.Replace("[|", "{|COLD201:").Replace("|]", "|}"));
        test.TestState.Sources.Add(ReceiptType);
        test.FixedState.Sources.Add(BinaryDataAfter);
        test.FixedState.Sources.Add(ReceiptType);
        return test.RunAsync();
    }

    [Fact]
    public Task System_net_http_json_calls_get_a_context_with_the_web_defaults_they_used()
    {
        // Without options, System.Net.Http.Json reads and writes with JsonSerializerOptions.Web (camelCase, case-insensitive):
        // the new context is generated with the same defaults. SerialisationBehaviourTests runs both versions.
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default) { RunJsonSourceGenerator = true };
        test.TestState.Sources.Add(HttpJsonBefore.Replace("[|", "{|COLD201:").Replace("|]", "|}"));
        test.TestState.Sources.Add(ReceiptType);
        test.FixedState.Sources.Add(HttpJsonAfter);
        test.FixedState.Sources.Add(ReceiptType);
        return test.RunAsync();
    }

    [Fact]
    public Task HttpClient_extension_calls_keep_their_receiver_uri_value_and_cancellation()
    {
        return Verify.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System.Net.Http;
                using System.Net.Http.Json;
                using System.Text.Json;
                using System.Threading;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Shop;

                public class Function
                {
                    private static readonly HttpClient Http = new HttpClient();

                    public async Task<string> Handle(Order input, ILambdaContext context)
                    {
                        var order = await {|COLD201:Http.GetFromJsonAsync<Order>("https://shop.example/orders/1", CancellationToken.None)|};
                        using var posted = await {|COLD201:Http.PostAsJsonAsync("https://shop.example/orders", input)|};
                        using var reply = await Http.GetAsync("https://shop.example/orders/2");
                        var echoed = await {|COLD201:reply.Content.ReadFromJsonAsync<Order>(cancellationToken: CancellationToken.None)|};
                        return echoed!.Id + order!.Id;
                    }
                }
                """,
                Types,
            },
            new[]
            {
                """
                using System.Net.Http;
                using System.Net.Http.Json;
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using System.Threading;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Shop;

                public class Function
                {
                    private static readonly HttpClient Http = new HttpClient();

                    public async Task<string> Handle(Order input, ILambdaContext context)
                    {
                        var order = await Http.GetFromJsonAsync("https://shop.example/orders/1", AppJsonContext.Default.Order, CancellationToken.None);
                        using var posted = await Http.PostAsJsonAsync("https://shop.example/orders", input, AppJsonContext.Default.Order);
                        using var reply = await Http.GetAsync("https://shop.example/orders/2");
                        var echoed = await reply.Content.ReadFromJsonAsync(AppJsonContext.Default.Order, cancellationToken: CancellationToken.None);
                        return echoed!.Id + order!.Id;
                    }
                }

                [JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
                [JsonSerializable(typeof(Order))]
                internal partial class AppJsonContext : JsonSerializerContext
                {
                }
                """,
                Types,
            });
    }

    [Fact]
    public Task ASP_NET_Core_request_and_response_calls_get_the_web_defaults_and_a_token_after_the_content_type_goes_by_name()
    {
        // WriteAsJsonAsync's JsonTypeInfo overload has the content type between the metadata and the token: a positional token
        // would bind to the content type. (The written value is not the one read: the test workspace's code fix does not see
        // the JSON generator's output, so a value typed by a generated JsonTypeInfo would not bind there.)
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default.Append(Infrastructure.LambdaStubs.AspNetCoreHttpJson))
        {
            RunJsonSourceGenerator = true,
        };
        test.TestState.Sources.Add("""
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Shop;

            public static class OrderEndpoint
            {
                public static async Task<Order?> Echo(HttpRequest request, HttpResponse response, Order reply, CancellationToken cancellationToken)
                {
                    var order = await {|COLD201:request.ReadFromJsonAsync<Order>(cancellationToken)|};
                    await {|COLD201:response.WriteAsJsonAsync(reply, cancellationToken)|};
                    return order;
                }
            }

            public class Function
            {
                public string Handle(string input, Amazon.Lambda.Core.ILambdaContext context) => input;
            }
            """);
        test.TestState.Sources.Add(Types);
        test.FixedState.Sources.Add("""
            using System.Text.Json.Serialization;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Shop;

            public static class OrderEndpoint
            {
                public static async Task<Order?> Echo(HttpRequest request, HttpResponse response, Order reply, CancellationToken cancellationToken)
                {
                    var order = await request.ReadFromJsonAsync(AppJsonContext.Default.Order, cancellationToken);
                    await response.WriteAsJsonAsync(reply, AppJsonContext.Default.Order, cancellationToken: cancellationToken);
                    return order;
                }
            }

            public class Function
            {
                public string Handle(string input, Amazon.Lambda.Core.ILambdaContext context) => input;
            }

            [JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
            [JsonSerializable(typeof(Order))]
            internal partial class AppJsonContext : JsonSerializerContext
            {
            }
            """);
        test.FixedState.Sources.Add(Types);
        return test.RunAsync();
    }

    internal const string ReceiptType = """
        namespace Shop
        {
            public class Receipt
            {
                public string OrderId { get; set; } = "";
                public string? Note { get; set; }
            }
        }
        """;

    [Fact]
    public Task Statically_known_options_are_carried_into_the_new_context()
    {
        // SerialisationBehaviourTests runs both versions on the same JSON.
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default) { RunJsonSourceGenerator = true };
        test.TestState.Sources.Add(OptionsBefore.Replace("[|", "{|COLD201:").Replace("|]", "|}"));
        test.TestState.Sources.Add(ReceiptType);
        test.FixedState.Sources.Add(OptionsAfter);
        test.FixedState.Sources.Add(ReceiptType);
        return test.RunAsync();
    }

    [Fact]
    public Task A_call_whose_settings_differ_from_the_existing_context_gets_a_context_of_its_own()
    {
        return Verify.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System.Text.Json;
                using Amazon.Lambda.Core;
                using Shop;

                namespace Shop.Functions
                {
                    public class Function
                    {
                        private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true };

                        public string Handle(string input, ILambdaContext context) => {|COLD201:JsonSerializer.Serialize(new Order(), Indented)|};
                    }
                }
                """,
                ShopContext,
                Types,
            },
            new[]
            {
                """
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;
                using Shop;

                namespace Shop.Functions
                {
                    public class Function
                    {
                        public string Handle(string input, ILambdaContext context) => JsonSerializer.Serialize(new Order(), AppJsonContext.Default.Order);
                    }

                    [JsonSourceGenerationOptions(WriteIndented = true)]
                    [JsonSerializable(typeof(Order))]
                    internal partial class AppJsonContext : JsonSerializerContext
                    {
                    }
                }
                """,
                ShopContext,
                Types,
            });
    }

    [Fact]
    public Task A_new_context_in_a_file_that_uses_newtonsoft_attributes_is_written_with_qualified_names()
    {
        // "using System.Text.Json.Serialization;" would make Newtonsoft's JsonIgnore ambiguous (CS0104).
        return Verify.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System.Text.Json;
                using Amazon.Lambda.Core;
                using Newtonsoft.Json;

                namespace Shop.Functions
                {
                    public class Parcel
                    {
                        public string Id { get; set; } = "";

                        [JsonIgnore]
                        public string Secret { get; set; } = "";
                    }

                    public class Function
                    {
                        private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true };

                        public string Handle(string input, ILambdaContext context)
                            => {|COLD201:System.Text.Json.JsonSerializer.Serialize(new Parcel(), Indented)|};
                    }
                }
                """,
            },
            new[]
            {
                """
                using System.Text.Json;
                using Amazon.Lambda.Core;
                using Newtonsoft.Json;

                namespace Shop.Functions
                {
                    public class Parcel
                    {
                        public string Id { get; set; } = "";

                        [JsonIgnore]
                        public string Secret { get; set; } = "";
                    }

                    public class Function
                    {
                        public string Handle(string input, ILambdaContext context)
                            => System.Text.Json.JsonSerializer.Serialize(new Parcel(), AppJsonContext.Default.Parcel);
                    }

                    [System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true)]
                    [System.Text.Json.Serialization.JsonSerializable(typeof(Parcel))]
                    internal partial class AppJsonContext : System.Text.Json.Serialization.JsonSerializerContext
                    {
                    }
                }
                """,
            });
    }

    [Fact]
    public Task Types_a_namespace_level_context_cannot_name_get_no_fix()
    {
        // A private nested record is invisible to AppJsonContext, and typeof in an attribute cannot take a type
        // parameter: registering either would not compile.
        var sources = new[]
        {
            """
            using System.Text.Json;
            using Amazon.Lambda.Core;

            namespace Shop
            {
                public class Function
                {
                    public string Handle(string input, ILambdaContext context)
                    {
                        return {|COLD201:JsonSerializer.Serialize(new Reply(input))|} + Wrap(input);
                    }

                    private static string Wrap<TMessage>(TMessage message) => {|COLD201:JsonSerializer.Serialize(new Envelope<TMessage>(message))|};

                    private sealed record Reply(string Text);
                }

                public sealed record Envelope<T>(T Body);
            }
            """,
        };
        return Verify.VerifyWithJsonGeneratorAsync(sources, sources);
    }

    [Fact]
    public Task Options_that_are_not_statically_known_get_no_fix()
    {
        var sources = new[]
        {
            """
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using Amazon.Lambda.Core;
            using Shop;

            public class Function
            {
                private static readonly JsonSerializerOptions WithConverter = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } };

                public string Handle(string input, ILambdaContext context)
                {
                    return Parse(input, new JsonSerializerOptions())
                        + {|COLD201:JsonSerializer.Deserialize<Order>(input, WithConverter)|}!.Id;
                }

                private static string Parse(string input, JsonSerializerOptions options) => {|COLD201:JsonSerializer.Deserialize<Order>(input, options)|}!.Id;
            }
            """,
            ShopContext,
            Types,
        };
        return Verify.VerifyWithJsonGeneratorAsync(sources, sources);
    }

    [Fact]
    public Task Context_is_created_in_the_fixed_file_when_the_project_has_none()
    {
        // Not a new file: under dotnet format a new file becomes a duplicate Compile item (NETSDK1022).
        return Verify.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System.Text.Json;
                using Amazon.Lambda.Core;
                using Shop;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context) => {|COLD201:JsonSerializer.Deserialize<Order>(input)|}!.Id;
                }
                """,
                Types,
            },
            new[]
            {
                """
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;
                using Shop;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context) => JsonSerializer.Deserialize(input, AppJsonContext.Default.Order)!.Id;
                }

                [JsonSerializable(typeof(Order))]
                internal partial class AppJsonContext : JsonSerializerContext
                {
                }
                """,
                Types,
            });
    }

    [Fact]
    public Task Fix_all_creates_one_context_with_each_type_once()
    {
        return Verify.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System.Collections.Generic;
                using System.Text.Json;
                using Amazon.Lambda.Core;
                using Shop;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context)
                    {
                        Order? first = {|COLD201:JsonSerializer.Deserialize<Order>(input)|};
                        Order? second = {|COLD201:JsonSerializer.Deserialize<Order>(input)|};
                        return {|COLD201:JsonSerializer.Serialize(new List<Order> { first!, second! })|};
                    }
                }
                """,
                Types,
            },
            new[]
            {
                """
                using System.Collections.Generic;
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;
                using Shop;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context)
                    {
                        Order? first = JsonSerializer.Deserialize(input, AppJsonContext.Default.Order);
                        Order? second = JsonSerializer.Deserialize(input, AppJsonContext.Default.Order);
                        return JsonSerializer.Serialize(new List<Order> { first!, second! }, AppJsonContext.Default.ListOrder);
                    }
                }

                [JsonSerializable(typeof(Order))]
                [JsonSerializable(typeof(List<Order>))]
                internal partial class AppJsonContext : JsonSerializerContext
                {
                }
                """,
                Types,
            });
    }

    [Fact]
    public Task Options_built_in_a_local_are_carried_into_the_new_context_and_the_local_goes()
    {
        return Verify.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System.Text.Json;
                using Amazon.Lambda.Core;
                using Shop;

                public class Function
                {
                    public string Handle(string body, ILambdaContext context)
                    {
                        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
                        Order order = {|COLD201:JsonSerializer.Deserialize<Order>(body, options)|}!;
                        return {|COLD201:JsonSerializer.Serialize(order, options)|};
                    }
                }
                """,
                Types,
            },
            new[]
            {
                """
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;
                using Shop;

                public class Function
                {
                    public string Handle(string body, ILambdaContext context)
                    {
                        Order order = JsonSerializer.Deserialize(body, AppJsonContext.Default.Order)!;
                        return JsonSerializer.Serialize(order, AppJsonContext.Default.Order);
                    }
                }

                [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
                [JsonSerializable(typeof(Order))]
                internal partial class AppJsonContext : JsonSerializerContext
                {
                }
                """,
                Types,
            });
    }

    [Fact]
    public Task One_fix_all_pass_fixes_a_file_that_mixes_default_field_and_local_options_and_keeps_options_still_read()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            RunJsonSourceGenerator = true,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
            NumberOfFixAllInProjectIterations = 1,
        };
        test.TestState.Sources.Add("""
            using System.Text.Json;
            using Amazon.Lambda.Core;
            using Shop;

            public class Function
            {
                private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true };
                private static readonly JsonSerializerOptions Logged = new JsonSerializerOptions { MaxDepth = 8 };

                public string Handle(string body, ILambdaContext context)
                {
                    var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
                    Order order = {|COLD201:JsonSerializer.Deserialize<Order>(body)|}!;
                    Order again = {|COLD201:JsonSerializer.Deserialize<Order>(body, options)|}!;
                    Log(Logged);
                    return {|COLD201:JsonSerializer.Serialize(order, Indented)|} + {|COLD201:JsonSerializer.Serialize(again, Logged)|};
                }

                private static void Log(JsonSerializerOptions options) => System.Console.WriteLine(options.MaxDepth);
            }
            """);
        test.TestState.Sources.Add(Types);
        test.FixedState.Sources.Add("""
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using Amazon.Lambda.Core;
            using Shop;

            public class Function
            {
                private static readonly JsonSerializerOptions Logged = new JsonSerializerOptions { MaxDepth = 8 };

                public string Handle(string body, ILambdaContext context)
                {
                    Order order = JsonSerializer.Deserialize(body, AppJsonContext.Default.Order)!;
                    Order again = JsonSerializer.Deserialize(body, AppJsonContext2.Default.Order)!;
                    Log(Logged);
                    return JsonSerializer.Serialize(order, AppJsonContext3.Default.Order) + JsonSerializer.Serialize(again, AppJsonContext4.Default.Order);
                }

                private static void Log(JsonSerializerOptions options) => System.Console.WriteLine(options.MaxDepth);
            }

            [JsonSerializable(typeof(Order))]
            internal partial class AppJsonContext : JsonSerializerContext
            {
            }

            [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
            [JsonSerializable(typeof(Order))]
            internal partial class AppJsonContext2 : JsonSerializerContext
            {
            }

            [JsonSourceGenerationOptions(WriteIndented = true)]
            [JsonSerializable(typeof(Order))]
            internal partial class AppJsonContext3 : JsonSerializerContext
            {
            }

            [JsonSourceGenerationOptions(MaxDepth = 8)]
            [JsonSerializable(typeof(Order))]
            internal partial class AppJsonContext4 : JsonSerializerContext
            {
            }
            """);
        test.FixedState.Sources.Add(Types);
        return test.RunAsync();
    }

    [Fact]
    public Task A_call_passed_to_another_call_is_rewritten_inside_its_rewritten_caller()
    {
        return Verify.VerifyWithJsonGeneratorAsync(
            new[]
            {
                """
                using System.Text.Json;
                using Amazon.Lambda.Core;
                using Shop;

                public class Function
                {
                    public string Handle(Order order, ILambdaContext context)
                        => {|COLD201:JsonSerializer.Deserialize<Order>({|COLD201:JsonSerializer.Serialize(order)|})|}!.Id;
                }
                """,
                Types,
            },
            new[]
            {
                """
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;
                using Shop;

                public class Function
                {
                    public string Handle(Order order, ILambdaContext context)
                        => JsonSerializer.Deserialize(JsonSerializer.Serialize(order, AppJsonContext.Default.Order), AppJsonContext.Default.Order)!.Id;
                }

                [JsonSerializable(typeof(Order))]
                internal partial class AppJsonContext : JsonSerializerContext
                {
                }
                """,
                Types,
            });
    }

    [Fact]
    public Task Fix_all_in_the_solution_gives_each_project_a_context_of_its_own()
    {
        const string function = """
            using System.Text.Json;
            using Amazon.Lambda.Core;

            public class Receipt
            {
                public string Id { get; set; } = "";
            }

            public class Function
            {
                public string Handle(Receipt receipt, ILambdaContext context) => {|COLD201:JsonSerializer.Serialize(receipt)|};
            }
            """;
        const string fixedFunction = """
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using Amazon.Lambda.Core;

            public class Receipt
            {
                public string Id { get; set; } = "";
            }

            public class Function
            {
                public string Handle(Receipt receipt, ILambdaContext context) => JsonSerializer.Serialize(receipt, AppJsonContext.Default.Receipt);
            }

            [JsonSerializable(typeof(Receipt))]
            internal partial class AppJsonContext : JsonSerializerContext
            {
            }
            """;
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default) { RunJsonSourceGenerator = true };
        test.TestState.Sources.Add(function);
        test.FixedState.Sources.Add(fixedFunction);
        foreach (var (state, source) in new[] { (test.TestState, function), (test.FixedState, fixedFunction) })
        {
            var second = new Microsoft.CodeAnalysis.Testing.ProjectState("Second", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/1/Test", "cs");
            second.Sources.Add(("/1/Function.cs", source.Replace("Receipt", "Refund")));
            foreach (var stub in Infrastructure.LambdaStubs.Default)
            {
                second.Sources.Add(stub);
            }

            second.ReferenceAssemblies = new Microsoft.CodeAnalysis.Testing.ReferenceAssemblies("net10.0");
            second.AdditionalReferences.AddRange(Infrastructure.TestSetup.References);
            state.AdditionalProjects.Add("Second", second);
        }

        return test.RunAsync();
    }
}

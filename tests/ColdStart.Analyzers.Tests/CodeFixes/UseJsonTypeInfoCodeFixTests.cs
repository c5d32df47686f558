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
                        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions();

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

    [Fact]
    public Task Context_is_created_when_the_project_has_none()
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
                    public string Handle(string input, ILambdaContext context) => {|COLD201:JsonSerializer.Deserialize<Order>(input)|}!.Id;
                }
                """,
                Types,
            },
            new[]
            {
                """
                using System.Text.Json;
                using Amazon.Lambda.Core;
                using Shop;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context) => JsonSerializer.Deserialize(input, AppJsonContext.Default.Order)!.Id;
                }
                """,
                Types,
            },
            ("AppJsonContext.cs", """
                using System.Text.Json.Serialization;

                [JsonSerializable(typeof(Shop.Order))]
                internal partial class AppJsonContext : JsonSerializerContext
                {
                }

                """));
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
                """,
                Types,
            },
            ("AppJsonContext.cs", """
                using System.Text.Json.Serialization;

                [JsonSerializable(typeof(Shop.Order))]
                [JsonSerializable(typeof(System.Collections.Generic.List<Shop.Order>))]
                internal partial class AppJsonContext : JsonSerializerContext
                {
                }

                """));
    }
}

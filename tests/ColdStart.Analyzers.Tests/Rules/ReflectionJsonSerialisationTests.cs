using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Tests.Infrastructure;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ReflectionJsonSerialisationAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class ReflectionJsonSerialisationTests
{
    private const string Order = """
        public class Order
        {
            public string Id { get; set; } = "";
        }
        """;

    private static string MinimalApi(string setUp) => $$"""
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;
        using Amazon.Lambda.AspNetCoreServer.Hosting;
        using Amazon.Lambda.Serialization.SystemTextJson;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi, new SourceGeneratorLambdaJsonSerializer<AppJsonContext>());
        {{setUp}}
        var app = builder.Build();
        app.MapPost("/orders", async (HttpRequest request, HttpResponse response) =>
        {
            var order = await [|request.ReadFromJsonAsync<Order>()|];
            var typed = await request.ReadFromJsonAsync(AppJsonContext.Default.Order);
            await [|response.WriteAsJsonAsync(order)|];
            await response.WriteAsJsonAsync(typed, AppJsonContext.Default.Order);
        });
        app.Run();

        public class Order
        {
            public string Id { get; set; } = "";
        }

        internal partial class AppJsonContext : JsonSerializerContext
        {
            public AppJsonContext() : base(null) { }
            public static AppJsonContext Default { get; } = new AppJsonContext();
            public JsonTypeInfo<Order> Order => null!;
            public override JsonTypeInfo? GetTypeInfo(System.Type type) => null;
            protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
        }
        """;

    // HttpRequest.ReadFromJsonAsync<T>() and HttpResponse.WriteAsJsonAsync(value) use the app's HTTP JSON options: the web
    // defaults with the reflection resolver, unless the app gives those options a resolver.
    [Theory]
    [InlineData("", true)]
    [InlineData("builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = null);", true)]
    [InlineData("builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, AppJsonContext.Default));", false)]
    [InlineData("builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => o.SerializerOptions.TypeInfoResolver = AppJsonContext.Default);",
        false)]
    public Task ASP_NET_Cores_request_and_response_JSON_helpers_reflect_unless_the_apps_HTTP_JSON_options_have_a_resolver(string setUp, bool reported)
    {
        var source = MinimalApi(setUp);
        source = reported ? source.Replace("[|", "{|COLD201:").Replace("|]", "|}") : source.Replace("[|", "").Replace("|]", "");
        return Verify.VerifyExecutableAsync(
            source, LambdaStubs.Default.Append(LambdaStubs.AspNetCoreHosting).Append(LambdaStubs.AspNetCoreHttpJson).Append(OptionsStub));
    }

    private const string OptionsStub = """
        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class OptionsServiceCollectionExtensions
            {
                public static IServiceCollection Configure<TOptions>(this IServiceCollection services, System.Action<TOptions> configureOptions)
                    where TOptions : class => services;
            }
        }
        """;

    // A serialised type that reaches a type the compilation cannot resolve yet: the generated context would name it.
    [Fact]
    public Task A_type_that_reaches_an_unresolved_type_is_reported_without_a_fix()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Text.Json;
                using Amazon.Lambda.Core;

                public class Upload
                {
                    public string Bucket { get; set; } = "";
                    public S3ObjectCreated? Created { get; set; }
                }

                public class Function
                {
                    public string Handle(Upload upload, ILambdaContext context) => {|#0:JsonSerializer.Serialize(upload)|};
                }
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "JsonSerializer.Serialize",
            "Upload",
            "pass the JsonTypeInfo of a source-generated JsonSerializerContext; no automatic fix: 'Upload' reaches a type that does not resolve "
                + "yet (a package not restored), which the generated context would have to name"));
        return test.RunAsync();
    }

    // BinaryData's object constructor serialises with System.Text.Json: with reflection unless a context is passed, or the
    // options are a context's. Its JsonTypeInfo form is BinaryData.FromObjectAsJson, a different member: no fix.
    [Fact]
    public Task A_binary_data_built_from_an_object_reflects_unless_a_context_is_given()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            SourceGenerators = new[] { JsonSourceGenerator.Type },
            TestBehaviors = Microsoft.CodeAnalysis.Testing.TestBehaviors.SkipGeneratedSourcesCheck,
            TestCode = """
                using System;
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;

                public class Receipt
                {
                    public string Id { get; set; } = "";
                }

                [JsonSerializable(typeof(Receipt))]
                public partial class ReceiptContext : JsonSerializerContext
                {
                }

                public class Function
                {
                    public int Handle(Receipt receipt, ILambdaContext context)
                    {
                        var reflected = {|#0:new BinaryData(receipt)|};
                        var generated = new BinaryData(receipt, ReceiptContext.Default, typeof(Receipt));
                        var withContextOptions = new BinaryData(receipt, ReceiptContext.Default.Options);
                        var text = new BinaryData("already serialised");
                        return reflected.Length + generated.Length + withContextOptions.Length + text.Length;
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "new BinaryData",
            "Receipt",
            "pass the JsonTypeInfo of a source-generated JsonSerializerContext to BinaryData.FromObjectAsJson; no automatic fix: "
                + ColdStart.Analyzers.Rules.ReflectionJsonSerialisationAnalyzer.BinaryDataConstructionNoFix));
        return test.RunAsync();
    }

    // MVC's JsonResult given options built right there serialises the value with them when it executes: with reflection unless
    // a context backs them. Without settings it uses the app's JSON options, as every other MVC result does, and options
    // handed in may be a context's.
    [Fact]
    public Task A_json_result_given_its_own_options_reflects_unless_a_context_backs_them()
    {
        var test = new Verify.Test(LambdaStubs.Default.Append(LambdaStubs.AspNetCoreApp).ToArray())
        {
            SourceGenerators = new[] { JsonSourceGenerator.Type },
            TestBehaviors = Microsoft.CodeAnalysis.Testing.TestBehaviors.SkipGeneratedSourcesCheck,
            TestCode = """
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;
                using Microsoft.AspNetCore.Mvc;

                public class Receipt
                {
                    public string Id { get; set; } = "";
                }

                [JsonSerializable(typeof(Receipt))]
                public partial class ReceiptContext : JsonSerializerContext
                {
                }

                public class Function
                {
                    private readonly JsonSerializerOptions _appOptions;

                    public Function(JsonSerializerOptions appOptions) => _appOptions = appOptions;

                    public IActionResult[] Handle(Receipt receipt, ILambdaContext context)
                    {
                        var indented = new JsonSerializerOptions { WriteIndented = true };
                        return new IActionResult[]
                        {
                            {|#0:new JsonResult(receipt, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })|},
                            {|#1:new JsonResult(receipt, indented)|},
                            new JsonResult(receipt, ReceiptContext.Default.Options),
                            new JsonResult(receipt, _appOptions),
                            new JsonResult(receipt),
                        };
                    }
                }
                """,
        };
        foreach (var location in new[] { 0, 1 })
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(location).WithArguments(
                "new JsonResult",
                "Receipt",
                "serialise with options backed by a source-generated JsonSerializerContext; no automatic fix: "
                    + ColdStart.Analyzers.Rules.ReflectionJsonSerialisationAnalyzer.JsonResultConstructionNoFix));
        }

        return test.RunAsync();
    }

    // A test project sees the function's packages, and often a handler-shaped helper, through its reference to the
    // function; Microsoft.NET.Test.Sdk marks it, and it is never deployed. A project that declares itself a deployed
    // function (AWSProjectType, AzureFunctionsVersion) is one, a stray test package in it or not, unless named as tests.
    [Theory]
    [InlineData("true", "", false)]
    [InlineData("false", "", true)]
    [InlineData("true", "AWSProjectType = Lambda", true)]
    [InlineData("true", "AzureFunctionsVersion = v4", true)]
    [InlineData("true", "AWSProjectType = Lambda\nbuild_property.MSBuildProjectName = Orders.Tests", false)]
    public Task A_test_project_is_not_analysed_as_a_function(string isTestProject, string deployment, bool reported)
    {
        var call = reported ? "{|#0:JsonSerializer.Serialize(input)|}" : "JsonSerializer.Serialize(input)";
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = $$"""
                using System.Text.Json;
                using Amazon.Lambda.Core;

                public class FunctionTests
                {
                    public string Invoke(string input, ILambdaContext context) => {{call}};
                }
                """,
        };
        var declared = deployment.Length > 0 ? $"build_property.{deployment}\n" : string.Empty;
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.IsTestProject = {isTestProject}\n{declared}"));
        if (reported)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
                "JsonSerializer.Serialize", "string", "pass the JsonTypeInfo of a source-generated JsonSerializerContext"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Reflection_overloads_of_System_Text_Json_are_reported()
    {
        return Verify.VerifyAsync(
            """
            using System.IO;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly JsonSerializerOptions Options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };

                public async Task<string> Handle(Stream input, ILambdaContext context)
                {
                    var order = {|COLD201:await JsonSerializer.DeserializeAsync<Order>(input, Options, CancellationToken.None)|};
                    var copy = {|COLD201:JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(order), typeof(Order))|};
                    var node = {|COLD201:JsonSerializer.SerializeToNode(order)|};
                    return {|COLD201:JsonSerializer.Serialize(order)|} + copy + node;
                }
            }
            """.Replace("{|COLD201:await ", "await {|COLD201:").Replace("JsonSerializer.SerializeToUtf8Bytes(order)", "{|COLD201:JsonSerializer.SerializeToUtf8Bytes(order)|}"),
            Order);
    }

    [Fact]
    public Task An_anonymous_value_is_told_to_become_a_named_type_first()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Text.Json;
                using Amazon.Lambda.Core;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context) => JsonSerializer.Serialize(new { input, length = input.Length });
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(6, 67, 6, 129).WithArguments(
            "JsonSerializer.Serialize",
            "<anonymous type: string input, int length>",
            "declare a named type (a record) for this value, then pass its JsonTypeInfo from a source-generated JsonSerializerContext, which cannot "
            + "register anonymous types; no automatic fix: the value has an anonymous type"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_type_whose_converter_generated_code_cannot_create_gets_no_fix()
    {
        // System.Text.Json's generator writes no metadata for Reading (SYSLIB1220, SYSLIB1030): a context naming it would not
        // compile. The same type with a converter it can create gets the fix, so the message says no more.
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System;
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context)
                        => {|#0:JsonSerializer.Serialize(new Reading { Value = input.Length })|} + {|#1:JsonSerializer.Serialize(new Sample { Value = 1 })|}
                            + {|#2:JsonSerializer.Serialize(new Day { Log = new Log() })|};
                }

                public sealed class Day
                {
                    public Log Log { get; set; } = new();
                }

                public sealed class Log
                {
                    public System.Collections.Generic.List<Reading> Readings { get; set; } = new();
                }

                [JsonConverter(typeof(ReadingConverter))]
                public sealed class Reading
                {
                    public int Value { get; set; }
                }

                public sealed class ReadingConverter : JsonConverter<Reading>
                {
                    private ReadingConverter() { }

                    public override Reading Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
                        => new Reading { Value = reader.GetInt32() };

                    public override void Write(Utf8JsonWriter writer, Reading value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
                }

                [JsonConverter(typeof(SampleConverter))]
                public sealed class Sample
                {
                    public int Value { get; set; }
                }

                public sealed class SampleConverter : JsonConverter<Sample>
                {
                    public override Sample Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
                        => new Sample { Value = reader.GetInt32() };

                    public override void Write(Utf8JsonWriter writer, Sample value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "JsonSerializer.Serialize",
            "Reading",
            "pass the JsonTypeInfo of a source-generated JsonSerializerContext; no automatic fix: 'Reading' names its own converter "
            + "('ReadingConverter'), which generated code cannot create, so System.Text.Json's generator writes no metadata for it"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments(
            "JsonSerializer.Serialize", "Sample", "pass the JsonTypeInfo of a source-generated JsonSerializerContext"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments(
            "JsonSerializer.Serialize",
            "Day",
            "pass the JsonTypeInfo of a source-generated JsonSerializerContext; no automatic fix: 'Day' reaches 'Reading', which names its "
            + "own converter ('ReadingConverter'), which generated code cannot create, so System.Text.Json's generator writes no metadata for it"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_message_says_why_no_fix_is_offered_for_options_from_a_parameter_a_private_type_and_newtonsoft()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Text.Json;
                using Amazon.Lambda.Core;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context) => Read(input, new JsonSerializerOptions()).Text + Echo(input);

                    private static Note Read(string json, JsonSerializerOptions options) => {|#0:JsonSerializer.Deserialize<Note>(json, options)|}!;

                    private static string Echo(string text) => {|#1:JsonSerializer.Serialize(new Secret(text))|}
                        + {|#2:Newtonsoft.Json.JsonConvert.SerializeObject(new Note { Text = text })|};

                    private sealed record Secret(string Text);
                }

                public class Note
                {
                    public string Text { get; set; } = "";
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "JsonSerializer.Deserialize",
            "Note",
            "pass the JsonTypeInfo of a source-generated JsonSerializerContext; no automatic fix: its JsonSerializerOptions are not known at compile "
            + "time (a parameter, converters, a resolver, or options changed after they are built); carry them into [JsonSourceGenerationOptions] by hand"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments(
            "JsonSerializer.Serialize",
            "Secret",
            "pass the JsonTypeInfo of a source-generated JsonSerializerContext; no automatic fix: a context at namespace level cannot name "
            + "'Secret' (a private nested type, or a type that uses a type parameter)"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments(
            "JsonConvert.SerializeObject",
            "Note",
            "move to System.Text.Json with a source-generated JsonSerializerContext (see the rule's page); no automatic fix: moving from "
            + "Newtonsoft.Json to System.Text.Json can change what is read and written"));
        return test.RunAsync();
    }

    [Fact]
    public Task Calls_with_source_generated_metadata_are_not_reported()
    {
        return Verify.VerifyAsync(
            """
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using Amazon.Lambda.Core;

            [JsonSerializable(typeof(Order))]
            public partial class AppJsonContext : JsonSerializerContext
            {
                public AppJsonContext() : base(null) { }
                public static AppJsonContext Default { get; } = new AppJsonContext();
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
                protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
            }

            public class Function
            {
                private static readonly JsonSerializerOptions FromContext = new JsonSerializerOptions { TypeInfoResolver = AppJsonContext.Default };

                public string Handle(string input, ILambdaContext context)
                {
                    var a = JsonSerializer.Deserialize(input, typeof(Order), AppJsonContext.Default);
                    var b = JsonSerializer.Deserialize<Order>(input, AppJsonContext.Default.Options);
                    var c = JsonSerializer.Deserialize<Order>(input, FromContext);
                    var d = JsonSerializer.Deserialize<Order>(input, new JsonSerializerOptions(AppJsonContext.Default.Options));
                    return "" + a + b + c + d;
                }
            }
            """,
            Order);
    }

    [Fact]
    public Task System_net_http_json_is_reported_without_metadata_and_not_with_a_type_info_or_context_options()
    {
        return Verify.VerifyAsync(
            """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using System.Text.Json.Serialization.Metadata;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public partial class AppJsonContext : JsonSerializerContext
            {
                public AppJsonContext() : base(null) { }
                public static AppJsonContext Default { get; } = new AppJsonContext();
                public JsonTypeInfo<Order> Order => null!;
                public override JsonTypeInfo? GetTypeInfo(System.Type type) => null;
                protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
            }

            public class Function
            {
                private static readonly HttpClient Http = new HttpClient();

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    var reflected = await {|COLD201:Http.GetFromJsonAsync<Order>(input)|};
                    using var posted = await {|COLD201:Http.PostAsJsonAsync(input, new Order(), new JsonSerializerOptions())|};
                    var generated = await Http.GetFromJsonAsync(input, AppJsonContext.Default.Order);
                    var fromContext = await posted.Content.ReadFromJsonAsync<Order>(AppJsonContext.Default.Options);
                    return "" + reflected + generated + fromContext;
                }
            }
            """,
            Order);
    }

    [Fact]
    public Task A_reflection_lambda_serializer_called_by_hand_is_reported_and_the_source_generated_one_is_not()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.IO;
                using System.Text;
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.Serialization.SystemTextJson;

                [JsonSerializable(typeof(Order))]
                public partial class AppJsonContext : JsonSerializerContext
                {
                    public AppJsonContext() : base(null) { }
                    public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
                    protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
                }

                public class Function
                {
                    private static readonly Amazon.Lambda.Serialization.Json.JsonSerializer Newtonsoft = new();
                    private static readonly SourceGeneratorLambdaJsonSerializer<AppJsonContext> Generated = new();

                    public Order Handle(string input, ILambdaContext context)
                    {
                        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(input));
                        var order = {|#0:Newtonsoft.Deserialize<Order>(stream)|};
                        Generated.Serialize(order, Stream.Null);
                        return order;
                    }
                }
                """,
        };
        test.TestState.Sources.Add(Order);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "JsonSerializer.Deserialize",
            "Order",
            "use SourceGeneratorLambdaJsonSerializer<TContext> with a source-generated JsonSerializerContext that registers the type; no automatic fix: "
                + "the serializer object is yours to replace, and the context must register every type it reads and writes"));
        return test.RunAsync();
    }

    // The ASP.NET Web API client (Microsoft.AspNet.WebApi.Client), same-shaped: its extensions live in System.Net.Http.Formatting.
    private const string WebApiClient = """
        using System.Net.Http;
        using System.Threading.Tasks;

        namespace System.Net.Http
        {
            public static class HttpContentExtensions
            {
                public static Task<T> ReadAsAsync<T>(this HttpContent content) => Task.FromResult<T>(default!);
            }

            public static class HttpClientExtensions
            {
                public static Task<HttpResponseMessage> PostAsJsonAsync<T>(this HttpClient client, string requestUri, T value)
                    => client.PostAsync(requestUri, null);
            }
        }
        """;

    // Flurl's JSON calls serialise with the serializer of its settings (Newtonsoft's up to Flurl 3, System.Text.Json's with
    // reflection since 4): reported without a fix, since the call does not name the serializer. Its string calls are not JSON.
    private const string FlurlHttp = """
        using System.Threading.Tasks;

        namespace Flurl.Http
        {
            public interface IFlurlRequest { }

            public interface IFlurlResponse
            {
                Task<T> GetJsonAsync<T>();
            }

            public static class GeneratedExtensions
            {
                public static Task<T> GetJsonAsync<T>(this string url) => Task.FromResult(default(T)!);

                public static Task<IFlurlResponse> PostJsonAsync(this string url, object body) => Task.FromResult<IFlurlResponse>(null!);

                public static Task<string> GetStringAsync(this string url) => Task.FromResult("");
            }

            public static class ResponseExtensions
            {
                public static Task<T> ReceiveJson<T>(this Task<IFlurlResponse> response) => Task.FromResult(default(T)!);
            }
        }
        """;

    [Fact]
    public Task Flurls_json_calls_serialise_with_its_configured_serializer_and_are_reported_without_a_fix()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Flurl.Http;

                public class Quote
                {
                    public decimal Price { get; set; }
                }

                public class Function
                {
                    public async Task<string> Handle(string url, ILambdaContext context)
                    {
                        var quote = await {|#0:url.GetJsonAsync<Quote>()|};
                        var saved = await {|#2:{|#1:url.PostJsonAsync(quote)|}.ReceiveJson<Quote>()|};
                        return await url.GetStringAsync() + saved.Price;
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Flurl.Http", FlurlHttp));
        const string Advice = "give Flurl's settings a System.Text.Json serializer whose options carry a source-generated JsonSerializerContext "
            + "(JsonSerializer = new DefaultJsonSerializer(options), Flurl 4), or send this request with HttpClient and a JsonTypeInfo; no automatic "
            + "fix: Flurl serialises with the serializer of its settings, which the call does not name";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("GeneratedExtensions.GetJsonAsync", "Quote", Advice));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("GeneratedExtensions.PostJsonAsync", "Quote", Advice));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("ResponseExtensions.ReceiveJson", "Quote", Advice));
        return test.RunAsync();
    }

    [Fact]
    public Task The_web_api_clients_formatter_extensions_are_newtonsoft_and_reported()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Net.Http;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;

                public class Order
                {
                    public string Id { get; set; } = "";
                }

                public class Function
                {
                    private static readonly HttpClient Http = new HttpClient();

                    public async Task<string> Handle(string url, ILambdaContext context)
                    {
                        using var response = await Http.GetAsync(url);
                        var order = await {|#0:response.Content.ReadAsAsync<Order>()|};
                        await {|#1:HttpClientExtensions.PostAsJsonAsync(Http, url, order)|};
                        await Http.PostAsync(url, new StringContent(order.Id));
                        return order.Id;
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("System.Net.Http.Formatting", WebApiClient));
        foreach (var (location, method) in new[] { (0, "HttpContentExtensions.ReadAsAsync"), (1, "HttpClientExtensions.PostAsJsonAsync") })
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(location).WithArguments(
                method,
                "Order",
                "move to System.Text.Json with a source-generated JsonSerializerContext (see the rule's page); no automatic fix: moving from "
                + "Newtonsoft.Json to System.Text.Json can change what is read and written"));
        }

        return test.RunAsync();
    }

    // A mocking library's set-up, or an IQueryable predicate, takes an expression tree: the call inside is described, not run.
    [Fact]
    public Task A_call_inside_an_expression_tree_is_not_reported()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Linq.Expressions;
            using System.Text.Json;
            using Amazon.Lambda.Core;

            public static class Fake
            {
                public static void CallTo<T>(Expression<Func<T>> call) { }

                public static void Run<T>(Func<T> call) => call();
            }

            public class Function
            {
                public string Handle(string input, ILambdaContext context)
                {
                    Fake.CallTo(() => JsonSerializer.Serialize(input, (JsonSerializerOptions?)null));
                    Fake.Run(() => {|COLD201:JsonSerializer.Serialize(input)|});
                    return input;
                }
            }
            """);
    }

    [Fact]
    public Task Newtonsoft_calls_are_reported()
    {
        return Verify.VerifyAsync(
            """
            using Amazon.Lambda.Core;
            using Newtonsoft.Json;
            using Newtonsoft.Json.Linq;

            public class Function
            {
                public string Handle(string input, ILambdaContext context)
                {
                    var order = {|COLD201:JsonConvert.DeserializeObject<Order>(input)|}!;
                    var token = {|COLD201:JToken.FromObject(order)|};
                    var serializer = {|COLD201:JsonSerializer.CreateDefault()|};
                    return {|COLD201:JsonConvert.SerializeObject(order)|} + token + serializer;
                }
            }
            """,
            Order);
    }

    [Fact]
    public Task A_newtonsoft_serializer_instance_is_reported_where_it_reads_or_writes_and_a_factory_made_one_once()
    {
        return Verify.VerifyAsync(
            """
            using System.IO;
            using Amazon.Lambda.Core;
            using Newtonsoft.Json;

            public class Function
            {
                private static readonly JsonSerializer Shared = new JsonSerializer();

                public string Handle(Stream input, ILambdaContext context)
                {
                    using var reader = new JsonTextReader(new StreamReader(input));
                    var order = {|COLD201:Shared.Deserialize<Order>(reader)|}!;
                    var writer = new StringWriter();
                    {|COLD201:new JsonSerializer().Serialize(writer, order)|};
                    var made = {|COLD201:JsonSerializer.CreateDefault()|};
                    made.Populate(reader, order);
                    {|COLD201:JsonSerializer.Create(new JsonSerializerSettings())|}.Serialize(writer, order);
                    return writer.ToString();
                }
            }
            """,
            Order);
    }

    [Fact]
    public Task A_newtonsoft_call_bound_at_run_time_by_a_dynamic_argument_is_reported_without_a_fix()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Newtonsoft.Json;

                public class Function
                {
                    public string Handle(dynamic input, ILambdaContext context)
                    {
                        var raw = input.ToString();
                        var order = {|#0:JsonConvert.DeserializeObject<Order>(raw)|};
                        System.Console.WriteLine(raw);
                        string id = input.id;
                        return id + order;
                    }
                }
                """,
        };
        test.TestState.Sources.Add(Order);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "JsonConvert.DeserializeObject",
            "Order",
            "give the argument its static type (a string, a stream) and move to System.Text.Json with a source-generated JsonSerializerContext "
                + "(see the rule's page); no automatic fix: the call is bound at run time (an argument is dynamic)"));
        return test.RunAsync();
    }

    // A method group handed to LINQ runs once per element; one over a source-generated JsonTypeInfo does not reflect.
    [Fact]
    public Task A_serialisation_method_handed_on_as_a_method_group_is_reported_without_a_fix()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System;
                using System.Linq;
                using System.Text.Json;
                using System.Text.Json.Serialization.Metadata;
                using Amazon.Lambda.Core;
                using Newtonsoft.Json;

                public class Function
                {
                    public static JsonTypeInfo<Order> OrderInfo = null!;

                    public int Handle(string[] lines, ILambdaContext context)
                    {
                        var orders = lines.Select({|#0:JsonConvert.DeserializeObject<Order>|}).ToList();
                        Func<string, JsonTypeInfo<Order>, Order?> generated = System.Text.Json.JsonSerializer.Deserialize;
                        return orders.Count + lines.Select(line => generated(line, OrderInfo)).Count();
                    }
                }
                """,
        };
        test.TestState.Sources.Add(Order);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "JsonConvert.DeserializeObject",
            "Order",
            "pass a lambda that calls System.Text.Json with the JsonTypeInfo of a source-generated JsonSerializerContext (see the rule's page); "
                + "no automatic fix: the method is passed as a delegate, whose signature leaves no room for a JsonTypeInfo"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_call_whose_argument_does_not_bind_is_reported_when_every_overload_of_its_arity_reflects()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Text.Json;
                using Amazon.Lambda.Core;
                using Newtonsoft.Json;

                public class Function
                {
                    public string Handle(Envelope input, ILambdaContext context)
                    {
                        var order = {|#0:System.Text.Json.JsonSerializer.Deserialize<Order>(input.Body)|};
                        var copy = {|#1:JsonConvert.DeserializeObject<Order>(input.Body, input.Settings)|};
                        var typed = System.Text.Json.JsonSerializer.Deserialize(input.Body, input.TypeInfo);
                        return order + "" + copy + typed;
                    }
                }
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        test.TestState.Sources.Add(Order);
        const string Advice = "pass the JsonTypeInfo of a source-generated JsonSerializerContext once it compiles; no automatic fix: "
            + "the call does not compile yet (an argument's type is unknown)";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("JsonSerializer.Deserialize", "Order", Advice));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("JsonConvert.DeserializeObject", "Order", Advice));
        return test.RunAsync();
    }

    [Fact]
    public Task An_http_json_helper_whose_value_type_does_not_bind_is_reported_unless_options_or_type_info_are_given()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Net.Http;
                using System.Net.Http.Json;
                using System.Text.Json;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;

                public class Function
                {
                    private static readonly HttpClient Http = new HttpClient();

                    public async Task Handle(Envelope input, ILambdaContext context)
                    {
                        await {|#0:Http.PostAsJsonAsync("https://example.org/orders", input.Order)|};
                        await Http.PostAsJsonAsync("https://example.org/orders", input.Order, input.Options);
                        await Http.PostAsJsonAsync("https://example.org/orders", input.Order, input.TypeInfo);
                    }
                }
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "HttpClientJsonExtensions.PostAsJsonAsync",
            "its value",
            "pass the JsonTypeInfo of a source-generated JsonSerializerContext once it compiles; no automatic fix: "
                + "the call does not compile yet (an argument's type is unknown)"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_local_harness_main_that_only_calls_the_handler_is_not_reported_and_the_handler_is()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Newtonsoft.Json;

                public class Function
                {
                    public string Handle(Order order, ILambdaContext context) => {|#0:JsonConvert.SerializeObject(order)|};
                }

                public static class Program
                {
                    public static void Main()
                    {
                        var order = JsonConvert.DeserializeObject<Order>("{}")!;
                        System.Console.WriteLine(new Function().Handle(order, null!));
                    }
                }
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(Order);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "JsonConvert.SerializeObject",
            "Order",
            "move to System.Text.Json with a source-generated JsonSerializerContext (see the rule's page); no automatic fix: "
                + "moving from Newtonsoft.Json to System.Text.Json can change what is read and written"));
        return test.RunAsync();
    }

    // MVC with Newtonsoft.Json formatters reads and writes every controller body with reflection: AddNewtonsoftJson() on any
    // version, and on ASP.NET Core 2.x, whose MVC has no other formatters, AddMvc(). AddMvc() of a later MVC uses
    // System.Text.Json, which the app configures elsewhere. On a line of its own in a fluent chain, a call is reported there.
    [Fact]
    public Task Mvc_registered_with_newtonsoft_formatters_is_reported_without_a_fix()
    {
        var mvc2 = LibraryImage.Build("Microsoft.AspNetCore.Mvc", """
            [assembly: System.Reflection.AssemblyVersion("2.1.0.0")]

            namespace Microsoft.Extensions.DependencyInjection
            {
                public interface IMvcBuilder
                {
                }

                public static class MvcServiceCollectionExtensions
                {
                    public static IMvcBuilder AddMvc(this IServiceCollection services) => null!;
                }

                public static class NewtonsoftJsonMvcBuilderExtensions
                {
                    public static IMvcBuilder AddNewtonsoftJson(this IMvcBuilder builder) => builder;
                }
            }
            """);
        var mvc8 = LibraryImage.Build("Microsoft.AspNetCore.Mvc.Core", """
            [assembly: System.Reflection.AssemblyVersion("8.0.0.0")]

            namespace Later
            {
                public static class MvcServiceCollectionExtensions
                {
                    public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddMvc(
                        this Microsoft.Extensions.DependencyInjection.IServiceCollection services) => services;
                }
            }
            """);
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Microsoft.Extensions.DependencyInjection;

                public class Function
                {
                    public Function(IServiceCollection services)
                    {
                        {|#1:services.AddMvc()|}
                            .{|#0:AddNewtonsoftJson()|};
                        Later.MvcServiceCollectionExtensions.AddMvc(services);
                    }

                    public string Handle(string input, ILambdaContext context) => input;
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(mvc2);
        test.TestState.AdditionalReferences.Add(mvc8);
        const string Advice = "move to System.Text.Json with a source-generated JsonSerializerContext (see the rule's page); no automatic fix: "
            + "moving from Newtonsoft.Json to System.Text.Json can change what is read and written";
        test.ExpectedDiagnostics.Add(
            Verify.Diagnostic().WithLocation(0).WithArguments("NewtonsoftJsonMvcBuilderExtensions.AddNewtonsoftJson", "its value", Advice));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("MvcServiceCollectionExtensions.AddMvc", "its value", Advice));
        return test.RunAsync();
    }

    [Fact]
    public Task A_private_helper_nothing_calls_is_dead_code_and_one_that_is_called_is_reported()
    {
        return Verify.VerifyAsync(
            """
            using Amazon.Lambda.Core;
            using Newtonsoft.Json;

            public class Function
            {
                public string Handle(Order order, ILambdaContext context)
                {
                    // var old = Legacy(order);
                    return Current(order);
                }

                private static string Current(Order order) => {|COLD201:JsonConvert.SerializeObject(order)|};

                private static string Legacy(Order order) => JsonConvert.SerializeObject(order);

                protected string Unused(Order order)
                {
                    string Local() => JsonConvert.SerializeObject(order);
                    return Local();
                }
            }
            """,
            Order);
    }

    [Fact]
    public Task Message_names_the_call_and_the_type_and_top_level_statements_are_analysed()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Amazon.Lambda.RuntimeSupport;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using Json = System.Text.Json.JsonSerializer;

                var handler = (string input, ILambdaContext context) => Json.Deserialize<Order>(input)!.Id;
                await LambdaBootstrapBuilder.Create(handler, new DefaultLambdaJsonSerializer()).Build().RunAsync();

                public class Order
                {
                    public string Id { get; set; } = "";
                }
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(
            Verify.Diagnostic().WithSpan(6, 57, 6, 87)
            .WithArguments("JsonSerializer.Deserialize", "Order", "pass the JsonTypeInfo of a source-generated JsonSerializerContext"));
        return test.RunAsync();
    }

    [Fact]
    public Task Library_without_handlers_is_not_a_serverless_project()
    {
        return Verify.VerifyAsync(
            new[]
            {
                """
                public static class OrderJson
                {
                    public static string Write(Order order) => System.Text.Json.JsonSerializer.Serialize(order);
                }
                """,
                Order,
            },
            new[] { LambdaStubs.Core });
    }
}

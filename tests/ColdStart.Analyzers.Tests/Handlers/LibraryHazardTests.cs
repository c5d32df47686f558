using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using ColdStart.Analyzers.Tests.Infrastructure;
using ColdStart.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ColdStart.Analyzers.Tests.Handlers;

/// <summary>
/// Hazards in the function's own class libraries (docs/handlers.md, "Code in the function's own libraries"): the library
/// is compiled with the summary generator and referenced as metadata, and each rule reports the call in the function.
/// </summary>
public class LibraryHazardTests
{
    private const string Common = """
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Text.Json;
        using System.Text.Json.Serialization.Metadata;
        using System.Threading.Tasks;

        namespace Shop.Common
        {
            public static class JsonHelper
            {
                public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json)!;

                public static T ReadFast<T>(string json, JsonTypeInfo<T> info) => JsonSerializer.Deserialize(json, info)!;

                public static BinaryData Pack<T>(T value) => new BinaryData(value!);
            }

            public class OrderFacade
            {
                public Task<string> FetchAsync(string url) => new HttpClient().GetStringAsync(url);
            }

            public interface IOrderStore
            {
                Task<string> LoadAsync(string url);
            }

            public class HttpOrderStore : IOrderStore
            {
                public Task<string> LoadAsync(string url) => new HttpClient().GetStringAsync(url);
            }

            public class PricingRules
            {
                private readonly string[] _rules;

                public PricingRules(string json)
                {
                    _rules = Load(json);
                }

                public PricingRules(string[] rules)
                {
                    _rules = rules;
                }

                public int Count => _rules.Length;

                private static string[] Load(string json) => JsonSerializer.Deserialize<string[]>(json)!;
            }

            public class ReceiptArchive
            {
                private readonly HttpClient _http = new HttpClient();

                public Uri? Address => _http.BaseAddress;
            }

            public static class ServiceSetup
            {
                public static string LoadRules() => File.ReadAllText("rules.json");

                public static void AddPricing() => Warm();

                public static Type[] AddHandlers() => typeof(ServiceSetup).Assembly.GetTypes();

                public static string Normalised(this string value)
                {
                    Warm();
                    return value.Trim();
                }

                private static void Warm() => Task.Delay(1).GetAwaiter().GetResult();
            }
        }
        """;

    private static readonly MetadataReference CommonImage = LibraryImage.Build("Shop.Common", Common);

    [Fact]
    public Task Reflection_json_in_a_library_helper_is_reported_at_the_call_naming_the_helper()
    {
        var test = Test<ReflectionJsonSerialisationAnalyzer>("""
            using Amazon.Lambda.Core;
            using Shop.Common;

            public record Order(string Id);

            public class Function
            {
                public string Handle(string body, ILambdaContext context) => {|#0:JsonHelper.Read<Order>(body)|}.Id;
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "JsonHelper.Read<T>",
            "Order",
            "it does so inside Shop.Common: JsonSerializer.Deserialize; give that library a source-generated JsonSerializerContext and pass its "
                + "JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_library_member_that_hands_a_serialisation_method_group_to_linq_is_reported_at_the_call()
    {
        var reader = LibraryImage.Build("Shop.Lines", """
            using System.Collections.Generic;
            using System.Linq;
            using Newtonsoft.Json;

            namespace Shop.Lines
            {
                public static class LineReader
                {
                    public static List<T?> ReadAll<T>(IEnumerable<string> lines) => lines.Select(JsonConvert.DeserializeObject<T>).ToList();
                }
            }
            """);
        var test = Test<ReflectionJsonSerialisationAnalyzer>("""
            using Amazon.Lambda.Core;
            using Shop.Lines;

            public record Order(string Id);

            public class Function
            {
                public int Handle(string[] lines, ILambdaContext context) => {|#0:LineReader.ReadAll<Order>(lines)|}.Count;
            }
            """, reader);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "LineReader.ReadAll<T>",
            "Order",
            "it does so inside Shop.Lines: JsonConvert.DeserializeObject; give that library a source-generated JsonSerializerContext and pass its "
                + "JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return test.RunAsync();
    }

    // A lambda a member hands to a call whose task it awaits (a retry policy's ExecuteAsync) runs before that task completes;
    // one it only stores runs later, when something else calls it.
    [Fact]
    public Task Work_in_a_lambda_handed_to_an_awaited_call_is_the_library_members_own()
    {
        var storage = LibraryImage.Build("Shop.Resilient", """
            using System;
            using System.Text.Json;
            using System.Threading.Tasks;

            namespace Shop.Resilient
            {
                public sealed class RetryPolicy
                {
                    public async Task<T> ExecuteAsync<T>(Func<Task<T>> action)
                    {
                        try { return await action(); } catch (TimeoutException) { return await action(); }
                    }
                }

                public sealed class BlobStore
                {
                    private readonly RetryPolicy _retry = new RetryPolicy();
                    private Func<string, object?>? _later;

                    public async Task<T?> GetAsync<T>(string text) => await _retry.ExecuteAsync(async () =>
                    {
                        await Task.Yield();
                        return JsonSerializer.Deserialize<T>(text);
                    });

                    public void Remember() => _later = text => JsonSerializer.Deserialize<object>(text);
                }
            }
            """);
        var test = Test<ReflectionJsonSerialisationAnalyzer>("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Shop.Resilient;

            public record Order(string Id);

            public class Function
            {
                private static readonly BlobStore Store = new BlobStore();

                public async Task<string> Handle(string body, ILambdaContext context)
                {
                    Store.Remember();
                    return (await {|#0:Store.GetAsync<Order>(body)|})!.Id;
                }
            }
            """, storage);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "BlobStore.GetAsync<T>",
            "Order",
            "it does so inside Shop.Resilient: JsonSerializer.Deserialize; give that library a source-generated JsonSerializerContext and pass "
                + "its JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_library_helper_that_builds_binary_data_from_an_object_is_reported_at_the_call()
    {
        var test = Test<ReflectionJsonSerialisationAnalyzer>("""
            using Amazon.Lambda.Core;
            using Shop.Common;

            public record Order(string Id);

            public class Function
            {
                public int Handle(Order order, ILambdaContext context) => {|#0:JsonHelper.Pack(order)|}.Length;
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "JsonHelper.Pack<T>",
            "Order",
            "it does so inside Shop.Common: new BinaryData; give that library a source-generated JsonSerializerContext and pass its "
                + "JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return test.RunAsync();
    }

    // A scoped factory builds the rules for every request, and their constructor parses them with reflection; the
    // constructor that is handed parsed rules does no JSON.
    [Fact]
    public Task Constructing_a_library_class_whose_constructor_reflects_is_reported_at_the_construction()
    {
        var test = Test<ReflectionJsonSerialisationAnalyzer>("""
            using Amazon.Lambda.Core;
            using Shop.Common;

            public class Function
            {
                public int Handle(string body, ILambdaContext context) => {|#0:new PricingRules(body)|}.Count + new PricingRules(new[] { body }).Count;
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "new PricingRules",
            "its value",
            "it does so inside Shop.Common: JsonSerializer.Deserialize in PricingRules.Load; give that library a source-generated "
                + "JsonSerializerContext and pass its JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return test.RunAsync();
    }

    // A library member runs what it hands to Task.Run or Task.Factory.StartNew and waits for (or returns), and the local
    // functions it calls; a local function it never calls, one only a stored callback calls, and work it starts without
    // waiting run nothing the member's callers wait for.
    private const string Background = """
        using System;
        using System.Text.Json;
        using System.Threading.Tasks;

        namespace Shop.Background
        {
            public class ApiReader
            {
                public Func<string, object?>? Parser { get; private set; }

                public Task<T?> ReadOnThreadPoolAsync<T>(string json) => Task.Factory.StartNew(() => JsonSerializer.Deserialize<T>(json));

                public Task<T?> ReadWithTaskRunAsync<T>(string json) => Task.Run(() => JsonSerializer.Deserialize<T>(json));

                public T? ReadLocally<T>(string json)
                {
                    T? Parse() => JsonSerializer.Deserialize<T>(json);
                    return Parse();
                }

                public string Describe(string json)
                {
                    string Unused() => JsonSerializer.Serialize(json);
                    object? ParseLater(string text) => JsonSerializer.Deserialize<object>(text);
                    Parser = text => ParseLater(text);
                    _ = Task.Run(() => JsonSerializer.Serialize(json));
                    return json.Trim();
                }
            }
        }
        """;

    [Fact]
    public Task Library_json_on_the_thread_pool_or_in_a_called_local_function_is_reported_and_deferred_json_is_not()
    {
        var test = Test<ReflectionJsonSerialisationAnalyzer>("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Shop.Background;

            public record Order(string Id);

            public class Function
            {
                private static readonly ApiReader Reader = new ApiReader();

                public async Task<string> Handle(string body, ILambdaContext context)
                {
                    var first = await {|#0:Reader.ReadOnThreadPoolAsync<Order>(body)|};
                    var second = await {|#1:Reader.ReadWithTaskRunAsync<Order>(body)|};
                    var third = {|#2:Reader.ReadLocally<Order>(body)|};
                    return first!.Id + second!.Id + third!.Id + Reader.Describe(body);
                }
            }
            """, LibraryImage.Build("Shop.Background", Background));
        const string Inside = "it does so inside Shop.Background: JsonSerializer.Deserialize; give that library a source-generated "
            + "JsonSerializerContext and pass its JsonTypeInfo there; no automatic fix: the reflection is in a referenced library";
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0)
            .WithArguments("ApiReader.ReadOnThreadPoolAsync<T>", "Order", Inside));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(1)
            .WithArguments("ApiReader.ReadWithTaskRunAsync<T>", "Order", Inside));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(2)
            .WithArguments("ApiReader.ReadLocally<T>", "Order", Inside));
        return test.RunAsync();
    }

    [Fact]
    public Task A_library_type_whose_constructor_builds_a_client_is_reported_when_built_at_init_for_a_handler_that_never_uses_it()
    {
        var test = Test<ClientCreatedEagerlyAnalyzer>("""
            using System;
            using Amazon.Lambda.Core;
            using Shop.Common;

            public class Functions
            {
                private static readonly ReceiptArchive Archive = {|#0:new ReceiptArchive()|};
                private static readonly ReceiptArchive Everywhere = new ReceiptArchive();

                public string Save(string id, ILambdaContext context) => id + Archive.Address + Everywhere.Address;

                public string List(string prefix, ILambdaContext context) => prefix + Everywhere.Address;
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedEagerly).WithLocation(0).WithArguments(
            "'ReceiptArchive' (which builds 'HttpClient' inside Shop.Common)", "Functions", "Archive", "Functions.List"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_library_method_that_builds_a_client_per_call_is_reported_on_the_invoke_path_also_through_its_interface()
    {
        var test = Test<ClientCreatedPerInvocationAnalyzer>("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Shop.Common;

            public class Function
            {
                private static readonly OrderFacade Facade = new OrderFacade();
                private static readonly IOrderStore Store = new HttpOrderStore();

                public async Task<string> Handle(string url, ILambdaContext context)
                {
                    var archive = {|#1:new ReceiptArchive()|};
                    return await {|#0:Facade.FetchAsync(url)|} + await {|#2:Store.LoadAsync(url)|};
                }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(0).WithArguments(
            "'HttpClient'",
            "on every invocation of 'Function.Handle', by 'OrderFacade.FetchAsync' (inside Shop.Common: new HttpClient)",
            "make the library keep one client (in a static field, or one it is given) and reuse it"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(1).WithArguments(
            "'ReceiptArchive' (which builds 'HttpClient' inside Shop.Common)",
            "on every invocation of 'Function.Handle'",
            "create it once in a static (lazy) field and reuse it"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(2).WithArguments(
            "'HttpClient'",
            "on every invocation of 'Function.Handle', by 'IOrderStore.LoadAsync' (inside Shop.Common: new HttpClient in HttpOrderStore.LoadAsync)",
            "make the library keep one client (in a static field, or one it is given) and reuse it"));
        return test.RunAsync();
    }

    [Fact]
    public Task Blocking_scanning_and_io_in_library_setup_and_extension_methods_are_reported_on_the_init_path()
    {
        const string Function = """
            using Amazon.Lambda.Core;
            using Shop.Common;

            public class Function
            {
                private static readonly string Rules = {|#2:ServiceSetup.LoadRules()|};
                private static readonly string Key = {|#3:"key".Normalised()|};

                public Function()
                {
                    {|#0:ServiceSetup.AddPricing()|};
                    _ = {|#1:ServiceSetup.AddHandlers()|};
                }

                public string Handle(string input, ILambdaContext context) => Rules + Key;
            }
            """;
        var blocking = Test<BlockingDuringInitialisationAnalyzer>(Function);
        blocking.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.BlockingDuringInitialisation).WithLocation(0).WithArguments(
            "ServiceSetup.AddPricing", "Function", " (inside Shop.Common: GetAwaiter().GetResult() in ServiceSetup.Warm)"));
        blocking.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.BlockingDuringInitialisation).WithLocation(3).WithArguments(
            "ServiceSetup.Normalised", "Function", " (inside Shop.Common: GetAwaiter().GetResult() in ServiceSetup.Warm)"));
        var scanning = Test<ReflectionScanningDuringInitialisationAnalyzer>(Function);
        scanning.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionScanningDuringInitialisation).WithLocation(1).WithArguments(
            "ServiceSetup.AddHandlers", "Function", " (inside Shop.Common: Assembly.GetTypes)"));
        var io = Test<ExpensiveInitialisationAnalyzer>(Function);
        io.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ExpensiveInitialisation).WithLocation(2).WithArguments(
            "ServiceSetup.LoadRules", "file I/O (inside Shop.Common: File.ReadAllText)", "Function"));
        return Task.WhenAll(blocking.RunAsync(), scanning.RunAsync(), io.RunAsync());
    }

    // A library's configuration source whose provider blocks in Load: building the configuration runs that Load, so the
    // library's AddVault() reaches it where the function calls it at start-up. A source whose provider does nothing is clean.
    [Fact]
    public Task A_library_configuration_source_whose_provider_blocks_in_Load_is_reported_where_the_function_adds_it()
    {
        var configuration = LibraryImage.Build(
            "Microsoft.Extensions.Configuration.Abstractions", Rules.BlockingDuringInitialisationTests.ConfigurationProviders);
        var settings = LibraryImage.Build("Shop.Settings", new[] { configuration }, """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;

            namespace Shop.Settings
            {
                public class VaultProvider : ConfigurationProvider
                {
                    public override void Load() => Data = FetchAsync().GetAwaiter().GetResult();

                    private static Task<IDictionary<string, string?>> FetchAsync()
                        => Task.FromResult<IDictionary<string, string?>>(new Dictionary<string, string?>());
                }

                public class VaultSource : IConfigurationSource
                {
                    public IConfigurationProvider Build(IConfigurationBuilder builder) => new VaultProvider();
                }

                public class DefaultsProvider : ConfigurationProvider
                {
                }

                public class DefaultsSource : IConfigurationSource
                {
                    public IConfigurationProvider Build(IConfigurationBuilder builder) => new DefaultsProvider();
                }

                public static class SettingsSetup
                {
                    public static IConfigurationBuilder AddVault(this IConfigurationBuilder builder) => builder.Add(new VaultSource());

                    public static IConfigurationBuilder AddDefaults(this IConfigurationBuilder builder) => builder.Add(new DefaultsSource());
                }
            }
            """);
        var test = new AnalyzerVerifier<BlockingDuringInitialisationAnalyzer>.Test(LambdaStubs.Default) { TestCode = """
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.Configuration;
            using Shop.Settings;

            public class Function
            {
                private static readonly IConfigurationRoot Settings = new ConfigurationBuilder()
                    .AddDefaults()
                    .{|#0:AddVault()|}
                    .Build();

                public string Handle(string input, ILambdaContext context) => input + Settings["key"];
            }
            """ };
        test.TestState.AdditionalReferences.Add(configuration);
        test.TestState.AdditionalReferences.Add(settings);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.BlockingDuringInitialisation).WithLocation(0).WithArguments(
            "SettingsSetup.AddVault", "Function", " (inside Shop.Settings: GetAwaiter().GetResult() in VaultProvider.Load)"));
        return test.RunAsync();
    }

    // The function's own project references a package this build lacks: every value of its types is of an unknown type, and
    // a call given one does not compile, but it still reaches the library member that the one overload left names.
    [Fact]
    public Task A_library_call_that_does_not_compile_because_an_argument_type_is_unknown_is_still_reported()
    {
        const string Function = """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Shop.Common;

            public class Function
            {
                private static readonly OrderFacade Facade = new OrderFacade();

                public async Task<string> Handle({|CS0246:Order|} order, ILambdaContext context)
                {
                    var text = await {|#0:Facade.FetchAsync(order.Url)|};
                    return text + {|#1:JsonHelper.Read<string>(order.Body)|};
                }
            }
            """;
        var clients = Test<ClientCreatedPerInvocationAnalyzer>(Function);
        clients.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(0).WithArguments(
            "'HttpClient'",
            "on every invocation of 'Function.Handle', by 'OrderFacade.FetchAsync' (inside Shop.Common: new HttpClient)",
            "make the library keep one client (in a static field, or one it is given) and reuse it"));
        var json = Test<ReflectionJsonSerialisationAnalyzer>(Function);
        json.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(1).WithArguments(
            "JsonHelper.Read<T>",
            "string",
            "it does so inside Shop.Common: JsonSerializer.Deserialize; give that library a source-generated JsonSerializerContext and pass its "
                + "JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return Task.WhenAll(clients.RunAsync(), json.RunAsync());
    }

    [Fact]
    public Task A_call_that_does_not_compile_and_leaves_several_overloads_is_not_guessed()
    {
        const string Library = """
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop.Notify
            {
                public static class Sender
                {
                    public static Task<string> SendAsync(string url) => new HttpClient().GetStringAsync(url);

                    public static Task<string> SendAsync(System.Uri url) => Task.FromResult(url.ToString());
                }
            }
            """;
        var test = Test<ClientCreatedPerInvocationAnalyzer>(
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Shop.Notify;

            public class Function
            {
                public Task<string> Handle({|CS0246:Order|} order, ILambdaContext context) => Sender.SendAsync(order.Url);
            }
            """,
            LibraryImage.Build("Shop.Notify", Library));
        return test.RunAsync();
    }

    [Fact]
    public Task A_call_through_an_interface_of_one_library_reaches_the_class_of_another_that_the_function_stores()
    {
        var contracts = LibraryImage.Build("Shop.Contracts", """
            using System.Threading.Tasks;

            namespace Shop.Contracts
            {
                public interface IMailer
                {
                    Task<string> SendAsync(string to);
                }
            }
            """);
        var mail = LibraryImage.Build("Shop.Mail", new[] { contracts }, """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Shop.Contracts;

            namespace Shop.Mail
            {
                public class HttpMailer : IMailer
                {
                    public Task<string> SendAsync(string to) => new HttpClient().GetStringAsync(to);
                }
            }
            """);
        var test = Test<ClientCreatedPerInvocationAnalyzer>(
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Shop.Contracts;
            using Shop.Mail;

            public class Function
            {
                private readonly IMailer _mailer;
                private readonly IMailer _given;

                public Function() : this(new HttpMailer())
                {
                    _mailer = new HttpMailer();
                }

                public Function(IMailer given)
                {
                    _mailer = new HttpMailer();
                    _given = given;
                }

                public async Task<string> Handle(string to, ILambdaContext context) => await {|#0:_mailer.SendAsync(to)|} + await {|#1:_given.SendAsync(to)|};
            }
            """,
            mail);
        test.TestState.AdditionalReferences.Add(contracts);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(0).WithArguments(
            "'HttpClient'",
            "on every invocation of 'Function.Handle', by 'HttpMailer.SendAsync' (inside Shop.Mail: new HttpClient)",
            "make the library keep one client (in a static field, or one it is given) and reuse it"));

        // The given mailer is of a class the function does not name, but the only one the solution's libraries have.
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(1).WithArguments(
            "'HttpClient'",
            "on every invocation of 'Function.Handle', by 'IMailer.SendAsync' (inside Shop.Mail: new HttpClient in HttpMailer.SendAsync)",
            "make the library keep one client (in a static field, or one it is given) and reuse it"));
        return test.RunAsync();
    }

    [Fact]
    public Task Init_only_hazards_called_from_a_handler_and_clean_members_are_not_reported()
    {
        const string Function = """
            using System.Text.Json.Serialization.Metadata;
            using Amazon.Lambda.Core;
            using Shop.Common;

            public class Function
            {
                public string Handle(string body, JsonTypeInfo<string> info, ILambdaContext context)
                {
                    ServiceSetup.AddPricing();
                    _ = ServiceSetup.AddHandlers();
                    return ServiceSetup.LoadRules() + JsonHelper.ReadFast(body, info);
                }
            }
            """;
        return Task.WhenAll(
            Test<BlockingDuringInitialisationAnalyzer>(Function).RunAsync(),
            Test<ReflectionScanningDuringInitialisationAnalyzer>(Function).RunAsync(),
            Test<ExpensiveInitialisationAnalyzer>(Function).RunAsync(),
            Test<ReflectionJsonSerialisationAnalyzer>(Function).RunAsync(),
            Test<ClientCreatedPerInvocationAnalyzer>(Function).RunAsync());
    }

    // A second library that calls the first: what it reaches there stays named by the member that does it.
    private const string Orders = """
        using System.Text.Json;
        using Shop.Common;

        namespace Shop.Orders
        {
            public record Receipt(string Id);

            public class ReceiptWriter
            {
                public string Write(Receipt receipt, string rules)
                {
                    var text = JsonSerializer.Serialize(receipt);
                    return text + JsonHelper.Read<string>(rules) + Envelope.Wrap(receipt);
                }
            }

            public static class Envelope
            {
                public static string Wrap(object value) => JsonSerializer.Serialize(value);
            }
        }
        """;

    [Fact]
    public async Task A_call_that_reaches_reflection_json_in_several_places_of_several_libraries_names_each_and_where_it_is()
    {
        var orders = LibraryImage.Build("Shop.Orders", new[] { CommonImage }, Orders);
        const string Function = """
            using Amazon.Lambda.Core;
            using Shop.Orders;

            public class Function
            {
                private static readonly ReceiptWriter Writer = new ReceiptWriter();

                public string Handle(string id, ILambdaContext context) => {|#0:Writer.Write(new Receipt(id), "[]")|};
            }
            """;
        var test = Test<ReflectionJsonSerialisationAnalyzer>(Function, orders);
        test.TestState.AdditionalReferences.Add(CommonImage);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "ReceiptWriter.Write",
            "its value",
            "it does so inside Shop.Orders: JsonSerializer.Serialize; JsonSerializer.Deserialize in JsonHelper.Read<T>; "
                + "JsonSerializer.Serialize in Envelope.Wrap; give that library a source-generated JsonSerializerContext and pass its "
                + "JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        await test.RunAsync();

        var diagnostic = Assert.Single(await LibraryCallDiagnosticsAsync(Function.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), orders));
        Assert.Equal(
            "M:Shop.Orders.ReceiptWriter.Write(Shop.Orders.Receipt,System.String);M:Shop.Common.JsonHelper.Read``1(System.String);"
                + "M:Shop.Orders.Envelope.Wrap(System.Object)",
            diagnostic.Properties["LibraryOrigin"]);
    }

    // Five exchanges, each wrapper building its own client: the report at the call carries every place, and its message
    // names the first three and counts the others.
    [Fact]
    public async Task A_call_that_reaches_more_places_than_a_message_names_counts_the_rest_and_carries_them_all()
    {
        var exchanges = LibraryImage.Build("Shop.Exchanges", """
            using System.Net.Http;

            namespace Shop.Exchanges
            {
                public class Quotes
                {
                    public int Collect(string pair) => Kraken(pair) + Binance(pair) + Coinbase(pair) + Bitfinex(pair) + KuCoin(pair);

                    private static int Kraken(string pair) => new HttpClient().GetHashCode() + pair.Length;

                    private static int Binance(string pair) => new HttpClient().GetHashCode() + pair.Length;

                    private static int Coinbase(string pair) => new HttpClient().GetHashCode() + pair.Length;

                    private static int Bitfinex(string pair) => new HttpClient().GetHashCode() + pair.Length;

                    private static int KuCoin(string pair) => new HttpClient().GetHashCode() + pair.Length;
                }
            }
            """);
        const string Function = """
            using Amazon.Lambda.Core;
            using Shop.Exchanges;

            public class Function
            {
                private static readonly Quotes Quotes = new Quotes();

                public int Handle(string pair, ILambdaContext context) => {|#0:Quotes.Collect(pair)|};
            }
            """;
        var test = Test<ClientCreatedPerInvocationAnalyzer>(Function, exchanges);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(0).WithArguments(
            "'HttpClient'",
            "on every invocation of 'Function.Handle', by 'Quotes.Collect' (inside Shop.Exchanges: new HttpClient in Quotes.Binance; "
                + "new HttpClient in Quotes.Bitfinex; new HttpClient in Quotes.Coinbase; and 2 more)",
            "make the library keep one client (in a static field, or one it is given) and reuse it"));
        await test.RunAsync();

        var diagnostic = Assert.Single(await LibraryCallDiagnosticsAsync(
            Function.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), exchanges, new ClientCreatedPerInvocationAnalyzer()));
        Assert.Equal(5, diagnostic.Properties["LibraryOrigin"]!.Split(';').Length);
    }

    // A mailer that takes the function's context among its parameters, to log with it, is a service of the library, not a
    // handler: the library is summarised, and the function's construction of it per message is reported.
    [Fact]
    public Task A_library_whose_service_takes_the_context_among_other_parameters_is_still_summarised()
    {
        var mail = LibraryImage.Build(
            "Shop.Mail",
            """
            namespace Amazon.Lambda.Core { public interface ILambdaContext { string AwsRequestId { get; } } }
            """,
            """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            namespace Shop.Mail
            {
                public class Mailer
                {
                    private readonly HttpClient _http = new HttpClient();

                    public Task<bool> SendAsync(string to, ILambdaContext context, bool plainText)
                    {
                        return Task.FromResult(plainText && _http.BaseAddress is null && context.AwsRequestId != to);
                    }
                }
            }
            """);
        var test = Test<ClientCreatedPerInvocationAnalyzer>("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Shop.Mail;

            public class Function
            {
                public Task<bool> Handle(string to, ILambdaContext context) => {|#0:new Mailer()|}.SendAsync(to, null!, true);
            }
            """, mail);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(0).WithArguments(
            "'Mailer' (which builds 'HttpClient' inside Shop.Mail)",
            "on every invocation of 'Function.Handle'",
            "create it once in a static (lazy) field and reuse it"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_library_that_only_uses_lambda_event_types_is_still_summarised()
    {
        var responses = LibraryImage.Build(
            "Shop.Responses",
            """
            namespace Amazon.Lambda.APIGatewayEvents { public class APIGatewayProxyResponse { public string? Body { get; set; } } }
            """,
            """
            using Amazon.Lambda.APIGatewayEvents;

            namespace Shop.Responses
            {
                public static class Reply
                {
                    public static APIGatewayProxyResponse Ok(object value) => new() { Body = System.Text.Json.JsonSerializer.Serialize(value) };
                }
            }
            """);
        var test = Test<ReflectionJsonSerialisationAnalyzer>(
            """
            using Amazon.Lambda.Core;
            using Shop.Responses;

            public class Function
            {
                public object Handle(string id, ILambdaContext context) => {|#0:Reply.Ok(id)|};
            }
            """,
            responses);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "Reply.Ok",
            "its value",
            "it does so inside Shop.Responses: JsonSerializer.Serialize; give that library a source-generated JsonSerializerContext and pass "
                + "its JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_library_with_handlers_has_no_summary_so_its_hazards_are_not_reported_again_at_the_call()
    {
        var withHandler = LibraryImage.Build(
            "Shop.Workers",
            Common.Replace("namespace Shop.Common", "namespace Shop.Workers"),
            "namespace Shop.Workers { public class Worker { [ColdStart.ColdStartHandler] public string Run(string json) => JsonHelper.Read<string>(json); } }");
        var test = Test<ReflectionJsonSerialisationAnalyzer>(
            """
            using Amazon.Lambda.Core;
            using Shop.Workers;

            public class Function
            {
                public string Handle(string body, ILambdaContext context) => JsonHelper.Read<string>(body);
            }
            """,
            withHandler);
        return test.RunAsync();
    }

    private const string Contracts = """
        namespace Shop.Contracts
        {
            public interface IPricing
            {
                string Quote(string sku);

                string Round(decimal price);
            }
        }
        """;

    private const string Services = """
        using System.Net.Http;
        using System.Text.Json;
        using Shop.Contracts;

        namespace Shop.Services
        {
            public class Pricing : IPricing
            {
                private readonly HttpClient _http = new HttpClient();

                public string Quote(string sku) => JsonSerializer.Serialize(new[] { sku, _http.BaseAddress?.ToString() });

                public string Round(decimal price) => decimal.Round(price, 2).ToString();
            }
        }
        """;

    [Fact]
    public Task A_call_through_an_interface_of_one_library_reaches_the_implementation_another_library_registers()
    {
        var contracts = LibraryImage.Build("Shop.Contracts", Contracts);
        var services = LibraryImage.Build("Shop.Services", new[] { contracts }, Services);
        var test = Test<ReflectionJsonSerialisationAnalyzer>(
            """
            using System;
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Contracts;
            using Shop.Services;

            public class Function
            {
                private readonly IPricing _pricing;

                public Function(IServiceProvider container) => _pricing = container.GetRequiredService<IPricing>();

                public static void Register(IServiceCollection services) => services.AddSingleton<IPricing, Pricing>();

                public string Handle(string sku, ILambdaContext context) => {|#0:_pricing.Quote(sku)|} + _pricing.Round(1.005m);
            }
            """,
            services);
        test.TestState.AdditionalReferences.Add(contracts);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "Pricing.Quote",
            "its value",
            "it does so inside Shop.Services: JsonSerializer.Serialize; give that library a source-generated JsonSerializerContext and pass "
                + "its JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return test.RunAsync();
    }

    // A library's DI set-up registers singletons whose construction waits for the network: the container builds each once,
    // when the first invocation that needs it resolves it, so the function's call of the set-up costs that invocation. A
    // client the constructor builds is built once, as it should be, and a scoped registration is not a singleton's build.
    private const string Caches = """
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;

        namespace Shop.Caches
        {
            public class RatesCache
            {
                private readonly string _rates;
                private readonly HttpClient _http = new HttpClient();

                public RatesCache()
                {
                    _rates = Download().GetAwaiter().GetResult();
                }

                public int Count => _rates.Length;

                private static Task<string> Download() => Task.FromResult("1.1");
            }

            // The container builds it with its public constructor; the internal one, which blocks, is for tests.
            public class RatesMirror
            {
                private readonly int _count;

                public RatesMirror(HttpClient http) => _count = http.DefaultRequestHeaders.Count();

                internal RatesMirror(string url) => _count = Task.FromResult(url.Length).GetAwaiter().GetResult();

                public int Count => _count;
            }

            public static class CacheSetup
            {
                public static IServiceCollection AddRates(this IServiceCollection services) => services.AddSingleton<RatesCache>();

                public static IServiceCollection AddRatesBuiltBy(this IServiceCollection services)
                    => services.AddSingleton(provider => Build());

                public static IServiceCollection AddRatesPerRequest(this IServiceCollection services) => services.AddScoped<RatesCache>();

                public static IServiceCollection AddMirror(this IServiceCollection services) => services.AddSingleton<RatesMirror>();

                public static IServiceCollection AddRatesAndCount(this IServiceCollection services, out int count)
                {
                    count = new RatesCache().Count;
                    return services.AddSingleton<RatesCache>();
                }

                private static RatesCache Build() => new RatesCache();
            }
        }
        """;

    [Fact]
    public Task A_library_set_up_that_registers_a_singleton_whose_construction_blocks_is_reported_at_the_function_s_call()
    {
        var test = new AnalyzerVerifier<BlockingDuringInitialisationAnalyzer>.Test(LambdaStubs.Default) { TestCode = """
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Caches;

            public class Function
            {
                private readonly IServiceCollection _services = new ServiceCollection();

                public Function()
                {
                    {|#0:_services.AddRates()|};
                    {|#1:_services.AddRatesBuiltBy()|};
                    _services.AddRatesPerRequest();
                    _services.AddMirror();
                    _services.AddSingleton<RatesMirror>();
                    {|#2:_services.AddSingleton<RatesCache>()|};
                }

                public int Handle(string body, ILambdaContext context) => _services.Count;
            }
            """ };
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Shop.Caches", Caches));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.BlockingDuringInitialisation).WithLocation(0).WithArguments(
            "CacheSetup.AddRates", "Function", " (inside Shop.Caches: GetAwaiter().GetResult() in RatesCache)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.BlockingDuringInitialisation).WithLocation(1).WithArguments(
            "CacheSetup.AddRatesBuiltBy", "Function", " (inside Shop.Caches: GetAwaiter().GetResult() in RatesCache)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.BlockingDuringInitialisation).WithLocation(2).WithArguments(
            "RatesCache", "Function", " (inside Shop.Caches: GetAwaiter().GetResult()) in the constructor of the 'RatesCache' singleton "
                + "(which runs when the first invocation that needs it resolves it)"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_client_a_library_singleton_builds_in_its_constructor_is_built_once_and_not_reported()
    {
        var test = new AnalyzerVerifier<ClientCreatedPerInvocationAnalyzer>.Test(LambdaStubs.Default) { TestCode = """
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Caches;

            public class Function
            {
                public int Handle(string body, ILambdaContext context) => new ServiceCollection().AddRates().AddRatesBuiltBy().Count;
            }
            """ };
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Shop.Caches", Caches));
        return test.RunAsync();
    }

    // The set-up builds a cache itself as well as registering it: the one it builds is built on every call, client included.
    [Fact]
    public Task A_library_member_that_builds_the_class_it_also_registers_as_a_singleton_builds_its_client_per_call()
    {
        var test = new AnalyzerVerifier<ClientCreatedPerInvocationAnalyzer>.Test(LambdaStubs.Default) { TestCode = """
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Caches;

            public class Function
            {
                public int Handle(string body, ILambdaContext context) => {|#0:new ServiceCollection().AddRatesAndCount(out var count)|}.Count + count;
            }
            """ };
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Shop.Caches", Caches));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(0).WithArguments(
            "'HttpClient'",
            "on every invocation of 'Function.Handle', by 'CacheSetup.AddRatesAndCount' (inside Shop.Caches: new RatesCache; new HttpClient in RatesCache)",
            "make the library keep one client (in a static field, or one it is given) and reuse it"));
        return test.RunAsync();
    }

    // A web project of the solution: its controllers reach the pricing service through the contracts' interface, and its
    // own DI set-up names the implementation that another library holds.
    private const string Web = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.DependencyInjection;
        using Shop.Contracts;
        using Shop.Services;

        namespace Shop.Web
        {
            public class PricesController : ControllerBase
            {
                private readonly IPricing _pricing;

                public PricesController(IPricing pricing) => _pricing = pricing;

                public IActionResult Get(string sku) => Ok(_pricing.Quote(sku));

                public IActionResult Rounded(decimal price) => Ok(_pricing.Round(price));
            }

            public static class WebSetup
            {
                public static IServiceCollection AddPrices(this IServiceCollection services) => services.AddScoped<IPricing, Pricing>();
            }
        }
        """;

    private const string MvcRegistration = """
        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class MvcServiceCollectionExtensions
            {
                public static IServiceCollection AddControllers(this IServiceCollection services) => services;
            }
        }
        """;

    // MVC's stand-in, the contracts, the services and the web project, each compiled with its summary as a project reference is.
    private static MetadataReference[] WebSolution()
    {
        var mvc = LibraryImage.Build("Microsoft.AspNetCore.Mvc", LambdaStubs.AspNetCoreApp, MvcRegistration);
        var contracts = LibraryImage.Build("Shop.Contracts", Contracts);
        var services = LibraryImage.Build("Shop.Services", new[] { contracts }, Services);
        return new[] { mvc, contracts, services, LibraryImage.Build("Shop.Web", new[] { mvc, contracts, services }, Web) };
    }

    [Fact]
    public Task Controllers_of_a_referenced_web_project_that_MVC_hosts_in_the_function_are_reported_at_AddControllers()
    {
        var test = new AnalyzerVerifier<ReflectionJsonSerialisationAnalyzer>.Test(LambdaStubs.Default.Append(LambdaStubs.AspNetCoreServer))
        {
            TestCode = """
                using Microsoft.AspNetCore.Hosting;
                using Microsoft.Extensions.DependencyInjection;
                using Shop.Web;

                public class LambdaEntryPoint : Amazon.Lambda.AspNetCoreServer.APIGatewayProxyFunction
                {
                    protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();
                }

                public class Startup
                {
                    public void ConfigureServices(IServiceCollection services)
                    {
                        {|#0:services.AddControllers()|};
                        services.AddPrices();
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.AddRange(WebSolution());
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.AWSProjectType = Lambda\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "PricesController.Get",
            "its value",
            "it does so inside Shop.Web: JsonSerializer.Serialize in Pricing.Quote; give that library a source-generated JsonSerializerContext "
                + "and pass its JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return test.RunAsync();
    }

    [Fact]
    public Task Controllers_of_a_referenced_web_project_are_not_reported_in_a_web_app_that_is_not_a_function()
    {
        var test = new AnalyzerVerifier<ReflectionJsonSerialisationAnalyzer>.Test(Enumerable.Empty<string>())
        {
            TestCode = """
                using Microsoft.Extensions.DependencyInjection;
                using Shop.Web;

                public class Startup
                {
                    public void ConfigureServices(IServiceCollection services) => services.AddControllers().AddPrices();
                }
                """,
        };
        test.TestState.AdditionalReferences.AddRange(WebSolution());
        return test.RunAsync();
    }

    [Fact]
    public Task An_interface_call_that_no_referenced_library_implements_is_not_reported()
    {
        var contracts = LibraryImage.Build("Shop.Contracts", Contracts);
        var test = Test<ReflectionJsonSerialisationAnalyzer>(
            """
            using Amazon.Lambda.Core;
            using Shop.Contracts;

            public class Function
            {
                private readonly IPricing _pricing;

                public Function(IPricing pricing) => _pricing = pricing;

                public string Handle(string sku, ILambdaContext context) => _pricing.Quote(sku);
            }
            """,
            contracts);
        return test.RunAsync();
    }

    [Fact]
    public Task A_scoped_registration_of_a_library_type_whose_constructor_builds_a_client_is_reported()
    {
        var contracts = LibraryImage.Build("Shop.Contracts", Contracts);
        var services = LibraryImage.Build("Shop.Services", new[] { contracts }, Services);
        var test = Test<ClientCreatedPerInvocationAnalyzer>(
            """
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Contracts;
            using Shop.Services;

            public static class Registrations
            {
                public static IServiceCollection AddShop(this IServiceCollection services)
                {
                    {|#0:services.AddScoped<IPricing, Pricing>()|};
                    return services.AddScoped<Shop.Contracts.IPricing, LocalPricing>();
                }
            }

            public class LocalPricing : IPricing
            {
                public string Quote(string sku) => sku;

                public string Round(decimal price) => price.ToString();
            }
            """,
            services);
        test.TestState.AdditionalReferences.Add(contracts);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(0).WithArguments(
            "'Pricing' (which builds 'HttpClient' inside Shop.Services)",
            "for every request scope, because AddScoped registers 'IPricing'",
            "register it with AddSingleton so that every request shares one client"));
        return test.RunAsync();
    }

    // The container runs a transient's factory for every consumer it builds, a scoped one's for every scope: `_ => new
    // Pricing()` builds the library's client each time. A factory over a type that builds no client is not reported.
    [Fact]
    public Task Transient_and_scoped_factories_that_build_a_client_owning_library_type_are_reported()
    {
        var contracts = LibraryImage.Build("Shop.Contracts", Contracts);
        var services = LibraryImage.Build("Shop.Services", new[] { contracts }, Services);
        var test = Test<ClientCreatedPerInvocationAnalyzer>(
            """
            using System;
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Contracts;
            using Shop.Services;

            public class LocalPricing
            {
                public string Quote(string sku) => sku;
            }

            public class Function
            {
                private readonly IServiceProvider _container;

                public Function(IServiceProvider container) => _container = container;

                public static void Register(IServiceCollection services)
                {
                    {|#0:services.AddTransient<IPricing>(_ => new Pricing())|};
                    services.AddTransient(_ => new LocalPricing());
                    {|#1:services.AddScoped(_ => new Pricing())|};
                }

                public string Handle(string sku, ILambdaContext context)
                    => _container.GetRequiredService<IPricing>().Round(1m) + _container.GetRequiredService<LocalPricing>().Quote(sku)
                        + _container.GetRequiredService<Pricing>().Round(2m);
            }
            """,
            services);
        test.TestState.AdditionalReferences.Add(contracts);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(0).WithArguments(
            "'IPricing' (which builds 'HttpClient' inside Shop.Services)",
            "on every invocation of 'Function.Handle', because AddTransient registers 'IPricing' and 'Function.Handle' resolves it from the "
                + "container on every invocation",
            "register it with AddSingleton so that every invocation shares one client"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(1).WithArguments(
            "'Pricing' (which builds 'HttpClient' inside Shop.Services)",
            "for every request scope, because AddScoped registers 'Pricing'",
            "register it with AddSingleton so that every request shares one client"));
        return test.RunAsync();
    }

    // A data library's set-up extension that registers its context with scoped options detecting the MySQL version makes
    // every request scope connect, wherever the function calls it; one that detects the version once does not.
    [Fact]
    public Task A_library_set_up_extension_whose_scoped_context_options_detect_the_mysql_version_is_reported_at_the_call()
    {
        var data = LibraryImage.Build("Shop.Data", LambdaStubs.PomeloMySql, """
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;

            namespace Shop.Data
            {
                public class ShopContext : DbContext
                {
                }

                public static class DataSetup
                {
                    public static IServiceCollection AddShopData(this IServiceCollection services, string connection)
                        => services.AddDbContext<ShopContext>(options => options.UseMySql(connection, ServerVersion.AutoDetect(connection)));

                    public static IServiceCollection AddPinnedShopData(this IServiceCollection services, string connection, ServerVersion version)
                        => services.AddDbContext<ShopContext>(options => options.UseMySql(connection, version));
                }
            }
            """);
        var test = Test<ClientCreatedPerInvocationAnalyzer>("""
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Data;

            public class Function
            {
                public Function(IServiceCollection services)
                {
                    {|#0:services.AddShopData("Server=shop")|};
                    services.AddPinnedShopData("Server=shop", null!);
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """, data);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(0).WithArguments(
            "MySQL connection ('ServerVersion.AutoDetect' connects to ask the server its version)",
            "for every request scope, because 'DataSetup.AddShopData' registers a context whose scoped options detect the server's version (inside Shop.Data: "
                + "ServerVersion.AutoDetect in AddDbContext's options)",
            "make the library detect the version once at start-up and pass that value in, or name the version (new MySqlServerVersion(...))"));
        return test.RunAsync();
    }

    // A messaging helper that opens a sender link for every message it sends; one that keeps its sender is not reported.
    [Fact]
    public Task A_library_helper_that_opens_a_service_bus_link_per_call_is_reported_at_the_call()
    {
        var messaging = LibraryImage.Build("Shop.Messaging", AzureStubs.ServiceBus, """
            using System.Threading.Tasks;
            using Azure.Messaging.ServiceBus;

            namespace Shop.Messaging
            {
                public static class Topics
                {
                    private static ServiceBusSender? s_audit;

                    public static Task PublishAsync(ServiceBusClient client, string topic, string body)
                        => client.CreateSender(topic).SendMessageAsync(new ServiceBusMessage(body));

                    public static Task AuditAsync(ServiceBusClient client, string body)
                        => (s_audit ??= client.CreateSender("audit")).SendMessageAsync(new ServiceBusMessage(body));
                }
            }
            """);
        var test = Test<ClientCreatedPerInvocationAnalyzer>("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Azure.Messaging.ServiceBus;
            using Shop.Messaging;

            public class Function
            {
                private static readonly ServiceBusClient Client = new ServiceBusClient("Endpoint=sb://shop/");

                public async Task Handle(string order, ILambdaContext context)
                {
                    await {|#0:Topics.PublishAsync(Client, "orders", order)|};
                    await Topics.AuditAsync(Client, order);
                }
            }
            """, messaging);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(0).WithArguments(
            "'ServiceBusSender'",
            "on every invocation of 'Function.Handle', by 'Topics.PublishAsync' (inside Shop.Messaging: ServiceBusClient.CreateSender)",
            "make the library keep one client (in a static field, or one it is given) and reuse it"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_library_set_up_extension_that_registers_a_client_as_scoped_is_reported_where_the_function_calls_it()
    {
        var storage = LibraryImage.Build("Shop.Storage", """
            using Amazon.S3;
            using Microsoft.Extensions.DependencyInjection;

            namespace Shop.Storage
            {
                public static class StorageSetup
                {
                    public static IServiceCollection AddReceiptStorage(this IServiceCollection services)
                        => services.AddScoped<IAmazonS3, AmazonS3Client>();

                    public static IServiceCollection AddStorage(this IServiceCollection services) => services.AddReceiptStorage();

                    public static IServiceCollection AddArchive(this IServiceCollection services)
                        => services.AddScoped<IAmazonS3>(_ => new AmazonS3Client());

                    public static IServiceCollection AddSharedStorage(this IServiceCollection services)
                        => services.AddSingleton<IAmazonS3, AmazonS3Client>();
                }
            }
            """);
        var test = new AnalyzerVerifier<ClientCreatedPerInvocationAnalyzer>.Test(LambdaStubs.Default.Append(LambdaStubs.AspNetCoreServer))
        {
            TestCode = """
            using Amazon.Lambda.AspNetCoreServer;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Storage;

            public class LambdaEntryPoint : APIGatewayProxyFunction
            {
                protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();
            }

            public class Startup
            {
                public void ConfigureServices(IServiceCollection services)
                {
                    {|#0:services.AddReceiptStorage()|};
                    {|#1:services.AddStorage()|};
                    {|#2:services.AddArchive()|};
                    services.AddSharedStorage();
                }
            }
            """,
        };
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Microsoft.AspNetCore", LambdaStubs.AspNetCoreApp));
        test.TestState.AdditionalReferences.Add(storage);
        foreach (var (location, member, registration) in new[]
        {
            (0, "StorageSetup.AddReceiptStorage", "AddScoped<IAmazonS3, AmazonS3Client>"),
            (1, "StorageSetup.AddStorage", "AddScoped<IAmazonS3, AmazonS3Client> in StorageSetup.AddReceiptStorage"),
            (2, "StorageSetup.AddArchive", "AddScoped<IAmazonS3>"),
        })
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(location).WithArguments(
                "'AmazonS3Client'",
                $"for every request scope, because '{member}' registers it as scoped (inside Shop.Storage: {registration})",
                "make the library register it with AddSingleton so that every request shares one client"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Sending_a_mediator_request_is_reported_with_what_the_library_handler_of_that_request_does()
    {
        var mediator = LibraryImage.Build("MediatR", MediatorContracts.Source);
        var orders = LibraryImage.Build("Shop.Orders", new[] { mediator }, """
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;
            using MediatR;

            namespace Shop.Orders
            {
                public class PlaceOrder : IRequest
                {
                    internal class Handler : IRequestHandler<PlaceOrder>
                    {
                        public Task Handle(PlaceOrder request, CancellationToken cancellationToken) => Task.FromResult(JsonSerializer.Serialize(request));
                    }
                }

                public class CancelOrder : IRequest
                {
                    internal class Handler : IRequestHandler<CancelOrder>
                    {
                        public Task Handle(CancelOrder request, CancellationToken cancellationToken) => Task.CompletedTask;
                    }
                }
            }
            """);
        var test = Test<ReflectionJsonSerialisationAnalyzer>(
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using MediatR;
            using Shop.Orders;

            public class Function
            {
                private readonly ISender _mediator;

                public Function(ISender mediator) => _mediator = mediator;

                public async Task Handle(string id, ILambdaContext context)
                {
                    await {|#0:_mediator.Send(new PlaceOrder())|};
                    await _mediator.Send(new CancelOrder());
                }
            }
            """,
            orders);
        test.TestState.AdditionalReferences.Add(mediator);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "PlaceOrder.Handler.Handle",
            "its value",
            "it does so inside Shop.Orders: JsonSerializer.Serialize in Handler.Handle; give that library a source-generated "
                + "JsonSerializerContext and pass its JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return test.RunAsync();
    }

    // A pipeline behaviour of the library wraps every request MediatR sends, so a request whose own handler is clean still
    // reaches the behaviour's work; a library without behaviours lists only the handler.
    [Fact]
    public Task A_mediator_request_of_a_library_with_a_pipeline_behaviour_carries_what_the_behaviour_does()
    {
        var mediator = LibraryImage.Build("MediatR", MediatorContracts.Source);
        var billing = LibraryImage.Build("Shop.Billing", new[] { mediator }, """
            using System.Diagnostics;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;
            using MediatR;

            namespace Shop.Billing
            {
                public class ChargeCard : IRequest
                {
                    internal class Handler : IRequestHandler<ChargeCard>
                    {
                        public Task Handle(ChargeCard request, CancellationToken cancellationToken) => Task.CompletedTask;
                    }
                }

                public class Tracing<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
                {
                    public Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
                    {
                        Activity.Current?.AddBaggage("request", JsonSerializer.Serialize(request));
                        return next();
                    }
                }
            }
            """);
        var refunds = LibraryImage.Build("Shop.Refunds", new[] { mediator }, """
            using System.Threading;
            using System.Threading.Tasks;
            using MediatR;

            namespace Shop.Refunds
            {
                public class Refund : IRequest
                {
                    internal class Handler : IRequestHandler<Refund>
                    {
                        public Task Handle(Refund request, CancellationToken cancellationToken) => Task.CompletedTask;
                    }
                }
            }
            """);
        var test = Test<ReflectionJsonSerialisationAnalyzer>(
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using MediatR;
            using Shop.Billing;
            using Shop.Refunds;

            public class Function
            {
                private readonly ISender _mediator;

                public Function(ISender mediator) => _mediator = mediator;

                public async Task Handle(string id, ILambdaContext context)
                {
                    await {|#0:_mediator.Send(new ChargeCard())|};
                    await _mediator.Send(new Refund());
                }
            }
            """,
            billing);
        test.TestState.AdditionalReferences.Add(mediator);
        test.TestState.AdditionalReferences.Add(refunds);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "ChargeCard.Handler.Handle",
            "its value",
            "it does so inside Shop.Billing: JsonSerializer.Serialize in Tracing.Handle; give that library a source-generated "
                + "JsonSerializerContext and pass its JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return test.RunAsync();
    }

    private static async Task<ImmutableArray<Diagnostic>> LibraryCallDiagnosticsAsync(
        string function, MetadataReference library, DiagnosticAnalyzer? analyzer = null)
    {
        var trees = LambdaStubs.Default.Append(function).Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest)));
        var compilation = CSharpCompilation.Create(
            "Function",
            trees,
            TestSetup.References.AddRange(new[] { CommonImage, library }),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer ?? new ReflectionJsonSerialisationAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
    }

    // A layered solution: the function calls a service of Shop.Catalog, which calls a store interface of its own library;
    // the store that implements it lives in Shop.Storage, which references Shop.Catalog. Neither library sees the other's
    // side; the function references both.
    private const string Catalog = """
        using System.Threading.Tasks;

        namespace Shop.Catalog
        {
            public interface IProductStore
            {
                Task<string> LoadAsync(string sku);

                Task<string> CountAsync();
            }

            public class CatalogService
            {
                private readonly IProductStore _store;

                public CatalogService(IProductStore store) => _store = store;

                public Task<string> DescribeAsync(string sku) => _store.LoadAsync(sku);

                public Task<string> TotalAsync() => _store.CountAsync();

                public Task<string> ImportAsync(string json) => _store.LoadAsync(System.Text.Json.JsonSerializer.Deserialize<string>(json)!);
            }
        }
        """;

    private const string Storage = """
        using System.Net.Http;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Shop.Catalog;

        namespace Shop.Storage
        {
            public class HttpProductStore : IProductStore
            {
                public async Task<string> LoadAsync(string sku) => JsonSerializer.Serialize(await new HttpClient().GetStringAsync(sku));

                public Task<string> CountAsync() => Task.FromResult("0");
            }
        }
        """;

    private const string CatalogFunction = """
        using System.Threading.Tasks;
        using Amazon.Lambda.Core;
        using Shop.Catalog;

        public class Function
        {
            private readonly CatalogService _catalog;
            private readonly IProductStore _store;

            public Function(CatalogService catalog, IProductStore store)
            {
                _catalog = catalog;
                _store = store;
            }

            public async Task<string> Handle(string sku, ILambdaContext context)
                => await {|#0:_catalog.DescribeAsync(sku)|} + await _catalog.TotalAsync() + await {|#1:_store.LoadAsync(sku)|};
        }
        """;

    private static AnalyzerVerifier<TAnalyzer>.Test LayeredTest<TAnalyzer>()
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var catalog = LibraryImage.Build("Shop.Catalog", Catalog);
        var test = Test<TAnalyzer>(CatalogFunction, catalog);
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Shop.Storage", new[] { catalog }, Storage));
        return test;
    }

    [Fact]
    public Task A_service_calling_its_librarys_interface_reaches_the_implementation_a_library_that_references_it_holds()
    {
        var test = LayeredTest<ReflectionJsonSerialisationAnalyzer>();
        const string Inside = "it does so inside Shop.Storage: JsonSerializer.Serialize in HttpProductStore.LoadAsync; give that library a "
            + "source-generated JsonSerializerContext and pass its JsonTypeInfo there; no automatic fix: the reflection is in a referenced library";
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0)
            .WithArguments("CatalogService.DescribeAsync", "its value", Inside));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(1)
            .WithArguments("IProductStore.LoadAsync", "its value", Inside));
        return test.RunAsync();
    }

    // The service parses with reflection itself and reaches the store's reflection through the interface: both places are named.
    [Fact]
    public Task A_member_that_reflects_itself_and_through_another_librarys_implementation_names_both_places()
    {
        var catalog = LibraryImage.Build("Shop.Catalog", Catalog);
        var test = Test<ReflectionJsonSerialisationAnalyzer>("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Shop.Catalog;

            public class Function
            {
                private readonly CatalogService _catalog;

                public Function(CatalogService catalog) => _catalog = catalog;

                public Task<string> Handle(string json, ILambdaContext context) => {|#0:_catalog.ImportAsync(json)|};
            }
            """, catalog);
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Shop.Storage", new[] { catalog }, Storage));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "CatalogService.ImportAsync",
            "its value",
            "it does so inside Shop.Catalog: JsonSerializer.Deserialize; JsonSerializer.Serialize in HttpProductStore.LoadAsync (Shop.Storage); "
                + "give that library a source-generated JsonSerializerContext and pass its JsonTypeInfo there; no automatic fix: "
                + "the reflection is in a referenced library"));
        return test.RunAsync();
    }

    // Two interface members whose implementations share one helper that serialises: one place, named once.
    [Fact]
    public Task A_place_reached_through_two_interface_members_is_named_once()
    {
        var ledger = LibraryImage.Build("Shop.Ledger", """
            namespace Shop.Ledger
            {
                public interface IEntries
                {
                    string Debit(decimal amount);

                    string Credit(decimal amount);
                }

                public class LedgerService
                {
                    private readonly IEntries _entries;

                    public LedgerService(IEntries entries) => _entries = entries;

                    public string Transfer(decimal amount) => _entries.Debit(amount) + _entries.Credit(amount);
                }
            }
            """);
        var store = LibraryImage.Build("Shop.LedgerStore", new[] { ledger }, """
            using System.Text.Json;
            using Shop.Ledger;

            namespace Shop.LedgerStore
            {
                public class JsonEntries : IEntries
                {
                    public string Debit(decimal amount) => Write(-amount);

                    public string Credit(decimal amount) => Write(amount);

                    private static string Write(decimal amount) => JsonSerializer.Serialize(new { amount });
                }
            }
            """);
        var test = Test<ReflectionJsonSerialisationAnalyzer>("""
            using Amazon.Lambda.Core;
            using Shop.Ledger;

            public class Function
            {
                private readonly LedgerService _ledger;

                public Function(LedgerService ledger) => _ledger = ledger;

                public string Handle(string body, ILambdaContext context) => {|#0:_ledger.Transfer(1m)|};
            }
            """, ledger);
        test.TestState.AdditionalReferences.Add(store);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(0).WithArguments(
            "LedgerService.Transfer",
            "its value",
            "it does so inside Shop.LedgerStore: JsonSerializer.Serialize in JsonEntries.Write; give that library a source-generated "
                + "JsonSerializerContext and pass its JsonTypeInfo there; no automatic fix: the reflection is in a referenced library"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_client_built_behind_an_interface_that_another_library_implements_is_reported_at_the_functions_call()
    {
        var test = LayeredTest<ClientCreatedPerInvocationAnalyzer>();
        const string Fix = "make the library keep one client (in a static field, or one it is given) and reuse it";
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(0).WithArguments(
            "'HttpClient'",
            "on every invocation of 'Function.Handle', by 'CatalogService.DescribeAsync' (inside Shop.Storage: new HttpClient in HttpProductStore.LoadAsync)",
            Fix));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ClientCreatedPerInvocation).WithLocation(1).WithArguments(
            "'HttpClient'",
            "on every invocation of 'Function.Handle', by 'IProductStore.LoadAsync' (inside Shop.Storage: new HttpClient in HttpProductStore.LoadAsync)",
            Fix));
        return test.RunAsync();
    }

    // A token handler of the team's library refreshes its token with reflection JSON; the host runs its SendAsync for every
    // request the named client sends, and a middleware's InvokeAsync around every request.
    private const string Pipeline = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;

        namespace Shop.Osm
        {
            public record Token(string Access);

            public class TokenHandler : DelegatingHandler
            {
                private string? _token;

                protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    _token ??= await RefreshAsync(cancellationToken);
                    request.Headers.Add("Authorization", _token);
                    return await base.SendAsync(request, cancellationToken);
                }

                private static async Task<string> RefreshAsync(CancellationToken cancellationToken)
                {
                    using var login = new HttpClient();
                    var token = await login.GetFromJsonAsync<Token>("https://login.example/token", cancellationToken);
                    return token!.Access;
                }
            }

            public class SigningHandler : DelegatingHandler
            {
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    request.Headers.Add("X-Signed", "1");
                    return base.SendAsync(request, cancellationToken);
                }
            }

            public class AuditMiddleware
            {
                public Task InvokeAsync(object context) => Console.Out.WriteLineAsync(JsonSerializer.Serialize(context));
            }

            public static class OsmSetup
            {
                public static IHttpClientBuilder AddOsm(this IServiceCollection services)
                    => services.AddHttpClient("osm").AddHttpMessageHandler<TokenHandler>();

                public static IHttpClientBuilder AddSignedOsm(this IServiceCollection services)
                    => services.AddHttpClient("osm").AddHttpMessageHandler<SigningHandler>();
            }
        }
        """;

    // The hosting extensions the pipeline library calls, in an assembly of their own as the framework's are.
    private static readonly MetadataReference HostingStubs = LibraryImage.Build("Hosting.Stubs", """
        using System;
        using System.Net.Http;

        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IHttpClientBuilder
            {
                IServiceCollection Services { get; }
            }

            public static class HttpClientBuilderStubs
            {
                public static IHttpClientBuilder AddHttpClient(this IServiceCollection services, string name) => null!;

                public static IHttpClientBuilder AddHttpMessageHandler<THandler>(this IHttpClientBuilder builder)
                    where THandler : DelegatingHandler => builder;

                public static IHttpClientBuilder AddHttpMessageHandler(this IHttpClientBuilder builder, Func<DelegatingHandler> configureHandler) => builder;
            }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public interface IApplicationBuilder
            {
            }

            public static class UseMiddlewareStubs
            {
                public static IApplicationBuilder UseMiddleware<TMiddleware>(this IApplicationBuilder app) => app;
            }
        }
        """);

    private static readonly MetadataReference PipelineImage = LibraryImage.Build("Shop.Osm", new[] { HostingStubs }, Pipeline);

    [Fact]
    public Task Reflection_json_in_a_library_message_handler_or_middleware_is_reported_where_the_function_or_a_set_up_extension_registers_it()
    {
        var test = Test<ReflectionJsonSerialisationAnalyzer>("""
            using Amazon.Lambda.Core;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Osm;

            public class Function
            {
                public string Handle(string body, ILambdaContext context) => body;
            }

            public static class Startup
            {
                public static void ConfigureServices(IServiceCollection services)
                {
                    {|#0:services.AddHttpClient("a").AddHttpMessageHandler<TokenHandler>()|};
                    {|#1:services.AddHttpClient("b").AddHttpMessageHandler(() => new TokenHandler())|};
                    services.AddHttpClient("c").AddHttpMessageHandler<SigningHandler>();
                    services.AddHttpClient("d").AddHttpMessageHandler(() => new SigningHandler());
                    {|#3:services.AddOsm()|};
                    services.AddSignedOsm();
                }

                public static void Configure(IApplicationBuilder app) => {|#2:app.UseMiddleware<AuditMiddleware>()|};
            }
            """, PipelineImage);
        test.TestState.AdditionalReferences.Add(HostingStubs);
        const string Remedy = "give that library a source-generated JsonSerializerContext and pass its JsonTypeInfo there; no automatic fix: the reflection "
            + "is in a referenced library";
        foreach (var marker in new[] { 0, 1 })
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(marker).WithArguments(
                "TokenHandler.SendAsync",
                "its value",
                "it does so inside Shop.Osm: HttpClientJsonExtensions.GetFromJsonAsync in TokenHandler.RefreshAsync; " + Remedy));
        }

        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(2).WithArguments(
            "AuditMiddleware.InvokeAsync", "its value", "it does so inside Shop.Osm: JsonSerializer.Serialize; " + Remedy));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReflectionJsonSerialisation).WithLocation(3).WithArguments(
            "OsmSetup.AddOsm", "its value", "it does so inside Shop.Osm: HttpClientJsonExtensions.GetFromJsonAsync in TokenHandler.RefreshAsync; " + Remedy));
        return test.RunAsync();
    }

    private static AnalyzerVerifier<TAnalyzer>.Test Test<TAnalyzer>(string source, MetadataReference? library = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test(LambdaStubs.Default) { TestCode = source };
        test.TestState.AdditionalReferences.Add(library ?? CommonImage);
        return test;
    }
}

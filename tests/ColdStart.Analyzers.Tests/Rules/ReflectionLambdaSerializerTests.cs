using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ReflectionLambdaSerializerAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class ReflectionLambdaSerializerTests
{
    [Fact]
    public Task Assembly_and_method_level_reflection_serializers_are_reported()
    {
        return Verify.VerifyAsync("""
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;

            [assembly: LambdaSerializer({|COLD202:typeof(DefaultLambdaJsonSerializer)|})]

            public class MySerializer : {|COLD202:CamelCaseLambdaJsonSerializer|} { }

            public class Functions
            {
                public string Get(string input, ILambdaContext context) => input;

                [LambdaSerializer({|COLD202:typeof(MySerializer)|})]
                public string Post(string input, ILambdaContext context) => input;

                [LambdaSerializer({|COLD202:typeof(Amazon.Lambda.Serialization.Json.JsonSerializer)|})]
                public string Put(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task A_method_attribute_is_reported_once_whichever_part_of_a_partial_method_or_name_carries_it()
    {
        return Verify.VerifyAsync("""
            using Amazon.Lambda.Core;
            using Serializer = Amazon.Lambda.Core.LambdaSerializerAttribute;
            using Reflection = Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer;

            public partial class Functions
            {
                public partial string Get(string input, ILambdaContext context);

                [Serializer({|COLD202:typeof(Reflection)|})]
                public partial string Post(string input, ILambdaContext context);

                public class Nested<T>
                {
                    [LambdaSerializerAttribute({|COLD202:typeof(Reflection)|})]
                    public string Put(string input, ILambdaContext context) => input;
                }
            }

            public partial class Functions
            {
                [LambdaSerializer({|COLD202:typeof(Reflection)|})]
                public partial string Get(string input, ILambdaContext context) => input;

                public partial string Post(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task Type_arguments_of_other_attributes_and_unresolved_serializers_are_not_reported()
    {
        return Verify.VerifyAsync("""
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;

            [assembly: System.Reflection.AssemblyMetadata("serializer", nameof(DefaultLambdaJsonSerializer))]

            public class Functions
            {
                [System.Obsolete(nameof(DefaultLambdaJsonSerializer))]
                [LambdaSerializer(typeof({|CS0246:MissingSerializer|}))]
                public string Get(string input, ILambdaContext context) => input;

                [System.ComponentModel.TypeConverter(typeof(DefaultLambdaJsonSerializer))]
                public string Post(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task Method_level_source_generated_serializer_overrides_the_assembly_choice()
    {
        return Verify.VerifyAsync("""
            using System.Text.Json.Serialization;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;

            [assembly: LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]

            [JsonSerializable(typeof(string))]
            public partial class AppJsonContext : JsonSerializerContext
            {
                public AppJsonContext() : base(null) { }
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
                protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
            }

            public class Functions
            {
                [LambdaSerializer(typeof(SourceGeneratorLambdaJsonSerializer<AppJsonContext>))]
                public string Get(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task Serializer_handed_to_the_bootstrap_is_reported_but_not_the_attribute_on_a_lambda_or_local_function_which_the_runtime_never_reads()
    {
        return Verify.VerifyExecutableAsync("""
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;

            var handler = [LambdaSerializer(typeof(DefaultLambdaJsonSerializer))] (string input, ILambdaContext context) => Echo(input);
            await LambdaBootstrapBuilder.Create(handler, {|COLD202:new CamelCaseLambdaJsonSerializer()|}).Build().RunAsync();

            [LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]
            static string Echo(string input) => input;
            """);
    }

    [Fact]
    public Task The_assembly_attribute_of_a_program_that_runs_the_bootstrap_is_not_reported_since_the_runtime_never_reads_it()
    {
        return Verify.VerifyExecutableAsync("""
            using System.Text.Json.Serialization;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;

            [assembly: LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]

            var handler = (string input, ILambdaContext context) => input.Trim();
            await LambdaBootstrapBuilder.Create(handler, new SourceGeneratorLambdaJsonSerializer<AppJsonContext>()).Build().RunAsync();

            [JsonSerializable(typeof(string))]
            public partial class AppJsonContext : JsonSerializerContext
            {
                public AppJsonContext() : base(null) { }
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
                protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
            }
            """);
    }

    // `Func<...> handler = FunctionHandler;` handed to the bootstrap in Main: the method is the bootstrap's handler, so the
    // program runs the bootstrap itself and the attribute is never read.
    [Fact]
    public Task The_assembly_attribute_is_not_reported_where_Main_hands_the_bootstrap_a_delegate_variable_over_a_method()
    {
        return Verify.VerifyExecutableAsync("""
            using System;
            using System.Threading.Tasks;
            using System.Text.Json.Serialization;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;

            [assembly: LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]
            namespace Shop
            {
                public class Function
                {
                    private static async Task Main()
                    {
                        Func<string, ILambdaContext, Task<string>> handler = FunctionHandler;
                        await LambdaBootstrapBuilder.Create(handler, new SourceGeneratorLambdaJsonSerializer<AppJsonContext>()).Build().RunAsync();
                    }

                    public static Task<string> FunctionHandler(string input, ILambdaContext context) => Task.FromResult(input.Trim());
                }

                [JsonSerializable(typeof(string))]
                public partial class AppJsonContext : JsonSerializerContext
                {
                    public AppJsonContext() : base(null) { }
                    public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
                    protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
                }
            }
            """);
    }

    // Lambda Annotations' generated program hands the bootstrap the serializer the assembly chooses: there the attribute counts.
    [Fact]
    public Task The_assembly_attribute_of_a_bootstrap_program_with_annotated_functions_is_reported()
    {
        return Verify.VerifyExecutableAsync("""
            using Amazon.Lambda.Annotations;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;

            [assembly: LambdaSerializer({|COLD202:typeof(DefaultLambdaJsonSerializer)|})]

            var functions = new Functions();
            await LambdaBootstrapBuilder.Create<string, string>(functions.Echo, {|COLD202:new DefaultLambdaJsonSerializer()|}).Build().RunAsync();

            public class Functions
            {
                [LambdaFunction]
                public string Echo(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task A_serializer_class_derived_from_a_reflection_serializer_is_reported_in_a_library_without_handlers()
    {
        return Verify.VerifyAsync("""
            using System.Text.Json.Serialization;
            using Amazon.Lambda.Serialization.SystemTextJson;

            namespace Shared
            {
                public class NewtonsoftSettingsSerializer : {|COLD202:Amazon.Lambda.Serialization.Json.JsonSerializer|}
                {
                    public NewtonsoftSettingsSerializer() : base(settings => settings.MaxDepth = 32) { }
                }

                public partial class SharedSerializer : Partial { }

                public partial class SharedSerializer { }

                public class Partial : {|COLD202:DefaultLambdaJsonSerializer|} { }

                public class GeneratedSerializer : SourceGeneratorLambdaJsonSerializer<SharedContext> { }

                [JsonSerializable(typeof(string))]
                public partial class SharedContext : JsonSerializerContext
                {
                    public SharedContext() : base(null) { }
                    public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
                    protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
                }
            }
            """);
    }

    [Fact]
    public Task A_serializer_that_names_its_base_class_through_an_alias_is_reported_at_the_alias_even_after_an_interface_only_part()
    {
        return Verify.VerifyAsync("""
            using ReflectionSerializer = Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer;

            public partial class OrderSerializer : System.IDisposable
            {
                public void Dispose() { }
            }

            public partial class OrderSerializer : {|COLD202:ReflectionSerializer|}
            {
            }
            """);
    }

    [Fact]
    public Task Hosting_without_a_source_generated_serializer_falls_back_to_reflection_and_is_reported()
    {
        return Verify.VerifyExecutableAsync(
            """
            using System.Text.Json.Serialization;
            using Amazon.Lambda.AspNetCoreServer.Hosting;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.{|COLD202:AddAWSLambdaHosting|}(LambdaEventSource.HttpApi);
            builder.Services.{|COLD202:AddAWSLambdaHosting|}(LambdaEventSource.RestApi, options => { });
            builder.Services.AddAWSLambdaHosting(
                LambdaEventSource.HttpApi, options => options.Serializer = new SourceGeneratorLambdaJsonSerializer<ApiJsonContext>());
            builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi, new SourceGeneratorLambdaJsonSerializer<ApiJsonContext>());
            var app = builder.Build();
            app.MapGet("/", () => "ok");
            app.Run();

            internal abstract class ApiJsonContext : JsonSerializerContext
            {
                protected ApiJsonContext() : base(null) { }
            }
            """,
            Infrastructure.LambdaStubs.Default.Append(Infrastructure.LambdaStubs.AspNetCoreHosting));
    }

    [Fact]
    public Task A_serializer_the_code_only_calls_itself_is_left_to_COLD201_and_one_handed_on_is_reported()
    {
        return Verify.VerifyAsync("""
            using System.IO;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;

            public class Order { public string Id { get; set; } = ""; }

            public static class Helpers
            {
                public static T Parse<T>(Stream stream)
                {
                    var parser = new Amazon.Lambda.Serialization.Json.JsonSerializer();
                    return parser.Deserialize<T>(stream);
                }

                public static void Write(Order order, Stream stream) => new DefaultLambdaJsonSerializer().Serialize(order, stream);

                public static ILambdaSerializer Shared()
                {
                    var serializer = {|COLD202:new DefaultLambdaJsonSerializer()|};
                    return serializer;
                }
            }

            public class Function
            {
                public Order Handle(Stream input, ILambdaContext context) => Helpers.Parse<Order>(input);
            }
            """);
    }

    [Fact]
    public Task A_serializer_kept_in_a_private_field_the_class_only_calls_is_left_to_COLD201_and_one_handed_on_is_reported()
    {
        return Verify.VerifyAsync("""
            using System.IO;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;

            public class Order { public string Id { get; set; } = ""; }

            public class Function
            {
                private readonly Amazon.Lambda.Serialization.Json.JsonSerializer _serializer;
                private readonly DefaultLambdaJsonSerializer _writer = new DefaultLambdaJsonSerializer();
                private readonly DefaultLambdaJsonSerializer _handedOn = {|COLD202:new DefaultLambdaJsonSerializer()|};

                public Function()
                {
                    _serializer = new Amazon.Lambda.Serialization.Json.JsonSerializer();
                }

                public ILambdaSerializer Shared => _handedOn;

                public void Handle(Stream input, ILambdaContext context)
                {
                    var order = this._serializer.Deserialize<Order>(input);
                    _writer.Serialize(order, new MemoryStream());
                }
            }
            """);
    }
}

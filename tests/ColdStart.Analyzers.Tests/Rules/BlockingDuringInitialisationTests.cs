using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Tests.Infrastructure;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.BlockingDuringInitialisationAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class BlockingDuringInitialisationTests
{
    [Fact]
    public Task Result_wait_and_get_result_in_constructor_and_initialisers_are_reported()
    {
        return Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly string Secret = {|COLD102:LoadAsync().Result|};
                private readonly int _count;

                public Function()
                {
                    {|COLD102:WarmAsync().Wait()|};
                    _count = {|COLD102:CountAsync().GetAwaiter().GetResult()|};
                    _count += {|COLD102:CountAsync().ConfigureAwait(false).GetAwaiter().GetResult()|};
                }

                private static Task<string> LoadAsync() => Task.FromResult("s");
                private static Task WarmAsync() => Task.CompletedTask;
                private static Task<int> CountAsync() => Task.FromResult(1);

                public string Handle(string input, ILambdaContext context) => Secret + _count;
            }
            """);
    }

    // SecretStore comes from a package this build lacks: its calls do not bind, yet the waits on them still block.
    [Fact]
    public Task Waits_on_tasks_whose_type_is_unknown_are_reported_by_their_shape()
    {
        return Verify.VerifyAsync("""
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly {|CS0246:SecretStore|} Store = null!;
                private readonly object _secret;

                public Function()
                {
                    _secret = {|COLD102:Store.ReadAsync("key").GetAwaiter().GetResult()|};
                    {|COLD102:Store.WarmAsync().Wait()|};
                    _secret = {|COLD102:Store.CountAsync().Result|};
                    _secret = Store.Result;
                    Store.Wait();
                    _secret = Store.Open().Result;
                    _secret = Store.Reader().GetResult();
                }

                public string Handle(string input, ILambdaContext context) => input + _secret;
            }
            """);
    }

    // Configuration calls a provider's Load when it is built, at start-up, though no code of the project calls it.
    [Fact]
    public Task A_configuration_providers_load_is_the_init_path_and_its_other_methods_are_not()
    {
        return Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.Configuration;

            public class SecretsProvider : ConfigurationProvider
            {
                public override void Load() => Data = Fetch();

                public void Refresh() => Data = FetchAsync().GetAwaiter().GetResult();

                private static IDictionary<string, string?> Fetch() => {|COLD102:FetchAsync().GetAwaiter().GetResult()|};

                private static Task<IDictionary<string, string?>> FetchAsync()
                    => Task.FromResult<IDictionary<string, string?>>(new Dictionary<string, string?>());
            }

            public class SecretsSource : IConfigurationSource
            {
                public IConfigurationProvider Build(IConfigurationBuilder builder) => new SecretsProvider();
            }

            public class Catalogue
            {
                public void Load() => Task.Delay(1).Wait();
            }

            public class Function
            {
                private static readonly IConfigurationRoot Settings = new ConfigurationBuilder().Add(new SecretsSource()).Build();

                public string Handle(string input, ILambdaContext context) => input + Settings["key"];
            }
            """,
            ConfigurationProviders);
    }

    // Microsoft.Extensions.Configuration's provider model, reduced to what the tests call.
    internal const string ConfigurationProviders = """
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfigurationRoot { string? this[string key] { get; } }
            public interface IConfigurationProvider { void Load(); }
            public interface IConfigurationBuilder { IConfigurationBuilder Add(IConfigurationSource source); IConfigurationRoot Build(); }
            public interface IConfigurationSource { IConfigurationProvider Build(IConfigurationBuilder builder); }

            public abstract class ConfigurationProvider : IConfigurationProvider
            {
                protected System.Collections.Generic.IDictionary<string, string?> Data { get; set; } = null!;
                public virtual void Load() { }
            }

            public class ConfigurationBuilder : IConfigurationBuilder
            {
                public IConfigurationBuilder Add(IConfigurationSource source) => this;
                public IConfigurationRoot Build() => null!;
            }
        }
        """;

    [Fact]
    public Task Blocking_inside_handler_or_deferred_lambda_is_not_initialisation()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly Lazy<string> Secret = new Lazy<string>(() => LoadAsync().Result);

                private static Task<string> LoadAsync() => Task.FromResult("s");

                public string Handle(string input, ILambdaContext context) => LoadAsync().Result + Secret.Value;
            }
            """);
    }

    // A singleton's factory runs once, while the first invocation that needs the service resolves it: its wait is that
    // cold start's. A transient's factory runs for whoever asks, and a lambda inside the factory runs later.
    [Fact]
    public Task Blocking_in_the_factory_of_a_singleton_registered_at_init_is_reported()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;

            public class Catalog
            {
                public Task WarmAsync() => Task.CompletedTask;
            }

            public class Prices
            {
            }

            public class Function
            {
                private readonly IServiceCollection _services = new ServiceCollection();

                public Function()
                {
                    var services = _services;
                    services.AddSingleton(_ =>
                    {
                        var catalog = new Catalog();
                        {|#0:catalog.WarmAsync().GetAwaiter().GetResult()|};
                        return catalog;
                    });
                    services.AddTransient(_ =>
                    {
                        new Catalog().WarmAsync().Wait();
                        return new Prices();
                    });
                    services.AddSingleton(_ => new Lazy<Catalog>(() =>
                    {
                        var catalog = new Catalog();
                        catalog.WarmAsync().Wait();
                        return catalog;
                    }));
                }

                public string Handle(string input, ILambdaContext context) => _services.Count + input;
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "catalog.WarmAsync().GetAwaiter().GetResult()",
            "Function",
            " in the factory of the 'Catalog' singleton (which runs when the first invocation that needs it resolves it)"));
        return test.RunAsync();
    }

    [Fact]
    public Task Top_level_statements_before_RunAsync_are_the_init_path()
    {
        return Verify.VerifyExecutableAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;

            var table = {|COLD102:LoadTableNameAsync().Result|};

            var handler = (string input, ILambdaContext context) => LoadTableNameAsync().Result + input + table;

            await LambdaBootstrapBuilder.Create(handler, new DefaultLambdaJsonSerializer()).Build().RunAsync();

            static Task<string> LoadTableNameAsync() => Task.FromResult("orders");
            """);
    }

    // The runtime client's first form, before LambdaBootstrapBuilder: a HandlerWrapper handed to new LambdaBootstrap(...).
    [Fact]
    public Task Main_before_a_bootstrap_built_from_a_handler_wrapper_runs_is_the_init_path()
    {
        return Verify.VerifyExecutableAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;

            public static class Program
            {
                private static string s_secret = "";

                public static async Task Main()
                {
                    s_secret = {|COLD102:LoadAsync().Result|};
                    using var wrapper = HandlerWrapper.GetHandlerWrapper<string, string>(Handle, new DefaultLambdaJsonSerializer());
                    using var bootstrap = new LambdaBootstrap(wrapper);
                    await bootstrap.RunAsync();
                }

                private static Task<string> LoadAsync() => Task.FromResult("s");

                private static Task<string> Handle(string input, ILambdaContext context) => Task.FromResult(input + s_secret + LoadAsync().Result);
            }
            """);
    }

    [Fact]
    public Task Main_before_the_run_call_is_the_init_path_and_the_run_call_is_not()
    {
        return Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;

            public static class Program
            {
                public static void Main()
                {
                    {|COLD102:Task.Delay(10).Wait()|};
                    using var bootstrap = LambdaBootstrapBuilder.Create<string, string>(Handle, new DefaultLambdaJsonSerializer()).Build();
                    bootstrap.RunAsync().GetAwaiter().GetResult();
                }

                private static string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task Lambda_startup_configure_method_is_the_init_path()
    {
        return Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Annotations;

            [LambdaStartup]
            public class Startup
            {
                public void ConfigureServices()
                {
                    var value = {|COLD102:Task.FromResult(1).Result|};
                }
            }

            public class Functions
            {
                [LambdaFunction]
                public string Get() => "ok";
            }
            """);
    }

    [Fact]
    public Task Minimal_api_statements_before_Run_are_the_init_path()
    {
        return Verify.VerifyExecutableAsync(
                """
                using System.Threading.Tasks;
                using Amazon.Lambda.AspNetCoreServer.Hosting;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.Extensions.DependencyInjection;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
                var greeting = {|COLD102:Task.FromResult("hi").Result|};
                var app = builder.Build();
                app.MapGet("/", () => Task.FromResult(greeting).Result);
                app.Run();
                """,
            LambdaStubs.Default.Append(LambdaStubs.AspNetCoreHosting));
    }

    [Fact]
    public Task Incomplete_code_does_not_throw()
    {
        return Verify.VerifyIncompleteAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly string Secret = {|COLD102:LoadAsync().Result|};
                private static Task<string> LoadAsync() => Task.FromResult("s");

                public string Handle(string input, ILambdaContext context)
                {
                    var x = LoadAsync().
            """);
    }
}

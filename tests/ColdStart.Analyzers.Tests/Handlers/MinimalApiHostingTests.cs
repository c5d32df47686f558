using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Model;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ColdStart.Analyzers.Tests.Handlers.HandBuiltProjects;
using Blocking = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.BlockingDuringInitialisationAnalyzer>;

namespace ColdStart.Analyzers.Tests.Handlers;

/// <summary>
/// A minimal-API Lambda whose AddAWSLambdaHosting call the function project's code does not show: it sits in a shared
/// project's start-up helper (issue 24). The project's Lambda signals make its routes handlers and its program init.
/// </summary>
public class MinimalApiHostingTests
{
    private const string SharedHostingHelper = """
        using Microsoft.Extensions.DependencyInjection;

        namespace Shared.Hosting
        {
            public static class SharedHosting
            {
                // In the real library: services.AddAWSLambdaHosting(LambdaEventSource.HttpApi), then logging and options.
                public static IServiceCollection AddSharedHosting(this IServiceCollection services) => services;
            }
        }
        """;

    private const string MinimalApiProgram = """
        using Microsoft.AspNetCore.Builder;
        using Shared.Hosting;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSharedHosting();
        var settings = Marker("init");
        var app = builder.Build();
        app.MapGet("/orders", () => Marker("route"));
        app.Run();

        static string Marker(string name) => name;
        """;

    private const string Controller = """
        using Microsoft.AspNetCore.Mvc;

        [ApiController]
        public class OrdersController : ControllerBase
        {
            public OrdersController() { Marker("controller-ctor"); }

            public string Get(string id) => Marker("action");

            private static string Marker(string name) => name;
        }
        """;

    [Fact]
    public void Minimal_api_of_a_Lambda_project_whose_hosting_call_is_in_another_assembly_has_its_routes_as_handlers()
    {
        var (model, compilation) = Build(
            OutputKind.ConsoleApplication,
            new[] { MinimalApiProgram, LambdaStubs.AspNetCoreHosting },
            new[] { Library("Shared.Hosting", SharedHostingHelper) },
            new Dictionary<string, string> { ["build_property.AWSProjectType"] = "Lambda" });

        Assert.Equal(new[] { HandlerKind.MinimalApiRoute }, model.Handlers.Select(h => h.Kind));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "init"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "route"));
    }

    [Fact]
    public void Minimal_api_referencing_the_Lambda_hosting_assembly_is_a_Lambda_without_AWSProjectType()
    {
        var (model, compilation) = Build(
            OutputKind.ConsoleApplication,
            new[] { MinimalApiProgram, LambdaStubs.AspNetCoreHosting },
            new[] { Library("Shared.Hosting", SharedHostingHelper), Library("Amazon.Lambda.AspNetCoreServer.Hosting", "namespace Hosting { }") });

        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "init"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "route"));
    }

    [Fact]
    public void Controllers_of_a_Lambda_minimal_hosting_app_are_handlers_built_per_request()
    {
        var (model, compilation) = Build(
            OutputKind.ConsoleApplication,
            new[] { MinimalApiProgram, Controller, LambdaStubs.AspNetCoreHosting },
            new[] { Library("Shared.Hosting", SharedHostingHelper), AspNetCoreApp },
            new Dictionary<string, string> { ["build_property.AWSProjectType"] = "Lambda" });

        Assert.Contains(model.Handlers, h => h is { Kind: HandlerKind.ControllerAction, DisplayName: "OrdersController.Get" });
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "action"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "controller-ctor"));
    }

    [Fact]
    public void Minimal_api_without_a_Lambda_signal_is_an_ordinary_web_app()
    {
        var (model, compilation) = Build(
            OutputKind.ConsoleApplication,
            new[] { MinimalApiProgram, Controller, LambdaStubs.AspNetCoreHosting },
            new[] { Library("Shared.Hosting", SharedHostingHelper), AspNetCoreApp });

        Assert.Empty(model.Handlers);
        Assert.Equal(CodePaths.None, PathOf(model, compilation, "init"));
        Assert.Equal(CodePaths.None, PathOf(model, compilation, "route"));
        Assert.Equal(CodePaths.None, PathOf(model, compilation, "action"));
    }

    [Theory]
    [InlineData("""
        public static IServiceCollection AddSharedHosting(this IServiceCollection services) => services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
        """)]
    [InlineData("""
        public static IServiceCollection AddSharedHosting(this IServiceCollection services)
        {
            services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
            return services;
        }
        """)]
    public void Minimal_api_whose_hosting_call_is_in_a_helper_of_the_same_project_has_the_program_as_its_init_path(string helper)
    {
        var helperSource = $$"""
            using Amazon.Lambda.AspNetCoreServer.Hosting;
            using Microsoft.Extensions.DependencyInjection;

            namespace Shared.Hosting
            {
                public static class SharedHosting
                {
                    {{helper}}
                }
            }
            """;
        var (model, compilation) = Build(OutputKind.ConsoleApplication, new[] { MinimalApiProgram, helperSource, LambdaStubs.AspNetCoreHosting });

        Assert.Equal(new[] { HandlerKind.MinimalApiRoute }, model.Handlers.Select(h => h.Kind));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "init"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "route"));
    }

    [Fact]
    public Task Blocking_before_Run_of_a_Lambda_minimal_api_with_hosting_in_a_shared_assembly_is_reported()
    {
        var test = new Blocking.Test(LambdaStubs.Default.Append(LambdaStubs.AspNetCoreHosting))
        {
            TestCode = """
                using System.Threading.Tasks;
                using Microsoft.AspNetCore.Builder;
                using Shared.Hosting;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddSharedHosting();
                var greeting = {|COLD102:Task.FromResult("hi").Result|};
                var app = builder.Build();
                app.MapGet("/", () => greeting);
                app.Run();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AdditionalReferences.Add(Library("Shared.Hosting", SharedHostingHelper));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.AWSProjectType = Lambda\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Blocking_before_Run_of_an_ordinary_minimal_api_is_not_reported()
    {
        var test = new Blocking.Test(LambdaStubs.Default.Append(LambdaStubs.AspNetCoreHosting))
        {
            TestCode = """
                using System.Threading.Tasks;
                using Microsoft.AspNetCore.Builder;
                using Shared.Hosting;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddSharedHosting();
                var greeting = Task.FromResult("hi").Result;
                var app = builder.Build();
                app.MapGet("/", () => greeting);
                app.Run();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AdditionalReferences.Add(Library("Shared.Hosting", SharedHostingHelper));
        return test.RunAsync();
    }
}

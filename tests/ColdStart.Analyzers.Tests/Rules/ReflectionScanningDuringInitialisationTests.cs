using System.Threading.Tasks;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ReflectionScanningDuringInitialisationAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class ReflectionScanningDuringInitialisationTests
{
    // Validators and Secrets come from packages this build lacks: the calls do not bind, but what they are handed tells.
    [Fact]
    public Task An_assembly_handed_to_a_registration_helper_that_does_not_bind_is_reported()
    {
        return Verify.VerifyAsync("""
            using System.Reflection;
            using Amazon.Lambda.Core;

            public class Function
            {
                public Function()
                {
                    {|COLD103:{|CS0103:Validators|}.AddFromAssembly(typeof(Function).Assembly)|};
                    {|COLD103:{|CS0103:Validators|}.AddAll(new[] { Assembly.GetExecutingAssembly() })|};
                    {|CS0103:Secrets|}.AddUserSecrets(typeof(Function).Assembly);
                    {|CS0103:Validators|}.AddNamed("orders");
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    // Carter and FastEndpoints find the app's modules and endpoints by reading every loaded assembly when they are registered;
    // FastEndpoints given its source generator's list reads none. Without their packages the calls do not bind, and their
    // names, or a name that says it scans an assembly, tell; another unbound registration does not.
    [Fact]
    public Task Minimal_api_frameworks_that_discover_endpoints_in_every_assembly_scan_at_init_bound_or_not()
    {
        return Verify.VerifyAsync(
            """
            using Amazon.Lambda.Core;
            using Carter;
            using FastEndpoints;
            using Microsoft.Extensions.DependencyInjection;

            public class Function
            {
                public Function(IServiceCollection services)
                {
                    {|COLD103:services.AddCarter()|};
                    {|COLD103:services.AddFastEndpoints()|};
                    services.AddFastEndpoints(o => o.SourceGeneratorDiscoveredTypes.AddRange(DiscoveredTypes.All));
                }

                public Function(IServiceCollection services, int retries)
                {
                    {|COLD103:services.{|CS1061:AddSwaggerExamplesFromAssemblyOf<Function>|}()|};
                    services.{|CS1061:AddSwaggerGen|}();
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """,
            """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.DependencyInjection;

            namespace Carter
            {
                public static class CarterExtensions
                {
                    public static IServiceCollection AddCarter(this IServiceCollection services) => services;
                }
            }

            namespace FastEndpoints
            {
                public sealed class EndpointDiscoveryOptions
                {
                    public List<Type> SourceGeneratorDiscoveredTypes { get; } = new();
                }

                public static class DiscoveredTypes
                {
                    public static readonly List<Type> All = new();
                }

                public static class MainExtensions
                {
                    public static IServiceCollection AddFastEndpoints(this IServiceCollection services, Action<EndpointDiscoveryOptions>? options = null)
                        => services;
                }
            }
            """);
    }

    [Fact]
    public Task Unbound_framework_discovery_is_reported_by_its_name()
    {
        return Verify.VerifyAsync("""
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;

            public class Function
            {
                public Function(IServiceCollection services)
                {
                    {|COLD103:services.{|CS1061:AddCarter|}()|};
                    {|COLD103:services.{|CS1061:AddFastEndpoints|}()|};
                    services.{|CS1061:AddFastEndpoints|}(o => o.SourceGeneratorDiscoveredTypes.AddRange(DiscoveredTypes.All));
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    // AddMediatR comes with a package the project does not reference itself: the call does not bind, so its callback's
    // scan is judged by where the registration is. At init it is reported; a registration on the invoke path is not init.
    [Fact]
    public Task A_scan_inside_the_callback_of_a_registration_that_does_not_bind_is_reported_where_the_registration_runs_at_init()
    {
        return Verify.VerifyAsync("""
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;

            public class Function
            {
                private readonly IServiceCollection _services = new ServiceCollection();

                public Function()
                {
                    _services.{|CS1061:AddMediatR|}(cfg => {|COLD103:cfg.RegisterServicesFromAssembly(typeof(Function).Assembly)|});
                }

                public string Handle(string input, ILambdaContext context)
                {
                    _services.{|CS1061:AddMediatR|}(cfg => cfg.RegisterServicesFromAssembly(typeof(Function).Assembly));
                    return input;
                }
            }
            """);
    }

    [Fact]
    public Task Assembly_scanning_in_initialisers_and_constructor_is_reported()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Linq;
            using System.Reflection;
            using Amazon.Lambda.Core;

            public interface IRule { }

            public static class Registry
            {
                public static void AddRulesFromAssembly(Assembly assembly) { }
            }

            public class Function
            {
                private static readonly Type[] Rules = {|COLD103:typeof(Function).Assembly.GetTypes()|}.Where(t => typeof(IRule).IsAssignableFrom(t)).ToArray();
                private readonly object _rule;

                public Function()
                {
                    var everyType = AppDomain.CurrentDomain.GetAssemblies().SelectMany(a => {|COLD103:a.GetTypes()|}).ToList();
                    var defined = {|COLD103:typeof(Function).Assembly.DefinedTypes|};
                    _rule = {|COLD103:Activator.CreateInstance(Rules[0])|}!;
                    {|COLD103:Registry.AddRulesFromAssembly(typeof(Function).Assembly)|};
                    {|COLD103:Assembly.Load("Plugins")|};
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    // OpenTelemetry's WithTracing, WithMetrics and WithLogging call their callback before they return; another library's
    // WithTracing is not known to, and its callback is deferred work.
    [Fact]
    public Task OpenTelemetry_signal_callbacks_run_during_registration_and_other_with_callbacks_are_deferred()
    {
        return Verify.VerifyAsync(
            """
            using System;
            using System.Linq;
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;

            public class Function
            {
                public Function()
                {
                    var services = new ServiceCollection();
                    new OpenTelemetry.OpenTelemetryBuilder()
                        .WithTracing(tracing => tracing.Sources = AppDomain.CurrentDomain.GetAssemblies().SelectMany(a => {|COLD103:a.GetTypes()|}).Count())
                        .WithMetrics(metrics => metrics.Sources = {|COLD103:typeof(Function).Assembly.GetTypes()|}.Length);
                    new Vendor.Telemetry().WithTracing(tracing => tracing.Sources = typeof(Function).Assembly.GetTypes().Length);
                }

                public string Handle(string input, ILambdaContext context) => input;
            }

            namespace OpenTelemetry
            {
                public sealed class ProviderBuilder
                {
                    public int Sources { get; set; }
                }

                public sealed class OpenTelemetryBuilder
                {
                    public OpenTelemetryBuilder WithTracing(Action<ProviderBuilder> configure)
                    {
                        configure(new ProviderBuilder());
                        return this;
                    }

                    public OpenTelemetryBuilder WithMetrics(Action<ProviderBuilder> configure)
                    {
                        configure(new ProviderBuilder());
                        return this;
                    }
                }
            }

            namespace Vendor
            {
                public sealed class Telemetry
                {
                    public Action<OpenTelemetry.ProviderBuilder>? Later { get; private set; }

                    public Telemetry WithTracing(Action<OpenTelemetry.ProviderBuilder> configure)
                    {
                        Later = configure;
                        return this;
                    }
                }
            }
            """);
    }

    [Fact]
    public Task AutoMapper_registration_without_assemblies_scans_every_loaded_one()
    {
        return Verify.VerifyAsync(
            """
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;

            public class Function
            {
                private static readonly IServiceCollection Services = {|COLD103:new ServiceCollection().AddAutoMapper()|}.AddAutoMapper(cfg => { });

                public string Handle(string input, ILambdaContext context) => input + Services.Count;
            }
            """,
            """
            namespace Microsoft.Extensions.DependencyInjection
            {
                public static class ServiceCollectionExtensions
                {
                    public static IServiceCollection AddAutoMapper(this IServiceCollection services) => services;

                    public static IServiceCollection AddAutoMapper(this IServiceCollection services, System.Action<object> configure) => services;
                }
            }
            """);
    }

    [Fact]
    public Task Reading_an_assembly_attribute_or_its_resources_at_init_is_not_a_scan()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Reflection;
            using System.Resources;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly string Version =
                    typeof(Function).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
                private static readonly bool Described = Attribute.IsDefined(typeof(Function).Assembly, typeof(AssemblyDescriptionAttribute));
                private static readonly ResourceManager Texts = new ResourceManager("Function.Texts", typeof(Function).Assembly);

                public string Handle(string input, ILambdaContext context) => input + Version + Described + Texts.BaseName;
            }
            """);
    }

    [Fact]
    public Task A_call_on_its_own_line_of_a_fluent_chain_is_reported_on_that_line_from_its_name()
    {
        // The receiver starts on the line before; the squiggle belongs to the call that scans, not to `services`.
        return Verify.VerifyAsync("""
            using System.Reflection;
            using Amazon.Lambda.Core;

            public interface IRegistrations
            {
                IRegistrations AddHandlersFrom(Assembly assembly);
            }

            public class Function
            {
                public Function(IRegistrations services)
                {
                    Register(services);
                }

                private static IRegistrations Register(IRegistrations services)
                    => services
                        .{|COLD103:AddHandlersFrom(typeof(Function).Assembly)|};

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task Activation_inside_a_linq_lambda_on_the_init_path_is_reported_but_inside_lazy_it_is_not()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly Type[] Types = { typeof(Function) };
                private static readonly List<object> Eager = Types.Select(t => {|COLD103:Activator.CreateInstance(t)|}!).ToList();
                private static readonly Lazy<object> Deferred = new Lazy<object>(() => Activator.CreateInstance(Types[0])!);

                public string Handle(string input, ILambdaContext context) => input + Eager.Count + Deferred.Value;
            }
            """);
    }

    [Fact]
    public Task Reflection_on_the_invoke_path_generic_activator_or_user_secrets_is_not_reported()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Reflection;
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.Configuration;

            public class Function
            {
                private static readonly string Name = typeof(Function).Assembly.GetName().Name!;
                private static readonly IConfigurationRoot Secrets = new ConfigurationBuilder().AddUserSecrets(typeof(Function).Assembly).Build();
                private static readonly Function Instance = Activator.CreateInstance<Function>();

                public int Handle(string input, ILambdaContext context)
                {
                    Console.WriteLine(typeof(Function).Assembly);
                    return typeof(Function).Assembly.GetTypes().Length;
                }
            }
            """,
            Infrastructure.LambdaStubs.Configuration);
    }
}

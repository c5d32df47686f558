using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ExpensiveInitialisationAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class ExpensiveInitialisationTests
{
    [Fact]
    public Task File_read_in_static_field_initialiser_of_handler_type_is_reported()
    {
        return Verify.VerifyAsync("""
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly string Config = {|COLD101:File.ReadAllText("config.json")|};

                public string Handle(string input, ILambdaContext context) => Config + input;
            }
            """);
    }

    [Fact]
    public Task An_options_configuration_runs_when_the_options_are_resolved_but_a_module_callback_runs_at_registration()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.IO;
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.DependencyInjection;

            namespace Microsoft.Extensions.DependencyInjection
            {
                public static class BannerOptionsRegistration
                {
                    public static IServiceCollection Configure<TOptions>(this IServiceCollection services, Action<TOptions> configure)
                        where TOptions : class => services;
                }
            }

            public class BannerOptions
            {
                public string Text { get; set; } = "";
            }

            public class ModuleConfiguration
            {
                public string Text { get; set; } = "";
            }

            public static class ShopModule
            {
                public static IServiceCollection AddShopModule(this IServiceCollection services, Action<ModuleConfiguration> configure)
                {
                    configure(new ModuleConfiguration());
                    return services;
                }
            }

            public class Function
            {
                private static IServiceCollection Services => null!;

                public Function()
                {
                    Services.Configure<BannerOptions>(banner => banner.Text = File.ReadAllText("banner.txt"));
                    Services.AddShopModule(module => module.Text = {|COLD101:File.ReadAllText("module.txt")|});
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    // A package's client (here by the "...Client" convention: public, disposable, outside the framework) answers a task-returning
    // call with a request to its service: awaited while the program starts, it is a round trip on every cold start. Its disposal
    // is not, nor a synchronous member, nor a task-returning method of a class of the project (whose code the paths follow).
    [Fact]
    public Task An_asynchronous_operation_of_a_package_client_at_start_up_is_a_network_call()
    {
        var vendor = Infrastructure.LibraryImage.Build("Vendor.Weather", """
            using System;
            using System.Threading.Tasks;

            namespace Vendor.Weather
            {
                public sealed class ForecastClient : IDisposable
                {
                    public ForecastClient(string key) { }
                    public Task<string> GetRegionsAsync() => Task.FromResult("north");
                    public string Describe() => "forecasts";
                    public ValueTask DisposeAsync() => default;
                    public void Dispose() { }
                }
            }
            """);
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Vendor.Weather;

                public class Regions
                {
                    public Task<string> LoadAsync() => Task.FromResult("south");
                }

                public class Function
                {
                    private static readonly ForecastClient Forecasts = new ForecastClient("key");
                    private static readonly string Known = {|#0:Forecasts.GetRegionsAsync()|}.GetAwaiter().GetResult();
                    private static readonly string Name = Forecasts.Describe();
                    private static readonly string Local = new Regions().LoadAsync().GetAwaiter().GetResult();

                    public string Handle(string input, ILambdaContext context) => Known + Name + Local + input;
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(vendor);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("ForecastClient.GetRegionsAsync", "a network call", "Function"));
        return test.RunAsync();
    }

    // The object-persistence context is taken from the container as its interface; saving through it at start-up (seeding
    // a table) is a request to DynamoDB. The same call in the handler is the function's work.
    [Fact]
    public Task A_dynamodb_context_operation_at_start_up_is_reported_through_its_interface()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2.DataModel;
            using Amazon.Lambda.Core;

            public class Seed
            {
                public string Id { get; set; } = "seed";
            }

            public static class Store
            {
                public static IDynamoDBContext Context { get; set; } = null!;
            }

            public class Function
            {
                public Function()
                {
                    {|#0:Store.Context.SaveAsync(new Seed())|}.GetAwaiter().GetResult();
                }

                public Task Handle(Seed input, ILambdaContext context) => Store.Context.SaveAsync(input);
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("IDynamoDBContext.SaveAsync", "a network call", "Function"));
        return test.RunAsync();
    }

    [Fact]
    public Task Static_constructor_with_compiled_regex_sleep_and_network_call_is_reported()
    {
        return Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Text.RegularExpressions;
            using System.Threading;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly Regex Pattern;
                private static readonly HttpClient Http = new HttpClient();

                static Function()
                {
                    Pattern = {|COLD101:new Regex("^[a-z]+$", RegexOptions.Compiled | RegexOptions.IgnoreCase)|};
                    {|COLD101:Thread.Sleep(100)|};
                    _ = {|COLD101:Http.GetStringAsync("https://example.com")|};
                }

                public bool Handle(string input, ILambdaContext context) => Pattern.IsMatch(input);
            }
            """);
    }

    // An injected client is called through its service interface; the call is the same round trip to AWS.
    [Fact]
    public Task A_call_through_an_AWS_service_interface_during_initialisation_is_a_network_call()
    {
        return Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;

            public class Function
            {
                private readonly IAmazonDynamoDB _tables;

                public Function() : this(new AmazonDynamoDBClient())
                {
                }

                public Function(IAmazonDynamoDB tables)
                {
                    _tables = tables;
                    _ = {|COLD101:_tables.ListTablesAsync()|};
                }

                public async Task<int> Handle(string input, ILambdaContext context) => (await _tables.ListTablesAsync()).TableNames.Count;
            }
            """);
    }

    [Fact]
    public Task Helper_called_from_static_constructor_is_static_initialisation()
    {
        return Verify.VerifyAsync("""
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly string[] Lines = Load();

                private static string[] Load() => {|COLD101:File.ReadAllLines("data.txt")|};

                public int Handle(string input, ILambdaContext context) => Lines.Length;
            }
            """);
    }

    [Fact]
    public Task Light_static_constructor_is_not_reported()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.Text.RegularExpressions;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly string TableName;
                private static readonly Regex Interpreted = new Regex("^[a-z]+$");
                private static readonly Lazy<string> Template = new Lazy<string>(() => System.IO.File.ReadAllText("template.txt"));

                static Function()
                {
                    TableName = Environment.GetEnvironmentVariable("TABLE_NAME") ?? "orders";
                    Console.WriteLine("logger ready");
                }

                public string Handle(string input, ILambdaContext context) => TableName + Template.Value + Interpreted.IsMatch(input);
            }
            """);
    }

    [Fact]
    public Task Expensive_work_in_invoke_path_or_non_handler_type_is_not_static_initialisation()
    {
        return Verify.VerifyAsync("""
            using System.IO;
            using Amazon.Lambda.Core;

            public static class Settings
            {
                public static readonly string Value = File.ReadAllText("settings.json");
            }

            public class Function
            {
                public string Handle(string input, ILambdaContext context) => File.ReadAllText(input) + Settings.Value;
            }
            """);
    }

    [Fact]
    public Task Partial_handler_type_across_files_is_reported_in_the_other_file()
    {
        return Verify.VerifyAsync(
            """
            using Amazon.Lambda.Core;

            public partial class Function
            {
                public string Handle(string input, ILambdaContext context) => Config;
            }
            """,
            """
            using System.IO;

            public partial class Function
            {
                private static readonly string Config = {|COLD101:File.ReadAllText("config.json")|};
            }
            """);
    }

    [Fact]
    public Task Nested_and_generic_handler_types_are_reported()
    {
        return Verify.VerifyAsync("""
            using System.IO;
            using Amazon.Lambda.Core;

            public class Outer
            {
                public class Function<T>
                {
                    private static readonly byte[] Data = {|COLD101:File.ReadAllBytes("data.bin")|};

                    public int Handle(T input, ILambdaContext context) => Data.Length;
                }
            }
            """);
    }

    [Fact]
    public Task Configuration_read_at_start_up_and_the_current_directory_are_not_reported_but_other_directory_work_is()
    {
        return Verify.VerifyAsync(
            """
            using System;
            using System.IO;
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.Configuration;

            public class Function
            {
                private static readonly IConfigurationRoot Settings = new ConfigurationBuilder()
                    .SetBasePath(Directory.GetCurrentDirectory())
                    .AddJsonFile("appsettings.json", optional: false)
                    .AddXmlFile("legacy.xml", optional: true, reloadOnChange: false)
                    .Build();

                private readonly IConfigurationRoot _overrides;
                private readonly string[] _templates;

                public Function()
                {
                    var root = Directory.GetCurrentDirectory();
                    var listed = Directory.GetCurrentDirectory();
                    _overrides = new ConfigurationBuilder()
                        .SetBasePath(root)
                        .SetBasePath(Path.Combine(Directory.GetCurrentDirectory(), "config"))
                        .SetBasePath(listed)
                        .SetBasePath(AppContext.BaseDirectory)
                        .AddJsonFile($"overrides.{Environment.GetEnvironmentVariable("STAGE")}.json", optional: true)
                        .Build();
                    _templates = {|COLD101:Directory.GetFiles("templates", "*.txt")|};
                    Console.WriteLine(listed);
                }

                public string Handle(string input, ILambdaContext context) => Settings[input] + _overrides[input] + _templates.Length;
            }
            """,
            Infrastructure.LambdaStubs.Configuration);
    }

    // A configuration source that a service feeds (Parameter Store, AppConfig, Secrets Manager, Key Vault, App Configuration)
    // fetches its values over the network when the configuration is built: at start-up that is a network call, as it is in
    // a configuration provider of the project, also where the source's package is not restored yet and only its name is known.
    // AppConfig through the Lambda extension reads a local endpoint, and a source added where the configuration is built per
    // invocation is not init code.
    [Fact]
    public Task Configuration_sources_that_a_service_feeds_are_network_calls_when_built_at_start_up()
    {
        const string RemoteSources = """
            namespace Microsoft.Extensions.Configuration
            {
                public static class SystemsManagerExtensions
                {
                    public static IConfigurationBuilder AddSystemsManager(this IConfigurationBuilder builder, string path) => builder;
                    public static IConfigurationBuilder AddAppConfig(this IConfigurationBuilder builder, string application, string environment, string profile)
                        => builder;
                    public static IConfigurationBuilder AddAppConfigUsingLambdaExtension(
                        this IConfigurationBuilder builder, string application, string environment, string profile) => builder;
                }

                public static class SecretsManagerConfigurationExtensions
                {
                    public static IConfigurationBuilder AddSecretsManager(this IConfigurationBuilder builder) => builder;
                }

                public static class AzureKeyVaultConfigurationExtensions
                {
                    public static IConfigurationBuilder AddAzureKeyVault(this IConfigurationBuilder builder, System.Uri vaultUri, object credential) => builder;
                }
            }
            """;
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default.Append(Infrastructure.LambdaStubs.Configuration).Append(RemoteSources))
        {
            TestCode = """
            using System;
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.Configuration;

            public class Function
            {
                private static readonly IConfigurationRoot Settings = new ConfigurationBuilder()
                    .AddJsonFile("appsettings.json", optional: true)
                    .{|#0:AddSystemsManager("/orders/prod")|}
                    .Build();

                private readonly IConfigurationRoot _secrets;
                private readonly IConfigurationRoot _flags;
                private readonly IConfigurationRoot _tables;
                private readonly IConfigurationRoot _defaults;

                public Function()
                {
                    _secrets = {|#2:new ConfigurationBuilder().AddSecretsManager()|}
                        .{|#1:AddAzureKeyVault(new Uri("https://orders.vault.azure.net/"), new object())|}
                        .Build();
                    _flags = new ConfigurationBuilder().AddAppConfigUsingLambdaExtension("orders", "prod", "flags").Build();
                    _tables = {|#3:new ConfigurationBuilder().{|CS1061:AddAzureTableStorage|}("Orders")|}.Build();
                    _defaults = new ConfigurationBuilder().{|CS1061:AddOrderDefaults|}().Build();
                }

                public string Handle(string input, ILambdaContext context)
                {
                    var perTenant = new ConfigurationBuilder().AddAppConfig("orders", input, "tenant").Build();
                    return Settings[input] + _secrets[input] + _flags[input] + _tables[input] + _defaults[input] + perTenant[input];
                }
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "SystemsManagerExtensions.AddSystemsManager", "a network call (the configuration reads Parameter Store when it is built)", "Function"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments(
            "SecretsManagerConfigurationExtensions.AddSecretsManager", "a network call (the configuration reads Secrets Manager when it is built)",
            "Function"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments(
            "AzureKeyVaultConfigurationExtensions.AddAzureKeyVault", "a network call (the configuration reads Key Vault when it is built)", "Function"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(3).WithArguments(
            "ConfigurationBuilderExtensions.AddAzureTableStorage", "a network call (the configuration reads Azure Table Storage when it is built)",
            "Function"));
        return test.RunAsync();
    }

    // The document model's Table.LoadTable and TryLoadTable send DescribeTable before they return: in a service constructor run
    // at start-up, a network round trip. In the handler it is per-invocation work, not this rule's.
    [Fact]
    public Task Loading_a_dynamodb_table_description_at_start_up_is_a_network_call()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.DocumentModel;
            using Amazon.Lambda.Core;

            #pragma warning disable CS0618

            public class ItemService
            {
                private readonly ITable _items;

                public ItemService(IAmazonDynamoDB dynamo)
                {
                    {|#0:Table.TryLoadTable(dynamo, "Items", out _items)|};
                }

                public string Name => _items.TableName;
            }

            public class Function
            {
                private static readonly IAmazonDynamoDB Dynamo = new AmazonDynamoDBClient();
                private readonly ItemService _service = new ItemService(Dynamo);
                private readonly ITable _orders = {|#1:Table.LoadTable(Dynamo, "Orders")|};

                public string Handle(string input, ILambdaContext context)
                    => _service.Name + _orders.TableName + Table.LoadTable(Dynamo, input).TableName;
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Table.TryLoadTable", "a network call (DescribeTable)", "ItemService"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Table.LoadTable", "a network call (DescribeTable)", "Function"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_dotenv_file_read_at_start_up_is_file_io()
    {
        return Verify.VerifyAsync(
            """
            using Amazon.Lambda.Core;

            public class Function
            {
                public Function()
                {
                    {|COLD101:dotenv.net.DotEnv.Load()|};
                    {|COLD101:dotenv.net.DotEnv.Fluent().WithTrimValues().Load()|};
                    {|COLD101:DotNetEnv.Env.Load()|};
                    var options = dotenv.net.DotEnv.Fluent();
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """,
            """
            namespace dotenv.net
            {
                public static class DotEnv
                {
                    public static void Load(DotEnvOptions? options = null) { }
                    public static DotEnvOptions Fluent() => new DotEnvOptions();
                }

                public class DotEnvOptions
                {
                    public DotEnvOptions WithTrimValues() => this;
                    public void Load() { }
                }
            }

            namespace DotNetEnv
            {
                public static class Env
                {
                    public static void Load(string? path = null) { }
                }
            }
            """);
    }

    [Fact]
    public Task Connecting_to_Redis_or_RabbitMQ_at_start_up_is_a_network_connection()
    {
        return Verify.VerifyAsync(
            """
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using RabbitMQ.Client;
            using StackExchange.Redis;

            public class Function
            {
                private static readonly ConnectionMultiplexer Cache = {|COLD101:ConnectionMultiplexer.Connect("cache:6379")|};
                private static readonly Lazy<ConnectionMultiplexer> LazyCache = new(() => ConnectionMultiplexer.Connect("cache:6379"));
                private readonly IConnection _queue;

                public Function()
                {
                    var factory = new ConnectionFactory { HostName = "queue" };
                    _queue = {|COLD101:factory.CreateConnection()|};
                }

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    var perCall = await ConnectionMultiplexer.ConnectAsync("cache:6379");
                    return input + Cache.ClientName + LazyCache.Value.ClientName + perCall.ClientName + _queue.ClientProvidedName;
                }
            }
            """,
            """
            namespace StackExchange.Redis
            {
                public sealed class ConnectionMultiplexer : System.IDisposable
                {
                    public string ClientName => "";
                    public static ConnectionMultiplexer Connect(string configuration) => new ConnectionMultiplexer();
                    public static System.Threading.Tasks.Task<ConnectionMultiplexer> ConnectAsync(string configuration)
                        => System.Threading.Tasks.Task.FromResult(new ConnectionMultiplexer());
                    public void Dispose() { }
                }
            }

            namespace RabbitMQ.Client
            {
                public interface IConnection : System.IDisposable
                {
                    string ClientProvidedName { get; }
                }

                public interface IConnectionFactory
                {
                    IConnection CreateConnection();
                }

                public class ConnectionFactory : IConnectionFactory
                {
                    public string HostName { get; set; } = "";
                    public IConnection CreateConnection() => null!;
                }
            }
            """);
    }

    private const string EntityFramework = """
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext : System.IDisposable
            {
                public Infrastructure.DatabaseFacade Database => new Infrastructure.DatabaseFacade(this);
                public void Dispose() { }
            }

            public static class RelationalDatabaseFacadeExtensions
            {
                public static void Migrate(this Infrastructure.DatabaseFacade databaseFacade) { }
                public static System.Threading.Tasks.Task MigrateAsync(
                    this Infrastructure.DatabaseFacade databaseFacade, System.Threading.CancellationToken cancellationToken = default)
                    => System.Threading.Tasks.Task.CompletedTask;
                public static int ExecuteSqlRaw(this Infrastructure.DatabaseFacade databaseFacade, string sql, params object[] parameters) => 0;
                public static System.Collections.Generic.IEnumerable<string> GetPendingMigrations(this Infrastructure.DatabaseFacade databaseFacade)
                    => new string[0];
                public static System.Collections.Generic.IEnumerable<string> GetMigrations(this Infrastructure.DatabaseFacade databaseFacade)
                    => new string[0];
                public static string GetConnectionString(this Infrastructure.DatabaseFacade databaseFacade) => "";
            }
        }

        namespace Microsoft.EntityFrameworkCore.Infrastructure
        {
            public class DatabaseFacade
            {
                public DatabaseFacade(DbContext context) { }
                public virtual bool EnsureCreated() => true;
                public virtual System.Threading.Tasks.Task<bool> EnsureCreatedAsync(System.Threading.CancellationToken cancellationToken = default)
                    => System.Threading.Tasks.Task.FromResult(true);
                public virtual bool EnsureDeleted() => true;
                public virtual bool CanConnect() => true;
                public virtual string ProviderName => "";
            }
        }
        """;

    [Fact]
    public Task A_program_that_builds_and_runs_its_host_inside_try_has_that_block_as_its_init_path()
    {
        // The logging bootstrap's shape: the whole program in try, the failure logged in catch.
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default.Append(Infrastructure.LambdaStubs.AspNetCoreHosting).Append(EntityFramework))
        {
            TestCode = """
                using System;
                using System.IO;
                using Amazon.Lambda.AspNetCoreServer.Hosting;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.DependencyInjection;

                try
                {
                    var builder = WebApplication.CreateBuilder(args);
                    builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
                    {|#0:new ShopContext().Database.Migrate()|};
                    var app = builder.Build();
                    app.MapGet("/orders", () =>
                    {
                        new ShopContext().Database.EnsureCreated();
                        return "created";
                    });
                    app.Run();
                }
                catch (Exception exception)
                {
                    File.WriteAllText("/tmp/start-up-failure.txt", exception.ToString());
                }

                public class ShopContext : DbContext
                {
                }
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Database.Migrate", "database I/O", "Program"));
        return test.RunAsync();
    }

    [Fact]
    public Task Entity_framework_migrations_before_the_host_runs_are_database_io_during_init()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default.Append(Infrastructure.LambdaStubs.AspNetCoreHosting).Append(EntityFramework))
        {
            TestCode = """
                using Amazon.Lambda.AspNetCoreServer.Hosting;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.DependencyInjection;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
                using (var shop = new ShopContext())
                {
                    shop.Database.Migrate();
                }

                await new ShopContext().Database.EnsureCreatedAsync();
                var app = builder.Build();
                app.MapGet("/orders", () => new ShopContext().Database.EnsureCreated());
                app.Run();

                public class ShopContext : DbContext
                {
                }
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(10, 5, 10, 28).WithArguments("Database.Migrate", "database I/O", "Program"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(13, 7, 13, 54).WithArguments("Database.EnsureCreatedAsync", "database I/O", "Program"));
        return test.RunAsync();
    }

    // Pomelo's ServerVersion.AutoDetect connects to the MySQL server to read its version: on the init path that is a database
    // round trip before the first invocation. A pooled context's options callback counts as start-up configuration, like the
    // other callbacks handed to Add* methods (it runs once, when the options are first built); AddDbContext's scoped options
    // run theirs in every scope, which is COLD301's. A lambda kept for later is not init code, and a version given as a value
    // reads nothing.
    [Fact]
    public Task Detecting_the_MySQL_server_version_during_init_is_database_io()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default.Append(Infrastructure.LambdaStubs.PomeloMySql))
        {
            TestCode = Infrastructure.LambdaStubs.PomeloFunction("""
                        _version = {|#0:ServerVersion.AutoDetect(Connection)|};
                        _configure = options => options.UseMySql(Connection, ServerVersion.AutoDetect(Connection));
                        var pinned = ServerVersion.Parse("8.0.36-mysql");
                        new ServiceCollection().AddDbContextPool<ShopContext>(
                            options => options.UseMySql(Connection, {|#1:ServerVersion.AutoDetect(Connection)|}));
                        new ServiceCollection().AddDbContext<ShopContext>(options => options.UseMySql(Connection, ServerVersion.AutoDetect(Connection)));
                """),
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("ServerVersion.AutoDetect", "database I/O", "Function"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("ServerVersion.AutoDetect", "database I/O", "Function"));
        return test.RunAsync();
    }

    [Fact]
    public Task Every_round_trip_of_the_database_facade_is_database_io_and_reading_the_model_or_options_is_not()
    {
        return Verify.VerifyAsync(
            """
            using System.Linq;
            using Amazon.Lambda.Core;
            using Microsoft.EntityFrameworkCore;

            public class ShopContext : DbContext
            {
            }

            public class Function
            {
                private readonly bool _ready;

                public Function()
                {
                    using var shop = new ShopContext();
                    {|COLD101:shop.Database.EnsureDeleted()|};
                    _ready = {|COLD101:shop.Database.CanConnect()|};
                    {|COLD101:shop.Database.ExecuteSqlRaw("DELETE FROM Carts")|};
                    _ready &= !{|COLD101:shop.Database.GetPendingMigrations()|}.Any();
                    _ready &= shop.Database.GetMigrations().Any() && shop.Database.ProviderName.Length > 0;
                    _ready &= shop.Database.GetConnectionString().Length > 0;
                }

                public bool Handle(string input, ILambdaContext context) => _ready;
            }
            """,
            EntityFramework);
    }

    [Fact]
    public Task Schema_created_in_the_handler_constructor_is_reported_and_in_the_handler_is_not()
    {
        return Verify.VerifyAsync(
            """
            using Amazon.Lambda.Core;
            using Microsoft.EntityFrameworkCore;

            public class ShopContext : DbContext
            {
            }

            public class Function
            {
                private readonly ShopContext _shop = new ShopContext();

                public Function()
                {
                    {|COLD101:_shop.Database.EnsureCreated()|};
                }

                public bool Handle(string input, ILambdaContext context) => new ShopContext().Database.EnsureCreated();
            }
            """,
            EntityFramework);
    }

    internal const string ContainerBuild = """
        namespace Microsoft.Extensions.DependencyInjection
        {
            public sealed class ServiceProvider : System.IServiceProvider, System.IDisposable
            {
                public object? GetService(System.Type serviceType) => null;
                public void Dispose() { }
            }

            public static class ServiceCollectionContainerBuilderExtensions
            {
                public static ServiceProvider BuildServiceProvider(this IServiceCollection services) => new ServiceProvider();
            }
        }
        """;

    [Fact]
    public Task Static_constructor_resolving_services_whose_construction_builds_a_client_is_reported()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default.Append(ContainerBuild))
        {
            TestCode = """
                using System;
                using Amazon.Lambda.Core;
                using Amazon.S3;
                using Microsoft.Extensions.DependencyInjection;

                public interface IOrderStore { }

                public class OrderStore : IOrderStore
                {
                    public OrderStore(IAmazonS3 bucket) { }
                }

                public class Clock { }

                public static class Registrations
                {
                    public static IServiceCollection AddShop(this IServiceCollection services)
                    {
                        services.AddSingleton<IAmazonS3>(_ => new AmazonS3Client());
                        services.AddSingleton<IOrderStore, OrderStore>();
                        return services.AddSingleton<Clock>();
                    }
                }

                public class Function
                {
                    private static readonly IServiceProvider Services;
                    private static readonly IOrderStore Orders;
                    private static readonly Clock Time;
                    private readonly IAmazonS3 _bucket;

                    static Function()
                    {
                        Services = new ServiceCollection().AddShop().BuildServiceProvider();
                        Orders = Services.GetRequiredService<IOrderStore>();
                        Time = Services.GetRequiredService<Clock>();
                    }

                    public Function()
                    {
                        _bucket = Services.GetRequiredService<IAmazonS3>();
                    }

                    public string Handle(string input, ILambdaContext context) => input + Orders + Time + _bucket;
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(34, 20, 34, 76)
            .WithArguments("BuildServiceProvider", "a dependency-injection container build", "Function"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(35, 18, 35, 60)
            .WithArguments("GetRequiredService<IOrderStore>", "a client build ('AmazonS3Client') in the dependency-injection container", "Function"));
        return test.RunAsync();
    }

    [Fact]
    public Task Message_names_member_kind_and_type()
    {
        var expected = Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("COLD101")
            .WithSpan("/0/Test0.cs", 6, 45, 6, 76)
            .WithArguments("File.ReadAllText", "file I/O", "Function");
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using System.IO;
                using Amazon.Lambda.Core;

                public class Function
                {
                    private static readonly string Config = File.ReadAllText("config.json");

                    public string Handle(string input, ILambdaContext context) => Config;
                }
                """,
        };
        test.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task The_methods_of_a_type_with_a_primary_constructor_are_not_init_code_when_the_type_is_built_at_init()
    {
        return Verify.VerifyAsync("""
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function(Store store)
            {
                public Function() : this(new Store("orders.json")) { }

                public string Handle(string input, ILambdaContext context) => store.Load();
            }

            public class Store(string path)
            {
                public string Load() => File.ReadAllText(path);
            }
            """);
    }

    [Fact]
    public Task A_second_container_built_from_the_collection_the_host_builds_is_reported_anywhere_on_the_init_path()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default.Append(ContainerBuild))
        {
            TestCode = """
                using Amazon.Lambda.AspNetCoreServer;
                using Microsoft.AspNetCore.Hosting;
                using Microsoft.Extensions.DependencyInjection;

                public class LambdaEntryPoint : APIGatewayProxyFunction
                {
                    protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();
                }

                public class Settings { }

                public class Clock { }

                public class Startup
                {
                    public void ConfigureServices(IServiceCollection services)
                    {
                        services.AddSingleton<Settings>();
                        var settings = {|#0:services.BuildServiceProvider()|}.GetRequiredService<Settings>();
                        {|#1:services.AddSingleton<Clock>().BuildServiceProvider()|};
                        services.AddReporting();
                    }
                }

                public static class Registrations
                {
                    public static IServiceCollection AddReporting(this IServiceCollection services)
                    {
                        using var provider = {|#2:services.BuildServiceProvider()|};
                        var settings = provider.GetService<Settings>();
                        return services;
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(Handlers.HandBuiltProjects.AspNetCoreApp);
        test.TestState.AdditionalReferences.Add(Handlers.HandBuiltProjects.AspNetCoreServer);
        const string SecondContainer = ExpensiveInitialisationAnalyzer.SecondContainerBuild;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("BuildServiceProvider", SecondContainer, "Startup"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("BuildServiceProvider", SecondContainer, "Startup"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("BuildServiceProvider", SecondContainer, "Registrations"));

        return test.RunAsync();
    }

    [Fact]
    public Task A_container_the_function_builds_as_its_own_is_its_composition_root()
    {
        // Returned, kept in a property, or built from a collection the function creates: the only container there is.
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default.Append(ContainerBuild))
        {
            TestCode = """
                using System;
                using Amazon.Lambda.Core;
                using Microsoft.Extensions.DependencyInjection;

                public class Clock { }

                public class Function
                {
                    private readonly IServiceProvider _services;
                    private readonly Clock _clock;

                    public Function()
                    {
                        var services = new ServiceCollection();
                        Registrations.Register(services);
                        _services = Registrations.Build(services);
                        Container.Configure(new ServiceCollection());
                        _clock = new ServiceCollection().AddSingleton<Clock>().BuildServiceProvider().GetRequiredService<Clock>();
                    }

                    public string Handle(string input, ILambdaContext context) => input + _services + _clock;
                }

                public static class Registrations
                {
                    public static void Register(IServiceCollection services) => services.AddSingleton<Clock>();

                    public static IServiceProvider Build(IServiceCollection services)
                    {
                        var provider = services.BuildServiceProvider();
                        return provider;
                    }
                }

                public static class Container
                {
                    public static IServiceProvider? Current { get; private set; }

                    public static void Configure(IServiceCollection services)
                    {
                        services.AddSingleton<Clock>();
                        Current = services.BuildServiceProvider();
                    }
                }
                """,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task A_second_container_built_from_the_worker_builder_services_in_Program_is_reported()
    {
        var test = new Verify.Test(Infrastructure.AzureStubs.Default.Append(ContainerBuild))
        {
            TestCode = """
                using Microsoft.Azure.Functions.Worker.Builder;
                using Microsoft.Extensions.DependencyInjection;

                var builder = FunctionsApplication.CreateBuilder(args);
                builder.Services.AddSingleton<Settings>();
                var settings = {|#0:builder.Services.BuildServiceProvider()|}.GetRequiredService<Settings>();
                builder.Build().Run();

                public class Settings { }
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "BuildServiceProvider", ExpensiveInitialisationAnalyzer.SecondContainerBuild, "Program"));
        return test.RunAsync();
    }

    [Fact]
    public Task Work_only_a_development_environment_runs_is_not_init_work_and_neither_is_what_it_calls()
    {
        return Verify.VerifyAsync("""
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function
            {
                public Function()
                {
                    if (Hosting.IsDevelopment())
                    {
                        File.ReadAllText("seed.json");
                        Seed();
                    }
                    else
                    {
                        {|COLD101:File.ReadAllText("rules.json")|};
                    }
                }

                public string Handle(string input, ILambdaContext context) => input;

                private static void Seed() => File.Delete("cache.json");
            }

            public static class Hosting
            {
                public static bool IsDevelopment() => false;
            }
            """);
    }

    // Lambda sets AWS_LAMBDA_FUNCTION_NAME (and LAMBDA_TASK_ROOT...) in every function: what runs only when it is unset runs
    // on a developer's machine, as under IsDevelopment(). A flag named for it is read from its initialiser; other flags are
    // the invocation's business and their branches are ordinary.
    [Fact]
    public Task Work_only_run_off_Lambda_is_not_init_work_and_work_run_on_Lambda_is()
    {
        return Verify.VerifyAsync("""
            using System;
            using System.IO;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly bool RunningLocally = Environment.GetEnvironmentVariable("LAMBDA_TASK_ROOT") is null;

                public Function()
                {
                    var isLambda = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME"));
                    var ready = Environment.ProcessorCount > 1;
                    if (!isLambda)
                    {
                        File.ReadAllText("seed.json");
                    }

                    if (isLambda)
                    {
                        {|COLD101:File.ReadAllText("rules.json")|};
                    }
                    else
                    {
                        File.Delete("cache.json");
                    }

                    if (Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME") == null && ready)
                    {
                        File.ReadAllText("local.json");
                    }

                    if (RunningLocally)
                    {
                        File.ReadAllText("fixtures.json");
                    }

                    if (!ready)
                    {
                        {|COLD101:File.ReadAllText("fallback.json")|};
                    }
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }
}

using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Azure.Core.Serialization;
using Azure.Naive.Function;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Everything before host.Run() runs while a new instance of the function app starts.

// HAZARD COLD101: file I/O on every cold start, even for invocations (Health) that never price an order.
var pricingRules = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pricing-rules.json"));

// HAZARD COLD103: scanning the assembly's types loads and inspects metadata the functions may never need.
var validators = Assembly.GetExecutingAssembly().GetTypes().Where(t => t.Name.EndsWith("Validator", StringComparison.Ordinal)).ToList();

// HAZARD COLD102: blocking a thread on asynchronous work while the worker starts.
var catalogue = LoadCatalogueAsync().GetAwaiter().GetResult();

var host = new HostBuilder()
    .ConfigureFunctionsWorkerDefaults(worker =>
        // HAZARD COLD204: the worker converts every payload with reflection-based System.Text.Json.
        worker.Serializer = new JsonObjectSerializer(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }))
    .ConfigureServices(services => services.AddSingleton(new PricingRules(pricingRules, validators.Count, catalogue)))
    .Build();

host.Run();

static async Task<string[]> LoadCatalogueAsync()
{
    await Task.Yield();
    return new[] { "book", "pen" };
}

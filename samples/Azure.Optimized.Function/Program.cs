using System;
using System.Text.Json;
using Azure.Core.Serialization;
using Azure.Identity;
using Azure.Optimized.Function;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Start-up only registers services: each is built on first use, once per instance, and shared by every invocation.
var host = new HostBuilder()
    .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer(
        new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, TypeInfoResolver = AppJsonContext.Default }))
    .ConfigureServices(services =>
    {
        services.AddHttpClient("audit", http => http.BaseAddress = new Uri("https://audit.example.com/"));
        services.AddSingleton(_ => new BlobContainerClient(
            new Uri("https://shopreceipts.blob.core.windows.net/receipts"), new DefaultAzureCredential()));
        services.AddSingleton<PricingRules>();
    })
    .Build();

host.Run();

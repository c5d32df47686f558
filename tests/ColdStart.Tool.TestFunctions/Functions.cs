using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda.Core;
using Amazon.Lambda.RuntimeSupport;
using Amazon.Lambda.Serialization.SystemTextJson;

[assembly: LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]

namespace ColdStart.Tool.TestFunctions;

/// <summary>The event the typed handlers take.</summary>
public sealed class Greeting
{
    public string Name { get; set; } = "";

    public int Times { get; set; }
}

/// <summary>Answers with a greeting, using the context's logger.</summary>
public class Greeter
{
    public Task<string> Greet(Greeting greeting, ILambdaContext context)
    {
        context.Logger.LogLine("greeting " + greeting.Name);
        return Task.FromResult("hello " + greeting.Name);
    }

    public static Stream Echo(Stream input) => input;
}

/// <summary>
/// Its static constructor throws, as a function whose configuration file is missing does. (An explicit static
/// constructor runs when the runtime constructs the type; a field initialiser alone may wait for the first invocation.)
/// </summary>
public class CrashesDuringInit
{
    private static readonly string Settings;

    static CrashesDuringInit()
    {
        Settings = ReadSettings();
    }

    public string Handle(Greeting greeting) => Settings + greeting.Name;

    private static string ReadSettings()
    {
        Console.WriteLine("reading settings.json");
        throw new FileNotFoundException("settings.json is missing");
    }
}

/// <summary>Reads a file in its static constructor (COLD101), as the naive sample does.</summary>
public class ReadsSettingsAtInit
{
    private static readonly string Settings;

    static ReadsSettingsAtInit()
    {
        Settings = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ColdStart.Tool.TestFunctions.deps.json"));
    }

    public int Handle(Greeting greeting) => Settings.Length + greeting.Times;
}

/// <summary>Never answers.</summary>
public class NeverAnswers
{
    public async Task<string> Handle(Greeting greeting)
    {
        await Task.Delay(Timeout.Infinite);
        return greeting.Name;
    }
}

/// <summary>The executable function: COLDSTART_TEST_MODE picks what it does.</summary>
public static class Program
{
    public static async Task Main()
    {
        switch (Environment.GetEnvironmentVariable("COLDSTART_TEST_MODE"))
        {
            case "crash-init":
                Console.WriteLine("connecting to the database");
                throw new InvalidOperationException("no connection string");
            case "never":
                await Task.Delay(Timeout.Infinite);
                break;
            default:
#pragma warning disable IL2026, IL3050
                var serializer = new DefaultLambdaJsonSerializer();
#pragma warning restore IL2026, IL3050
                using (var bootstrap = LambdaBootstrapBuilder.Create<Greeting, string>(
                    (greeting, _) => Task.FromResult(greeting.Times < 0 ? throw new ArgumentException("negative") : "hello " + greeting.Name),
                    serializer).Build())
                {
                    await bootstrap.RunAsync();
                }

                break;
        }
    }
}

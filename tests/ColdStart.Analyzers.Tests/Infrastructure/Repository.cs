using System.Linq;
using System.Reflection;

namespace ColdStart.Analyzers.Tests.Infrastructure;

internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;
}

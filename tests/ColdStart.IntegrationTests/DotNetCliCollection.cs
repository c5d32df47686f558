using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>
/// Tests that build the repository's own projects in place (the samples, the harness hosts) share their bin/ and obj/
/// folders, so they run one at a time. They start after the package is packed, whose Release build of src/ they
/// would otherwise race. Tests that work in temporary folders run beside them, in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotNetCliCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "dotnet CLI in the repository";
}

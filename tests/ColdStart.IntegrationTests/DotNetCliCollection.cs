using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>Tests that run the dotnet CLI over the repository's projects share outputs, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DotNetCliCollection
{
    public const string Name = "dotnet CLI";
}

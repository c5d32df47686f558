using System.Linq;
using ColdStart.Tool.Tracing;
using Xunit;

namespace ColdStart.Tool.Tests;

/// <summary>Assemblies to NuGet packages through a deps.json, and a trace's costs summed per package.</summary>
public sealed class PackageMapTests
{
    // Shaped as `dotnet publish -r linux-x64` writes it: a project, a package with one assembly, a package with two and a
    // RID-specific one, a package whose assembly name is not its id, and a target for another framework that must be ignored.
    private const string DepsJson = """
        {
          "runtimeTarget": { "name": ".NETCoreApp,Version=v10.0/linux-x64", "signature": "" },
          "targets": {
            ".NETCoreApp,Version=v10.0": {
              "Stale/1.0.0": { "runtime": { "lib/net10.0/Stale.dll": {} } }
            },
            ".NETCoreApp,Version=v10.0/linux-x64": {
              "My.Function/1.0.0": {
                "dependencies": { "AWSSDK.Core": "4.1.0", "Two.Assemblies": "2.0.1", "Shop.Domain": "1.0.0" },
                "runtime": { "My.Function.dll": {} }
              },
              "Shop.Domain/1.0.0": { "runtime": { "Shop.Domain.dll": {} } },
              "AWSSDK.Core/4.1.0": { "runtime": { "lib/net8.0/AWSSDK.Core.dll": { "assemblyVersion": "4.0.0.0" } } },
              "Two.Assemblies/2.0.1": {
                "runtime": { "lib/net8.0/Two.First.dll": {}, "lib/net8.0/Two.Second.dll": {} },
                "runtimeTargets": {
                  "runtimes/linux-x64/lib/net8.0/Two.Native.dll": { "rid": "linux-x64", "assetType": "runtime" },
                  "runtimes/linux-x64/native/libtwo.so": { "rid": "linux-x64", "assetType": "native" }
                }
              },
              "Npgsql.Renamed/8.0.0": { "runtime": { "lib/net8.0/Npgsql.dll": {} } }
            }
          },
          "libraries": {
            "My.Function/1.0.0": { "type": "project" },
            "Shop.Domain/1.0.0": { "type": "project" },
            "AWSSDK.Core/4.1.0": { "type": "package", "path": "awssdk.core/4.1.0" },
            "Two.Assemblies/2.0.1": { "type": "package" },
            "Npgsql.Renamed/8.0.0": { "type": "package" },
            "Stale/1.0.0": { "type": "package" }
          }
        }
        """;

    [Fact]
    public void Each_runtime_assembly_maps_to_its_package_id_and_version()
    {
        var map = PackageMap.Parse(DepsJson);

        Assert.Equal(new NuGetPackage("AWSSDK.Core", "4.1.0"), map.PackageOf("AWSSDK.Core"));
        Assert.Equal(new NuGetPackage("AWSSDK.Core", "4.1.0"), map.PackageOf("awssdk.core"));
        Assert.Equal(new NuGetPackage("Two.Assemblies", "2.0.1"), map.PackageOf("Two.First"));
        Assert.Equal(new NuGetPackage("Two.Assemblies", "2.0.1"), map.PackageOf("Two.Second"));
        Assert.Equal(new NuGetPackage("Two.Assemblies", "2.0.1"), map.PackageOf("Two.Native"));
        Assert.Equal(new NuGetPackage("Npgsql.Renamed", "8.0.0"), map.PackageOf("Npgsql"));
        Assert.Null(map.PackageOf("libtwo"));
        Assert.Null(map.PackageOf("Stale"));
        Assert.Null(map.PackageOf("My.Function"));
        Assert.True(map.IsProject("My.Function"));
        Assert.True(map.IsProject("Shop.Domain"));
        Assert.Null(map.PackageOf("System.Private.CoreLib"));
    }

    [Fact]
    public void Costs_are_summed_per_package_and_the_costliest_comes_first()
    {
        var map = PackageMap.Parse(DepsJson);
        AssemblyCost Cost(string assembly, int methods, double jit, double load, double sampled)
            => new(assembly, map.PackageOf(assembly) is null ? AssemblyOrigin.Project : AssemblyOrigin.Package, map.PackageOf(assembly),
                methods, jit, load, sampled);

        var packages = TraceAnalyzer.ByPackage(new[]
        {
            Cost("My.Function", 30, 8, 0.1, 20),
            Cost("Two.First", 10, 2, 0.5, 1),
            Cost("AWSSDK.Core", 451, 48, 0.2, 94),
            Cost("Two.Second", 5, 1, 0.5, 3),
        }).ToList();

        Assert.Equal(new[] { "AWSSDK.Core", "Two.Assemblies" }, packages.Select(p => p.Package));
        var two = packages[1];
        Assert.Equal("2.0.1", two.Version);
        Assert.Equal(new[] { "Two.First", "Two.Second" }, two.Assemblies);
        Assert.Equal((15, 3.0, 1.0, 4.0), (two.JitMethods, two.JitMs, two.LoadMs, two.SampledMs));
        Assert.Equal("COLD301/COLD302", packages[0].Rule);
        Assert.Null(two.Rule);
    }
}

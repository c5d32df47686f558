#!/usr/bin/env bash
# What the ColdStart analyzers cost a user's build, measured on a generated function project of N handler files
# (default 300) with two hazards in each, on the same project with the hazards fixed, and on samples/Naive.Function:
#   1. analyzer execution time (-p:ReportAnalyzer=true), two ways: ColdStart's time as the compiler charges it against
#      the SDK's NetAnalyzers in the same build, and what the package adds to all analyzers' time against NetAnalyzers
#      in builds without it (shared work, such as the first symbol lookups, is charged to whichever analyzer asks
#      first, so the first figure moves NetAnalyzers' work onto ours), and what the package adds beyond the reporting
#      floor below (the same warnings reported with no analysis), which is the cost of the analysis alone;
#   2. build wall time with the package / without it: `dotnet build --no-incremental` runs in rotating order, each leg's
#      time divided by the build without the package in the same run; the median of those ratios with a 95 %
#      confidence interval (distribution-free, from the sign test), so a run can say whether a goal is met; the same
#      for two floors (tools/AnalyzerCost/FloorAnalyzer): an analyzer that registers one operation action and does
#      nothing, and one that reports the generated project's hazards by name alone (what the warnings cost).
# Each with the two ways the compiler runs:
#   server   the SDK's default (UseSharedCompilation=true): builds go to a warm compiler server, which keeps the analyzer
#            assemblies loaded and compiled from one build to the next, as on a developer's machine;
#   process  UseSharedCompilation=false, as this machine's environment sets and many CI runners do: a fresh compiler
#            process per build, which JIT-compiles every analyzer it runs (the SDK's own analyzers ship precompiled).
# Usage: tools/AnalyzerCost/measure.sh [handler files (300)] [runs (5)] [compilers ("server process")] [analyzer builds]
# The analyzer times (1.) take their own number of builds each way, by default the runs but at most 7, so that many
# wall-time runs stay affordable. Their ratios, too, are medians of build-by-build ratios with a 95 % interval.
# PAIRED_BUILD_ARGS, if set, is added to every timed build, e.g. -noconsolelogger to leave out printing the warnings.
set -euo pipefail

handlers="${1:-300}"
runs="${2:-5}"
compilers="${3:-server process}"
analyzer_builds="${4:-$((runs < 7 ? runs : 7))}"
shared=true
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'dotnet build-server shutdown > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
project="$work/Large.Function"
fixed="$work/Fixed/Large.Function"
naive="$work/Naive.Function"
mkdir -p "$project/Handlers" "$fixed/Handlers" "$naive/Shop.Domain"

# The package as a consumer gets it: its props and the two analyzer assemblies (built below), switched by
# -p:ColdStart=false. Assemblies rather than project references, so the builds do not evaluate our projects.
analyzers="$repo/src/ColdStart.Analyzers.CodeFixes/bin/Release/netstandard2.0"
# In the ReportAnalyzer builds only, and first on the compiler's command line: a generator with one unused
# ForAttributeWithMetadataName. The first generator to run pays the compiler's shared per-tree work for attribute
# lookups (60-100 ms here; without our package an SDK generator pays it), so ours are charged only what they add.
floor="$repo/tools/AnalyzerCost/FloorGenerator/bin/Release/netstandard2.0"
# In two more legs of the paired builds, instead of the package: an analyzer with one operation action that does nothing,
# the least any operation-based analyzer costs (the compiler then builds the operation trees of every method body), and
# an analyzer that reports what our rules report on the generated project, by name and with no analysis (the global
# config below turns it on): what the warnings themselves cost a build.
operation_floor="$repo/tools/AnalyzerCost/FloorAnalyzer/bin/Release/netstandard2.0"
write_project() { # $1 folder, $2 name, $3 extra items: a function project with the switchable package
  cat > "$1/$2.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <AWSProjectType>Lambda</AWSProjectType>
    <PublishReadyToRun>true</PublishReadyToRun>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <Import Project="$repo/src/ColdStart.Analyzers.Package/build/ColdStart.Analyzers.props" Condition="'\$(ColdStart)' != 'false'" />
  <ItemGroup Condition="'\$(GeneratorFloor)' == 'true'">
    <Analyzer Include="$floor/FloorGenerator.dll" />
  </ItemGroup>
  <ItemGroup Condition="'\$(OperationFloor)' == 'true' Or '\$(ReportingFloor)' == 'true'">
    <Analyzer Include="$operation_floor/FloorAnalyzer.dll" />
  </ItemGroup>
  <ItemGroup Condition="'\$(ReportingFloor)' == 'true'">
    <GlobalAnalyzerConfigFiles Include="$work/reporting-floor.globalconfig" />
  </ItemGroup>
  <ItemGroup Condition="'\$(ColdStart)' != 'false'">
    <Analyzer Include="$analyzers/ColdStart.Analyzers.dll" />
    <Analyzer Include="$analyzers/ColdStart.Analyzers.CodeFixes.dll" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/samples/LambdaCompat/LambdaCompat.csproj" />
    <PackageReference Include="AWSSDK.S3" Version="4.1.0" />
    $3
  </ItemGroup>
</Project>
XML
}

write_handlers() { # $1 project folder, $2 "hazards" (two per file) or "fixed" (the same code as the code fixes leave it)
  local folder="$1" kind="$2" i http_field http_local http serialize
  for i in $(seq 1 "$handlers"); do
    if [ "$kind" = hazards ]; then
      http_field="" http_local="        using var http = new HttpClient();" http=http serialize="JsonSerializer.Serialize(request)"
    else
      http_field="    private static readonly HttpClient Http = new();" http_local="" http=Http
      serialize="JsonSerializer.Serialize(request, OrderJson.Default.Order${i}Request)"
    fi
    cat > "$folder/Handlers/Order$i.cs" <<CS
using System.Text.Json;
using Amazon.Lambda.Core;
using Amazon.S3;

namespace Large.Function.Handlers;

public sealed record Order${i}Request(string Id, int Quantity);

public sealed record Order${i}Response(string Id, bool Accepted, string Audit);

public class Order${i}Function
{
    private static readonly AmazonS3Client Storage = new();
$http_field

    public async Task<Order${i}Response> Handle(Order${i}Request request, ILambdaContext context)
    {
$http_local
        var body = $serialize;
        var audit = await Order${i}Audit.WriteAsync(Storage, body);
        return new Order${i}Response(request.Id, request.Quantity > 0 && $http.Timeout > TimeSpan.Zero, audit);
    }
}

internal static class Order${i}Audit
{
    public static Task<string> WriteAsync(AmazonS3Client storage, string body)
    {
        var region = storage.Config.RegionEndpoint?.SystemName ?? "local";
        return Task.FromResult(region + ":" + body.Length);
    }
}
CS
  done
  if [ "$kind" = fixed ]; then
    { echo "using System.Text.Json.Serialization;"; echo; echo "namespace Large.Function.Handlers;"; echo
      for i in $(seq 1 "$handlers"); do
        echo "[JsonSerializable(typeof(Order${i}Request))]"
        echo "[JsonSerializable(typeof(Order${i}Response))]"
      done
      echo "internal sealed partial class OrderJson : JsonSerializerContext { }"; } > "$folder/Handlers/OrderJson.cs"
  fi
}

write_project "$project" Large.Function ""
write_handlers "$project" hazards
write_project "$fixed" Large.Function ""
write_handlers "$fixed" fixed

build() { # $1 project, $2 ColdStart switch, then extra arguments
  local path="$1" switch="$2"
  shift 2
  # --no-dependencies: only the project itself is recompiled (not the analyzers or the Lambda stand-in it references).
  dotnet build "$path" -c Release --no-incremental --no-dependencies --no-restore -nologo -p:ColdStart="$switch" \
    -p:UseSharedCompilation="$shared" "$@"
}

report() { # $1 project: analyzer and generator times over alternating builds without the package, with it, and with
  # the reporting floor instead of it
  local path="$1" log="$work/report.log" with="$work/with.txt" without="$work/without.txt" reporting="$work/reporting.txt"
  : > "$with"
  : > "$without"
  : > "$reporting"
  for _ in $(seq 1 "$analyzer_builds"); do
    build "$path" false -p:ReportAnalyzer=true -v:d > "$log"
    times "$log" >> "$without"
    build "$path" false -p:ReportAnalyzer=true -p:ReportingFloor=true -v:d > "$work/reporting.log"
    times "$work/reporting.log" >> "$reporting"
    build "$path" true -p:ReportAnalyzer=true -p:GeneratorFloor=true -v:d > "$log"
    times "$log" >> "$with"
  done
  local coldstart net total generators floor total_without net_without added
  coldstart=$(column 1 "$with")
  net=$(column 2 "$with")
  total=$(column 3 "$with")
  generators=$(column 4 "$with")
  floor=$(column 5 "$with")
  net_without=$(column 2 "$without")
  total_without=$(column 3 "$without")
  added=$(awk -v a="$total" -v b="$total_without" 'BEGIN {printf "%.3f", a - b}')
  echo "  as the compiler charges it (median of $analyzer_builds builds with the package): ColdStart $coldstart s," \
    "NetAnalyzers $net s (all analyzers $total s); ColdStart / NetAnalyzers, build by build, median [95 % interval]:" \
    "$(awk '$2 > 0 {printf "%.4f\n", $1 / $2}' "$with" | sort -n | interval)"
  echo "    that ratio, build by build: $(awk '{printf "%s ", ($2 > 0 ? sprintf("%.2f", $1 / $2) : "-")}' "$with")"
  # Builds with and without the package alternate, so each with-build pairs with the build before it.
  echo "  what the package adds (median of all analyzers with it, $total s, minus without it, $total_without s): $added s;" \
    "NetAnalyzers without the package: $net_without s; added / NetAnalyzers, pair by pair, median [95 % interval]:" \
    "$(paste -d' ' "$with" "$without" | awk '$7 > 0 {printf "%.4f\n", ($3 - $8) / $7}' | sort -n | interval)"
  # The reporting floor reports the same warnings with no analysis: what the package adds beyond it is its analysis.
  echo "  what the reporting floor adds instead (all analyzers $(column 3 "$reporting") s), and what the package adds" \
    "beyond it, both over NetAnalyzers without the package, build by build, median [95 % interval]:" \
    "$(paste -d' ' "$reporting" "$without" | awk '$7 > 0 {printf "%.4f\n", ($3 - $8) / $7}' | sort -n | interval);" \
    "$(paste -d' ' "$with" "$reporting" "$without" | awk '$12 > 0 {printf "%.4f\n", ($3 - $8) / $12}' | sort -n | interval)"
  echo "  ColdStart generators: $generators s; the floor generator that runs first, with the shared per-tree work: $floor s"
  echo "  the last build's slowest ColdStart analyzers and generators:"
  grep -E "^\s+[0-9<.]+\s+[0-9<]+\s+ColdStart\.Analyzers\.(Rules|Generation)\." "$log" | sort -rn | head -6 | sed 's/^\s*/    /' || true
}

times() { # $1 a ReportAnalyzer build log: "ColdStart NetAnalyzers all-analyzers generators floor" in seconds
  # The compiler prints "Total analyzer execution time", then per assembly "<seconds>   <percent>   <assembly>, Version=..."
  # with its analyzers indented below; the same for generators.
  awk '
    /Total analyzer execution time/ { section = "analyzer"; total = $(NF - 1) }
    /Total generator execution time/ { section = "generator" }
    /Done executing task "Csc"/ { section = "" }
    section != "" && /, Version=/ {
      seconds = ($1 ~ /^</) ? 0 : $1
      if (section == "analyzer" && $3 ~ /^ColdStart\.Analyzers/) coldstart += seconds
      if (section == "analyzer" && $3 ~ /NetAnalyzers,?$/) net += seconds
      if (section == "generator" && $3 ~ /^ColdStart\.Analyzers/) generators += seconds
      if (section == "generator" && $3 ~ /^FloorGenerator/) floor += seconds
    }
    END { printf "%.3f %.3f %s %.3f %.3f\n", coldstart, net, total, generators, floor }' "$1"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
column() { cut -d' ' -f"$1" "$2" | median; } # $1 field, $2 file: the median of that field

paired() { # $1 project: each leg's build wall time against the build without the package in the same run
  local path="$1" legs=4 run turn leg start end
  local names=("without the package" "with the package" "only an empty operation analyzer" "only the reporting floor")
  local switches=("false" "true" "false -p:OperationFloor=true" "false -p:ReportingFloor=true")
  local seconds="$work/seconds.txt"
  : > "$seconds"
  for run in $(seq 1 "$runs"); do
    # The order rotates from run to run: here a build ran faster after some legs than after others.
    for turn in $(seq 0 $((legs - 1))); do
      leg=$(((turn + run) % legs))
      # shellcheck disable=SC2086 # a leg's switches and the extra arguments are several words
      start=$(date +%s.%N); build "$path" ${switches[$leg]} ${PAIRED_BUILD_ARGS:-} > "$work/leg$leg.log"; end=$(date +%s.%N)
      echo "$run $leg $(echo "$end - $start" | bc)" >> "$seconds"
    done
  done
  echo "  build wall time, $runs runs in rotating order: the median leg, and the median of its ratios to the build" \
    "without the package in the same run, with their 95 % confidence interval (warnings in the last build):"
  local ratio="the reference"
  for leg in $(seq 0 $((legs - 1))); do
    if [ "$leg" -gt 0 ]; then
      ratio="ratio $(awk -v leg="$leg" '$2 == 0 {base[$1] = $3} $2 == leg {time[$1] = $3}
        END {for (run in time) printf "%.4f\n", time[run] / base[run]}' "$seconds" | sort -n | interval)"
    fi
    echo "    $(printf '%-34s' "${names[leg]}") $(awk -v leg="$leg" '$2 == leg {print $3}' "$seconds" | median | xargs printf '%.2f') s," \
      "$ratio ($(grep ': warning ' "$work/leg$leg.log" | sort -u | wc -l) warnings)"
  done
}

# Sorted ratios on stdin: "median [low, high]", where [low, high] holds the median with at least 95 % confidence
# whatever the distribution: the k-th smallest and k-th largest, k the largest with P(Binomial(n, 1/2) < k) <= 2.5 %.
interval() {
  awk '{r[NR] = $1}
    END {
      n = NR; k = 0; p = 0.5 ^ n; cdf = p
      for (i = 0; i < n && cdf <= 0.025; i++) { k = i + 1; p = p * (n - i) / (i + 1); cdf += p }
      median = (n % 2 ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2)
      if (k == 0) printf "%.3f [too few runs for an interval]", median
      else printf "%.3f [%.3f, %.3f]", median, r[k], r[n - k + 1]
    }'
}

dotnet build "$repo/src/ColdStart.Analyzers.CodeFixes" -c Release -nologo > /dev/null
dotnet build "$repo/tools/AnalyzerCost/FloorGenerator" -c Release -nologo > /dev/null
dotnet build "$repo/tools/AnalyzerCost/FloorAnalyzer" -c Release -nologo > /dev/null
printf 'is_global = true\ndotnet_diagnostic.FLOOR002.severity = warning\n' > "$work/reporting-floor.globalconfig"
dotnet restore "$project" -nologo > /dev/null
dotnet restore "$fixed" -nologo > /dev/null
# The Naive sample's code in a project of the same shape (its own project file always includes the analyzers).
cp "$repo"/samples/Naive.Function/*.cs "$repo"/samples/Naive.Function/*.json "$naive/"
cp "$repo"/samples/Shop.Domain/*.cs "$naive/Shop.Domain/"
write_project "$naive" Naive.Function '<PackageReference Include="AWSSDK.DynamoDBv2" Version="4.1.0" /><PackageReference Include="Newtonsoft.Json" Version="13.0.4" />'
sed -i 's|<ImplicitUsings>enable</ImplicitUsings>|<ImplicitUsings>disable</ImplicitUsings>|' "$naive/Naive.Function.csproj"
dotnet restore "$naive" -nologo > /dev/null
for compiler in $compilers; do
  case "$compiler" in
    server) shared=true ;;
    process) shared=false ;;
    *) echo "unknown compiler '$compiler': server or process" >&2; exit 2 ;;
  esac
  # Build the stand-in once, then warm up: with the server, its first builds load and compile the analyzers.
  for path in "$project" "$fixed" "$naive"; do
    dotnet build "$path" -c Release --no-restore -nologo > /dev/null
    build "$path" true > /dev/null
    build "$path" false > /dev/null
  done

  echo "== compiler: $compiler (UseSharedCompilation=$shared)"
  echo "Generated function project, $handlers handler files, two hazards in each"
  report "$project"
  paired "$project"
  echo "The same project with the hazards fixed (static clients, a source-generated JSON context): nothing to report"
  report "$fixed"
  paired "$fixed"
  echo "samples/Naive.Function"
  report "$naive"
  paired "$naive"
done

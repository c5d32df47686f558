using System.Text.Json.Serialization;
using Shop.Domain;

namespace Optimized.Function;

/// <summary>Source-generated JSON metadata for every type the function reads or writes.</summary>
[JsonSerializable(typeof(OrderEvent))]
[JsonSerializable(typeof(OrderResult))]
[JsonSerializable(typeof(Receipt))]
internal partial class AppJsonContext : JsonSerializerContext
{
}

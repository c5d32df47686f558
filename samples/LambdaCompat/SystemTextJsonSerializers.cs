using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Amazon.Lambda.Core;

namespace Amazon.Lambda.Serialization.SystemTextJson
{
    /// <summary>Mirror of DefaultLambdaJsonSerializer (Amazon.Lambda.Serialization.SystemTextJson 3.0.0): reflection based.</summary>
    public class DefaultLambdaJsonSerializer : ILambdaSerializer
    {
        private readonly JsonSerializerOptions _options;

        [RequiresUnreferencedCode("Serializes with reflection; use SourceGeneratorLambdaJsonSerializer for trimmed or Native AOT functions.")]
        [RequiresDynamicCode("Serializes with reflection; use SourceGeneratorLambdaJsonSerializer for Native AOT functions.")]
        public DefaultLambdaJsonSerializer()
            : this(null)
        {
        }

        [RequiresUnreferencedCode("Serializes with reflection; use SourceGeneratorLambdaJsonSerializer for trimmed or Native AOT functions.")]
        [RequiresDynamicCode("Serializes with reflection; use SourceGeneratorLambdaJsonSerializer for Native AOT functions.")]
        public DefaultLambdaJsonSerializer(Action<JsonSerializerOptions>? customizer)
        {
            _options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
            customizer?.Invoke(_options);
        }

        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The constructor carries RequiresUnreferencedCode.")]
        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The constructor carries RequiresUnreferencedCode.")]
        public T Deserialize<T>(Stream requestStream) => JsonSerializer.Deserialize<T>(requestStream, _options)!;

        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The constructor carries RequiresUnreferencedCode.")]
        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The constructor carries RequiresUnreferencedCode.")]
        public void Serialize<T>(T response, Stream responseStream) => JsonSerializer.Serialize(responseStream, response, _options);
    }

    /// <summary>Mirror of CamelCaseLambdaJsonSerializer.</summary>
    public class CamelCaseLambdaJsonSerializer : DefaultLambdaJsonSerializer
    {
        [RequiresUnreferencedCode("Serializes with reflection; use SourceGeneratorLambdaJsonSerializer for trimmed or Native AOT functions.")]
        [RequiresDynamicCode("Serializes with reflection; use SourceGeneratorLambdaJsonSerializer for Native AOT functions.")]
        public CamelCaseLambdaJsonSerializer()
            : base(options => options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase)
        {
        }
    }

    /// <summary>Mirror of SourceGeneratorLambdaJsonSerializer&lt;TSGContext&gt;: no reflection, metadata from the context.</summary>
    public class SourceGeneratorLambdaJsonSerializer<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSGContext> : ILambdaSerializer
        where TSGContext : JsonSerializerContext
    {
        private readonly JsonSerializerContext _context;

        public SourceGeneratorLambdaJsonSerializer()
            : this(null)
        {
        }

        public SourceGeneratorLambdaJsonSerializer(Action<JsonSerializerOptions>? customizer)
        {
            var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
            customizer?.Invoke(options);
            _context = (JsonSerializerContext)Activator.CreateInstance(typeof(TSGContext), options)!;
        }

        public T Deserialize<T>(Stream requestStream)
        {
            return (T)JsonSerializer.Deserialize(requestStream, TypeInfo<T>())!;
        }

        public void Serialize<T>(T response, Stream responseStream)
        {
            JsonSerializer.Serialize(responseStream, response, TypeInfo<T>());
        }

        private JsonTypeInfo TypeInfo<T>()
        {
            return _context.GetTypeInfo(typeof(T))
                ?? throw new JsonSerializerException($"No JsonTypeInfo registered in {typeof(TSGContext).FullName} for type {typeof(T).FullName}.");
        }
    }

    /// <summary>Mirror of the exception the real serializer throws for a type missing from the context.</summary>
    public sealed class JsonSerializerException : Exception
    {
        public JsonSerializerException(string message)
            : base(message)
        {
        }
    }
}

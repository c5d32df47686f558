namespace Amazon.Lambda.Serialization.SystemTextJson
{
    using System;
    using System.IO;
    using System.Text.Json;
    using System.Text.Json.Serialization;

    public abstract class AbstractLambdaJsonSerializer
    {
        public T Deserialize<T>(Stream requestStream) => default!;
        public void Serialize<T>(T response, Stream responseStream) { }
    }

    public class DefaultLambdaJsonSerializer : AbstractLambdaJsonSerializer, Amazon.Lambda.Core.ILambdaSerializer
    {
        public DefaultLambdaJsonSerializer() { }
        public DefaultLambdaJsonSerializer(Action<JsonSerializerOptions> customizer) { }
        public DefaultLambdaJsonSerializer(Action<JsonSerializerOptions> customizer, Action<JsonWriterOptions> jsonWriterCustomizer) { }
    }

    public class CamelCaseLambdaJsonSerializer : DefaultLambdaJsonSerializer
    {
    }

    [Obsolete]
    public class LambdaJsonSerializer : Amazon.Lambda.Core.ILambdaSerializer
    {
        public T Deserialize<T>(Stream requestStream) => default!;
        public void Serialize<T>(T response, Stream responseStream) { }
    }

    public class SourceGeneratorLambdaJsonSerializer<TSGContext> : AbstractLambdaJsonSerializer, Amazon.Lambda.Core.ILambdaSerializer
        where TSGContext : JsonSerializerContext
    {
        public SourceGeneratorLambdaJsonSerializer() { }
        public SourceGeneratorLambdaJsonSerializer(Action<JsonSerializerOptions> customizer) { }
        public SourceGeneratorLambdaJsonSerializer(Action<JsonWriterOptions> jsonWriterCustomizer) { }
        public SourceGeneratorLambdaJsonSerializer(Action<JsonSerializerOptions> customizer, Action<JsonWriterOptions> jsonWriterCustomizer) { }
    }
}

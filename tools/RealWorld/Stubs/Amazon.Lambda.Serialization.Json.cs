namespace Amazon.Lambda.Serialization.Json
{
    using System.IO;

    public class JsonSerializer : Amazon.Lambda.Core.ILambdaSerializer
    {
        public JsonSerializer() { }
        public JsonSerializer(System.Action<Newtonsoft.Json.JsonSerializerSettings> customizeSerializerSettings) { }
        public JsonSerializer(System.Action<Newtonsoft.Json.JsonSerializerSettings> customizeSerializerSettings, Newtonsoft.Json.Serialization.NamingStrategy namingStrategy) { }
        public T Deserialize<T>(Stream requestStream) => default!;
        public void Serialize<T>(T response, Stream responseStream) { }
    }
}

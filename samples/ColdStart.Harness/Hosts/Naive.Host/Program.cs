using System.IO;
using System.Threading.Tasks;
using Amazon.Lambda.Serialization.SystemTextJson;
using ColdStart.Harness.Hosts;
using Naive.Function;
using Shop.Domain;

// The class-library contract: the runtime creates the handler type, then deserialises each event with the
// assembly's [LambdaSerializer] (DefaultLambdaJsonSerializer) and serialises the result with it.
var serializer = new DefaultLambdaJsonSerializer();
await HostRun.RunAsync(
    args,
    () => new OrderFunction(),
    async (function, input, context) =>
    {
        var result = await ((OrderFunction)function).FunctionHandler(serializer.Deserialize<OrderEvent>(input), context);
        var output = new MemoryStream();
        serializer.Serialize(result, output);
        output.Position = 0;
        return output;
    });

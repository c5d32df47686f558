using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace ColdStart.Tool.Host;

/// <summary>
/// One class-library handler method and what Lambda needs to call it: the serializer from <c>[LambdaSerializer]</c>
/// (on the method, else on the assembly) and an <c>ILambdaContext</c> when the method takes one. The function's own
/// copy of Amazon.Lambda.Core defines those types, so they are found by name and called by reflection.
/// </summary>
internal sealed class LambdaHandler
{
    private const string SerializerAttribute = "Amazon.Lambda.Core.LambdaSerializerAttribute";
    private const string ContextInterface = "Amazon.Lambda.Core.ILambdaContext";

    private readonly Type _type;
    private readonly MethodInfo _method;
    private readonly Type? _serializerType;
    private object? _instance;
    private object? _serializer;
    private object? _context;

    private LambdaHandler(Type type, MethodInfo method, Type? serializerType)
    {
        _type = type;
        _method = method;
        _serializerType = serializerType;
    }

    public static LambdaHandler Resolve(Assembly assembly, HandlerString handler)
    {
        var type = assembly.GetType(handler.Type, throwOnError: false);
        if (type is null)
        {
            var similar = assembly.GetTypes().Where(t => t.Name == handler.Type.Split('.', '+').Last()).Select(t => t.FullName).FirstOrDefault();
            throw new HostException(
                HostFailure.Handler,
                $"The assembly '{handler.Assembly}' has no type '{handler.Type}'" + (similar is null ? "." : $" (did you mean '{similar}'?)."));
        }

        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name == handler.Method)
            .ToList();
        if (candidates.Count == 0)
        {
            var publicMethods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName)
                .Select(m => m.Name)
                .Distinct();
            throw new HostException(
                HostFailure.Handler, $"The type '{handler.Type}' has no method '{handler.Method}' (it has: {string.Join(", ", publicMethods)}).");
        }

        if (candidates.Count > 1)
        {
            throw new HostException(
                HostFailure.Handler, $"The type '{handler.Type}' has {candidates.Count} overloads of '{handler.Method}'; Lambda needs one.");
        }

        var method = candidates[0];
        if (method.GetParameters().Length > 2)
        {
            throw new HostException(HostFailure.Handler, $"'{handler}' takes {method.GetParameters().Length} parameters; a Lambda handler takes at most two.");
        }

        var serializerType = SerializerTypeOf(method) ?? SerializerTypeOf(assembly);
        var needsSerializer = InputType(method) is { } input && input != typeof(Stream)
            || ResultType(method) is { } output && !typeof(Stream).IsAssignableFrom(output);
        if (needsSerializer && serializerType is null)
        {
            throw new HostException(
                HostFailure.Handler,
                $"'{handler}' takes or returns a type other than Stream, but neither the method nor the assembly has [LambdaSerializer].");
        }

        return new LambdaHandler(type, method, serializerType);
    }

    /// <summary>What Lambda does in the init phase: create the serializer, then the handler type (static constructor included).</summary>
    public void Initialise()
    {
        try
        {
            _serializer = _serializerType is null ? null : Activator.CreateInstance(_serializerType);
            _instance = _method.IsStatic ? null : Activator.CreateInstance(_type, nonPublic: true);
        }
        catch (Exception e) when (e is TargetInvocationException or TypeInitializationException or MissingMethodException)
        {
            throw new HostException(HostFailure.Init, "The function threw during init: " + Describe(e));
        }

        var contextType = _method.GetParameters().Select(p => p.ParameterType).FirstOrDefault(t => t.FullName == ContextInterface);
        _context = contextType is null ? null : LambdaContextProxy.Create(contextType);
    }

    /// <summary>One invocation: deserialize the event, call the handler, await it, serialize the result.</summary>
    public async Task InvokeAsync(byte[] eventBytes)
    {
        var arguments = _method.GetParameters().Select(p => Argument(p.ParameterType, eventBytes)).ToArray();
        object? result;
        try
        {
            result = _method.Invoke(_instance, arguments);
            if (result is Task task)
            {
                await task.ConfigureAwait(false);
                result = ResultType(_method) is null ? null : task.GetType().GetProperty("Result")!.GetValue(task);
            }
            else if (result is not null && result.GetType().FullName!.StartsWith("System.Threading.Tasks.ValueTask", StringComparison.Ordinal))
            {
                var asTask = (Task)result.GetType().GetMethod("AsTask")!.Invoke(result, null)!;
                await asTask.ConfigureAwait(false);
                result = ResultType(_method) is null ? null : asTask.GetType().GetProperty("Result")!.GetValue(asTask);
            }
        }
        catch (Exception e) when (e is not HostException)
        {
            throw new HostException(HostFailure.Invoke, "The handler threw: " + Describe(e));
        }

        WriteResult(result);
    }

    private object? Argument(Type parameterType, byte[] eventBytes)
    {
        if (parameterType.FullName == ContextInterface)
        {
            return _context;
        }

        if (parameterType == typeof(Stream))
        {
            return new MemoryStream(eventBytes, writable: false);
        }

        try
        {
            var deserialize = _serializer!.GetType().GetMethods().Single(m => m.Name == "Deserialize" && m.IsGenericMethodDefinition);
            return deserialize.MakeGenericMethod(parameterType).Invoke(_serializer, new object[] { new MemoryStream(eventBytes, writable: false) });
        }
        catch (Exception e)
        {
            throw new HostException(
                HostFailure.Event, $"The serializer {_serializer!.GetType().Name} rejected the event as {parameterType.Name}: " + Describe(e));
        }
    }

    private void WriteResult(object? result)
    {
        var type = ResultType(_method);
        if (type is null || result is null)
        {
            return;
        }

        if (result is Stream stream)
        {
            stream.CopyTo(Stream.Null);
            return;
        }

        try
        {
            var serialize = _serializer!.GetType().GetMethods().Single(m => m.Name == "Serialize" && m.IsGenericMethodDefinition);
            serialize.MakeGenericMethod(type).Invoke(_serializer, new[] { result, new MemoryStream() });
        }
        catch (Exception e)
        {
            throw new HostException(
                HostFailure.Response, $"The serializer {_serializer!.GetType().Name} could not write the {type.Name} result: " + Describe(e));
        }
    }

    private static Type? InputType(MethodInfo method)
        => method.GetParameters().Select(p => p.ParameterType).FirstOrDefault(t => t.FullName != ContextInterface);

    /// <summary>The type of the response after unwrapping Task and ValueTask; null for void, Task and ValueTask.</summary>
    private static Type? ResultType(MethodInfo method)
    {
        var type = method.ReturnType;
        if (type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask))
        {
            return null;
        }

        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return type.GetGenericArguments()[0];
        }

        return type;
    }

    private static Type? SerializerTypeOf(MemberInfo member) => SerializerType(member.GetCustomAttributesData());

    private static Type? SerializerTypeOf(Assembly assembly) => SerializerType(assembly.GetCustomAttributesData());

    private static Type? SerializerType(System.Collections.Generic.IEnumerable<CustomAttributeData> attributes)
    {
        var attribute = attributes.FirstOrDefault(a => a.AttributeType.FullName == SerializerAttribute);
        return attribute?.ConstructorArguments.Select(a => a.Value).OfType<Type>().FirstOrDefault();
    }

    /// <summary>The innermost exception's type and message: what the function itself threw.</summary>
    private static string Describe(Exception e)
    {
        while (e is TargetInvocationException or TypeInitializationException or AggregateException && e.InnerException is not null)
        {
            e = e.InnerException!;
        }

        return $"{e.GetType().FullName}: {e.Message}";
    }
}

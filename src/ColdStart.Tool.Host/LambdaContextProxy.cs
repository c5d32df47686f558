using System;
using System.Reflection;

namespace ColdStart.Tool.Host;

/// <summary>
/// The <c>ILambdaContext</c> passed to a handler that takes one, implemented over the function's own interface
/// (its copy of Amazon.Lambda.Core): values like Lambda's, and a logger that writes to standard output as Lambda's does.
/// </summary>
public class LambdaContextProxy : DispatchProxy
{
    private static readonly string RequestId = Guid.NewGuid().ToString();

    /// <summary>An implementation of <paramref name="contextInterface"/> (the function's ILambdaContext).</summary>
    public static object Create(Type contextInterface) => DispatchProxy.Create(contextInterface, typeof(LambdaContextProxy));

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod is null)
        {
            return null;
        }

        var functionName = Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME") ?? "coldstart";
        switch (targetMethod.Name)
        {
            case "get_AwsRequestId":
                return RequestId;
            case "get_FunctionName":
                return functionName;
            case "get_FunctionVersion":
                return "$LATEST";
            case "get_InvokedFunctionArn":
                return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
            case "get_LogGroupName":
                return "/aws/lambda/" + functionName;
            case "get_LogStreamName":
                return "coldstart";
            case "get_MemoryLimitInMB":
                return 1024;
            case "get_RemainingTime":
                return TimeSpan.FromMinutes(1);
            case "get_Logger" when targetMethod.ReturnType.IsInterface:
                return DispatchProxy.Create(targetMethod.ReturnType, typeof(LambdaContextProxy));
            case "Log" or "LogLine" when args is { Length: > 0 }:
                Console.Out.WriteLine(args[^1]?.ToString());
                return null;
            default:
                return targetMethod.ReturnType.IsValueType && targetMethod.ReturnType != typeof(void)
                    ? Activator.CreateInstance(targetMethod.ReturnType)
                    : null;
        }
    }
}

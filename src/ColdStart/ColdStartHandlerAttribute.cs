using System;

namespace ColdStart;

/// <summary>
/// Marks a method as a serverless handler so that the ColdStart analyzers treat it like a Lambda
/// handler: its containing type's constructors and initialisers become the init path and its body
/// (with the methods it calls) the invoke path. Use it for hosts other than AWS Lambda or for
/// handler signatures the analyzers do not recognise on their own.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ColdStartHandlerAttribute : Attribute
{
}

namespace Amazon.Lambda.Annotations
{
    using System;

    [AttributeUsage(AttributeTargets.Method)]
    public class LambdaFunctionAttribute : Attribute
    {
        public string? ResourceName { get; set; }
        public int MemorySize { get; set; }
        public int Timeout { get; set; }
        public string? Role { get; set; }
        public string? Policies { get; set; }
        public LambdaPackageType PackageType { get; set; }
    }

    public enum LambdaPackageType { Zip, Image }

    [AttributeUsage(AttributeTargets.Class)]
    public class LambdaStartupAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Assembly)]
    public class LambdaGlobalPropertiesAttribute : Attribute
    {
        public bool GenerateMain { get; set; }
        public string? Runtime { get; set; }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public class FromServicesAttribute : Attribute { }
}

namespace Amazon.Lambda.Annotations.APIGateway
{
    using System;

    public enum LambdaHttpMethod { Any, Get, Post, Put, Patch, Head, Delete, Options }

    [AttributeUsage(AttributeTargets.Method)]
    public class HttpApiAttribute : Attribute
    {
        public HttpApiAttribute(LambdaHttpMethod method, string template) { }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public class RestApiAttribute : Attribute
    {
        public RestApiAttribute(LambdaHttpMethod method, string template) { }
    }

    [AttributeUsage(AttributeTargets.Parameter)] public class FromBodyAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public class FromQueryAttribute : Attribute { public string? Name { get; set; } }
    [AttributeUsage(AttributeTargets.Parameter)] public class FromRouteAttribute : Attribute { public string? Name { get; set; } }
    [AttributeUsage(AttributeTargets.Parameter)] public class FromHeaderAttribute : Attribute { public string? Name { get; set; } }

    public interface IHttpResult
    {
        int StatusCode { get; }
    }

    public class HttpResults : IHttpResult
    {
        public int StatusCode => 200;
        public static IHttpResult Ok(object? body = null) => new HttpResults();
        public static IHttpResult BadRequest(object? body = null) => new HttpResults();
        public static IHttpResult NotFound(object? body = null) => new HttpResults();
        public static IHttpResult Created(string? uri = null, object? body = null) => new HttpResults();
        public static IHttpResult NoContent() => new HttpResults();
        public static IHttpResult InternalServerError(object? body = null) => new HttpResults();
        public static IHttpResult NewResult(System.Net.HttpStatusCode statusCode, object? body = null) => new HttpResults();
    }
}

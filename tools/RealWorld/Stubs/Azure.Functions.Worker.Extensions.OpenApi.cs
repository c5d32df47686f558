// Same-shaped stand-ins for the Azure Functions OpenAPI extension (Microsoft.Azure.Functions.Worker.Extensions.OpenApi and
// its Microsoft.Azure.WebJobs.Extensions.OpenApi.Core), which this machine's feed does not serve: the attributes that
// describe an HTTP function's operation, the configuration options, the example base classes and the host builder
// extension, so that a function project that documents its API compiles. They carry no behaviour; the OpenAPI models
// they name come from Microsoft.OpenApi, which the tool carries.
namespace Microsoft.Azure.WebJobs.Extensions.OpenApi.Core.Enums
{
    public enum OpenApiVisibilityType
    {
        Undefined,
        Internal,
        Important,
        Advanced,
    }

    public enum OpenApiVersionType
    {
        V2,
        V3,
    }

    public enum OpenApiSecurityLocationType
    {
        None,
        Query,
        Header,
        Cookie,
    }

    public enum OpenApiSecuritySchemeType
    {
        None,
        Basic,
        Bearer,
    }

    public enum OpenApiParameterCollectionDelimiterType
    {
        Comma,
        Space,
        Pipe,
    }
}

namespace Microsoft.Azure.WebJobs.Extensions.OpenApi.Core.Attributes
{
    using System;
    using System.Net;
    using Microsoft.Azure.WebJobs.Extensions.OpenApi.Core.Enums;
    using Microsoft.OpenApi.Models;

    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public class OpenApiOperationAttribute : Attribute
    {
        public OpenApiOperationAttribute(string? operationId = null, params string[] tags) { }
        public string? OperationId { get; set; }
        public string[]? Tags { get; set; }
        public string? Summary { get; set; }
        public string? Description { get; set; }
        public OpenApiVisibilityType Visibility { get; set; }
        public bool Deprecated { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public class OpenApiParameterAttribute : Attribute
    {
        public OpenApiParameterAttribute(string name) { }
        public string? Summary { get; set; }
        public string? Description { get; set; }
        public Type? Type { get; set; }
        public ParameterLocation In { get; set; }
        public OpenApiParameterCollectionDelimiterType CollectionDelimiter { get; set; }
        public bool Explode { get; set; }
        public bool Required { get; set; }
        public OpenApiVisibilityType Visibility { get; set; }
        public bool Deprecated { get; set; }
        public Type? Example { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public class OpenApiRequestBodyAttribute : Attribute
    {
        public OpenApiRequestBodyAttribute(string contentType, Type bodyType) { }
        public string? Description { get; set; }
        public bool Required { get; set; }
        public bool Deprecated { get; set; }
        public Type? Example { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public class OpenApiResponseWithBodyAttribute : Attribute
    {
        public OpenApiResponseWithBodyAttribute(HttpStatusCode statusCode, string contentType, Type bodyType) { }
        public string? Summary { get; set; }
        public string? Description { get; set; }
        public Type? CustomHeaderType { get; set; }
        public bool Deprecated { get; set; }
        public Type? Example { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public class OpenApiResponseWithoutBodyAttribute : Attribute
    {
        public OpenApiResponseWithoutBodyAttribute(HttpStatusCode statusCode) { }
        public string? Summary { get; set; }
        public string? Description { get; set; }
        public Type? CustomHeaderType { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public class OpenApiSecurityAttribute : Attribute
    {
        public OpenApiSecurityAttribute(string schemeName, SecuritySchemeType schemeType) { }
        public string? Description { get; set; }
        public string? Name { get; set; }
        public OpenApiSecurityLocationType In { get; set; }
        public OpenApiSecuritySchemeType Scheme { get; set; }
        public string? BearerFormat { get; set; }
        public Type? Flows { get; set; }
        public string? OpenIdConnectUrl { get; set; }
        public string[]? OpenIdConnectScopes { get; set; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
    public class OpenApiPropertyAttribute : Attribute
    {
        public bool Nullable { get; set; }
        public object? Default { get; set; }
        public string? Description { get; set; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
    public class OpenApiExampleAttribute : Attribute
    {
        public OpenApiExampleAttribute(Type example) { }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
    public class OpenApiIgnoreAttribute : Attribute
    {
    }
}

namespace Microsoft.Azure.WebJobs.Extensions.OpenApi.Core.Abstractions
{
    using System.Collections.Generic;
    using Microsoft.Azure.WebJobs.Extensions.OpenApi.Core.Enums;
    using Microsoft.OpenApi.Models;
    using Newtonsoft.Json.Serialization;

    public interface IOpenApiExample<T>
    {
        IDictionary<string, OpenApiExample> Examples { get; }

        IOpenApiExample<T> Build(NamingStrategy? namingStrategy = null);
    }

    public interface IOpenApiConfigurationOptions
    {
        OpenApiInfo Info { get; set; }
        List<OpenApiServer> Servers { get; set; }
        OpenApiVersionType OpenApiVersion { get; set; }
        bool IncludeRequestingHostName { get; set; }
        bool ForceHttp { get; set; }
        bool ForceHttps { get; set; }
        List<IDocumentFilter> DocumentFilters { get; set; }
    }

    public interface IDocumentFilter
    {
    }

    public interface IOpenApiHttpTriggerAuthorization
    {
    }
}

namespace Microsoft.Azure.WebJobs.Extensions.OpenApi.Core.Resolvers
{
    using Microsoft.OpenApi.Models;
    using Newtonsoft.Json.Serialization;

    public static class OpenApiExampleResolver
    {
        public static OpenApiExample Resolve<T>(string name, T instance, NamingStrategy? namingStrategy = null) => new();

        public static OpenApiExample Resolve<T>(string name, string summary, T instance, NamingStrategy? namingStrategy = null) => new();

        public static OpenApiExample Resolve<T>(string name, string summary, string description, T instance, NamingStrategy? namingStrategy = null) => new();
    }
}

namespace Microsoft.Azure.WebJobs.Extensions.OpenApi.Core.Configurations
{
    using System.Collections.Generic;
    using Microsoft.Azure.WebJobs.Extensions.OpenApi.Core.Abstractions;
    using Microsoft.Azure.WebJobs.Extensions.OpenApi.Core.Enums;
    using Microsoft.OpenApi.Models;

    public class DefaultOpenApiConfigurationOptions : IOpenApiConfigurationOptions
    {
        public virtual OpenApiInfo Info { get; set; } = new();
        public virtual List<OpenApiServer> Servers { get; set; } = new();
        public virtual OpenApiVersionType OpenApiVersion { get; set; }
        public virtual bool IncludeRequestingHostName { get; set; }
        public virtual bool ForceHttp { get; set; }
        public virtual bool ForceHttps { get; set; }
        public virtual List<IDocumentFilter> DocumentFilters { get; set; } = new();
    }
}

namespace Microsoft.Azure.WebJobs.Extensions.OpenApi.Core.Abstractions
{
    using System.Collections.Generic;
    using Microsoft.OpenApi.Models;
    using Newtonsoft.Json.Serialization;

    public abstract class OpenApiExample<T> : IOpenApiExample<T>
    {
        public virtual IDictionary<string, OpenApiExample> Examples { get; } = new Dictionary<string, OpenApiExample>();

        public virtual IOpenApiExample<T> Build(NamingStrategy? namingStrategy = null) => this;
    }
}

namespace Microsoft.Azure.Functions.Worker.Extensions.OpenApi.Extensions
{
    using Microsoft.Azure.Functions.Worker;
    using Microsoft.Extensions.Hosting;

    public static class OpenApiHostBuilderExtensions
    {
        public static IHostBuilder ConfigureOpenApi(this IHostBuilder hostBuilder) => hostBuilder;

        public static IFunctionsWorkerApplicationBuilder ConfigureOpenApi(this IFunctionsWorkerApplicationBuilder builder) => builder;
    }
}

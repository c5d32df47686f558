// A same-shaped stand-in for Amazon.Extensions.Configuration.SystemsManager: Parameter Store and AppConfig as
// configuration sources.
namespace Amazon.Extensions.Configuration.SystemsManager
{
    using System;

    public class SystemsManagerConfigurationSource
    {
        public string Path { get; set; } = "";
        public string? Prefix { get; set; }
        public bool Optional { get; set; }
        public TimeSpan? ReloadAfter { get; set; }
        public Amazon.Extensions.NETCore.Setup.AWSOptions? AwsOptions { get; set; }
        public Action<object>? OnLoadException { get; set; }
        public object? ParameterProcessor { get; set; }
    }
}

namespace Microsoft.Extensions.Configuration
{
    using System;
    using Amazon.Extensions.Configuration.SystemsManager;
    using Amazon.Extensions.NETCore.Setup;

    public static class SystemsManagerExtensions
    {
        public static IConfigurationBuilder AddSystemsManager(this IConfigurationBuilder builder, Action<SystemsManagerConfigurationSource> configureSource) => builder;
        public static IConfigurationBuilder AddSystemsManager(this IConfigurationBuilder builder, string path) => builder;
        public static IConfigurationBuilder AddSystemsManager(this IConfigurationBuilder builder, string path, bool optional) => builder;
        public static IConfigurationBuilder AddSystemsManager(this IConfigurationBuilder builder, string path, TimeSpan reloadAfter) => builder;
        public static IConfigurationBuilder AddSystemsManager(this IConfigurationBuilder builder, string path, AWSOptions awsOptions) => builder;
        public static IConfigurationBuilder AddSystemsManager(this IConfigurationBuilder builder, string path, AWSOptions awsOptions, bool optional) => builder;
        public static IConfigurationBuilder AddAppConfig(
            this IConfigurationBuilder builder, string applicationId, string environmentId, string configProfileId, bool optional = false,
            TimeSpan? reloadAfter = null) => builder;
        public static IConfigurationBuilder AddAppConfig(
            this IConfigurationBuilder builder, string applicationId, string environmentId, string configProfileId, AWSOptions awsOptions,
            bool optional = false, TimeSpan? reloadAfter = null) => builder;
        public static IConfigurationBuilder AddAppConfigUsingLambdaExtension(
            this IConfigurationBuilder builder, string applicationId, string environmentId, string configProfileId) => builder;
    }
}

// Same-shaped stand-ins for the configuration sources of Azure Key Vault (Azure.Extensions.AspNetCore.Configuration.Secrets
// and the older Microsoft.Extensions.Configuration.AzureKeyVault) and Azure App Configuration
// (Microsoft.Extensions.Configuration.AzureAppConfiguration), which this machine's feed does not serve: the builder
// extensions and the options their callbacks configure, so that a project that loads its settings from them compiles.
// They carry no behaviour.
namespace Azure.Extensions.AspNetCore.Configuration.Secrets
{
    using System;
    using global::Azure.Security.KeyVault.Secrets;

    public class KeyVaultSecretManager
    {
        public virtual bool Load(SecretProperties secret) => true;

        public virtual string GetKey(KeyVaultSecret secret) => secret.Name;
    }

    public class AzureKeyVaultConfigurationOptions
    {
        public KeyVaultSecretManager Manager { get; set; } = new KeyVaultSecretManager();

        public TimeSpan? ReloadInterval { get; set; }
    }
}

namespace Microsoft.Extensions.Configuration.AzureAppConfiguration
{
    using System;
    using System.Threading.Tasks;
    using global::Azure.Core;
    using global::Azure.Security.KeyVault.Secrets;

    public class AzureAppConfigurationOptions
    {
        public AzureAppConfigurationOptions Connect(string connectionString) => this;

        public AzureAppConfigurationOptions Connect(Uri endpoint, TokenCredential credential) => this;

        public AzureAppConfigurationOptions Select(string keyFilter, string? labelFilter = null) => this;

        public AzureAppConfigurationOptions TrimKeyPrefix(string prefix) => this;

        public AzureAppConfigurationOptions ConfigureKeyVault(Action<AzureAppConfigurationKeyVaultOptions> configure) => this;

        public AzureAppConfigurationOptions ConfigureRefresh(Action<AzureAppConfigurationRefreshOptions> configure) => this;

        public AzureAppConfigurationOptions UseFeatureFlags(Action<FeatureFlagOptions>? configure = null) => this;

        public AzureAppConfigurationOptions ConfigureStartupOptions(Action<StartupOptions> configure) => this;
    }

    public class AzureAppConfigurationKeyVaultOptions
    {
        public AzureAppConfigurationKeyVaultOptions SetCredential(TokenCredential credential) => this;

        public AzureAppConfigurationKeyVaultOptions Register(SecretClient client) => this;

        public AzureAppConfigurationKeyVaultOptions SetSecretResolver(Func<Uri, ValueTask<string>> resolver) => this;

        public AzureAppConfigurationKeyVaultOptions SetSecretRefreshInterval(TimeSpan interval) => this;
    }

    public class AzureAppConfigurationRefreshOptions
    {
        public AzureAppConfigurationRefreshOptions Register(string key, bool refreshAll = false) => this;

        public AzureAppConfigurationRefreshOptions Register(string key, string label, bool refreshAll = false) => this;

        public AzureAppConfigurationRefreshOptions RegisterAll() => this;

        public AzureAppConfigurationRefreshOptions SetCacheExpiration(TimeSpan expiration) => this;

        public AzureAppConfigurationRefreshOptions SetRefreshInterval(TimeSpan interval) => this;
    }

    public class FeatureFlagOptions
    {
        public TimeSpan CacheExpirationInterval { get; set; }

        public FeatureFlagOptions Select(string featureFlagFilter, string? labelFilter = null) => this;

        public FeatureFlagOptions SetRefreshInterval(TimeSpan interval) => this;
    }

    public class StartupOptions
    {
        public TimeSpan Timeout { get; set; }
    }

    public static class LabelFilter
    {
        public const string Null = "\0";
    }

    public static class KeyFilter
    {
        public const string Any = "*";
    }

    public interface IConfigurationRefresher
    {
        Task RefreshAsync(System.Threading.CancellationToken cancellationToken = default);

        Task<bool> TryRefreshAsync(System.Threading.CancellationToken cancellationToken = default);
    }

    public interface IConfigurationRefresherProvider
    {
        System.Collections.Generic.IEnumerable<IConfigurationRefresher> Refreshers { get; }
    }
}

namespace Microsoft.Extensions.Configuration
{
    using System;
    using global::Azure.Core;
    using global::Azure.Extensions.AspNetCore.Configuration.Secrets;
    using global::Azure.Security.KeyVault.Secrets;
    using Microsoft.Extensions.Configuration.AzureAppConfiguration;

    public static class AzureKeyVaultConfigurationExtensions
    {
        public static IConfigurationBuilder AddAzureKeyVault(this IConfigurationBuilder builder, Uri vaultUri, TokenCredential credential) => builder;

        public static IConfigurationBuilder AddAzureKeyVault(
            this IConfigurationBuilder builder, Uri vaultUri, TokenCredential credential, KeyVaultSecretManager manager) => builder;

        public static IConfigurationBuilder AddAzureKeyVault(
            this IConfigurationBuilder builder, Uri vaultUri, TokenCredential credential, AzureKeyVaultConfigurationOptions options) => builder;

        public static IConfigurationBuilder AddAzureKeyVault(this IConfigurationBuilder builder, SecretClient client, KeyVaultSecretManager manager) => builder;

        public static IConfigurationBuilder AddAzureKeyVault(
            this IConfigurationBuilder builder, SecretClient client, AzureKeyVaultConfigurationOptions options) => builder;

        public static IConfigurationBuilder AddAzureKeyVault(this IConfigurationBuilder builder, string vault) => builder;

        public static IConfigurationBuilder AddAzureKeyVault(this IConfigurationBuilder builder, string vault, string clientId, string clientSecret) => builder;
    }

    public static class AzureAppConfigurationExtensions
    {
        public static IConfigurationBuilder AddAzureAppConfiguration(this IConfigurationBuilder builder, string connectionString, bool optional = false)
            => builder;

        public static IConfigurationBuilder AddAzureAppConfiguration(
            this IConfigurationBuilder builder, Action<AzureAppConfigurationOptions> configure, bool optional = false) => builder;
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class AzureAppConfigurationExtensions
    {
        public static IServiceCollection AddAzureAppConfiguration(this IServiceCollection services) => services;
    }
}

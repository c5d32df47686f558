using System;

namespace ColdStart;

/// <summary>
/// Generates, on the <c>partial</c> class it decorates, a static property that creates one
/// <typeparamref name="TClient"/> on first access — exactly one, even when many threads ask at once — plus
/// <c>Is{Name}Created</c> and a <c>PrimeAll()</c> method that creates every client of the class (for warm-up
/// pings and SnapStart priming). Declare <c>private static partial TClient Create{Name}()</c> to build the
/// client yourself (region, configuration); otherwise its public parameterless constructor is used.
/// </summary>
/// <typeparam name="TClient">The client type, for example <c>Amazon.S3.AmazonS3Client</c>.</typeparam>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class LazyClientAttribute<TClient> : Attribute
    where TClient : class
{
    /// <summary>The property name; defaults to the client type's name.</summary>
    public string? Name { get; set; }

    /// <summary>A type the property exposes instead of the client type, such as <c>IAmazonS3</c>.</summary>
    public Type? As { get; set; }
}

/// <summary>
/// The form of <see cref="LazyClientAttribute{TClient}"/> for C# versions before 11, which have no generic attributes.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class LazyClientAttribute : Attribute
{
    /// <summary>Declares a lazily created client of <paramref name="clientType"/>.</summary>
    public LazyClientAttribute(Type clientType)
    {
        ClientType = clientType;
    }

    /// <summary>The client type.</summary>
    public Type ClientType { get; }

    /// <summary>The property name; defaults to the client type's name.</summary>
    public string? Name { get; set; }

    /// <summary>A type the property exposes instead of the client type, such as <c>IAmazonS3</c>.</summary>
    public Type? As { get; set; }
}

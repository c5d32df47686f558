using System;

namespace ColdStart.Analyzers.Generation
{
    /// <summary>
    /// What the lazy-client emitter needs to write one holder class: names and type strings only (no symbols,
    /// syntax or locations), so that equal inputs compare equal and the pipeline caches.
    /// </summary>
    internal sealed class LazyClientHolderSpec : IEquatable<LazyClientHolderSpec>
    {
        public LazyClientHolderSpec(string? ns, string fullName, string declaration, EquatableArray<string> containingDeclarations, EquatableArray<LazyClientSpec> clients, string? primeAllCall)
        {
            PrimeAllCall = primeAllCall;
            Namespace = ns;
            FullName = fullName;
            Declaration = declaration;
            ContainingDeclarations = containingDeclarations;
            Clients = clients;
        }

        /// <summary>The holder's namespace, or null for the global namespace.</summary>
        public string? Namespace { get; }

        /// <summary>Metadata-style full name, unique per holder (hint name and header comment).</summary>
        public string FullName { get; }

        /// <summary>The holder's partial declaration line, e.g. <c>partial class LazyClients</c>.</summary>
        public string Declaration { get; }

        /// <summary>The declarations of the types it is nested in, outermost first.</summary>
        public EquatableArray<string> ContainingDeclarations { get; }

        public EquatableArray<LazyClientSpec> Clients { get; }

        /// <summary>How generated warm-up code calls this holder's PrimeAll(), or null when it cannot reach it (private or generic).</summary>
        public string? PrimeAllCall { get; }

        public bool Equals(LazyClientHolderSpec? other)
        {
            return other is not null
                && Namespace == other.Namespace
                && FullName == other.FullName
                && Declaration == other.Declaration
                && ContainingDeclarations.Equals(other.ContainingDeclarations)
                && Clients.Equals(other.Clients)
                && PrimeAllCall == other.PrimeAllCall;
        }

        public override bool Equals(object? obj) => Equals(obj as LazyClientHolderSpec);

        public override int GetHashCode() => FullName.GetHashCode() ^ Clients.GetHashCode();
    }

    /// <summary>One lazily created client of a holder.</summary>
    internal sealed class LazyClientSpec : IEquatable<LazyClientSpec>
    {
        public LazyClientSpec(string propertyName, string clientType, string exposedType, string? factoryMethod, string? factoryDefinition)
        {
            PropertyName = propertyName;
            ClientType = clientType;
            ExposedType = exposedType;
            FactoryMethod = factoryMethod;
            FactoryDefinition = factoryDefinition;
        }

        public string PropertyName { get; }

        /// <summary>Fully qualified client type (global::...).</summary>
        public string ClientType { get; }

        /// <summary>Fully qualified type of the property and its backing field: the client type or its As type.</summary>
        public string ExposedType { get; }

        /// <summary>The user's Create{Name}() factory, or null to call the parameterless constructor.</summary>
        public string? FactoryMethod { get; }

        /// <summary>
        /// The defining declaration to emit when the user wrote only the implementing part of a
        /// <c>static partial</c> factory, e.g. <c>private static partial global::Amazon.S3.AmazonS3Client CreateS3();</c>.
        /// </summary>
        public string? FactoryDefinition { get; }

        public bool Equals(LazyClientSpec? other)
        {
            return other is not null
                && PropertyName == other.PropertyName
                && ClientType == other.ClientType
                && ExposedType == other.ExposedType
                && FactoryMethod == other.FactoryMethod
                && FactoryDefinition == other.FactoryDefinition;
        }

        public override bool Equals(object? obj) => Equals(obj as LazyClientSpec);

        public override int GetHashCode() => PropertyName.GetHashCode() ^ ClientType.GetHashCode();
    }
}

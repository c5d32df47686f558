using System;

namespace ColdStart.Analyzers.Generation
{
    /// <summary>Everything the prewarm emitter writes for one handler, as strings and flags (no symbols).</summary>
    internal sealed class PrewarmSpec : IEquatable<PrewarmSpec>
    {
        public PrewarmSpec(
            string? ns,
            EquatableArray<string> containingDeclarations,
            string typeDeclaration,
            string typeDisplayName,
            string handlerName,
            bool isStatic,
            string? inputType,
            bool inputIsJson,
            bool hasContext,
            PrewarmReturnKind returnKind,
            string? outputType,
            bool outputIsJson,
            string? serializerType,
            int conventions,
            string? scheduleRuleName,
            string? customProperty,
            string? customValue,
            EquatableArray<WarmUpSpec> warmUps)
        {
            Namespace = ns;
            ContainingDeclarations = containingDeclarations;
            TypeDeclaration = typeDeclaration;
            TypeDisplayName = typeDisplayName;
            HandlerName = handlerName;
            IsStatic = isStatic;
            InputType = inputType;
            InputIsJson = inputIsJson;
            HasContext = hasContext;
            ReturnKind = returnKind;
            OutputType = outputType;
            OutputIsJson = outputIsJson;
            SerializerType = serializerType;
            Conventions = conventions;
            ScheduleRuleName = scheduleRuleName;
            CustomProperty = customProperty;
            CustomValue = customValue;
            WarmUps = warmUps;
        }

        public string? Namespace { get; }

        public EquatableArray<string> ContainingDeclarations { get; }

        public string TypeDeclaration { get; }

        /// <summary>The handler type as written in messages and the header comment, e.g. <c>Orders.OrderFunction</c>.</summary>
        public string TypeDisplayName { get; }

        public string HandlerName { get; }

        public bool IsStatic { get; }

        public string? InputType { get; }

        public bool InputIsJson { get; }

        public bool HasContext { get; }

        public PrewarmReturnKind ReturnKind { get; }

        public string? OutputType { get; }

        public bool OutputIsJson { get; }

        public string? SerializerType { get; }

        public int Conventions { get; }

        public string? ScheduleRuleName { get; }

        public string? CustomProperty { get; }

        public string? CustomValue { get; }

        public EquatableArray<WarmUpSpec> WarmUps { get; }

        public bool Equals(PrewarmSpec? other)
        {
            return other is not null
                && Namespace == other.Namespace
                && ContainingDeclarations.Equals(other.ContainingDeclarations)
                && TypeDeclaration == other.TypeDeclaration
                && TypeDisplayName == other.TypeDisplayName
                && HandlerName == other.HandlerName
                && IsStatic == other.IsStatic
                && InputType == other.InputType
                && InputIsJson == other.InputIsJson
                && HasContext == other.HasContext
                && ReturnKind == other.ReturnKind
                && OutputType == other.OutputType
                && OutputIsJson == other.OutputIsJson
                && SerializerType == other.SerializerType
                && Conventions == other.Conventions
                && ScheduleRuleName == other.ScheduleRuleName
                && CustomProperty == other.CustomProperty
                && CustomValue == other.CustomValue
                && WarmUps.Equals(other.WarmUps);
        }

        public override bool Equals(object? obj) => Equals(obj as PrewarmSpec);

        public override int GetHashCode() => TypeDisplayName.GetHashCode() ^ HandlerName.GetHashCode();
    }

    /// <summary>A [WarmUp] method to run once on the first ping.</summary>
    internal sealed class WarmUpSpec : IEquatable<WarmUpSpec>
    {
        public WarmUpSpec(string name, bool isStatic, PrewarmReturnKind kind)
        {
            Name = name;
            IsStatic = isStatic;
            Kind = kind;
        }

        public string Name { get; }

        public bool IsStatic { get; }

        public PrewarmReturnKind Kind { get; }

        public bool Equals(WarmUpSpec? other) => other is not null && Name == other.Name && IsStatic == other.IsStatic && Kind == other.Kind;

        public override bool Equals(object? obj) => Equals(obj as WarmUpSpec);

        public override int GetHashCode() => Name.GetHashCode();
    }
}


namespace ColdStart.Analyzers.Generation;

/// <summary>Writes the source of one lazy-client holder. Readable, stable order, no reflection.</summary>
internal static class LazyClientEmitter
{
    public static string Emit(LazyClientHolderSpec holder)
    {
        using var writer = new SourceWriter($"[LazyClient] on {holder.FullName}", holder.NullableAnnotations);
        writer.OpenType(holder.Namespace, holder.ContainingDeclarations, holder.Declaration);
        WriteMembers(writer, holder);
        writer.CloseType();
        return writer.ToString();
    }

    private static void WriteMembers(SourceWriter writer, LazyClientHolderSpec holder)
    {
        writer.Line(GeneratedCode.Attribute);
        writer.Line("private static readonly object s_lazyClientsLock = new object();");
        foreach (var client in holder.Clients)
        {
            var field = FieldName(client.PropertyName);
            writer.BlankLine();
            writer.Line(GeneratedCode.Attribute);
            writer.Line($"private static {GeneratedCode.MaybeNull(client.ExposedType, holder.NullableAnnotations)} {field};");
            writer.BlankLine();
            writer.Line(
                $"/// <summary>The shared <see cref=\"{client.ClientType}\"/>, created on first access (once, even under concurrent first access).</summary>");
            WriteMemberAttributes(writer);
            writer.Line(
                $"public {GeneratedCode.NewModifier(holder.HidingMembers, client.PropertyName)}static {client.ExposedType} {client.PropertyName} => "
                + $"global::System.Threading.Volatile.Read(ref {field}) ?? Create{client.PropertyName}Once();");
            writer.BlankLine();
            writer.Line($"/// <summary>Whether <see cref=\"{client.PropertyName}\"/> has been created.</summary>");
            WriteMemberAttributes(writer);
            var createdFlag = LazyClientParser.CreatedFlag(client.PropertyName);
            writer.Line(
                $"public {GeneratedCode.NewModifier(holder.HidingMembers, createdFlag)}static bool {createdFlag} => "
                + $"global::System.Threading.Volatile.Read(ref {field}) != null;");
            writer.BlankLine();
            WriteMemberAttributes(writer);
            writer.Open($"private static {client.ExposedType} Create{client.PropertyName}Once()");
            writer.Open("lock (s_lazyClientsLock)");
            writer.Line($"var client = {field};");
            writer.Open("if (client == null)");
            writer.Line(client.FactoryMethod is null ? $"client = new {client.ClientType}();" : $"client = {client.FactoryMethod}();");
            writer.Line($"global::System.Threading.Volatile.Write(ref {field}, client);");
            writer.Close();
            writer.BlankLine();
            writer.Line("return client;");
            writer.Close();
            writer.Close();
            if (client.FactoryDefinition is not null)
            {
                writer.BlankLine();
                writer.Line(client.FactoryDefinition);
            }
        }

        writer.BlankLine();
        writer.Line("/// <summary>Creates every client of this holder that does not exist yet: call it from warm-up or SnapStart priming.</summary>");
        WriteMemberAttributes(writer);
        writer.Open($"public {GeneratedCode.NewModifier(holder.HidingMembers, "PrimeAll")}static void PrimeAll()");
        foreach (var client in holder.Clients)
        {
            writer.Line($"_ = {client.PropertyName};");
        }

        writer.Close();
    }

    private static void WriteMemberAttributes(SourceWriter writer)
    {
        writer.Line(GeneratedCode.Attribute);
        writer.Line(GeneratedCode.ExcludeFromCodeCoverage);
    }

    private static string FieldName(string propertyName)
    {
        return "s_" + char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);
    }
}

using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ColdStart.Tool.Tracing;

/// <summary>
/// Names addresses in a Native AOT executable from its ELF symbol table: the <c>.dbg</c> file the publish writes next to
/// the executable (symbols are stripped into it by default), else the executable itself. A Native AOT trace has no
/// method events, so these symbols are the only names its samples' native stacks can get. Names are the compiler's
/// (<c>Assembly_Namespace_Type__Method</c>, <c>S_P_CoreLib_…</c> for System.Private.CoreLib), as perf shows them.
/// </summary>
internal sealed class NativeSymbols
{
    private const uint SymbolTable = 2;
    private const int Function = 2;

    private readonly ulong[] _starts;
    private readonly ulong[] _ends;
    private readonly string[] _names;

    private NativeSymbols(ulong[] starts, ulong[] ends, string[] names, string file)
    {
        _starts = starts;
        _ends = ends;
        _names = names;
        File = file;
    }

    /// <summary>The file the symbols came from.</summary>
    public string File { get; }

    /// <summary>The symbols of <paramref name="executable"/>, or null when neither it nor its .dbg file has a symbol table.</summary>
    public static NativeSymbols? Load(string executable)
    {
        foreach (var file in new[] { executable + ".dbg", executable })
        {
            try
            {
                if (System.IO.File.Exists(file) && Read(file) is { } symbols)
                {
                    return symbols;
                }
            }
            catch (Exception e) when (e is IOException or ArgumentException or IndexOutOfRangeException)
            {
                // Not an ELF file we can read (truncated, or another format): try the next, else no names.
            }
        }

        return null;
    }

    /// <summary>The function at <paramref name="offset"/> from the image's base (its ELF virtual address), or null.</summary>
    public string? Name(ulong offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && offset < _ends[index] ? _names[index] : null;
    }

    /// <summary>The STT_FUNC symbols of a little-endian ELF64 file's .symtab, sorted by address.</summary>
    private static NativeSymbols? Read(string file)
    {
        using var stream = System.IO.File.OpenRead(file);
        var header = ReadAt(stream, 0, 64);
        if (header[0] != 0x7F || header[1] != (byte)'E' || header[4] != 2 || header[5] != 1)
        {
            return null;
        }

        var sectionsAt = (long)BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(0x28));
        var sectionSize = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x3A));
        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x3C));
        var sections = ReadAt(stream, sectionsAt, sectionSize * sectionCount);
        for (var i = 0; i < sectionCount; i++)
        {
            var section = sections.AsSpan(i * sectionSize, sectionSize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(section[4..]) != SymbolTable)
            {
                continue;
            }

            var strings = sections.AsSpan((int)BinaryPrimitives.ReadUInt32LittleEndian(section[0x28..]) * sectionSize, sectionSize);
            var symbolBytes = ReadSection(stream, section);
            var stringBytes = ReadSection(stream, strings);
            return Functions(symbolBytes, stringBytes, file);
        }

        return null;
    }

    private static NativeSymbols Functions(byte[] symbols, byte[] strings, string file)
    {
        var functions = new List<(ulong Start, ulong Size, int Name)>();
        for (var at = 0; at + 24 <= symbols.Length; at += 24)
        {
            var symbol = symbols.AsSpan(at, 24);
            var value = BinaryPrimitives.ReadUInt64LittleEndian(symbol[8..]);
            if ((symbol[4] & 0xF) == Function && value != 0)
            {
                functions.Add((value, BinaryPrimitives.ReadUInt64LittleEndian(symbol[16..]), (int)BinaryPrimitives.ReadUInt32LittleEndian(symbol)));
            }
        }

        functions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var starts = functions.Select(f => f.Start).ToArray();
        // A symbol without a size reaches to the next one.
        var ends = functions.Select((f, i) => f.Size > 0 ? f.Start + f.Size : i + 1 < functions.Count ? functions[i + 1].Start : f.Start + 1).ToArray();
        var names = functions.Select(f => NameAt(strings, f.Name)).ToArray();
        return new NativeSymbols(starts, ends, names, file);
    }

    private static string NameAt(byte[] strings, int offset)
    {
        var end = Array.IndexOf(strings, (byte)0, offset);
        return Encoding.UTF8.GetString(strings, offset, (end < 0 ? strings.Length : end) - offset);
    }

    private static byte[] ReadSection(Stream stream, ReadOnlySpan<byte> section)
        => ReadAt(
            stream, (long)BinaryPrimitives.ReadUInt64LittleEndian(section[0x18..]), checked((int)BinaryPrimitives.ReadUInt64LittleEndian(section[0x20..])));

    private static byte[] ReadAt(Stream stream, long offset, int count)
    {
        var buffer = new byte[count];
        stream.Position = offset;
        stream.ReadExactly(buffer);
        return buffer;
    }
}

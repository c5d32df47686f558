using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;
using ColdStart.Tool.Tracing;
using Xunit;

namespace ColdStart.Tool.Tests;

/// <summary>Names from an ELF symbol table, as a Native AOT trace's addresses get them (the .dbg file first).</summary>
public sealed class NativeSymbolsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coldstart-symbols-tests").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Addresses_are_named_by_the_function_that_contains_them_from_the_dbg_file()
    {
        var executable = Path.Combine(_folder, "bootstrap");
        File.WriteAllBytes(executable, Encoding.ASCII.GetBytes("not an ELF file"));
        File.WriteAllBytes(executable + ".dbg", Elf(
            ("Optimized_Function_Optimized_Function_OrderFunction__FunctionHandler", 0x1000, 0x80, 2),
            ("S_P_CoreLib_System_Threading_Thread__Yield", 0x2000, 0x40, 2),
            ("a_data_symbol", 0x3000, 0x100, 1)));

        var symbols = NativeSymbols.Load(executable);

        Assert.NotNull(symbols);
        Assert.Equal(executable + ".dbg", symbols.File);
        Assert.Equal("Optimized_Function_Optimized_Function_OrderFunction__FunctionHandler", symbols.Name(0x1000));
        Assert.Equal("Optimized_Function_Optimized_Function_OrderFunction__FunctionHandler", symbols.Name(0x107F));
        Assert.Null(symbols.Name(0x1080));
        Assert.Equal("S_P_CoreLib_System_Threading_Thread__Yield", symbols.Name(0x2010));
        Assert.Null(symbols.Name(0x3010));
        Assert.Null(symbols.Name(0x10));
    }

    [Fact]
    public void An_executable_without_a_symbol_table_gives_no_names()
    {
        var executable = Path.Combine(_folder, "stripped");
        File.WriteAllBytes(executable, Encoding.ASCII.GetBytes("\u007fELF but cut short"));

        Assert.Null(NativeSymbols.Load(executable));
    }

    /// <summary>A little-endian ELF64 file with a null section, a .symtab and its .strtab; each symbol is (name, value, size, type).</summary>
    private static byte[] Elf(params (string Name, ulong Value, ulong Size, byte Type)[] symbols)
    {
        var strings = new MemoryStream();
        strings.WriteByte(0);
        var symtab = new byte[24 * (symbols.Length + 1)];
        for (var i = 0; i < symbols.Length; i++)
        {
            var entry = symtab.AsSpan(24 * (i + 1), 24);
            BinaryPrimitives.WriteUInt32LittleEndian(entry, (uint)strings.Position);
            entry[4] = symbols[i].Type;
            BinaryPrimitives.WriteUInt64LittleEndian(entry[8..], symbols[i].Value);
            BinaryPrimitives.WriteUInt64LittleEndian(entry[16..], symbols[i].Size);
            strings.Write(Encoding.UTF8.GetBytes(symbols[i].Name));
            strings.WriteByte(0);
        }

        var strtab = strings.ToArray();
        const int HeaderSize = 64;
        const int SectionSize = 64;
        var symtabAt = HeaderSize + 3 * SectionSize;
        var strtabAt = symtabAt + symtab.Length;
        var file = new byte[strtabAt + strtab.Length];
        file[0] = 0x7F;
        file[1] = (byte)'E';
        file[2] = (byte)'L';
        file[3] = (byte)'F';
        file[4] = 2;
        file[5] = 1;
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(0x28), HeaderSize);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(0x3A), SectionSize);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(0x3C), 3);
        void Section(int index, uint type, int offset, int size, uint link)
        {
            var section = file.AsSpan(HeaderSize + index * SectionSize, SectionSize);
            BinaryPrimitives.WriteUInt32LittleEndian(section[4..], type);
            BinaryPrimitives.WriteUInt64LittleEndian(section[0x18..], (ulong)offset);
            BinaryPrimitives.WriteUInt64LittleEndian(section[0x20..], (ulong)size);
            BinaryPrimitives.WriteUInt32LittleEndian(section[0x28..], link);
        }

        Section(1, 2, symtabAt, symtab.Length, 2);
        Section(2, 3, strtabAt, strtab.Length, 0);
        symtab.CopyTo(file, symtabAt);
        strtab.CopyTo(file, strtabAt);
        return file;
    }
}

// Tells whether assemblies are ReadyToRun (compiled ahead of time by crossgen) or IL only, for the consumer test:
//   dotnet run tests/consumer/ReadyToRun.cs -- readytorun|il ASSEMBLY...
// Prints each assembly's kind and exits 1 if any is not of the expected kind (2 on a usage or read error).
// A ReadyToRun image has a managed native header in its CLI header, whose data starts with the signature "RTR",
// and the IL-library flag; an IL-only assembly has neither.
using System;
using System.IO;
using System.Reflection.PortableExecutable;

if (args.Length < 2 || (args[0] != "readytorun" && args[0] != "il"))
{
    Console.Error.WriteLine("usage: ReadyToRun.cs readytorun|il ASSEMBLY...");
    return 2;
}
bool expectReadyToRun = args[0] == "readytorun";
int wrong = 0;
foreach (string path in args[1..])
{
    bool readyToRun;
    try
    {
        readyToRun = IsReadyToRun(path);
    }
    catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"{path}: cannot be read as an assembly: {e.Message}");
        return 2;
    }
    Console.WriteLine($"{path}: {(readyToRun ? "ReadyToRun" : "IL only")}");
    if (readyToRun != expectReadyToRun)
    {
        wrong++;
    }
}
return wrong == 0 ? 0 : 1;

static bool IsReadyToRun(string path)
{
    using var stream = File.OpenRead(path);
    using var pe = new PEReader(stream);
    CorHeader? cli = pe.PEHeaders.CorHeader ?? throw new BadImageFormatException("no CLI header: not a .NET assembly");
    DirectoryEntry native = cli.ManagedNativeHeaderDirectory;
    if (native.Size == 0 || (cli.Flags & CorFlags.ILLibrary) == 0)
    {
        return false;
    }
    const uint Signature = 0x00525452; // "RTR\0", little-endian
    return pe.GetSectionData(native.RelativeVirtualAddress).GetReader().ReadUInt32() == Signature;
}

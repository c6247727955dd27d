#if !NET5_0_OR_GREATER
// netstandard2.0 hosts (the generator and analyzers) lack the types C# needs for init accessors and records.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit { }
#endif

using ArrayBridge.Interop;

namespace ArrayBridge.Extensions;

/// <summary>
/// Process-wide counts of what extension calls allocated and handed to NumPy, for leak and ownership
/// tests of a module (expose them through a function of the module).
/// </summary>
public static class ExtensionDiagnostics
{
    /// <summary>Blocks of native memory that ArrayBridge allocated and has not freed yet.</summary>
    public static long LiveNativeBlocks => NumPy.LiveNativeBlocks;

    /// <summary><c>arraybridge.ExportedArray</c> objects alive in Python (each holds exported .NET memory).</summary>
    public static long LiveExportedArrays => NumPy.LiveExportedArrays;

    /// <summary>Returned arrays small enough that they were copied into memory NumPy owns, so far.</summary>
    public static long ResultsCopied => NumPy.ResultsCopied;
}

namespace ArrayBridge.Interop;

/// <summary>
/// The process-wide counts of <c>arraybridge.ExportedArray</c> Python objects (each holds an
/// <see cref="NDArray"/>'s memory for as long as Python references it, see <see cref="ExportedArrayType"/>),
/// for leak tests, and their description.
/// </summary>
/// <remarks>
/// The counts change only under the GIL (objects are created and deallocated with it held), so plain
/// increments suffice; readers on other threads see them through volatile reads.
/// </remarks>
internal static class ExportedArray
{
    private static long s_created;
    private static long s_released;

    /// <summary>Objects alive in Python right now, process-wide (for leak tests).</summary>
    public static long LiveCount => Volatile.Read(ref s_created) - Volatile.Read(ref s_released);

    /// <summary>Objects Python has released so far, process-wide.</summary>
    public static long ReleasedCount => Volatile.Read(ref s_released);

    /// <summary>Counts a new object. GIL held.</summary>
    public static void Created() => Volatile.Write(ref s_created, s_created + 1);

    /// <summary>Counts an object's release. GIL held.</summary>
    public static void Released() => Volatile.Write(ref s_released, s_released + 1);

    /// <summary>A description for <c>repr()</c>: what the object owns.</summary>
    public static string Describe(NDArray? view) => view is null
        ? "<arraybridge.ExportedArray (released)>"
        : $"<arraybridge.ExportedArray owning a .NET NDArray {view.DType.TypeStr} {Layout.Format(view.Shape)} over {view.DescribeMemory()}>";
}

namespace ArrayBridge.Interop;

/// <summary>
/// What an <c>arraybridge.ExportedArray</c> Python object holds: a view of an <see cref="NDArray"/>
/// (its own hold on the .NET memory) for as long as Python references the object, disposed exactly
/// once when Python deallocates it; and the process-wide counts of such objects, for leak tests.
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

    /// <summary>Disposes the view an object held and counts the release. GIL held.</summary>
    public static void Release(NDArray view)
    {
        Volatile.Write(ref s_released, s_released + 1);
        view.Dispose();
    }

    /// <summary>A description for <c>repr()</c>: what the object owns.</summary>
    public static string Describe(NDArray? view) => view is null
        ? "<arraybridge.ExportedArray (released)>"
        : $"<arraybridge.ExportedArray owning a .NET NDArray {view.DType.TypeStr} {Layout.Format(view.Shape)} over {view.DescribeMemory()}>";
}

namespace ArrayBridge.Interop;

/// <summary>
/// What an <c>arraybridge.ExportedArray</c> Python object holds: a view of an <see cref="NDArray"/>
/// that keeps the .NET memory alive for as long as Python references the object. The view is
/// disposed exactly once, when Python deallocates the object.
/// </summary>
internal sealed class ExportedArray
{
    private static long s_created;
    private static long s_released;
    private NDArray? _array;

    public ExportedArray(NDArray array)
    {
        _array = array;
        Interlocked.Increment(ref s_created);
    }

    /// <summary>Objects alive in Python right now, process-wide (for leak tests).</summary>
    public static long LiveCount => Interlocked.Read(ref s_created) - Interlocked.Read(ref s_released);

    /// <summary>Objects Python has released so far, process-wide.</summary>
    public static long ReleasedCount => Interlocked.Read(ref s_released);

    /// <summary>The held view; null once released.</summary>
    public NDArray? Array => _array;

    /// <summary>A description for <c>repr()</c>: what the object owns.</summary>
    public string Describe()
    {
        NDArray? a = _array;
        if (a is null)
        {
            return "<arraybridge.ExportedArray (released)>";
        }

        return $"<arraybridge.ExportedArray owning a .NET NDArray {a.DType.TypeStr} {Layout.Format(a.Shape)} over {a.DescribeMemory()}>";
    }

    /// <summary>Disposes the view; called once from the type's deallocator.</summary>
    public void Release()
    {
        NDArray? a = Interlocked.Exchange(ref _array, null);
        if (a is not null)
        {
            a.Dispose();
            Interlocked.Increment(ref s_released);
        }
    }
}

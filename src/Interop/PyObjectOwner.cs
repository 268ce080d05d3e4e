namespace ArrayBridge.Interop;

/// <summary>
/// The owner of NDArray views over memory that a Python object provides by address (the
/// <c>data</c> tuple of <c>__array_interface__</c>): a reference to that object, released exactly once
/// when the last view is disposed, or through <see cref="PyObject"/>'s finalizer and the GIL-safe
/// queue when the views are collected.
/// </summary>
internal sealed class PyObjectOwner : IDisposable
{
    private readonly PyObject _obj;
    private readonly nint _address;

    public PyObjectOwner(PyObject obj)
    {
        _obj = obj;
        _address = obj.Handle;
    }

    /// <summary>Releases the reference.</summary>
    public void Dispose() => _obj.Dispose();

    /// <summary>What the memory belongs to, for diagnostics.</summary>
    public override string ToString() => _obj.IsDisposed ? "a released Python object" : $"the Python object at 0x{_address:x}";
}

namespace ArrayBridge.Interop;

/// <summary>
/// The owner of NDArray views over memory that a Python object provides (a NumPy array's data, or
/// the address in an <c>__array_interface__</c> <c>data</c> tuple): a reference to that object, released exactly once
/// when the last view is disposed, or through <see cref="PyObject"/>'s finalizer and the GIL-safe
/// queue when the views are collected.
/// </summary>
internal sealed class PyObjectOwner : IDisposable
{
    private readonly PyObject _obj;
    private readonly nint _address;
    private readonly string _what;

    public PyObjectOwner(PyObject obj, string what = "the Python object")
    {
        _obj = obj.Keep(); // the views outlive any Python.Scope() the object was made in
        _address = obj.Handle;
        _what = what;
    }

    /// <summary>Releases the reference.</summary>
    public void Dispose() => _obj.Dispose();

    /// <summary>What the memory belongs to, for diagnostics.</summary>
    public override string ToString() => _obj.IsDisposed ? "a released Python object" : $"{_what} at 0x{_address:x}";
}

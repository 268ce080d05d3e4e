using System.Diagnostics;

namespace ArrayBridge.Interop;

/// <summary>
/// An owned (strong) reference to a Python object (<c>PyObject*</c>). Dispose it to release the
/// reference at once (<c>Py_DecRef</c> under the GIL); an undisposed object's finalizer queues the
/// release for the next <see cref="Python.Gil"/>, never touching Python from the finalizer thread.
/// </summary>
/// <remarks>
/// Every member takes the GIL itself when the calling thread does not hold it. After
/// <see cref="Python.Shutdown"/>, every member throws <see cref="ObjectDisposedException"/>
/// (except <see cref="Dispose"/>, <see cref="IsDisposed"/> and <see cref="ToString"/>).
/// </remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed unsafe partial class PyObject : IDisposable
{
    private nint _handle;

    private PyObject(nint handle)
    {
        Debug.Assert(handle != 0);
        _handle = handle;
    }

    /// <summary>
    /// Wraps a new reference the caller owns (e.g. a C-API result), taking over its ownership; a 0
    /// result means the call failed, and the current Python error is thrown. Call with the GIL held.
    /// </summary>
    /// <exception cref="PythonException"><paramref name="newReference"/> is 0.</exception>
    internal static PyObject Steal(nint newReference) =>
        newReference != 0 ? new PyObject(newReference) : throw PythonException.FetchCurrent();

    /// <summary>
    /// Wraps a borrowed reference, adding a reference of its own (<c>Py_IncRef</c>). Call with the GIL held.
    /// </summary>
    internal static PyObject Borrow(nint borrowedReference)
    {
        Debug.Assert(borrowedReference != 0);
        CPython.Py_IncRef(borrowedReference);
        return new PyObject(borrowedReference);
    }

    /// <summary>
    /// The object's address (<c>PyObject*</c>), a reference borrowed from this wrapper: valid while
    /// this wrapper is alive and not disposed.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The object was disposed, or Python was shut down.</exception>
    public nint Handle
    {
        get
        {
            nint handle = _handle;
            if (handle == 0)
            {
                ThrowHelper.ThrowObjectDisposed();
            }

            Python.EnsureRunning();
            return handle;
        }
    }

    /// <summary>Whether <see cref="Dispose"/> has been called.</summary>
    public bool IsDisposed => _handle == 0;

    /// <summary>
    /// The object's reference count (<c>Py_REFCNT</c>, i.e. <c>ob_refcnt</c>; <c>sys.getrefcount(obj)</c>
    /// reports one more for its own argument). Immortal objects (3.12+) report a large constant.
    /// </summary>
    public nint RefCount
    {
        get
        {
            nint handle = Handle;
            using GilScope gil = Python.Gil();
            nint count = CPython.Py_REFCNT(handle);
            GC.KeepAlive(this);
            return count;
        }
    }

    private string DebuggerDisplay => _handle == 0 ? "<disposed PyObject>" : $"PyObject 0x{_handle:x}";

    /// <summary>Releases the reference now (<c>Py_DecRef</c>, taking the GIL if needed). Idempotent.</summary>
    public void Dispose()
    {
        nint handle = Interlocked.Exchange(ref _handle, 0);
        if (handle == 0)
        {
            return;
        }

        GC.SuppressFinalize(this);
        if (!Python.IsInitialized)
        {
            return; // after Py_FinalizeEx the object no longer exists
        }

        GilScope gil;
        try
        {
            gil = Python.Gil();
        }
        catch (ObjectDisposedException)
        {
            return; // Python was shut down meanwhile
        }

        using (gil)
        {
            CPython.Py_DecRef(handle);
        }
    }

    /// <summary>Queues the reference for release under the GIL; never calls into Python.</summary>
    ~PyObject()
    {
        nint handle = _handle;
        if (handle != 0 && Python.IsInitialized)
        {
            PythonReleaseQueue.Enqueue(handle);
        }
    }

    /// <summary>A new reference to this object, for APIs that steal (e.g. <c>PyTuple_SetItem</c>). Call with the GIL held.</summary>
    internal nint NewReference()
    {
        nint handle = Handle;
        CPython.Py_IncRef(handle);
        GC.KeepAlive(this);
        return handle;
    }
}

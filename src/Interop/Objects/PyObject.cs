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
        PyObjectScope.AdoptIfScoped(this);
    }

    /// <summary>
    /// Takes over a reference handed over with <see cref="NewReference.Steal"/> (e.g. of a C-API
    /// result: <c>PyObject.Steal(CPython.F(...).Steal())</c>); a NULL reference means the call
    /// failed, and the current Python error is thrown. Call with the GIL held.
    /// </summary>
    /// <exception cref="PythonException"><paramref name="reference"/> is NULL.</exception>
    internal static PyObject Steal(StolenReference reference) =>
        reference.IsNull ? throw PythonException.FetchCurrent() : new PyObject(reference.DangerousGetAddress());

    /// <summary>
    /// Wraps a borrowed reference, adding a reference of its own (<c>Py_IncRef</c>). Call with the GIL held.
    /// </summary>
    internal static PyObject Borrow(BorrowedReference reference)
    {
        Debug.Assert(!reference.IsNull);
        CPython.Py_IncRef(reference);
        return new PyObject(reference.DangerousGetAddress());
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

    /// <summary>
    /// The object, borrowed from this wrapper: valid while this wrapper is alive and not disposed
    /// (keep it alive with <see cref="GC.KeepAlive"/> past the last use).
    /// </summary>
    /// <exception cref="ObjectDisposedException">The object was disposed, or Python was shut down.</exception>
    internal BorrowedReference Reference => BorrowedReference.DangerousFromPointer(Handle);

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
            BorrowedReference self = Reference;
            using GilScope gil = Python.Gil();
            nint count = CPython.Py_REFCNT(self);
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
        OwningScope?.Forget(this);
        PythonReleaseQueue.ReleaseNow(handle); // the reference this wrapper owned
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

    /// <summary>A new reference to this object (<c>Py_IncRef</c>), e.g. to hand to an API that steals. Call with the GIL held.</summary>
    internal NewReference ToNewReference()
    {
        NewReference reference = NewReference.IncRef(Reference);
        GC.KeepAlive(this);
        return reference.Move();
    }
}

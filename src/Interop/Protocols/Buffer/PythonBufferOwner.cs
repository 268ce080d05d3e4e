using System.Runtime.InteropServices;

namespace ArrayBridge.Interop;

/// <summary>
/// A PEP 3118 buffer acquired from a Python object (<c>PyObject_GetBuffer</c>), owning the memory of
/// the NDArray views made over it. The <c>Py_buffer</c> lives in native memory, so its address never
/// changes between acquisition and release, and it is released exactly once
/// (<c>PyBuffer_Release</c> under the GIL): by <see cref="Dispose"/>, which ArrayBridge calls when the
/// last view is disposed, or, when the views are collected undisposed, by this object's finalizer
/// through the GIL-safe <see cref="PythonReleaseQueue"/> queue.
/// </summary>
internal sealed unsafe class PythonBufferOwner : IDisposable
{
    private static long s_acquired;
    private static long s_released;
    private PyObject? _keepAlive;
    private nint _view;

    private PythonBufferOwner(CPython.Py_buffer* view)
    {
        _view = (nint)view;
    }

    /// <summary>Buffers acquired by ArrayBridge as a consumer so far, process-wide (for tests).</summary>
    public static long AcquiredCount => Interlocked.Read(ref s_acquired);

    /// <summary>Buffers released again so far, process-wide.</summary>
    public static long ReleasedCount => Interlocked.Read(ref s_released);

    /// <summary>The buffer; valid until disposed.</summary>
    public CPython.Py_buffer* View => (CPython.Py_buffer*)_view;

    /// <summary><c>PyObject_GetBuffer(obj, view, flags)</c> into a new owner. Call with the GIL held.</summary>
    /// <returns>The owner, or null with the Python error still set when the exporter refused.</returns>
    public static PythonBufferOwner? TryAcquire(BorrowedReference obj, int flags)
    {
        var view = (CPython.Py_buffer*)NativeMemory.AllocZeroed((nuint)sizeof(CPython.Py_buffer));
        if (CPython.PyObject_GetBuffer(obj, view, flags) != 0)
        {
            NativeMemory.Free(view);
            return null;
        }

        Interlocked.Increment(ref s_acquired);
        return new PythonBufferOwner(view);
    }

    /// <summary>Also holds <paramref name="obj"/> (a reference this owner now owns) until the buffer is released.</summary>
    public void KeepAlive(PyObject obj) => _keepAlive = obj.Keep(); // outlives any Python.Scope()

    /// <summary>Releases the buffer now (taking the GIL). Idempotent.</summary>
    public void Dispose()
    {
        nint view = Interlocked.Exchange(ref _view, 0);
        if (view == 0)
        {
            return;
        }

        GC.SuppressFinalize(this);
        _keepAlive?.Dispose();
        if (!Python.IsInitialized)
        {
            NativeMemory.Free((void*)view); // after Py_FinalizeEx the exporter no longer exists
            return;
        }

        GilScope gil;
        try
        {
            gil = Python.Gil();
        }
        catch (ObjectDisposedException)
        {
            NativeMemory.Free((void*)view);
            return;
        }

        using (gil)
        {
            Release(view);
        }
    }

    /// <summary>What the memory belongs to, for diagnostics.</summary>
    public override string ToString()
    {
        nint view = _view;
        return view == 0 ? "a released Python buffer" : $"a Python buffer of {((CPython.Py_buffer*)view)->len} bytes exported by the object at 0x{((CPython.Py_buffer*)view)->obj:x}";
    }

    /// <summary>Queues the release for the next GIL holder; never calls into Python.</summary>
    ~PythonBufferOwner()
    {
        nint view = _view;
        if (view != 0 && Python.IsInitialized)
        {
            PythonReleaseQueue.EnqueueRelease(view, &Release);
        }
    }

    /// <summary><c>PyBuffer_Release</c> and free the <c>Py_buffer</c>. GIL held; never throws.</summary>
    private static void Release(nint view)
    {
        CPython.PyBuffer_Release((CPython.Py_buffer*)view);
        NativeMemory.Free((void*)view);
        Interlocked.Increment(ref s_released);
    }
}

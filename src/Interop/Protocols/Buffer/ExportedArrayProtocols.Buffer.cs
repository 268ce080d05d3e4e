using System.Runtime.InteropServices;

namespace ArrayBridge.Interop;

internal static unsafe partial class ExportedArrayProtocols
{
    private static long s_buffersAcquired;
    private static long s_buffersReleased;

    /// <summary>Buffers handed to Python consumers so far, process-wide (for tests).</summary>
    public static long BuffersAcquired => Interlocked.Read(ref s_buffersAcquired);

    /// <summary>Buffers the consumers released so far, process-wide.</summary>
    public static long BuffersReleased => Interlocked.Read(ref s_buffersReleased);

    /// <summary>
    /// <c>bf_getbuffer</c>, as NumPy's <c>array_getbuffer</c>: C/F/ANY_CONTIGUOUS requests need that
    /// contiguity; a request without STRIDES needs C-contiguity; WRITABLE needs a writeable array. The
    /// buffer is read-only exactly when the array is. Shape, strides and format live in a native block
    /// at <c>view-&gt;internal</c> until <see cref="ReleaseBuffer"/>; contiguous arrays get fresh C (or F)
    /// strides, as NumPy gives them. More dimensions than the running NumPy supports are refused
    /// (see <see cref="NumPy.TooManyDimensions"/>). Refusals raise <c>BufferError</c> (NumPy raises <c>ValueError</c>
    /// with the same messages; PEP 3118 prescribes <c>BufferError</c>).
    /// </summary>
    [UnmanagedCallersOnly]
    private static int GetBuffer(nint self, CPython.Py_buffer* view, int flags)
    {
        if (view == null)
        {
            PythonErrors.Set(CPython.PyExc_ValueError, "NULL view in getbuffer");
            return -1;
        }

        view->obj = 0;
        try
        {
            Fill(ArrayOf(self), view, flags);
        }
        catch (Exception e)
        {
            view->obj = 0;
            PythonErrors.SetFromException(e);
            return -1;
        }

        // The buffer owns a reference to its exporter until PyBuffer_Release.
        view->obj = NewReference.IncRef(BorrowedReference.DangerousFromPointer(self)).DangerousMoveToPointer();
        Interlocked.Increment(ref s_buffersAcquired);
        return 0;
    }

    /// <summary><c>bf_releasebuffer</c>: frees the block of shape, strides and format. Never raises.</summary>
    [UnmanagedCallersOnly]
    private static void ReleaseBuffer(nint self, CPython.Py_buffer* view)
    {
        void* block = view->@internal;
        view->@internal = null;
        if (block != null)
        {
            NativeMemory.Free(block);
            Interlocked.Increment(ref s_buffersReleased);
        }
    }

    private static void Fill(NDArray a, CPython.Py_buffer* view, int flags)
    {
        if (NumPy.TooManyDimensions(a.NDim) is { } refusal)
        {
            ThrowHelper.ThrowBufferRefused(refusal);
        }

        bool c = a.IsCContiguous, f = a.IsFContiguous;
        if ((flags & CPython.PyBUF_C_CONTIGUOUS) == CPython.PyBUF_C_CONTIGUOUS && !c)
        {
            ThrowHelper.ThrowBufferRefused("ndarray is not C-contiguous");
        }

        if ((flags & CPython.PyBUF_F_CONTIGUOUS) == CPython.PyBUF_F_CONTIGUOUS && !f)
        {
            ThrowHelper.ThrowBufferRefused("ndarray is not Fortran contiguous");
        }

        if ((flags & CPython.PyBUF_ANY_CONTIGUOUS) == CPython.PyBUF_ANY_CONTIGUOUS && !c && !f)
        {
            ThrowHelper.ThrowBufferRefused("ndarray is not contiguous");
        }

        if ((flags & CPython.PyBUF_STRIDES) != CPython.PyBUF_STRIDES && !c)
        {
            // Non-strided N-dim buffers must be C-contiguous.
            ThrowHelper.ThrowBufferRefused("ndarray is not C-contiguous");
        }

        if ((flags & CPython.PyBUF_WRITABLE) == CPython.PyBUF_WRITABLE && !a.IsWriteable)
        {
            ThrowHelper.ThrowBufferRefused("buffer source array is read-only");
        }

        string format = a.DType.GetBufferFormat(a.IsAligned);
        int nd = a.NDim;
        byte* block = (byte*)NativeMemory.Alloc((nuint)((2 * nd * sizeof(nint)) + format.Length + 1));
        nint* shape = (nint*)block;
        nint* strides = shape + nd;
        byte* fmt = (byte*)(strides + nd);
        for (int i = 0; i < format.Length; i++)
        {
            fmt[i] = (byte)format[i]; // ASCII
        }

        fmt[format.Length] = 0;
        FillShapeAndStrides(a, shape, strides, c, f && (flags & CPython.PyBUF_F_CONTIGUOUS) == CPython.PyBUF_F_CONTIGUOUS);

        view->buf = (void*)a.DataPointer;
        view->len = a.NBytes;
        view->itemsize = a.ItemSize;
        view->@readonly = a.IsWriteable ? 0 : 1;
        view->format = (flags & CPython.PyBUF_FORMAT) == CPython.PyBUF_FORMAT ? fmt : null;
        bool nd_ = (flags & CPython.PyBUF_ND) == CPython.PyBUF_ND;
        view->ndim = nd_ ? nd : 0;
        view->shape = nd_ && nd > 0 ? shape : null;
        view->strides = (flags & CPython.PyBUF_STRIDES) == CPython.PyBUF_STRIDES && nd > 0 ? strides : null;
        view->suboffsets = null;
        view->@internal = block;
    }

    /// <summary>
    /// NumPy's <c>_buffer_info_new</c>: a C-contiguous array (unless F was asked of an array that is
    /// also F-contiguous) gets fresh C strides, an F-contiguous one fresh F strides, others their own.
    /// </summary>
    private static void FillShapeAndStrides(NDArray a, nint* shape, nint* strides, bool c, bool fRequestedAndF)
    {
        int nd = a.NDim;
        for (int k = 0; k < nd; k++)
        {
            shape[k] = a.Shape[k];
        }

        if (c && !fRequestedAndF)
        {
            nint sd = a.ItemSize;
            for (int k = nd - 1; k >= 0; k--)
            {
                strides[k] = sd;
                sd *= shape[k];
            }
        }
        else if (a.IsFContiguous)
        {
            nint sd = a.ItemSize;
            for (int k = 0; k < nd; k++)
            {
                strides[k] = sd;
                sd *= shape[k];
            }
        }
        else
        {
            for (int k = 0; k < nd; k++)
            {
                strides[k] = a.Strides[k];
            }
        }
    }
}

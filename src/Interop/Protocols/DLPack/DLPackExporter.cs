using System.Runtime.InteropServices;

namespace ArrayBridge.Interop;

/// <summary>
/// Produces DLPack capsules over an NDArray's memory, as NumPy's <c>array.__dlpack__</c> does:
/// <c>"dltensor"</c> (<c>DLManagedTensor</c>) or <c>"dltensor_versioned"</c>
/// (<c>DLManagedTensorVersioned</c> 1.0), strides in elements, <c>byte_offset</c> 0, device
/// <c>kDLCPU</c>.
/// </summary>
/// <remarks>
/// Lifetime: the tensor's <c>manager_ctx</c> is a <see cref="GCHandle"/> to an NDArray view of its
/// own, so the .NET memory stays alive for as long as the consumer holds the tensor, independently
/// of any Python object. The <c>deleter</c> frees the handle, disposes the view and frees the native
/// block (struct, shape and strides in one allocation); it never calls into Python, so consumers may
/// call it from any thread, with or without the GIL, even after the interpreter is gone. It runs
/// exactly once: the consumer calls it after renaming the capsule to <c>used_dltensor</c>, or the
/// capsule's destructor calls it when the capsule dies still named <c>dltensor</c> (unconsumed).
/// </remarks>
internal static unsafe class DLPackExporter
{
    private static long s_exported;
    private static long s_deleted;

    /// <summary>Tensors produced so far, process-wide (for tests).</summary>
    public static long ExportedCount => Interlocked.Read(ref s_exported);

    /// <summary>Their deleters run so far, process-wide.</summary>
    public static long DeletedCount => Interlocked.Read(ref s_deleted);

    /// <summary>
    /// A new capsule over <paramref name="array"/>'s memory (or a copy of it when
    /// <paramref name="copy"/>). Call with the GIL held.
    /// </summary>
    /// <exception cref="BufferRefusedException">DLPack cannot express the array (byte-swapped, strides not in whole elements or negative, read-only without a versioned capsule), or it has more dimensions than the running NumPy supports.</exception>
    public static NewReference NewCapsule(NDArray array, bool versioned, bool copy)
    {
        NDArray view = copy ? array.Copy(ArrayOrder.K) : array.ShareView();
        try
        {
            DLPackC.DLDataType dtype = Validate(view, versioned);
            return NewCapsuleOver(view, dtype, versioned, copy);
        }
        catch
        {
            view.Dispose();
            throw;
        }
    }

    /// <summary>The DLPack dtype of <paramref name="view"/>, or a refusal with NumPy's messages.</summary>
    private static DLPackC.DLDataType Validate(NDArray view, bool versioned)
    {
        if (NumPy.TooManyDimensions(view.NDim) is { } refusal)
        {
            ThrowHelper.ThrowBufferRefused(refusal);
        }

        if (!versioned && !view.IsWriteable)
        {
            ThrowHelper.ThrowBufferRefused("Cannot export readonly array since signalling readonly is unsupported by DLPack (supported by newer DLPack version).");
        }

        DType dtype = view.DType;
        if (!dtype.IsNativeByteOrder)
        {
            ThrowHelper.ThrowBufferRefused("DLPack only supports native byte order.");
        }

        if (view.Size > 1)
        {
            int itemSize = view.ItemSize;
            ReadOnlySpan<nint> shape = view.Shape, strides = view.Strides;
            for (int i = 0; i < shape.Length; i++)
            {
                if (shape[i] == 1)
                {
                    continue;
                }

                if (strides[i] % itemSize != 0)
                {
                    ThrowHelper.ThrowBufferRefused("DLPack only supports strides which are a multiple of itemsize.");
                }

                if (strides[i] < 0)
                {
                    // DLPack's header allows them, but PyTorch 1.13's from_dlpack aborts the whole process
                    // (an uncaught c10::Error, "Storage size calculation overflowed") instead of raising.
                    ThrowHelper.ThrowBufferRefused($"ArrayBridge does not export negative strides through DLPack (strides {Layout.Format(strides)}): some consumers (PyTorch 1.13) abort the process on them. Export a copy (__dlpack__(copy=True)) or use the buffer protocol.");
                }
            }
        }

        byte code = dtype.Kind switch
        {
            'b' => DLPackC.kDLBool,
            'i' => DLPackC.kDLInt,
            'u' => DLPackC.kDLUInt,
            'f' => DLPackC.kDLFloat,
            _ => DLPackC.kDLComplex,
        };
        return new DLPackC.DLDataType { code = code, bits = (byte)(8 * dtype.ItemSize), lanes = 1 };
    }

    private static NewReference NewCapsuleOver(NDArray view, DLPackC.DLDataType dtype, bool versioned, bool copied)
    {
        int nd = view.NDim;
        int header = versioned ? sizeof(DLPackC.DLManagedTensorVersioned) : sizeof(DLPackC.DLManagedTensor);
        byte* block = (byte*)NativeMemory.AllocZeroed((nuint)(header + (2 * nd * sizeof(long))));
        long* shape = nd > 0 ? (long*)(block + header) : null;
        long* strides = nd > 0 ? shape + nd : null;
        FillShapeAndStrides(view, shape, strides);

        GCHandle handle = GCHandle.Alloc(view);
        DLPackC.DLTensor* tensor;
        if (versioned)
        {
            var m = (DLPackC.DLManagedTensorVersioned*)block;
            m->version = new DLPackC.DLPackVersion { major = DLPackC.DLPACK_MAJOR_VERSION, minor = DLPackC.DLPACK_MINOR_VERSION };
            m->manager_ctx = (void*)GCHandle.ToIntPtr(handle);
            m->deleter = &DeleteVersioned;
            m->flags = (view.IsWriteable ? 0 : DLPackC.DLPACK_FLAG_BITMASK_READ_ONLY) | (copied ? DLPackC.DLPACK_FLAG_BITMASK_IS_COPIED : 0);
            tensor = &m->dl_tensor;
        }
        else
        {
            var m = (DLPackC.DLManagedTensor*)block;
            m->manager_ctx = (void*)GCHandle.ToIntPtr(handle);
            m->deleter = &Delete;
            tensor = &m->dl_tensor;
        }

        tensor->data = (void*)view.DataPointer;
        tensor->device = new DLPackC.DLDevice { device_type = DLPackC.kDLCPU, device_id = 0 };
        tensor->ndim = nd;
        tensor->dtype = dtype;
        tensor->shape = shape;
        tensor->strides = strides;
        tensor->byte_offset = 0;

        NewReference capsule = versioned
            ? CPython.PyCapsule_New(block, DLPackC.VersionedCapsuleName, (nint)(delegate* unmanaged<nint, void>)&DestroyVersionedCapsule)
            : CPython.PyCapsule_New(block, DLPackC.CapsuleName, (nint)(delegate* unmanaged<nint, void>)&DestroyCapsule);
        if (capsule.IsNull)
        {
            handle.Free();
            NativeMemory.Free(block);
            throw PythonException.FetchCurrent(); // the caller disposes the view
        }

        Interlocked.Increment(ref s_exported);
        return capsule.Move();
    }

    /// <summary>
    /// Shape and element strides. Axes of length 1 get stride 0 when theirs is negative or not in
    /// whole elements (any value is valid for them, and some consumers reject negative ones); an
    /// empty array gets C-order strides (its data is never read).
    /// </summary>
    private static void FillShapeAndStrides(NDArray view, long* shape, long* strides)
    {
        int nd = view.NDim;
        int itemSize = view.ItemSize;
        bool empty = view.Size == 0;
        long expected = 1;
        for (int i = nd - 1; i >= 0; i--)
        {
            long n = view.Shape[i];
            long s = view.Strides[i];
            shape[i] = n;
            if (empty)
            {
                strides[i] = expected;
                expected *= Math.Max(n, 1);
            }
            else if (n == 1 && (s < 0 || s % itemSize != 0))
            {
                strides[i] = 0;
            }
            else
            {
                strides[i] = s / itemSize;
            }
        }
    }

    /// <summary>The <c>DLManagedTensor</c> deleter: releases the view and the block. Never throws, never touches Python.</summary>
    [UnmanagedCallersOnly]
    private static void Delete(DLPackC.DLManagedTensor* self)
    {
        ReleaseContext(self->manager_ctx);
        NativeMemory.Free(self);
        Interlocked.Increment(ref s_deleted);
    }

    /// <summary>The <c>DLManagedTensorVersioned</c> deleter.</summary>
    [UnmanagedCallersOnly]
    private static void DeleteVersioned(DLPackC.DLManagedTensorVersioned* self)
    {
        ReleaseContext(self->manager_ctx);
        NativeMemory.Free(self);
        Interlocked.Increment(ref s_deleted);
    }

    private static void ReleaseContext(void* context)
    {
        try
        {
            GCHandle handle = GCHandle.FromIntPtr((nint)context);
            var view = handle.Target as NDArray;
            handle.Free();
            view?.Dispose();
        }
        catch (Exception)
        {
            // Disposing fails only when an owner given to NDArray.FromPointer throws from Dispose, after
            // the memory was marked released. Nothing may unwind into the consumer's C code (which may
            // run without the GIL or after the interpreter is gone), so that failure is dropped.
        }
    }

    /// <summary>
    /// The <c>"dltensor"</c> capsule's destructor: if nobody consumed the tensor (the name is still
    /// <c>dltensor</c>), its deleter runs now; a consumer renamed it and calls the deleter itself.
    /// </summary>
    [UnmanagedCallersOnly]
    private static void DestroyCapsule(nint capsulePointer)
    {
        BorrowedReference capsule = BorrowedReference.DangerousFromPointer(capsulePointer); // being destroyed
        if (CPython.PyCapsule_IsValid(capsule, DLPackC.CapsuleName) == 1)
        {
            var m = (DLPackC.DLManagedTensor*)CPython.PyCapsule_GetPointer(capsule, DLPackC.CapsuleName);
            if (m != null && m->deleter != null)
            {
                m->deleter(m);
            }
        }
    }

    /// <summary>The <c>"dltensor_versioned"</c> capsule's destructor.</summary>
    [UnmanagedCallersOnly]
    private static void DestroyVersionedCapsule(nint capsulePointer)
    {
        BorrowedReference capsule = BorrowedReference.DangerousFromPointer(capsulePointer); // being destroyed
        if (CPython.PyCapsule_IsValid(capsule, DLPackC.VersionedCapsuleName) == 1)
        {
            var m = (DLPackC.DLManagedTensorVersioned*)CPython.PyCapsule_GetPointer(capsule, DLPackC.VersionedCapsuleName);
            if (m != null && m->deleter != null)
            {
                m->deleter(m);
            }
        }
    }
}

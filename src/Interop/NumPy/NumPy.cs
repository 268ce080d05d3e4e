namespace ArrayBridge.Interop;

/// <summary>
/// The zero-copy bridge between <see cref="NDArray"/> and NumPy: <see cref="ToNumPy"/> hands an
/// array to NumPy over the same memory, <see cref="FromNumPy"/> takes a NumPy array back as a view,
/// and <see cref="FromAny(object?, DType?, ArrayFlags)"/> is <c>PyArray_FromAny</c>. Every call takes
/// the GIL itself, once (not at all when the calling thread is inside a <see cref="Python.Gil"/>
/// scope), and costs the same at any array size.
/// </summary>
public static unsafe partial class NumPy
{
    // The shape and strides arrays of the last view ViewOf made (see SharedOrCopy).
    private static nint[] s_lastShape = [];
    private static nint[] s_lastStrides = [];

    /// <summary>
    /// A NumPy array over the same memory as <paramref name="array"/>, with its shape, strides (negative
    /// and zero too), dtype and byte order (<c>PyArray_New</c>/<c>PyArray_NewFromDescr</c> with the data
    /// pointer). Its <c>base</c> is an <c>arraybridge.ExportedArray</c> holding <paramref name="array"/>'s
    /// memory (set as <c>PyArray_SetBaseObject</c> sets it), so the memory stays alive while NumPy uses
    /// it, whatever happens to <paramref name="array"/>, and is released exactly once when NumPy drops
    /// it. A read-only array gives a read-only NumPy array.
    /// </summary>
    /// <exception cref="ArgumentException">The array has more dimensions than the running NumPy supports (32 in NumPy 1.x).</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed, or Python was shut down.</exception>
    /// <exception cref="PythonException">NumPy cannot be imported or refused the array.</exception>
    public static PyObject ToNumPy(NDArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (Python.IsInGilScope)
        {
            return ToNumPyUnderGil(array); // the caller's scope covers the call: no nested one
        }

        using GilScope gil = Python.Gil();
        return ToNumPyUnderGil(array);
    }

    private static PyObject ToNumPyUnderGil(NDArray array)
    {
        NumPyApi.EnsureLoaded();
        if (TooManyDimensions(array.NDim) is { } refusal)
        {
            ThrowHelper.ThrowArgument(refusal, nameof(array));
        }

        using NewReference result = NewArrayOver(array);
        return PyObject.Steal(result.Steal());
    }

    /// <summary>
    /// A view of the NumPy array <paramref name="array"/>'s memory, in any layout (F order, negative
    /// strides, 0-d, empty, non-native byte order, read-only), with its shape, strides, dtype and
    /// WRITEABLE flag. The view holds a reference to the NumPy array and releases it when the view (and
    /// every view of it) is disposed or collected. When the memory is an NDArray's that
    /// <see cref="ToNumPy"/> (or <see cref="PythonArrays.Export"/>) handed to NumPy, the view is over
    /// that NDArray's memory directly and holds no Python reference: a round trip collapses.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="array"/> is not a <c>numpy.ndarray</c>.</exception>
    /// <exception cref="NotSupportedException">The dtype is not numeric (object, string, datetime, structured, ...).</exception>
    public static NDArray FromNumPy(PyObject array)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (Python.IsInGilScope)
        {
            return FromNumPyUnderGil(array); // the caller's scope covers the call: no nested one
        }

        using GilScope gil = Python.Gil();
        return FromNumPyUnderGil(array);
    }

    private static NDArray FromNumPyUnderGil(PyObject array)
    {
        NumPyApi.EnsureLoaded();
        BorrowedReference reference = array.Reference;
        if (!NumPyC.PyArray_Check(reference))
        {
            ThrowHelper.ThrowArgument($"expected a numpy.ndarray, got '{array.TypeName}'", nameof(array));
        }

        NDArray view = ViewOf(reference);
        GC.KeepAlive(array);
        return view;
    }

    /// <summary>A typed view of a NumPy array whose dtype is <typeparamref name="T"/> in native order.</summary>
    /// <exception cref="InvalidCastException">The dtype differs from <typeparamref name="T"/> or is byte-swapped.</exception>
    /// <inheritdoc cref="FromNumPy(PyObject)"/>
    public static NDArray<T> FromNumPy<T>(PyObject array) where T : unmanaged
    {
        NDArray view = FromNumPy(array);
        if (view is NDArray<T> typed)
        {
            return typed;
        }

        view.Dispose();
        throw new InvalidCastException($"the NumPy array's dtype is {view.DType.TypeStr}, not {typeof(T).Name} in native order");
    }

    /// <summary>Whether <paramref name="obj"/> is a <c>numpy.ndarray</c> (or subclass).</summary>
    public static bool IsNumPyArray(PyObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        using GilScope gil = Python.Gil();
        NumPyApi.EnsureLoaded();
        return NumPyC.PyArray_Check(obj.Reference);
    }

    /// <summary>
    /// A new NumPy array over <paramref name="array"/>'s memory with its layout, whose base is a new
    /// <c>arraybridge.ExportedArray</c> holding that memory. GIL held.
    /// </summary>
    private static NewReference NewArrayOver(NDArray array)
    {
        using NewReference owner = ExportedArrayType.New(array, out bool writeable); // checks that the array is not disposed
        return NewArrayOver(array, writeable, owner.Steal());
    }

    /// <summary>
    /// A new NumPy array over <paramref name="array"/>'s memory with its layout, whose base is
    /// <paramref name="owner"/> (an <c>arraybridge.ExportedArray</c> holding that memory), stolen
    /// whether this succeeds or not. GIL held.
    /// </summary>
    internal static NewReference NewArrayOver(NDArray array, bool writeable, StolenReference owner)
    {
        using NewReference ownerReference = NewReference.Take(owner);
        DType dtype = array.DType;
        int nd = array.NDim;
        void* data = array.Data;
        NewReference result;
        fixed (nint* dims = array.Shape)
        fixed (nint* strides = array.Strides)
        {
            // Strides NumPy computes itself are left to it (NULL), which also spares its flag update;
            // either way the array gets exactly these strides.
            bool fresh = HasFreshCStrides(array);
            nint* given = fresh ? null : strides;
            int flags = (writeable ? NumPyC.NPY_ARRAY_WRITEABLE : 0) | (fresh ? NumPyC.NPY_ARRAY_C_CONTIGUOUS : 0);
            if (dtype.IsNativeByteOrder)
            {
                // NumPy takes the builtin descriptor itself, without a reference-count call from here.
                result = NumPyC.PyArray_New(NumPyC.PyArray_Type, nd, dims, dtype.NumPyTypeNumber, given, data, 0, flags, BorrowedReference.Null);
            }
            else
            {
                using NewReference descr = NewDescr(dtype);
                // NewFromDescr steals descr.
                result = descr.IsNull ? default : NumPyC.PyArray_NewFromDescr(NumPyC.PyArray_Type, descr.Steal(), nd, dims, given, data, flags, BorrowedReference.Null);
            }
        }

        result.ThrowIfNull(); // the using releases the owner, which releases its hold on the memory
        NumPyC.SetBaseOfNewArray(result.DangerousGetAddress(), ownerReference.Steal());
        return result.Move();
    }

    /// <summary>
    /// Whether the strides are exactly those NumPy gives a new C-order array of this shape, so that
    /// NULL strides reproduce them; a contiguous array may differ on length-1 axes, and an empty one
    /// may have zero strides.
    /// </summary>
    private static bool HasFreshCStrides(NDArray array)
    {
        ReadOnlySpan<nint> shape = array.Shape, strides = array.Strides;
        nint expected = array.ItemSize;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            if (strides[i] != expected)
            {
                return false;
            }

            if (shape[i] != 0)
            {
                expected *= shape[i];
            }
        }

        return true;
    }

    /// <summary>
    /// A new NDArray over a NumPy array's memory. GIL held, type checked. An array whose memory is an
    /// <c>arraybridge.ExportedArray</c>'s gets a view of that NDArray's memory; any other holds a
    /// reference to the NumPy array (<see cref="NumPyArrayMemory"/>).
    /// </summary>
    internal static NDArray ViewOf(BorrowedReference reference) => ViewOf(reference, callArgument: false);

    /// <summary>
    /// <see cref="ViewOf(BorrowedReference)"/> for an extension function's argument: the memory is a
    /// pooled <see cref="CallArgumentMemory"/>, and <see cref="EndCallArgument"/> must follow once the
    /// call is over and the view disposed. GIL held, type checked.
    /// </summary>
    internal static NDArray ViewOfArgument(BorrowedReference reference) => ViewOf(reference, callArgument: true);

    /// <summary>
    /// <see cref="ViewOfArgument(BorrowedReference)"/> for an array whose descriptor the caller already
    /// matched against the builtin one of <paramref name="dtype"/>, sparing the descriptor's decoding.
    /// </summary>
    internal static NDArray ViewOfArgument(BorrowedReference reference, DType dtype) => ViewOf(reference, callArgument: true, dtype);

    /// <summary>
    /// Disposes a view <see cref="ViewOfArgument(BorrowedReference)"/> made and ends its call: its memory goes back to the
    /// pool, or, when a view of it outlives the call, becomes an ordinary finalizable owner. GIL held.
    /// </summary>
    internal static void EndCallArgument(NDArray view)
    {
        view.Dispose();
        if (view.Memory is CallArgumentMemory memory)
        {
            memory.EndCall();
        }
    }

    private static NDArray ViewOf(BorrowedReference reference, bool callArgument) =>
        ViewOf(reference, callArgument, DTypeOf(NumPyC.PyArray_DESCR(reference.DangerousGetAddress())));

    private static NDArray ViewOf(BorrowedReference reference, bool callArgument, DType dtype)
    {
        nint handle = reference.DangerousGetAddress();
        int nd = NumPyC.PyArray_NDIM(handle);
        nint[] shape = SharedOrCopy(ref s_lastShape, NumPyC.PyArray_DIMS(handle), nd);
        nint[] strides = SharedOrCopy(ref s_lastStrides, NumPyC.PyArray_STRIDES(handle), nd);
        int flags = NumPyC.PyArray_FLAGS(handle);
        byte* data = (byte*)NumPyC.PyArray_DATA(handle);
        if (!Layout.TryGetExtent(shape, strides, dtype.ItemSize, out nint low, out nint high))
        {
            ThrowHelper.ThrowArgument("the NumPy array's strides reach further than the address space", "array");
        }

        bool writeable = (flags & NumPyC.NPY_ARRAY_WRITEABLE) != 0;
        BorrowedReference exported = ExportedOwnerOf(handle);
        if (!exported.IsNull && ExportedArrayType.SourceOf(exported, out _) is { } source && source.Memory.Contains(data + low, data + high))
        {
            return ViewOfExported(exported, source, data, shape, strides, dtype, writeable);
        }

        bool writeback = (flags & NumPyC.NPY_ARRAY_WRITEBACKIFCOPY) != 0;
        if (callArgument && !writeback)
        {
            return CreateOver(CallArgumentMemory.Rent(reference, data + low, high - low, writeable), data, shape, strides, dtype, writeable, @base: null);
        }

        var memory = new NumPyArrayMemory(reference, data + low, high - low, writeable);
        NDArray view = CreateOver(memory, data, shape, strides, dtype, writeable, @base: null);
        if (writeback)
        {
            AttachWriteback(view, memory);
        }

        return view;
    }

    /// <summary>Makes disposing <paramref name="view"/> resolve the NumPy array's WRITEBACKIFCOPY (a separate method, so that only this path allocates the closure).</summary>
    private static void AttachWriteback(NDArray view, NumPyArrayMemory memory) =>
        view.SetExternalWriteback(writeBack => ResolveWriteback(memory, writeBack));

    /// <summary>
    /// <paramref name="last"/> when it holds the same <paramref name="nd"/> values, else a new array of
    /// them that becomes <paramref name="last"/>. An NDArray never writes its shape and strides arrays,
    /// so views may share them, and converting arrays of one layout over and over allocates none.
    /// </summary>
    private static nint[] SharedOrCopy(ref nint[] last, nint* values, int nd)
    {
        var source = new ReadOnlySpan<nint>(values, nd);
        nint[] shared = last;
        if (source.SequenceEqual(shared))
        {
            return shared;
        }

        nint[] copy = source.ToArray();
        last = copy;
        return copy;
    }

    /// <summary>
    /// The <c>arraybridge.ExportedArray</c> that owns this NumPy array's memory, or 0: the end of the
    /// array's base chain (NumPy stops collapsing a chain at a change of type, so a view of an exported
    /// array has the exported NumPy array as its base), reached through views only, since an array
    /// with OWNDATA (a copy, or a WRITEBACKIFCOPY array) has memory of its own. GIL held.
    /// </summary>
    private static BorrowedReference ExportedOwnerOf(nint handle)
    {
        for (nint a = handle; ;)
        {
            if ((NumPyC.PyArray_FLAGS(a) & NumPyC.NPY_ARRAY_OWNDATA) != 0)
            {
                return BorrowedReference.Null;
            }

            var b = BorrowedReference.DangerousFromPointer(NumPyC.PyArray_BASE(a));
            if (b.IsNull || !NumPyC.PyArray_Check(b))
            {
                return b;
            }

            a = b.DangerousGetAddress();
        }
    }

    /// <summary>
    /// A view over an exported NDArray's memory with the NumPy array's layout. It holds the .NET memory,
    /// not the NumPy array. A read-only NumPy array gives a view that can never be made writeable, as
    /// the view over a read-only NumPy array's memory is: its memory is a read-only window onto the
    /// same bytes, owned by a view of the exported array.
    /// </summary>
    private static NDArray ViewOfExported(BorrowedReference exported, NDArray source, byte* data, nint[] shape, nint[] strides, DType dtype, bool writeable)
    {
        ArrayMemory memory = source.Memory;
        if (writeable && memory.IsWriteable)
        {
            NDArray owner = source.Base is null || source.OwnsData ? source : source.Base;
            return CreateOver(memory, data, shape, strides, dtype, writeable: true, owner);
        }

        NDArray hold = ExportedArrayType.Get(exported)!.ShareView();
        return CreateOver(new ExternalArrayMemory(memory.Start, memory.Length, writeable: false, hold), data, shape, strides, dtype, writeable: false, @base: null);
    }

    /// <summary>An NDArray over <paramref name="memory"/>; a memory nothing came to hold is released at once on failure.</summary>
    private static NDArray CreateOver(ArrayMemory memory, byte* data, nint[] shape, nint[] strides, DType dtype, bool writeable, NDArray? @base)
    {
        try
        {
            return NDArray.Create(memory, data, shape, strides, dtype, writeable ? ArrayFlags.Writeable : 0, @base);
        }
        catch
        {
            if (@base is null)
            {
                memory.AddHolder();
                memory.RemoveHolder();
            }

            throw;
        }
    }

    /// <summary>
    /// Resolves (or discards) a NumPy array's WRITEBACKIFCOPY: <c>PyArray_ResolveWritebackIfCopy</c>
    /// copies the data back into the array it was copied from and makes that writeable again.
    /// </summary>
    private static int ResolveWriteback(NumPyArrayMemory memory, bool writeBack)
    {
        using GilScope gil = Python.Gil();
        nint handle = memory.Array;
        if (handle == 0)
        {
            return 0;
        }

        if (!writeBack)
        {
            NumPyC.DiscardWritebackIfCopy(handle);
            return 0;
        }

        int result = NumPyC.PyArray_ResolveWritebackIfCopy(BorrowedReference.DangerousFromPointer(handle));
        if (result < 0)
        {
            throw PythonException.FetchCurrent();
        }

        return result;
    }
}

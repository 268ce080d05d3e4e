using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// A strided n-dimensional array with NumPy's memory model: a data pointer into memory kept alive
/// by an owner, a shape, byte strides (negative and zero allowed), a <see cref="DType"/> with byte
/// order, and NumPy's flags computed as NumPy computes them. The dtype-erased counterpart of
/// <c>numpy.ndarray</c>; arrays whose dtype is in native byte order are <see cref="NDArray{T}"/> at run time.
/// </summary>
/// <remarks>
/// Views share their memory with the array they come from and hold it alive on their own: the
/// memory is released exactly once, when the last array over it is disposed (or, if none is,
/// when all of them have been collected). Pointers and references obtained from an array are valid
/// only while some array over the memory is alive, as with a <see cref="Span{T}"/> over native memory.
/// <para>
/// Thread safety: reading and writing elements from several threads is as safe as it is for any
/// shared memory (the caller orders conflicting writes). Disposing is not synchronized with element
/// access: disposing the last array over the memory on one thread while another thread reads or
/// writes it through this array, one of its views, or a span, reference or pointer obtained from
/// them, is a race in the caller, just like freeing memory under a <see cref="Span{T}"/>. The other
/// thread may read freed memory, corrupt the native heap or fault with an access violation;
/// <see cref="ObjectDisposedException"/> is only guaranteed for accesses that start after
/// <see cref="Dispose"/> has returned on the same thread or one that synchronized with it. Dispose an
/// array only once every thread is done with it (join the threads, or hold a lock or a reference
/// count of your own around both).
/// </para>
/// <para>
/// Memory that ArrayBridge allocated is freed by <see cref="Dispose"/>, or else by the finalizer
/// once every array over it is unreachable. Because the garbage collector cannot see native memory,
/// ArrayBridge keeps count of it and, when the live bytes grow past a budget (256 MiB, or twice
/// what was live after the previous such collection), induces a collection and waits for the
/// finalizers of arrays that were dropped without being disposed; code that disposes its arrays
/// never triggers one. Such an allocation waits for the process's pending finalizers, so a
/// finalizer must not block on a lock that a thread may hold while it creates arrays (ArrayBridge's
/// own finalizers never block). Nor may a finalizer dispose an array: as .NET's rules for finalizers
/// say, it must not use other finalizable objects, and the memory of a small disposed array is reused
/// for the next one, which a finalizer running after its memory's own could free under it.
/// </para>
/// </remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public unsafe partial class NDArray : IDisposable
{
    /// <summary>The most dimensions an array may have (<c>NPY_MAXDIMS</c> of NumPy 2).</summary>
    public const int MaxDimensions = Layout.MaxDimensions;

    private protected readonly ArrayMemory _memory;
    private protected readonly byte* _data;
    private protected readonly nint[] _shape;
    private protected readonly nint[] _strides;
    private readonly DType _dtype;
    private readonly NDArray? _base;
    private readonly nint _size;
    private protected ArrayFlags _flags;
    private int _disposed;

    // The rank an element access must name, or -1 when it may not proceed: -1 once disposed, and
    // for writes also while read-only. One compare on the hot path covers all three checks.
    private protected int _readRank;
    private protected int _writeRank;

    // The lengths and strides of the first two axes (0 past the rank), read directly from the
    // object by the 1-d and 2-d element accessors instead of through the shape and stride arrays.
    private protected readonly nint _n0, _n1, _s0, _s1;

    /// <summary>
    /// Builds an array over <paramref name="memory"/>. The caller has validated the shape;
    /// contiguity and alignment are computed here, and <paramref name="flags"/> supplies
    /// WRITEABLE, OWNDATA and WRITEBACKIFCOPY.
    /// </summary>
    private protected NDArray(ArrayMemory memory, byte* data, nint[] shape, nint[] strides, DType dtype, ArrayFlags flags, NDArray? @base)
    {
        Debug.Assert(shape.Length == strides.Length);
        if (shape.Length > MaxDimensions)
        {
            // Every public path refuses such a shape with its own message first; this keeps the
            // bound that the stack buffers of the kernels rely on true for any internal path too.
            ThrowHelper.ThrowArgument($"number of dimensions must be within [0, {MaxDimensions}], got {shape.Length}", nameof(shape));
        }

        _memory = memory;
        _data = data;
        _shape = shape;
        _strides = strides;
        _dtype = dtype;
        _base = @base;
        nint size = 1;
        foreach (nint n in shape)
        {
            size *= n;
        }

        _size = size;
        if (shape.Length > 0)
        {
            _n0 = shape[0];
            _s0 = strides[0];
        }

        if (shape.Length > 1)
        {
            _n1 = shape[1];
            _s1 = strides[1];
        }

        if (!memory.IsWriteable)
        {
            flags &= ~ArrayFlags.Writeable;
        }

        _flags = (flags & (ArrayFlags.Writeable | ArrayFlags.OwnData | ArrayFlags.WritebackIfCopy))
            | Layout.Contiguity(shape, strides, dtype.ItemSize)
            | (Layout.IsAligned(data, shape, strides, dtype.Alignment) ? ArrayFlags.Aligned : 0);
        ValidateInvariants();
        memory.AddHolder();
        UpdateAccessRanks();

        // Last, so that only a fully built array joins a scope. Outside any scope this is one
        // thread-static read; NDArrayScope keeps everything else off this path.
        ScopeStack.Innermost?.Adopt(this);
    }

    /// <summary>Recomputes the access ranks after WRITEABLE or the disposed state changes.</summary>
    private protected void UpdateAccessRanks()
    {
        bool alive = _disposed == 0;
        _readRank = alive ? _shape.Length : -1;
        _writeRank = alive && (_flags & ArrayFlags.Writeable) != 0 ? _shape.Length : -1;
    }

    /// <summary>
    /// Creates the right runtime type for <paramref name="dtype"/>: <see cref="NDArray{T}"/> for native
    /// byte order, <see cref="NDArray"/> for swapped data.
    /// </summary>
    internal static NDArray Create(ArrayMemory memory, byte* data, nint[] shape, nint[] strides, DType dtype, ArrayFlags flags, NDArray? @base)
    {
        if (!dtype.IsNativeByteOrder)
        {
            return new NDArray(memory, data, shape, strides, dtype, flags, @base);
        }

        return dtype.Type switch
        {
            ScalarType.Bool => new NDArray<bool>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.Int8 => new NDArray<sbyte>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.UInt8 => new NDArray<byte>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.Int16 => new NDArray<short>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.UInt16 => new NDArray<ushort>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.Int32 => new NDArray<int>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.UInt32 => new NDArray<uint>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.Int64 => new NDArray<long>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.UInt64 => new NDArray<ulong>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.Float16 => new NDArray<Half>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.Float32 => new NDArray<float>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.Float64 => new NDArray<double>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.Complex64 => new NDArray<Complex64>(memory, data, shape, strides, dtype, flags, @base),
            ScalarType.Complex128 => new NDArray<Complex>(memory, data, shape, strides, dtype, flags, @base),
            _ => ThrowHelper.ThrowNotSupported<NDArray>($"dtype {dtype.TypeStr} is not supported"),
        };
    }

    /// <summary>The address of the first element (<c>PyArray_DATA</c>, <c>arr.ctypes.data</c>).</summary>
    public nint DataPointer
    {
        get
        {
            ThrowIfDisposed();
            return (nint)_data;
        }
    }

    /// <summary>
    /// The length of each axis (<c>arr.shape</c>), without copying. It converts implicitly to a
    /// <see cref="ReadOnlySpan{T}"/> and prints as NumPy prints it: <c>$"{a.Shape}"</c> is <c>(3, 4)</c>.
    /// </summary>
    public AxisTuple Shape => new(_shape);

    /// <summary>
    /// The byte step of each axis (<c>arr.strides</c>), without copying; negative and zero strides are
    /// allowed. Prints as NumPy prints it, e.g. <c>(32, 8)</c>.
    /// </summary>
    public AxisTuple Strides => new(_strides);

    /// <summary>The number of dimensions (<c>arr.ndim</c>).</summary>
    public int NDim => _shape.Length;

    /// <summary>The number of elements (<c>arr.size</c>).</summary>
    public nint Size => _size;

    /// <summary>The bytes the elements take, <c>Size * ItemSize</c> (<c>arr.nbytes</c>).</summary>
    public nint NBytes => _size * _dtype.ItemSize;

    /// <summary>The size of one element in bytes (<c>arr.itemsize</c>).</summary>
    public int ItemSize => _dtype.ItemSize;

    /// <summary>The element type and byte order (<c>arr.dtype</c>).</summary>
    public DType DType => _dtype;

    /// <summary>The flags, with NumPy's bit values (<c>arr.flags</c>, <c>PyArray_FLAGS</c>).</summary>
    public ArrayFlags Flags => _flags;

    /// <summary>
    /// The array this one is a view of (<c>arr.base</c>), collapsed as NumPy collapses view chains:
    /// the array that owns the data, or the outermost wrapper of external memory. Null for arrays
    /// that own or wrap their memory directly.
    /// </summary>
    public NDArray? Base => _base;

    /// <summary>Whether the array is C-contiguous (<c>arr.flags.c_contiguous</c>).</summary>
    public bool IsCContiguous => (_flags & ArrayFlags.CContiguous) != 0;

    /// <summary>Whether the array is Fortran-contiguous (<c>arr.flags.f_contiguous</c>).</summary>
    public bool IsFContiguous => (_flags & ArrayFlags.FContiguous) != 0;

    /// <summary>Whether the array is C- or Fortran-contiguous (<c>PyArray_ISONESEGMENT</c>).</summary>
    public bool IsContiguous => (_flags & (ArrayFlags.CContiguous | ArrayFlags.FContiguous)) != 0;

    /// <summary>Whether data and strides are aligned for the dtype (<c>arr.flags.aligned</c>).</summary>
    public bool IsAligned => (_flags & ArrayFlags.Aligned) != 0;

    /// <summary>Whether this array allocated its memory (<c>arr.flags.owndata</c>).</summary>
    public bool OwnsData => (_flags & ArrayFlags.OwnData) != 0;

    /// <summary>Whether the array has been disposed.</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>
    /// Whether the data may be written (<c>arr.flags.writeable</c>). It can always be cleared; it can
    /// be set again only when the memory is writeable and, for a view, some array on its base chain
    /// is writeable (NumPy's <c>_IsWriteable</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">Setting it on an array whose base is read-only.</exception>
    public bool IsWriteable
    {
        get => (_flags & ArrayFlags.Writeable) != 0;
        set
        {
            ThrowIfDisposed();
            if (!value)
            {
                _flags &= ~ArrayFlags.Writeable;
                UpdateAccessRanks();
                return;
            }

            if (!CanBecomeWriteable())
            {
                ThrowHelper.ThrowInvalidOperation("cannot set WRITEABLE flag to True of this array: its memory or its base is read-only");
            }

            _flags |= ArrayFlags.Writeable;
            UpdateAccessRanks();
        }
    }

    private bool CanBecomeWriteable()
    {
        if (!_memory.IsWriteable)
        {
            return false;
        }

        if (_base is null || OwnsData)
        {
            return true;
        }

        for (NDArray? a = _base; a is not null; a = a._base)
        {
            if (a.IsWriteable)
            {
                return true;
            }

            if (a.OwnsData)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The memory this array shares with its views.</summary>
    internal ArrayMemory Memory => _memory;

    /// <summary>The data pointer without the disposed check, for internal hot paths that have checked.</summary>
    internal byte* Data => _data;

    /// <summary>The shape array itself, for internal paths that must not copy it.</summary>
    internal nint[] ShapeArray => _shape;

    /// <summary>The strides array itself, for internal paths that must not copy it.</summary>
    internal nint[] StridesArray => _strides;

    /// <summary>Reads the memory's owner object description, as NumPy shows an array's base.</summary>
    internal string DescribeMemory() => _memory.Describe();

    /// <summary>
    /// Releases this array's hold on its memory. The memory is freed when the last array over it
    /// is disposed. A WRITEBACKIFCOPY array writes its data back first, as NumPy's deallocator does.
    /// Calling it more than once, or from several threads, releases the hold exactly once.
    /// </summary>
    /// <remarks>
    /// Not synchronized with element access: if this is the last array over the memory, no other
    /// thread may be reading or writing it (through this array, its views, or spans, references or
    /// pointers obtained from them) while or after this runs. Such a race is a bug in the caller, as
    /// freeing memory under a <see cref="Span{T}"/> is, and may read freed memory or crash the
    /// process with an access violation instead of throwing <see cref="ObjectDisposedException"/>.
    /// The element accessors return references that the caller dereferences after they return, so
    /// no check inside them could close that window.
    /// </remarks>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        UpdateAccessRanks();

        try
        {
            if ((_flags & ArrayFlags.WritebackIfCopy) != 0)
            {
                ResolveWritebackCore(writeBack: true);
            }
        }
        finally
        {
            _memory.RemoveHolder();
        }
    }

    /// <summary>Throws <see cref="ObjectDisposedException"/> after <see cref="Dispose"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ThrowIfDisposed()
    {
        if (_disposed != 0)
        {
            ThrowHelper.ThrowObjectDisposed();
        }
    }

    /// <summary>Throws when the array may not be written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected void ThrowIfNotWriteable()
    {
        ThrowIfDisposed();
        if ((_flags & ArrayFlags.Writeable) == 0)
        {
            ThrowHelper.ThrowReadOnly();
        }
    }

    // Throw paths of the element accessors. Each body is a single throw, so the JIT sees the call
    // as one that never returns and keeps the accessors' loops free to hoist shape and stride loads.

    /// <summary>Why a read of rank <paramref name="rank"/> at <c>[i, j, k]</c> (the first <paramref name="rank"/> of them) cannot proceed: disposed, or the wrong number of indices.</summary>
    [DoesNotReturn]
    private protected void ThrowForRead(int rank, nint i, nint j = 0, nint k = 0) => throw AccessFailure(rank, write: false, i, j, k);

    /// <summary>Why a write of rank <paramref name="rank"/> at <c>[i, j, k]</c> cannot proceed: disposed, read-only, or the wrong number of indices.</summary>
    [DoesNotReturn]
    private protected void ThrowForWrite(int rank, nint i, nint j = 0, nint k = 0) => throw AccessFailure(rank, write: true, i, j, k);

    private Exception AccessFailure(int rank, bool write, nint i, nint j, nint k) =>
        _disposed != 0 ? ThrowHelper.ObjectDisposed()
        : write && (_flags & ArrayFlags.Writeable) == 0 ? ThrowHelper.ReadOnly()
        : rank < _shape.Length ? ThrowHelper.TooFewIndices(_shape.Length, rank == 1 ? [i] : rank == 2 ? [i, j] : [i, j, k])
        : ThrowHelper.WrongIndexCount(_shape.Length, rank);

    /// <summary>Checks that every byte the layout can reach lies inside the memory.</summary>
    [Conditional("DEBUG")]
    private void ValidateInvariants()
    {
        Debug.Assert(_shape.Length <= MaxDimensions);
        bool ok = Layout.TryGetExtent(_shape, _strides, _dtype.ItemSize, out nint low, out nint high);
        Debug.Assert(ok, "extent overflows");
        Debug.Assert(_size == 0 || _memory.Contains(_data + low, _data + high), $"layout reaches outside its memory: [{low}, {high}) from 0x{(nint)_data:x}");
    }

    private string DebuggerDisplay => $"NDArray {DType} shape={Layout.Format(_shape)} strides={Layout.Format(_strides)} flags={_flags}";
}

using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>The address of element <c>[i]</c> of a 1-d array (<c>PyArray_GETPTR1</c>), bounds-checked.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside its axis (NumPy's "index 3 is out of bounds for axis 1 with size 3"); negative indices are not counted from the end here.</exception>
    /// <exception cref="ArgumentException">The number of indices is not the array's rank ("too many indices for array: ...").</exception>
    public void* GetPointer(nint i)
    {
        if (_readRank != 1)
        {
            ThrowForRead(1, i);
        }

        return PointerAt(i);
    }

    /// <summary>The address of element <c>[i, j]</c> of a 2-d array (<c>PyArray_GETPTR2</c>).</summary>
    /// <inheritdoc cref="GetPointer(nint)"/>
    public void* GetPointer(nint i, nint j)
    {
        if (_readRank != 2)
        {
            ThrowForRead(2, i, j);
        }

        return PointerAt(i, j);
    }

    /// <summary>The address of element <c>[i, j, k]</c> of a 3-d array (<c>PyArray_GETPTR3</c>).</summary>
    /// <inheritdoc cref="GetPointer(nint)"/>
    public void* GetPointer(nint i, nint j, nint k)
    {
        if (_readRank != 3)
        {
            ThrowForRead(3, i, j, k);
        }

        return PointerAt(i, j, k);
    }

    /// <summary>The address of element <c>[i, j, k, l]</c> of a 4-d array (<c>PyArray_GETPTR4</c>).</summary>
    /// <inheritdoc cref="GetPointer(nint)"/>
    public void* GetPointer(nint i, nint j, nint k, nint l)
    {
        ThrowIfDisposed();
        return PointerAt(i, j, k, l);
    }

    /// <summary>The address of an element given one index per axis (<c>PyArray_GetPtr</c>); a 0-d array takes none.</summary>
    /// <inheritdoc cref="GetPointer(nint)"/>
    public void* GetPointer(params ReadOnlySpan<nint> indices)
    {
        ThrowIfDisposed();
        return PointerAt(indices);
    }

    // The callers have checked the rank (through _readRank or _writeRank), and shape and strides
    // always have that length, so the reads below need no array bounds checks.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected byte* PointerAt(nint i)
    {
        Debug.Assert(_shape.Length == 1);
        if ((nuint)i >= (nuint)_n0)
        {
            ThrowHelper.ThrowIndexOutOfBounds(i, 0, _n0, nameof(i));
        }

        return _data + i * _s0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected byte* PointerAt(nint i, nint j)
    {
        Debug.Assert(_shape.Length == 2);
        if ((nuint)i >= (nuint)_n0)
        {
            ThrowHelper.ThrowIndexOutOfBounds(i, 0, _n0, nameof(i));
        }

        if ((nuint)j >= (nuint)_n1)
        {
            ThrowHelper.ThrowIndexOutOfBounds(j, 1, _n1, nameof(j));
        }

        return _data + i * _s0 + j * _s1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected byte* PointerAt(nint i, nint j, nint k)
    {
        nint[] shape = _shape;
        Debug.Assert(shape.Length == 3);
        ref nint n = ref MemoryMarshal.GetArrayDataReference(shape);
        if ((nuint)i >= (nuint)n)
        {
            ThrowHelper.ThrowIndexOutOfBounds(i, 0, n, nameof(i));
        }

        if ((nuint)j >= (nuint)Unsafe.Add(ref n, 1))
        {
            ThrowHelper.ThrowIndexOutOfBounds(j, 1, Unsafe.Add(ref n, 1), nameof(j));
        }

        if ((nuint)k >= (nuint)Unsafe.Add(ref n, 2))
        {
            ThrowHelper.ThrowIndexOutOfBounds(k, 2, Unsafe.Add(ref n, 2), nameof(k));
        }

        ref nint s = ref MemoryMarshal.GetArrayDataReference(_strides);
        return _data + i * s + j * Unsafe.Add(ref s, 1) + k * Unsafe.Add(ref s, 2);
    }

    private protected byte* PointerAt(nint i, nint j, nint k, nint l)
    {
        ThrowIfDisposed();
        return PointerAt([i, j, k, l], perAxisNames: true);
    }

    // perAxisNames: the indices came as the parameters i, j, k, l rather than as one span.
    private protected byte* PointerAt(ReadOnlySpan<nint> indices, bool perAxisNames = false)
    {
        nint[] shape = _shape;
        if (indices.Length != shape.Length)
        {
            ThrowHelper.ThrowWrongIndexCount(shape.Length, indices.Length, perAxisNames ? null : nameof(indices));
        }

        byte* p = _data;
        for (int axis = 0; axis < indices.Length; axis++)
        {
            nint i = indices[axis];
            if ((nuint)i >= (nuint)shape[axis])
            {
                ThrowHelper.ThrowIndexOutOfBounds(i, axis, shape[axis], perAxisNames ? "ijkl"[axis].ToString() : nameof(indices));
            }

            p += i * _strides[axis];
        }

        return p;
    }
}

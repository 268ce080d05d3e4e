using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// An <see cref="NDArray"/> whose elements are <typeparamref name="T"/> in native byte order, with
/// typed element access through the strides. Every NDArray with a native-order dtype is one at run
/// time, and views of it keep the type.
/// </summary>
/// <typeparam name="T">bool, sbyte, byte, short, ushort, int, uint, long, ulong, Half, float, double, <see cref="Complex64"/> or <see cref="System.Numerics.Complex"/>.</typeparam>
public sealed unsafe partial class NDArray<T> : NDArray where T : unmanaged
{
    internal NDArray(ArrayMemory memory, byte* data, nint[] shape, nint[] strides, DType dtype, ArrayFlags flags, NDArray? @base)
        : base(memory, data, shape, strides, dtype, flags, @base)
    {
        Debug.Assert(dtype.Matches<T>(), $"dtype {dtype.TypeStr} does not match {typeof(T)}");
    }

    /// <summary>
    /// A writable reference to element <c>[i]</c>, through the stride: the typed
    /// <c>*(T*)PyArray_GETPTR1(arr, i)</c>. Use <see cref="At(nint)"/> to read a read-only array.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside its axis (NumPy's "index 3 is out of bounds for axis 1 with size 3"); negative indices are not counted from the end here.</exception>
    /// <exception cref="ArgumentException">The number of indices is not the array's rank ("too many indices for array: ...").</exception>
    /// <exception cref="InvalidOperationException">The array is read-only.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    public ref T this[nint i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_writeRank != 1)
            {
                ThrowForWrite(1, i);
            }

            return ref Unsafe.AsRef<T>(PointerAt(i));
        }
    }

    /// <summary>A writable reference to element <c>[i, j]</c> of a 2-d array.</summary>
    /// <inheritdoc cref="this[nint]"/>
    public ref T this[nint i, nint j]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_writeRank != 2)
            {
                ThrowForWrite(2, i, j);
            }

            return ref Unsafe.AsRef<T>(PointerAt(i, j));
        }
    }

    /// <summary>A writable reference to element <c>[i, j, k]</c> of a 3-d array.</summary>
    /// <inheritdoc cref="this[nint]"/>
    public ref T this[nint i, nint j, nint k]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_writeRank != 3)
            {
                ThrowForWrite(3, i, j, k);
            }

            return ref Unsafe.AsRef<T>(PointerAt(i, j, k));
        }
    }

    /// <summary>A writable reference to element <c>[i, j, k, l]</c> of a 4-d array.</summary>
    /// <inheritdoc cref="this[nint]"/>
    public ref T this[nint i, nint j, nint k, nint l]
    {
        get
        {
            ThrowIfNotWriteable();
            return ref Unsafe.AsRef<T>(PointerAt(i, j, k, l));
        }
    }

    /// <summary>A writable reference to the element at one index per axis (none for a 0-d array).</summary>
    /// <inheritdoc cref="this[nint]"/>
    public ref T this[params ReadOnlySpan<nint> indices]
    {
        get
        {
            ThrowIfNotWriteable();
            return ref Unsafe.AsRef<T>(PointerAt(indices));
        }
    }

    /// <summary>A read-only reference to element <c>[i]</c> (<c>arr.item(i)</c>); works on read-only arrays.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside its axis (NumPy's "index 3 is out of bounds for axis 1 with size 3"); negative indices are not counted from the end here.</exception>
    /// <exception cref="ArgumentException">The number of indices is not the array's rank ("too many indices for array: ...").</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly T At(nint i)
    {
        if (_readRank != 1)
        {
            ThrowForRead(1, i);
        }

        return ref Unsafe.AsRef<T>(PointerAt(i));
    }

    /// <summary>A read-only reference to element <c>[i, j]</c> (<c>arr.item(i, j)</c>).</summary>
    /// <inheritdoc cref="At(nint)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly T At(nint i, nint j)
    {
        if (_readRank != 2)
        {
            ThrowForRead(2, i, j);
        }

        return ref Unsafe.AsRef<T>(PointerAt(i, j));
    }

    /// <summary>A read-only reference to element <c>[i, j, k]</c>.</summary>
    /// <inheritdoc cref="At(nint)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly T At(nint i, nint j, nint k)
    {
        if (_readRank != 3)
        {
            ThrowForRead(3, i, j, k);
        }

        return ref Unsafe.AsRef<T>(PointerAt(i, j, k));
    }

    /// <summary>A read-only reference to the element at one index per axis.</summary>
    /// <inheritdoc cref="At(nint)"/>
    public ref readonly T At(params ReadOnlySpan<nint> indices)
    {
        ThrowIfDisposed();
        return ref Unsafe.AsRef<T>(PointerAt(indices));
    }
}

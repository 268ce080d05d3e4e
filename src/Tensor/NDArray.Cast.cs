namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// A copy converted to <paramref name="dtype"/> (<c>arr.astype(dtype, order, casting)</c>),
    /// allowed under <paramref name="casting"/> (NumPy's default for astype is unsafe). Byte order
    /// changes are casts too: <c>AsType(dtype.WithByteOrder(ByteOrder.Big))</c> swaps the bytes.
    /// </summary>
    /// <exception cref="InvalidCastException">The cast is not allowed under <paramref name="casting"/>.</exception>
    public NDArray AsType(DType dtype, Casting casting = Casting.Unsafe, ArrayOrder order = ArrayOrder.K)
    {
        ThrowIfDisposed();
        ThrowIfCannotCast(_dtype, dtype, casting);
        NDArray result = NewLike(order, dtype, null, ArrayFlags.None);
        if (dtype == _dtype)
        {
            CopyCore(this, result);
        }
        else
        {
            CastCore(this, result);
        }

        return result;
    }

    /// <summary>A copy converted to <typeparamref name="T"/> in native order (<c>arr.astype(T)</c>, unsafe casting).</summary>
    public NDArray<T> AsType<T>(ArrayOrder order = ArrayOrder.K) where T : unmanaged => (NDArray<T>)AsType(DType.Of<T>(), Casting.Unsafe, order);

    /// <summary>Converts equal-shaped arrays element by element, through a temporary when they overlap.</summary>
    internal static void CastCore(NDArray src, NDArray dst)
    {
        if (src.Size == 0)
        {
            return;
        }

        if (MayOverlap(src, dst))
        {
            using NDArray snapshot = src.Copy(ArrayOrder.K);
            CastCore(snapshot, dst);
            return;
        }

        var kernel = CastKernels.Get(src._dtype.Type, dst._dtype.Type);
        nint swaps = (src._dtype.IsNativeByteOrder ? 0 : CastKernels.SwapSource) | (dst._dtype.IsNativeByteOrder ? 0 : CastKernels.SwapDestination);
        new StridedLoop(src._shape, src._strides, dst._strides).Run(src._data, dst._data, kernel, swaps);
        GC.KeepAlive(src);
        GC.KeepAlive(dst);
    }
}

namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// A copy converted to <paramref name="dtype"/> (<c>arr.astype(dtype, order, casting)</c>),
    /// allowed under <paramref name="casting"/> (NumPy's default for astype is unsafe). Byte order
    /// changes are casts too: <c>AsType(dtype.WithByteOrder(ByteOrder.Big))</c> swaps the bytes.
    /// The default order K keeps the source's layout, as NumPy's astype does: an F-contiguous source
    /// (a transpose) gives an F-contiguous copy, whose <see cref="AsSpan{T}"/> is column-major. Pass
    /// <see cref="ArrayOrder.C"/> for a row-major copy.
    /// </summary>
    /// <exception cref="InvalidCastException">The cast is not allowed under <paramref name="casting"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined <paramref name="casting"/> or <paramref name="order"/>.</exception>
    public NDArray AsType(DType dtype, Casting casting = Casting.Unsafe, ArrayOrder order = ArrayOrder.K)
    {
        ThrowIfDisposed();
        EnumChecks.Check(casting);
        EnumChecks.Check(order);
        ThrowIfCannotCast(_dtype, dtype, casting);
        NDArray result = NewLike(order, dtype, null, ArrayFlags.None);
        AssignCore(this, result);
        return result;
    }

    /// <summary>
    /// A copy converted to <typeparamref name="T"/> in native order (<c>arr.astype(T)</c>, unsafe
    /// casting); order K keeps the source's layout, as in <see cref="AsType(DType, Casting, ArrayOrder)"/>.
    /// </summary>
    public NDArray<T> AsType<T>(ArrayOrder order = ArrayOrder.K) where T : unmanaged => (NDArray<T>)AsType(DType.Of<T>(), Casting.Unsafe, order);
}

namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// The array as NumPy 1.24's <c>repr(arr)</c> prints it with the default print options
    /// (precision 8, threshold 1000, edgeitems 3, linewidth 75, floatmode 'maxprec'): for example
    /// <c>array([0. , 0.5, 1. ])</c>, <c>array([1, 2], dtype=int32)</c>, <c>array(3.5)</c> or
    /// <c>array([], shape=(0, 3), dtype=float64)</c>. Floats use the shortest digits that round-trip
    /// in their own type, aligned on the decimal point; arrays of more than 1000 elements show the
    /// first and last 3 items of each axis around <c>...</c>.
    /// </summary>
    /// <remarks>
    /// As in NumPy, the <c>dtype=</c> suffix is left out for the types NumPy treats as implied on
    /// 64-bit Linux (bool, int64, float64, complex128), whatever their byte order, and for other
    /// types shows the dtype's name. A disposed array prints a placeholder instead of reading freed memory.
    /// </remarks>
    public override string ToString()
    {
        if (IsDisposed)
        {
            return $"<disposed NDArray, dtype={DType}>";
        }

        return ArrayFormatter.Repr(this);
    }

    /// <summary>
    /// The array as NumPy's <c>np.array_repr(arr, precision=precision)</c> prints it: <see cref="ToString()"/>
    /// with at most <paramref name="precision"/> fractional digits for floating-point elements
    /// (NumPy's default is 8; <c>np.testing</c> prints its messages at 6).
    /// </summary>
    /// <param name="precision">The most digits after the decimal point, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is negative.</exception>
    /// <exception cref="ObjectDisposedException">The array is disposed.</exception>
    public string ToString(int precision)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(precision);
        ThrowIfDisposed();
        return ArrayFormatter.Repr(this, precision);
    }
}

namespace ArrayBridge;

/// <summary>
/// A classification whose answer for bools and integers is false whatever the value
/// (<c>np.isnan</c>/<c>np.isinf</c> give false there, <c>np.isfinite</c> true), as NumPy's own integer loops fill it.
/// </summary>
internal readonly struct AlwaysFalseKernel<T> : IUnaryKernel<T, bool>
    where T : unmanaged
{
    public static bool Apply(T x) => false;

    public static bool TryApply(ReadOnlySpan<T> x, Span<bool> destination)
    {
        destination.Fill(false);
        return true;
    }
}

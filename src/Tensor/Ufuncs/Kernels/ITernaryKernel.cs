namespace ArrayBridge;

/// <summary>
/// The element operation of a three-input ufunc loop over <typeparamref name="T"/> (<c>clip</c>);
/// see <see cref="IBinaryKernel{T, TResult}"/> for the contract of <c>TryApply</c>.
/// </summary>
internal interface ITernaryKernel<T>
    where T : unmanaged
{
    /// <summary>One element.</summary>
    static abstract T Apply(T x, T y, T z);

    /// <summary>
    /// A contiguous first input and output; the second and third inputs are contiguous, or broadcast
    /// when their flag says so (then only their first element is read).
    /// </summary>
    static virtual bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, bool yBroadcast, ReadOnlySpan<T> z, bool zBroadcast, Span<T> destination) => false;
}

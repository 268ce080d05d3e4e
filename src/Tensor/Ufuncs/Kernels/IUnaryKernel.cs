namespace ArrayBridge;

/// <summary>
/// The element operation of a one-input ufunc loop over <typeparamref name="T"/> with results of
/// <typeparamref name="TResult"/>; see <see cref="IBinaryKernel{T, TResult}"/> for the contract of
/// <c>TryApply</c>.
/// </summary>
internal interface IUnaryKernel<T, TResult>
    where T : unmanaged
    where TResult : unmanaged
{
    /// <summary>One element.</summary>
    static abstract TResult Apply(T x);

    /// <summary>A contiguous input and output.</summary>
    static virtual bool TryApply(ReadOnlySpan<T> x, Span<TResult> destination) => false;
}

namespace ArrayBridge;

/// <summary>
/// The element operation of a two-input ufunc loop over <typeparamref name="T"/> with results of
/// <typeparamref name="TResult"/>. <see cref="Apply(T, T)"/> defines the semantics. The
/// <c>TryApply</c> overloads are where a kernel vectorizes contiguous runs (with
/// <c>TensorPrimitives</c> or its own <c>Vector256/512</c> code); they return false to leave the
/// run to the scalar operation. A vectorized overload must give the same bits as the scalar
/// operation, and may be called with the destination exactly aliasing an input (in place), never
/// partially overlapping it.
/// </summary>
internal interface IBinaryKernel<T, TResult>
    where T : unmanaged
    where TResult : unmanaged
{
    /// <summary>One element.</summary>
    static abstract TResult Apply(T x, T y);

    /// <summary>Contiguous inputs and output.</summary>
    static virtual bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<TResult> destination) => false;

    /// <summary>A contiguous first input and a broadcast second one.</summary>
    static virtual bool TryApply(ReadOnlySpan<T> x, T y, Span<TResult> destination) => false;

    /// <summary>A broadcast first input and a contiguous second one.</summary>
    static virtual bool TryApply(T x, ReadOnlySpan<T> y, Span<TResult> destination) => false;
}

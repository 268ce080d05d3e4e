namespace ArrayBridge;

/// <summary>
/// A reduction's binary operation on its accumulator type <typeparamref name="T"/> (a ufunc's
/// <c>reduce</c> loop): <see cref="Combine"/> defines the semantics; <see cref="Run"/> folds a strided
/// run into one accumulator (NumPy's <c>IS_BINARY_REDUCE</c> case, pairwise for float sums) and
/// <see cref="Rows"/> folds a run into a run of accumulators (the kept axis innermost).
/// Pointers may be unaligned.
/// </summary>
/// <typeparam name="TSelf">The kernel itself.</typeparam>
/// <typeparam name="T">The accumulator and element type.</typeparam>
internal unsafe interface IReduceKernel<TSelf, T>
    where TSelf : IReduceKernel<TSelf, T>
    where T : unmanaged
{
    /// <summary>Whether the operation has an identity (NumPy's <c>ufunc.identity</c> is not None).</summary>
    static abstract bool HasIdentity { get; }

    /// <summary>The identity when <see cref="HasIdentity"/>; NumPy starts every reduction from it.</summary>
    static abstract T Identity { get; }

    /// <summary>Whether a run is a tree of halves (pairwise float sums) that only splits at its own halving points.</summary>
    static abstract bool Pairwise { get; }

    /// <summary><c>op(acc, x)</c>.</summary>
    static abstract T Combine(T acc, T x);

    /// <summary><c>acc op x[0] op ... op x[n-1]</c> for <paramref name="n"/> elements <paramref name="stride"/> bytes apart.</summary>
    static abstract T Run(T acc, byte* x, nint stride, nint n);

    /// <summary><c>acc[i] = op(acc[i], x[i])</c> for <paramref name="n"/> elements.</summary>
    static abstract void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n);
}

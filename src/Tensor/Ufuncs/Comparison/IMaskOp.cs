using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// A two-input predicate with a bool result (a comparison, or a logical operation on truth
/// values): the scalar form defines it, the vector form gives the same answer as an all-ones /
/// all-zeros lane mask and is only called when <see cref="Vector256{T}.IsSupported"/>.
/// </summary>
internal interface IMaskOp<T>
{
    /// <summary>One element pair.</summary>
    static abstract bool Apply(T x, T y);

    /// <summary>Lane-wise: all bits set where the predicate holds, zero elsewhere.</summary>
    static abstract Vector256<T> Apply(Vector256<T> x, Vector256<T> y);
}

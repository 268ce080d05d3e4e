using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// A two-input operation that returns one of its operands (maximum, minimum, fmax, fmin): the
/// scalar form defines it, the vector form gives the same bits and is only called when
/// <see cref="Vector256{T}.IsSupported"/>.
/// </summary>
internal interface ISelectOp<T>
{
    /// <summary>One element pair.</summary>
    static abstract T Apply(T x, T y);

    /// <summary>Lane-wise.</summary>
    static abstract Vector256<T> Apply(Vector256<T> x, Vector256<T> y);
}

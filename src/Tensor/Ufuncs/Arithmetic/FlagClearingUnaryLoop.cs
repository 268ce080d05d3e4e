namespace ArrayBridge;

/// <summary>
/// <see cref="UnaryLoop{T, TResult, TKernel}"/> followed by clearing this thread's floating-point
/// flags, for the loops after which NumPy calls <c>npy_clear_floatstatus_barrier</c> (float
/// <c>sign</c>, whose NaN comparisons may signal; the AVX-512 complex <c>absolute</c>, whose
/// overflow to inf and underflow NumPy does not report; complex <c>sign</c>, whose <c>z/|z|</c>
/// overflows or underflows on huge parts without NumPy reporting it).
/// </summary>
internal static unsafe class FlagClearingUnaryLoop<T, TResult, TKernel>
    where T : unmanaged
    where TResult : unmanaged
    where TKernel : IUnaryKernel<T, TResult>
{
    /// <summary>The loop as a <see cref="UfuncLoop"/> entry.</summary>
    public static UfuncLoop Entry => new([ScalarTypes.Of<T>(), ScalarTypes.Of<TResult>()], &Run);

    public static void Run(byte** args, nint* strides, nint count)
    {
        UnaryLoop<T, TResult, TKernel>.Run(args, strides, count);
        FloatingPointStatus.Clear();
    }
}

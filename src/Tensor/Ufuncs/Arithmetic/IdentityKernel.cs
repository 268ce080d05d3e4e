namespace ArrayBridge;

/// <summary>
/// The value itself, bit for bit: <c>np.positive</c>, <c>np.conjugate</c> of real numbers, and
/// <c>np.absolute</c> of bools and unsigned integers.
/// </summary>
internal readonly struct IdentityKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged
{
    public static T Apply(T x) => x;

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        // CopyTo is memmove: an in-place call (destination aliasing x) is a no-op copy.
        x.CopyTo(destination);
        return true;
    }
}

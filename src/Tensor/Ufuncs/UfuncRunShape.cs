namespace ArrayBridge;

/// <summary>
/// What a loop running on this thread can know about the iteration its run belongs to, for kernels
/// whose NumPy loop rounds differently depending on how NumPy's iterator feeds it.
/// </summary>
/// <remarks>
/// NumPy's ufunc iterator is buffered: after coalescing, a one-dimensional iteration hands every
/// operand to the loop with its own stride, while a multi-dimensional one copies each operand that no
/// single stride describes (and every broadcast scalar) into a contiguous buffer first, so the loop
/// mostly sees contiguous runs. A kernel whose contiguous and strided NumPy loops round differently
/// (complex128 multiply on AVX-512 hosts) picks the rounding by this.
/// </remarks>
internal static class UfuncRunShape
{
    [ThreadStatic]
    private static bool t_multidimensional;

    /// <summary>Whether the current loop's iteration has more than one dimension after coalescing.</summary>
    public static bool Multidimensional
    {
        get => t_multidimensional;
        set => t_multidimensional = value;
    }
}

namespace ArrayBridge;

/// <summary>One reduction's operands as <see cref="ReductionRunner"/> walks them, on the caller's stack.</summary>
internal unsafe ref struct ReduceArgs
{
    /// <summary>The input's shape.</summary>
    public ReadOnlySpan<nint> Shape;

    /// <summary>The result's shape with reduced axes kept as length 1.</summary>
    public ReadOnlySpan<nint> KeepShape;

    /// <summary>The input, in the accumulator type.</summary>
    public byte* X;

    /// <summary>The input's byte strides.</summary>
    public ReadOnlySpan<nint> XStrides;

    /// <summary>The accumulators.</summary>
    public byte* Acc;

    /// <summary>The accumulators' strides over the input's axes: 0 along reduced axes.</summary>
    public ReadOnlySpan<nint> AccStrides;

    /// <summary>The where mask (bool), or null.</summary>
    public byte* Mask;

    /// <summary>The mask's strides broadcast to the input's shape.</summary>
    public ReadOnlySpan<nint> MaskStrides;

    /// <summary>How the accumulators start.</summary>
    public ReduceInit Init;

    /// <summary>The <c>initial</c> value in the accumulator type.</summary>
    public byte* Initial;

    /// <summary>The input's element count.</summary>
    public nint Size;

    /// <summary>Whether floating-point flags are watched (workers report theirs).</summary>
    public bool Watch;
}

namespace ArrayBridge;

/// <summary>
/// One slot of an <see cref="NDArrayScope"/>: an array it owns (null once the array was moved out
/// or detached) and the array's place in its thread's creation order.
/// </summary>
internal struct ScopeEntry
{
    /// <summary>The owned array, or null for a slot that was given up.</summary>
    public NDArray? Array;

    /// <summary>The array's creation number on its thread; arrays are disposed from the highest down.</summary>
    public long Sequence;

    /// <summary>A slot for <paramref name="array"/>, created <paramref name="sequence"/>-th on its thread.</summary>
    public ScopeEntry(NDArray array, long sequence)
    {
        Array = array;
        Sequence = sequence;
    }
}

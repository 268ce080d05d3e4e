namespace ArrayBridge;

/// <summary>
/// One item of an advanced index (NumPy's "fancy" indexing, <c>arr[[0, 2], 1:, mask]</c>): a basic
/// item (<see cref="NDIndex"/>: integer, slice, <c>None</c>, <c>...</c>), an integer index array or a
/// boolean mask. Integers, C# ranges, <see cref="NDIndex"/>, arrays and .NET arrays of integers or
/// bools convert implicitly.
/// </summary>
/// <remarks>
/// A .NET array converts to an <see cref="NDArray"/> wrapping it without a copy (so
/// <c>a[idx] += 1</c> reads and writes through the same positions); the wrapper releases the array
/// when it is collected. On an <see cref="NDArray{T}"/> a <c>nint[]</c> inside the brackets binds to the typed
/// element indexer (one index per axis), so pass index arrays there as <c>int[]</c>, <c>long[]</c> or
/// an <see cref="NDArray"/>.
/// </remarks>
public readonly struct AdvancedIndex
{
    private AdvancedIndex(NDIndex basic)
    {
        Kind = AdvancedIndexKind.Basic;
        Basic = basic;
        Array = null;
    }

    private AdvancedIndex(NDArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        Kind = array.DType.Type == ScalarType.Bool ? AdvancedIndexKind.Mask : AdvancedIndexKind.IndexArray;
        Basic = default;
        Array = array;
    }

    /// <summary>Which kind of item this is.</summary>
    public AdvancedIndexKind Kind { get; }

    /// <summary>The basic item of a <see cref="AdvancedIndexKind.Basic"/> entry.</summary>
    public NDIndex Basic { get; }

    /// <summary>The index array or mask, or null for a basic item.</summary>
    public NDArray? Array { get; }

    /// <summary>The whole axis, <c>:</c>.</summary>
    public static AdvancedIndex All => new(NDIndex.All);

    /// <summary>A new axis of length 1, <c>None</c>.</summary>
    public static AdvancedIndex NewAxis => new(NDIndex.NewAxis);

    /// <summary>As many <c>:</c> as the other items leave, <c>...</c>.</summary>
    public static AdvancedIndex Ellipsis => new(NDIndex.Ellipsis);

    /// <summary>An index array or, for a bool dtype, a mask; the caller keeps ownership.</summary>
    public static AdvancedIndex FromArray(NDArray array) => new(array);

    /// <summary>A basic item.</summary>
    public static implicit operator AdvancedIndex(NDIndex index) => new(index);

    /// <summary>An integer index.</summary>
    public static implicit operator AdvancedIndex(int index) => new(NDIndex.At(index));

    /// <summary>An integer index.</summary>
    public static implicit operator AdvancedIndex(nint index) => new(NDIndex.At(index));

    /// <summary>A C# range as a step-1 slice.</summary>
    public static implicit operator AdvancedIndex(Range range) => new((NDIndex)range);

    /// <summary>An index array or, for a bool dtype, a mask; the caller keeps ownership.</summary>
    public static implicit operator AdvancedIndex(NDArray array) => new(array);

    /// <summary>An index array of the given positions.</summary>
    public static implicit operator AdvancedIndex(int[] indices) => new(NDArray.Wrap(indices ?? throw new ArgumentNullException(nameof(indices))));

    /// <summary>An index array of the given positions.</summary>
    public static implicit operator AdvancedIndex(long[] indices) => new(NDArray.Wrap(indices ?? throw new ArgumentNullException(nameof(indices))));

    /// <summary>An index array of the given positions.</summary>
    public static implicit operator AdvancedIndex(nint[] indices) => new(NDArray.Wrap(System.Array.ConvertAll(indices ?? throw new ArgumentNullException(nameof(indices)), static i => (long)i)));

    /// <summary>A 1-d boolean mask.</summary>
    public static implicit operator AdvancedIndex(bool[] mask) => new(NDArray.Wrap(mask ?? throw new ArgumentNullException(nameof(mask))));

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        AdvancedIndexKind.Basic => Basic.ToString(),
        AdvancedIndexKind.Mask => $"mask{Layout.FormatCompact(Array!.Shape)}",
        _ => $"index array {Array!.DType}{Layout.FormatCompact(Array!.Shape)}",
    };
}

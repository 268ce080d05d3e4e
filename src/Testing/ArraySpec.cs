namespace ArrayBridge.Testing;

/// <summary>
/// An immutable recipe for an array: a dtype, a base buffer of <see cref="BaseShape"/> laid out in
/// <see cref="Order"/> holding <see cref="Values"/>, and the view of it under test (a basic
/// <see cref="Index"/>, a broadcast, an unaligned start, a read-only flag). This is what the
/// generators produce and shrink, and what a failing property prints; the array itself exists only
/// between <see cref="Materialize"/> (or <see cref="Create"/>) and the end of the test case.
/// </summary>
/// <remarks>
/// <para>
/// FsCheck never disposes generated values, so generating <see cref="NDArray"/>s would leak their
/// native memory. A recipe holds no memory: a property materializes it and disposes what it made.
/// </para>
/// <code language="csharp">
/// [Property(Arbitrary = [typeof(ArrayArbitraries)])]
/// public void CopyKeepsValues(ArraySpec spec)
/// {
///     using MaterializedArray m = spec.Materialize(); // the view, its base and the guard bytes
///     using NDArray copy = m.Array.Copy();
///     ArrayAssert.AssertArrayEqual(copy, m.Array);
///     m.AssertNoWritesOutside();                     // nothing written outside the view
/// }
/// </code>
/// <para>
/// Or, inside an <see cref="NDArray.Scope"/>, <see cref="Create"/> returns the view and leaves every
/// array it made to the scope. The recipe prints as
/// <c>dtype=&gt;f4 base=(4, 4) order=F index=[::2, ::-1] values=[...]</c>;
/// <see cref="ToNumPySnippet"/> and <see cref="ToCSharp"/> give code that rebuilds the same array.
/// </para>
/// </remarks>
public sealed partial record ArraySpec
{
    /// <summary>Bytes of guard before and after the base in the buffer (a multiple of every alignment).</summary>
    internal const int GuardBytes = 16;

    /// <summary>A recipe for a base array of <paramref name="baseShape"/> with the values given as text.</summary>
    /// <param name="dtype">The dtype (any byte order).</param>
    /// <param name="baseShape">The base's shape.</param>
    /// <param name="values">The base's elements in memory order, comma-separated: <c>1, -2</c>,
    /// <c>1.5, -0.0, nan, -inf, nan(0x7e01)</c>, <c>(1+2j)</c>, <c>True, False</c>.</param>
    /// <exception cref="FormatException">A value is not of the dtype.</exception>
    /// <exception cref="ArgumentException">The number of values is not the base's size.</exception>
    public ArraySpec(DType dtype, nint[] baseShape, string values)
        : this(dtype, baseShape, ElementCodec.ParseList(dtype, values ?? throw new ArgumentNullException(nameof(values))))
    {
    }

    internal ArraySpec(DType dtype, nint[] baseShape, ulong[] components)
    {
        ArgumentNullException.ThrowIfNull(baseShape);
        ElementKind kind = ElementKind.Of(dtype);
        nint size = 1;
        foreach (nint n in baseShape)
        {
            if (n < 0)
            {
                ThrowHelper.ThrowArgument($"negative dimensions are not allowed: {FormatShape(baseShape)}", nameof(baseShape));
            }

            size = checked(size * n);
        }

        if (components.Length != size * kind.Components)
        {
            ThrowHelper.ThrowArgument($"{components.Length / kind.Components} values for a base of shape {FormatShape(baseShape)} (size {size})", "values");
        }

        DType = dtype;
        BaseShape = (nint[])baseShape.Clone();
        Components = components;
    }

    /// <summary>The dtype, with its byte order.</summary>
    public DType DType { get; }

    /// <summary>The shape of the base buffer the view is cut from (a copy of the one given; do not modify it).</summary>
    public nint[] BaseShape { get; }

    /// <summary>The base's elements as raw components (two per complex element), in memory order.</summary>
    internal ulong[] Components { get; init; }

    /// <summary>The base's memory order: <see cref="ArrayOrder.C"/> or <see cref="ArrayOrder.F"/>.</summary>
    public ArrayOrder Order { get; init; } = ArrayOrder.C;

    /// <summary>A basic index applied to the base (NumPy syntax, as the NDArray string indexer takes), or empty for none.</summary>
    public string Index { get; init; } = "";

    /// <summary>A shape the indexed view is broadcast to (zero strides, read-only), or null for none.</summary>
    public nint[]? BroadcastTo
    {
        get => _broadcastTo;
        init => _broadcastTo = (nint[]?)value?.Clone();
    }

    private readonly nint[]? _broadcastTo;

    /// <summary>Whether the base starts one byte past an aligned address.</summary>
    public bool Unaligned { get; init; }

    /// <summary>Whether the view is read-only.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The element options the values were drawn under; shrinking keeps values inside them.</summary>
    internal ElementOptions Elements { get; init; } = ElementOptions.Default;

    /// <summary>The number of elements of the base.</summary>
    public nint BaseSize => Components.Length / ElementKind.Of(DType).Components;

    /// <summary>The base's elements as recipe text (see the constructor).</summary>
    public string Values => ElementCodec.FormatList(DType, Components);

    /// <summary>
    /// Builds the array into a <see cref="MaterializedArray"/> that owns it, its base and its guarded
    /// buffer; dispose it at the end of the test case.
    /// </summary>
    /// <exception cref="ArgumentException">The broadcast does not apply, or a slice step is zero.</exception>
    /// <exception cref="FormatException">The index is not basic index syntax.</exception>
    /// <exception cref="ArgumentException">The index has too many items, or an integer out of bounds (<see cref="ArgumentOutOfRangeException"/>).</exception>
    public MaterializedArray Materialize()
    {
        var arrays = new List<NDArray>(6);
        try
        {
            NDArray view = Build(arrays, out NDArray buffer, out NDArray baseArray, out byte[] snapshot);
            return new MaterializedArray(this, view, baseArray, buffer, snapshot, arrays);
        }
        catch
        {
            for (int i = arrays.Count - 1; i >= 0; i--)
            {
                arrays[i].Dispose();
            }

            throw;
        }
    }

    /// <summary>
    /// Builds the array inside the innermost open <see cref="NDArray.Scope"/>, which owns it and every
    /// array made on the way: the array lives until the scope ends.
    /// </summary>
    /// <exception cref="InvalidOperationException">No scope is open on this thread (the arrays would leak).</exception>
    /// <exception cref="ArgumentException">The broadcast does not apply, or a slice step is zero.</exception>
    /// <exception cref="FormatException">The index is not basic index syntax.</exception>
    /// <exception cref="ArgumentException">The index has too many items, or an integer out of bounds (<see cref="ArgumentOutOfRangeException"/>).</exception>
    public NDArray Create()
    {
        if (NDArrayScope.Current is null)
        {
            ThrowHelper.ThrowInvalidOperation("ArraySpec.Create needs an open NDArray.Scope() to own the arrays it makes; use Materialize() outside a scope");
        }

        return Build(null, out _, out _, out _);
    }

    private NDArray Build(List<NDArray>? arrays, out NDArray buffer, out NDArray baseArray, out byte[] snapshot)
    {
        int itemSize = DType.ItemSize;
        nint nbytes = BaseSize * itemSize;
        int start = GuardBytes + (Unaligned ? 1 : 0);
        buffer = Track(arrays, NDArray.Zeros(DType.UInt8, [start + nbytes + GuardBytes]));
        Span<byte> bytes = buffer.AsSpan<byte>();
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = GuardByte(i);
        }

        WriteValues(bytes.Slice(start, (int)nbytes));
        NDArray region = Track(arrays, buffer.Index(NDIndex.Slice(start, start + nbytes)));
        NDArray flat = Track(arrays, region.View(DType));
        baseArray = Track(arrays, flat.Reshape(BaseShape, Order));
        NDArray view = baseArray;
        if (Index.Length > 0)
        {
            view = Track(arrays, view[Index]);
        }

        if (BroadcastTo is not null)
        {
            view = Track(arrays, view.BroadcastTo(BroadcastTo));
        }

        if (ReadOnly && view.IsWriteable)
        {
            view = Track(arrays, view.Index(NDIndex.Ellipsis));
            view.IsWriteable = false;
        }

        snapshot = bytes.ToArray();
        return view;
    }

    private static NDArray Track(List<NDArray>? arrays, NDArray array)
    {
        arrays?.Add(array);
        return array;
    }

    /// <summary>The initial byte at offset <paramref name="i"/> of the buffer (guard bytes keep it).</summary>
    internal static byte GuardByte(int i) => (byte)(0xA5 ^ (i * 29));

    private void WriteValues(Span<byte> destination)
    {
        ElementKind kind = ElementKind.Of(DType);
        int width = kind.ComponentBytes;
        bool bigEndian = DType.ByteOrder == ByteOrder.Big;
        for (int c = 0; c < Components.Length; c++)
        {
            Span<byte> component = destination.Slice(c * width, width);
            for (int b = 0; b < width; b++)
            {
                component[b] = (byte)(Components[c] >> (8 * b));
            }

            if (bigEndian)
            {
                component.Reverse(); // each part of a complex number is swapped on its own, as NumPy stores it
            }
        }
    }

    internal static string FormatShape(ReadOnlySpan<nint> shape) => shape.Length switch
    {
        0 => "()",
        1 => $"({shape[0]},)",
        _ => "(" + string.Join(", ", shape.ToArray()) + ")",
    };
}

using System.Text;

namespace ArrayBridge.Testing;

/// <summary>
/// An <see cref="ArraySpec"/> built: the view under test, its base and the buffer around the base
/// (guard bytes before and after it). Disposing it disposes all of them; write-checks compare the
/// buffer with its first contents outside the view.
/// </summary>
public sealed class MaterializedArray : IDisposable
{
    private readonly List<NDArray> _arrays;
    private readonly byte[] _snapshot;

    internal MaterializedArray(ArraySpec spec, NDArray array, NDArray baseArray, NDArray buffer, byte[] snapshot, List<NDArray> arrays)
    {
        Spec = spec;
        Array = array;
        Base = baseArray;
        Buffer = buffer;
        _snapshot = snapshot;
        _arrays = arrays;
    }

    /// <summary>The recipe this was built from.</summary>
    public ArraySpec Spec { get; }

    /// <summary>The array under test (a view of <see cref="Base"/>, or the base itself).</summary>
    public NDArray Array { get; }

    /// <summary>The base array the view was cut from.</summary>
    public NDArray Base { get; }

    /// <summary>The whole <c>uint8</c> buffer: guard bytes, the base, guard bytes.</summary>
    public NDArray Buffer { get; }

    /// <summary>The layout classes <see cref="Array"/> belongs to, read from its flags and strides.</summary>
    public LayoutClass Classes => Classify(Array, Base);

    /// <summary>The layout classes of <paramref name="array"/>, a view of <paramref name="baseArray"/>.</summary>
    internal static unsafe LayoutClass Classify(NDArray array, NDArray baseArray)
    {
        LayoutClass c = LayoutClass.None;
        bool empty = array.Size == 0;
        bool negative = false, zero = false;
        for (int i = 0; i < array.NDim; i++)
        {
            if (array.Shape[i] > 1)
            {
                negative |= array.Strides[i] < 0;
                zero |= array.Strides[i] == 0;
            }
        }

        if (empty)
        {
            c |= LayoutClass.Empty;
        }
        else
        {
            if (array.NDim >= 1 && array.IsCContiguous)
            {
                c |= LayoutClass.CContiguous;
            }

            if (array.IsFContiguous && !array.IsCContiguous)
            {
                c |= LayoutClass.FContiguous;
            }

            if (!array.IsContiguous && !negative && !zero)
            {
                c |= LayoutClass.Strided;
            }

            if (array.DataPointer != baseArray.DataPointer)
            {
                c |= LayoutClass.Offset;
            }
        }

        c |= negative ? LayoutClass.NegativeStrides : 0;
        c |= zero ? LayoutClass.ZeroStrides : 0;
        c |= array.DType.IsNativeByteOrder ? 0 : LayoutClass.NonNativeByteOrder;
        c |= array.IsAligned ? 0 : LayoutClass.Unaligned;
        c |= array.IsWriteable ? 0 : LayoutClass.ReadOnly;
        c |= array.NDim == 0 ? LayoutClass.ZeroDimensional : 0;
        return c;
    }

    /// <summary>
    /// The byte offsets, from the start of <see cref="Buffer"/>, of every byte <see cref="Array"/> reaches.
    /// </summary>
    public IReadOnlySet<long> Footprint()
    {
        var bytes = new HashSet<long>();
        if (Array.Size == 0)
        {
            return bytes;
        }

        long origin = (long)Array.DataPointer - (long)Buffer.DataPointer;
        int nd = Array.NDim;
        var index = new long[nd];
        while (true)
        {
            long offset = origin;
            for (int i = 0; i < nd; i++)
            {
                offset += index[i] * Array.Strides[i];
            }

            for (int b = 0; b < Array.ItemSize; b++)
            {
                bytes.Add(offset + b);
            }

            int axis = nd - 1;
            while (axis >= 0 && ++index[axis] == Array.Shape[axis])
            {
                index[axis] = 0;
                axis--;
            }

            if (axis < 0)
            {
                return bytes;
            }
        }
    }

    /// <summary>
    /// Fails when a byte of the buffer outside <see cref="Array"/>'s footprint (the guard bytes, or the
    /// part of the base the view does not reach) differs from what it held when the array was built.
    /// </summary>
    /// <exception cref="ArrayAssertionException">Something wrote outside the view; the message lists the offsets.</exception>
    public void AssertNoWritesOutside()
    {
        IReadOnlySet<long> footprint = Footprint();
        ReadOnlySpan<byte> now = Buffer.AsReadOnlySpan<byte>();
        var changed = new List<long>();
        for (int i = 0; i < now.Length; i++)
        {
            if (now[i] != _snapshot[i] && !footprint.Contains(i))
            {
                changed.Add(i);
            }
        }

        if (changed.Count > 0)
        {
            long baseStart = (long)Base.DataPointer - (long)Buffer.DataPointer;
            var message = new StringBuilder();
            message.Append($"{changed.Count} byte(s) outside the view were written (buffer offsets {string.Join(", ", changed.Take(16))}{(changed.Count > 16 ? ", ..." : "")}; ");
            message.Append($"the base spans [{baseStart}, {baseStart + Base.NBytes}) of {now.Length})\n");
            message.Append(Spec.Describe());
            ThrowHelper.ThrowAssertion(message.ToString());
        }
    }

    /// <summary>Disposes the view, the base and the buffer.</summary>
    public void Dispose()
    {
        for (int i = _arrays.Count - 1; i >= 0; i--)
        {
            _arrays[i].Dispose();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Spec.ToString();
}

namespace ArrayBridge;

/// <summary>
/// The lanes of a statistic over some axes, as NumPy's <c>_ureduce</c> lays them out: the kept axes
/// first in their order, the reduced axes last, copied to a C-contiguous <c>(outer, n)</c> buffer in
/// native byte order that the selection may reorder freely (NumPy partitions a copy too).
/// </summary>
internal sealed unsafe class QuantileLanes : IDisposable
{
    private QuantileLanes(NDArray buffer, nint outer, nint length, nint[] resultShape, int keptAxes)
    {
        KeptAxes = keptAxes;
        Buffer = buffer;
        Outer = outer;
        Length = length;
        ResultShape = resultShape;
    }

    /// <summary>The lanes, one per row; bool data is kept as bytes of 0 and 1.</summary>
    public NDArray Buffer { get; }

    /// <summary>The number of lanes (the product of the kept axes).</summary>
    public nint Outer { get; }

    /// <summary>The length of each lane (the product of the reduced axes).</summary>
    public nint Length { get; }

    /// <summary>The shape of one statistic per lane: the kept axes, with ones for the reduced axes under keepdims.</summary>
    public nint[] ResultShape { get; }

    /// <summary>How many axes are not reduced.</summary>
    public int KeptAxes { get; }

    /// <summary>The first element of lane <paramref name="lane"/>.</summary>
    public T* Lane<T>(nint lane) where T : unmanaged => (T*)Buffer.Data + lane * Length;

    /// <summary>Copies the lanes of <paramref name="a"/> over <paramref name="axis"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <exception cref="ArgumentException">An axis is repeated.</exception>
    public static QuantileLanes Create(NDArray a, Axes axis, bool keepdims)
    {
        int ndim = a.NDim;
        Span<bool> reduced = stackalloc bool[Math.Max(ndim, 1)];

        // np.median and np.quantile normalize the axes with normalize_axis_tuple, whose message for a
        // repeat differs from the ufunc reductions'.
        for (int i = 0; i < axis.Count; i++)
        {
            int normalized = Axes.NormalizeOne(axis[i], ndim);
            for (int j = 0; j < i; j++)
            {
                if (Axes.NormalizeOne(axis[j], ndim) == normalized)
                    ThrowHelper.ThrowArgument("repeated axis", nameof(axis));
            }
        }

        int reducedCount = axis.Normalize(ndim, reduced);

        // For a tuple of axes (not one axis, not None) NumPy's _ureduce merges the reduced axes with
        // reshape(kept + (-1,)), which cannot infer the -1 when the kept axes hold no element.
        if (!axis.IsAll && axis.Count != 1 && a.Size == 0 && KeptSize(a.Shape, reduced) == 0)
        {
            var kept = new List<nint>();
            for (int i = 0; i < ndim; i++)
            {
                if (!reduced[i])
                    kept.Add(a.Shape[i]);
            }

            string dims = string.Concat(kept.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture) + ","));
            ThrowHelper.ThrowArgument($"cannot reshape array of size 0 into shape ({dims}newaxis)", nameof(axis));
        }

        Span<int> order = stackalloc int[ndim];
        int k = 0;
        nint outer = 1, length = 1;
        var resultShape = new List<nint>(ndim);
        for (int i = 0; i < ndim; i++)
        {
            if (!reduced[i])
            {
                order[k++] = i;
                outer *= a.Shape[i];
                resultShape.Add(a.Shape[i]);
            }
            else if (keepdims)
            {
                resultShape.Add(1);
            }
        }

        for (int i = 0; i < ndim; i++)
        {
            if (reduced[i])
            {
                order[k++] = i;
                length *= a.Shape[i];
            }
        }

        DType native = a.DType.AsNative();
        NDArray buffer = NDArray.Empty(native, [outer, length]);
        try
        {
            if (buffer.Size > 0)
            {
                using NDArray moved = a.Transpose(order);
                using NDArray target = buffer.Reshape(moved.Shape);
                moved.CopyTo(target, Casting.Equiv);
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }

        return new QuantileLanes(buffer, outer, length, resultShape.ToArray(), ndim - reducedCount);
    }

    private static nint KeptSize(ReadOnlySpan<nint> shape, ReadOnlySpan<bool> reduced)
    {
        nint size = 1;
        for (int i = 0; i < shape.Length; i++)
        {
            if (!reduced[i])
                size *= shape[i];
        }

        return size;
    }

    /// <inheritdoc/>
    public void Dispose() => Buffer.Dispose();
}

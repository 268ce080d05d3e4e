namespace ArrayBridge.Examples;

/// <summary>A numerically stable softmax along the last axis, written with ArrayBridge.</summary>
public static class Softmax
{
    /// <summary>
    /// exp(x - max) / sum(exp(x - max)) over the last axis, in float64: subtracting each row's
    /// maximum keeps exp from overflowing, so any finite input gives finite output.
    /// </summary>
    public static NDArray Compute(NDArray x)
    {
        using NDArrayScope scope = NDArray.Scope();
        NDArray result = x.AsType(DType.Float64, Casting.Unsafe, ArrayOrder.C); // a C-contiguous copy in any input layout
        Rows(result.AsSpan<double>(), x.NDim == 0 ? 1 : (int)x.Shape[^1]);
        return scope.MoveToOuter(result);
    }

    /// <summary>
    /// The same computation with a planted layout bug: it takes the elements in memory order
    /// (<c>ravel('K')</c>) as if that were C order, so rows of an F-ordered or transposed array mix.
    /// </summary>
    public static NDArray ComputeWithLayoutBug(NDArray x)
    {
        using NDArrayScope scope = NDArray.Scope();
        NDArray flat = x.Ravel(ArrayOrder.K).AsType(DType.Float64, Casting.Unsafe, ArrayOrder.C);
        Rows(flat.AsSpan<double>(), x.NDim == 0 ? 1 : (int)x.Shape[^1]);
        NDArray result = flat.Reshape(x.Shape).Copy();
        return scope.MoveToOuter(result);
    }

    private static void Rows(Span<double> data, int rowLength)
    {
        for (int start = 0; rowLength > 0 && start < data.Length; start += rowLength)
        {
            Span<double> row = data.Slice(start, rowLength);
            double max = double.NegativeInfinity;
            foreach (double v in row)
            {
                max = Math.Max(max, v);
            }

            double sum = 0;
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = Math.Exp(row[i] - max);
                sum += row[i];
            }

            for (int i = 0; i < row.Length; i++)
            {
                row[i] /= sum;
            }
        }
    }
}

namespace ArrayBridge;

/// <summary>
/// <c>np.average</c> (NumPy 1.24): without weights the mean, with weights
/// <c>sum(a * w, dtype=result) / sum(w, dtype=result)</c> where the result dtype is
/// <c>result_type(a, w)</c> (with float64 for bool and integer inputs), and NumPy's checks on the
/// weights' shape and sum.
/// </summary>
internal static unsafe class AverageReduction
{
    /// <summary>The average and the sum of weights (NumPy's <c>returned=True</c> pair).</summary>
    public static (NDArray Average, NDArray SumOfWeights) Run(NDArray a, Axes axis, NDArray? weights, bool keepdims, bool returned)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        weights?.ThrowIfDisposed();
        if (weights is null)
        {
            NDArray mean = NDArray.Mean(a, axis, keepdims: keepdims);
            if (!returned)
                return (mean, null!);

            // scl = avg.dtype.type(a.size / avg.size): a Python float division, then the mean's type.
            if (mean.Size == 0)
            {
                mean.Dispose();
                ThrowHelper.ThrowDivideByZero("division by zero");
            }

            double scale = (double)a.Size / mean.Size;
            using NDArray scalar = NDArray.FromArray([scale]);
            using NDArray shaped = scalar.Reshape();
            NDArray scl = NDArray.Empty(mean.DType, mean.Shape);
            shaped.CopyTo(scl, Casting.Unsafe);
            return (mean, scl);
        }

        DType resultType = a.DType.Kind is 'b' or 'i' or 'u'
            ? DType.Promote(DType.Promote(a.DType, weights.DType), DType.Create(ScalarType.Float64))
            : DType.Promote(a.DType, weights.DType);
        NDArray w = weights;
        NDArray? broadcast = null, swapped = null;
        try
        {
            if (!a.Shape.SequenceEqual(weights.Shape))
            {
                if (axis.IsAll)
                    ThrowHelper.ThrowArgument("Axis must be specified when shapes of a and weights differ.", nameof(axis));
                if (weights.NDim != 1)
                    ThrowHelper.ThrowArgument("1D weights expected when shapes of a and weights differ.", nameof(weights));
                if (axis.Count != 1)
                    ThrowHelper.ThrowArgument("tuple indices must be integers or slices, not tuple", nameof(axis));
                int ax = Axes.NormalizeOne(axis[0], a.NDim);
                if (weights.Shape[0] != a.Shape[ax])
                    ThrowHelper.ThrowArgument("Length of weights not compatible with specified axis.", nameof(weights));

                // The weights broadcast along the axis: shape (1, ..., n) with n moved to the axis.
                nint[] target = new nint[a.NDim];
                target.AsSpan().Fill(1);
                target[^1] = weights.Shape[0];
                broadcast = weights.BroadcastTo(target);
                swapped = broadcast.SwapAxes(-1, ax);
                w = swapped;
            }

            NDArray scl = NDArray.Sum(w, axis, resultType, keepdims: keepdims);
            try
            {
                using (NDArray zero = NDArray.Equal(scl, 0.0))
                {
                    if (NanReduction.AnyTrue(zero))
                        ThrowHelper.ThrowDivideByZero("Weights sum to zero, can't be normalized");
                }

                using NDArray products = NDArray.Multiply(a, w, dtype: resultType);
                using NDArray total = NDArray.Sum(products, axis, keepdims: keepdims);
                NDArray average = NDArray.Divide(total, scl);
                if (!returned)
                {
                    scl.Dispose();
                    return (average, null!);
                }

                if (!scl.Shape.SequenceEqual(average.Shape))
                {
                    using NDArray view = scl.BroadcastTo(average.Shape);
                    NDArray copy = view.Copy();
                    scl.Dispose();
                    scl = copy;
                }

                return (average, scl);
            }
            catch
            {
                scl.Dispose();
                throw;
            }
        }
        finally
        {
            swapped?.Dispose();
            broadcast?.Dispose();
        }
    }
}

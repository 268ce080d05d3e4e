namespace ArrayBridge;

/// <summary>The engine of <c>nonzero</c> and the masks of advanced indexing.</summary>
internal static unsafe class Selection
{
    /// <summary>
    /// The truth of every element as a C-contiguous bool array (this array itself, as a new view,
    /// when it already is one): nonzero, NaN included; -0.0 is false; complex if either part is nonzero.
    /// </summary>
    public static NDArray Truth(NDArray a)
    {
        if (a.DType.Type == ScalarType.Bool)
        {
            return a.IsCContiguous ? a.ShareView() : a.Copy(ArrayOrder.C);
        }

        NDArray t = NDArray.NotEqual(a, 0, order: ArrayOrder.C);
        return t;
    }

    /// <summary>One int64 array per axis with the coordinates of the true elements in C order (<c>arr.nonzero()</c>).</summary>
    public static NDArray[] Nonzero(NDArray a)
    {
        using NDArray truth = Truth(a);
        int nd = a.NDim;
        nint count = IndexKernels.CountTrue(truth.Data, truth.Size);
        var result = new NDArray[nd];
        for (int d = 0; d < nd; d++)
        {
            result[d] = NDArray.Empty<long>(count);
        }

        if (count == 0)
        {
            return result;
        }

        if (nd == 1)
        {
            IndexKernels.TruePositions(truth.Data, truth.Size, (long*)result[0].Data);
            return result;
        }

        // Flat positions first, unravelled into the per-axis arrays afterwards.
        using NDArray<long> flat = NDArray.Empty<long>(count);
        long* f = (long*)flat.Data;
        IndexKernels.TruePositions(truth.Data, truth.Size, f);
        nint[] shape = a.ShapeArray;
        var outs = new long*[nd];
        for (int d = 0; d < nd; d++)
        {
            outs[d] = (long*)result[d].Data;
        }

        for (nint i = 0; i < count; i++)
        {
            long p = f[i];
            for (int d = nd - 1; d > 0; d--)
            {
                long n = shape[d];
                long q = p / n;
                outs[d][i] = p - q * n;
                p = q;
            }

            outs[0][i] = p;
        }

        return result;
    }
}

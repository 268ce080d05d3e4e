namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// <paramref name="num"/> evenly spaced values from <paramref name="start"/> to
    /// <paramref name="stop"/> (<c>np.linspace</c>), computed in float64 as NumPy does, so the
    /// values are bit for bit NumPy's: <c>step = (stop - start) / div</c>, <c>y = i * step + start</c>
    /// (<c>i / div * delta + start</c> when the step underflows to zero), the last value set to
    /// <paramref name="stop"/> with <paramref name="endpoint"/>; an integer <paramref name="dtype"/>
    /// takes the floor before the cast.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="num"/> is negative ("Number of samples, -1, must be non-negative.").</exception>
    public static NDArray Linspace(double start, double stop, nint num = 50, bool endpoint = true, DType? dtype = null) =>
        Linspace(start, stop, out _, num, endpoint, dtype);

    /// <summary><c>np.linspace(..., retstep=True)</c>: also gives the step, NaN when there are fewer than two intervals' worth of samples.</summary>
    /// <inheritdoc cref="Linspace(double, double, nint, bool, DType?)"/>
    public static NDArray Linspace(double start, double stop, out double step, nint num = 50, bool endpoint = true, DType? dtype = null)
    {
        NDArray<double> y = LinspaceFloat64(start, stop, out step, num, endpoint);
        DType target = dtype ?? DType.Float64;
        if (target == DType.Float64)
        {
            return y;
        }

        using (y)
        {
            if (target.Kind is 'i' or 'u')
            {
                Span<double> values = y.AsSpan();
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = Math.Floor(values[i]);
                }
            }

            return y.AsType(target);
        }
    }

    private static NDArray<double> LinspaceFloat64(double start, double stop, out double step, nint num, bool endpoint)
    {
        if (num < 0)
        {
            ThrowHelper.ThrowArgument($"Number of samples, {num}, must be non-negative.", nameof(num));
        }

        nint div = endpoint ? num - 1 : num;
        double delta = stop - start;
        var y = (NDArray<double>)Allocate(DType.Float64, [num], ArrayOrder.C, zero: false);
        double* p = (double*)y._data;
        if (div > 0)
        {
            step = delta / div;
            if (step == 0)
            {
                // Denormal ranges: dividing first keeps the values apart.
                for (nint i = 0; i < num; i++)
                {
                    p[i] = (double)i / div * delta + start;
                }
            }
            else
            {
                for (nint i = 0; i < num; i++)
                {
                    p[i] = (double)i * step + start;
                }
            }
        }
        else
        {
            step = double.NaN;
            for (nint i = 0; i < num; i++)
            {
                p[i] = (double)i * delta + start;
            }
        }

        if (endpoint && num > 1)
        {
            p[num - 1] = stop;
        }

        return y;
    }

    /// <summary>
    /// <c>np.logspace</c>: <paramref name="base"/> raised to <see cref="Linspace(double, double, nint, bool, DType?)"/>'s
    /// values, through the <see cref="Power"/> ufunc, then cast to <paramref name="dtype"/>. The
    /// exponents are bit for bit NumPy's; the powers are the C library's <c>pow</c>, within 2 ULP of
    /// NumPy's where NumPy uses its AVX-512 (SVML) power loop.
    /// </summary>
    /// <inheritdoc cref="Linspace(double, double, nint, bool, DType?)"/>
    public static NDArray Logspace(double start, double stop, nint num = 50, bool endpoint = true, double @base = 10.0, DType? dtype = null)
    {
        using NDArray<double> y = LinspaceFloat64(start, stop, out _, num, endpoint);
        NDArray powers = Power(@base, y);
        if (dtype is null || dtype.Value == powers._dtype)
        {
            return powers;
        }

        using (powers)
        {
            return powers.AsType(dtype.Value);
        }
    }

    /// <summary>
    /// <c>np.geomspace</c> for real bounds: a geometric progression from <paramref name="start"/> to
    /// <paramref name="stop"/> by <see cref="Logspace"/> between their base-10 logarithms, with the
    /// ends set to the bounds themselves and both-negative bounds handled on their magnitudes.
    /// </summary>
    /// <exception cref="ArgumentException">A bound is zero ("Geometric sequence cannot include zero"), or <paramref name="num"/> is negative.</exception>
    public static NDArray GeomSpace(double start, double stop, nint num = 50, bool endpoint = true, DType? dtype = null)
    {
        if (start == 0 || stop == 0)
        {
            ThrowHelper.ThrowArgument("Geometric sequence cannot include zero", start == 0 ? nameof(start) : nameof(stop));
        }

        DType target = dtype ?? DType.Float64;
        bool negative = start < 0 && stop < 0;
        if (negative)
        {
            start = -start;
            stop = -stop;
        }

        NDArray result = Logspace(Math.Log10(start), Math.Log10(stop), num, endpoint, 10.0, target);
        try
        {
            if (num > 0)
            {
                SetFromDouble(result, 0, start);
                if (num > 1 && endpoint)
                {
                    SetFromDouble(result, num - 1, stop);
                }
            }

            if (negative)
            {
                // NumPy multiplies by a float64 sign: exact, so negating in float64 and casting back is the same.
                using NDArray asDouble = result.AsType(DType.Float64);
                using NDArray negated = Negative(asDouble);
                using NDArray cast = negated.AsType(target);
                AssignCore(cast, result);
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }

        return result;
    }

    /// <summary>Writes a float64 value into element <paramref name="index"/> of a 1-d array, cast as NumPy's item assignment casts it.</summary>
    private static void SetFromDouble(NDArray array, nint index, double value)
    {
        using NDArray source = Full<double>([1], value);
        using NDArray target = array.SliceAxis(0, index, index + 1);
        AssignCore(source, target);
    }

    /// <summary>A 2-d array with ones on diagonal <paramref name="k"/> and zeros elsewhere (<c>np.eye(N, M, k, dtype, order)</c>; float64 by default).</summary>
    /// <exception cref="ArgumentException">A negative size ("negative dimensions are not allowed").</exception>
    public static NDArray Eye(nint n, nint? m = null, nint k = 0, DType? dtype = null, ArrayOrder order = ArrayOrder.C)
    {
        nint cols = m ?? n;
        if (n < 0 || cols < 0)
        {
            ThrowHelper.ThrowNegativeDimensions(n < 0 ? nameof(n) : nameof(m));
        }

        NDArray result = Zeros(dtype ?? DType.Float64, [n, cols], order);
        FillDiagonal(result, k, One(result._dtype));
        return result;
    }

    /// <summary>The <paramref name="n"/> by <paramref name="n"/> identity matrix (<c>np.identity</c>; float64 by default).</summary>
    /// <inheritdoc cref="Eye"/>
    public static NDArray Identity(nint n, DType? dtype = null) => Eye(n, null, 0, dtype);

    /// <summary>
    /// <c>np.diag</c>: for a 1-d array a new square array with it on diagonal <paramref name="k"/>;
    /// for a 2-d array a read-only view of diagonal <paramref name="k"/> (NumPy's <c>diagonal</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The array is neither 1-d nor 2-d ("Input must be 1- or 2-d.").</exception>
    public NDArray Diag(nint k = 0)
    {
        ThrowIfDisposed();
        switch (NDim)
        {
            case 1:
                return DiagFrom(this, k);
            case 2:
                nint rows = _shape[0], cols = _shape[1];
                nint length = k >= 0 ? Math.Min(rows, cols - k) : Math.Min(rows + k, cols);
                byte* data = _data;
                if (length <= 0)
                {
                    length = 0;
                }
                else
                {
                    data += k >= 0 ? k * _strides[1] : -k * _strides[0];
                }

                return ViewOf(data, [length], [_strides[0] + _strides[1]], writeable: false);
            default:
                return ThrowHelper.ThrowArgument<NDArray>("Input must be 1- or 2-d.");
        }
    }

    /// <summary>A new square array with the flattened array on diagonal <paramref name="k"/> (<c>np.diagflat</c>).</summary>
    public NDArray DiagFlat(nint k = 0)
    {
        ThrowIfDisposed();
        using NDArray flat = Ravel();
        return DiagFrom(flat, k);
    }

    private static NDArray DiagFrom(NDArray v, nint k)
    {
        nint n = v._shape[0] + Math.Abs(k);
        NDArray result = Zeros(v._dtype, [n, n]);
        if (v._size != 0)
        {
            nint row = k >= 0 ? 0 : -k, col = k >= 0 ? k : 0;
            using NDArray diagonal = result.ViewOf(result._data + row * result._strides[0] + col * result._strides[1], [v._shape[0]], [result._strides[0] + result._strides[1]]);
            AssignCore(v, diagonal);
        }

        return result;
    }

    /// <summary>Ones at and below diagonal <paramref name="k"/>, zeros above (<c>np.tri(N, M, k, dtype)</c>; float64 by default).</summary>
    public static NDArray Tri(nint n, nint? m = null, nint k = 0, DType? dtype = null)
    {
        nint rows = Math.Max(n, 0), cols = Math.Max(m ?? n, 0);
        NDArray result = Zeros(dtype ?? DType.Float64, [rows, cols]);
        byte* one = stackalloc byte[16];
        One(result._dtype).CopyTo(new Span<byte>(one, 16));
        int itemSize = result.ItemSize;
        for (nint i = 0; i < rows; i++)
        {
            nint last = Math.Min(i + k, cols - 1);
            byte* row = result._data + i * result._strides[0];
            for (nint j = 0; j <= last; j++)
            {
                Buffer.MemoryCopy(one, row + j * itemSize, itemSize, itemSize);
            }
        }

        return result;
    }

    /// <summary>
    /// A copy with the elements above diagonal <paramref name="k"/> of the last two axes zeroed
    /// (<c>np.tril</c>, NumPy's <c>where(mask, m, 0)</c>: C order, native byte order); a 1-d array
    /// is first broadcast to a square.
    /// </summary>
    /// <exception cref="ArgumentException">The array is 0-d.</exception>
    public NDArray Tril(nint k = 0) => Triangle(k, lower: true);

    /// <summary>A copy with the elements below diagonal <paramref name="k"/> of the last two axes zeroed (<c>np.triu</c>).</summary>
    /// <inheritdoc cref="Tril"/>
    public NDArray Triu(nint k = 0) => Triangle(k, lower: false);

    private NDArray Triangle(nint k, bool lower)
    {
        ThrowIfDisposed();
        if (NDim == 0)
        {
            ThrowHelper.ThrowArgument($"{(lower ? "tril" : "triu")} needs an array of at least one dimension: NumPy's tri() is missing its argument 'N' for a 0-d array");
        }

        NDArray result;
        if (NDim == 1)
        {
            using NDArray square = BroadcastTo(_shape[0], _shape[0]);
            result = square.AsType(_dtype.AsNative(), Casting.Unsafe, ArrayOrder.C);
        }
        else
        {
            result = AsType(_dtype.AsNative(), Casting.Unsafe, ArrayOrder.C);
        }

        int nd = result.NDim;
        nint rows = result._shape[nd - 2], cols = result._shape[nd - 1];
        nint matrices = rows * cols == 0 ? 0 : result._size / (rows * cols);
        int itemSize = result.ItemSize;
        for (nint b = 0; b < matrices; b++)
        {
            byte* matrix = result._data + b * rows * cols * itemSize;
            for (nint i = 0; i < rows; i++)
            {
                // tril keeps j <= i + k; triu keeps j >= i + k.
                nint from = lower ? Math.Max(i + k + 1, 0) : 0;
                nint to = lower ? cols : Math.Min(Math.Max(i + k, 0), cols);
                if (to > from)
                {
                    new Span<byte>(matrix + (i * cols + from) * itemSize, checked((int)((to - from) * itemSize))).Clear();
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Coordinate arrays from 1-d coordinate vectors (<c>np.meshgrid</c>): each input flattened, with
    /// <see cref="MeshgridIndexing.Xy"/> the first two output axes swapped. Sparse grids keep length
    /// 1 on the other axes; without <paramref name="copy"/> the full grids are read-only broadcast views.
    /// </summary>
    public static NDArray[] Meshgrid(ReadOnlySpan<NDArray> xi, MeshgridIndexing indexing = MeshgridIndexing.Xy, bool sparse = false, bool copy = true)
    {
        if ((uint)indexing > (uint)MeshgridIndexing.Ij)
        {
            ThrowHelper.ThrowUndefinedEnum(nameof(indexing), (int)indexing, nameof(MeshgridIndexing));
        }

        int nd = xi.Length;
        Layout.CheckRank(nd, nameof(xi));
        var shapes = new nint[nd][];
        var full = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            ArgumentNullException.ThrowIfNull(xi[i]);
            xi[i].ThrowIfDisposed();
            full[i] = xi[i]._size;
        }

        bool swap = indexing == MeshgridIndexing.Xy && nd > 1;
        if (swap)
        {
            (full[0], full[1]) = (full[1], full[0]);
        }

        var output = new NDArray[nd];
        try
        {
            for (int i = 0; i < nd; i++)
            {
                var shape = new nint[nd];
                shape.AsSpan().Fill(1);
                int at = swap && i < 2 ? 1 - i : i;
                shape[at] = xi[i]._size;
                using NDArray flat = xi[i].Ravel();
                NDArray sparseView = flat.Reshape(shape);
                if (sparse)
                {
                    output[i] = sparseView;
                }
                else
                {
                    using (sparseView)
                    {
                        output[i] = sparseView.BroadcastTo(full);
                    }
                }

                if (copy)
                {
                    NDArray view = output[i];
                    using (view)
                    {
                        output[i] = view.Copy(ArrayOrder.C);
                    }
                }
            }
        }
        catch
        {
            DisposeAll(output);
            throw;
        }

        return output;
    }

    /// <summary>The bytes of the value 1 in <paramref name="dtype"/>, in its byte order.</summary>
    private static ReadOnlySpan<byte> One(DType dtype)
    {
        using NDArray source = Full<double>([1], 1.0);
        using NDArray target = Empty(dtype, [1]);
        AssignCore(source, target);
        return new ReadOnlySpan<byte>(target._data, dtype.ItemSize).ToArray();
    }

    /// <summary>Writes <paramref name="value"/> (an item's bytes) on diagonal <paramref name="k"/> of a 2-d array.</summary>
    private static void FillDiagonal(NDArray result, nint k, ReadOnlySpan<byte> value)
    {
        nint rows = result._shape[0], cols = result._shape[1];
        for (nint i = Math.Max(0, -k); i < rows && i + k < cols; i++)
        {
            value.CopyTo(new Span<byte>(result._data + i * result._strides[0] + (i + k) * result._strides[1], value.Length));
        }
    }
}

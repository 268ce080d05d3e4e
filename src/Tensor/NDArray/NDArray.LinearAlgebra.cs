using System.Text;
using ArrayBridge.LinearAlgebra;

namespace ArrayBridge;

public unsafe partial class NDArray
{
    private const string MatMulSignature = "(n?,k),(k,m?)->(n?,m?)";

    /// <summary>
    /// The matrix product <c>np.matmul(x1, x2)</c>: the last two axes of each operand are matrices
    /// and the leading axes broadcast as a batch; a 1-d operand is a vector (a row on the left, a
    /// column on the right) whose added axis is removed from the result.
    /// </summary>
    /// <remarks>
    /// float32, float64, complex64 and complex128 go to CBLAS when one is loaded (see
    /// <see cref="Blas"/>), in place for C- or Fortran-ordered matrices and through a contiguous copy
    /// otherwise; other dtypes, and all dtypes without a BLAS, run ArrayBridge's managed kernel.
    /// Integer products wrap as NumPy's; bool products are the logical or of ands.
    /// </remarks>
    /// <param name="x1">The left operand, at least 1-d.</param>
    /// <param name="x2">The right operand, at least 1-d.</param>
    /// <param name="out">Where to write the result (NumPy's <c>out=</c>), of exactly the result's shape; its dtype must be a same-kind cast of the result's.</param>
    /// <param name="dtype">The dtype to compute in and return (<c>dtype=</c>); null promotes the operands' dtypes as NumPy does.</param>
    /// <returns>The product: <paramref name="out"/> when given, else a new C-ordered array (0-d for vector·vector).</returns>
    /// <exception cref="ArgumentException">A 0-d operand, mismatched core or batch dimensions, or a wrong or read-only <paramref name="out"/>.</exception>
    /// <exception cref="InvalidCastException">An operand or the output cannot be converted under same_kind casting.</exception>
    public static NDArray MatMul(NDArray x1, NDArray x2, NDArray? @out = null, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(x1);
        ArgumentNullException.ThrowIfNull(x2);
        x1.ThrowIfDisposed();
        x2.ThrowIfDisposed();
        @out?.ThrowIfDisposed();
        for (int i = 0; i < 2; i++)
        {
            if ((i == 0 ? x1 : x2).NDim == 0)
            {
                ThrowHelper.ThrowArgument($"matmul: Input operand {i} does not have enough dimensions (has 0, gufunc core with signature {MatMulSignature} requires 1)", i == 0 ? nameof(x1) : nameof(x2));
            }
        }

        bool aVec = x1.NDim == 1, bVec = x2.NDim == 1;
        nint n = aVec ? 1 : x1._shape[^2], k = x1._shape[^1];
        nint kb = bVec ? x2._shape[0] : x2._shape[^2], m = bVec ? 1 : x2._shape[^1];
        if (k != kb)
        {
            ThrowHelper.ThrowArgument($"matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {MatMulSignature} (size {kb} is different from {k})", nameof(x2));
        }

        int aCore = aVec ? 1 : 2, bCore = bVec ? 1 : 2;
        int aB = x1.NDim - aCore, bB = x2.NDim - bCore, nb = Math.Max(aB, bB);
        var batch = new nint[nb];
        for (int d = 0; d < nb; d++)
        {
            nint la = d - (nb - aB) >= 0 ? x1._shape[d - (nb - aB)] : 1;
            nint lb = d - (nb - bB) >= 0 ? x2._shape[d - (nb - bB)] : 1;
            if (la != lb && la != 1 && lb != 1)
            {
                ThrowMatMulBroadcast(x1, aCore, x2, bCore, n, m, aVec, bVec);
            }

            batch[d] = la == 1 ? lb : la;
        }

        var shape = new nint[nb + (aVec ? 0 : 1) + (bVec ? 0 : 1)];
        batch.CopyTo(shape, 0);
        if (!aVec)
        {
            shape[nb] = n;
        }

        if (!bVec)
        {
            shape[^1] = m;
        }

        DType compute = (dtype ?? DType.Promote(x1.DType, x2.DType)).AsNative();
        CheckInputCast("matmul", x1.DType, compute, 0);
        CheckInputCast("matmul", x2.DType, compute, 1);
        if (@out is not null)
        {
            CheckMatMulOut(@out, shape, nb, aVec, bVec, compute);
        }

        NDArray a = x1.DType == compute ? x1 : x1.AsType(compute);
        NDArray b = x2.DType == compute ? x2 : x2.AsType(compute);
        bool direct = @out is not null && @out.DType == compute && !MayOverlap(@out, a) && !MayOverlap(@out, b);
        NDArray result = direct ? @out! : Empty(compute, shape);
        try
        {
            RunMatMul(a, aVec, b, bVec, result, nb, batch, n, k, m);
            if (@out is not null && !direct)
            {
                result.CopyTo(@out, Casting.Unsafe);
                return @out;
            }

            return result;
        }
        finally
        {
            if (!ReferenceEquals(a, x1))
            {
                a.Dispose();
            }

            if (!ReferenceEquals(b, x2))
            {
                b.Dispose();
            }

            if (!ReferenceEquals(result, @out) && @out is not null)
            {
                result.Dispose();
            }
        }
    }

    /// <summary>The matrix product of this array and <paramref name="other"/>; see <see cref="MatMul(NDArray, NDArray, NDArray?, DType?)"/>.</summary>
    /// <param name="other">The right operand.</param>
    /// <returns>A new array holding the product.</returns>
    public NDArray MatMul(NDArray other) => MatMul(this, other);

    private static void RunMatMul(NDArray a, bool aVec, NDArray b, bool bVec, NDArray c, int nb, nint[] batch, nint n, nint k, nint m)
    {
        int aB = a.NDim - (aVec ? 1 : 2), bB = b.NDim - (bVec ? 1 : 2);
        Span<nint> aStr = stackalloc nint[nb], bStr = stackalloc nint[nb], cStr = stackalloc nint[nb];
        for (int d = 0; d < nb; d++)
        {
            int da = d - (nb - aB), db = d - (nb - bB);
            aStr[d] = da >= 0 && a._shape[da] != 1 ? a._strides[da] : 0;
            bStr[d] = db >= 0 && b._shape[db] != 1 ? b._strides[db] : 0;
            cStr[d] = c._strides[d];
        }

        nint as0 = aVec ? 0 : a._strides[^2], as1 = a._strides[^1];
        nint bs0 = bVec ? b._strides[0] : b._strides[^2], bs1 = bVec ? 0 : b._strides[^1];
        nint cs0 = aVec ? 0 : c._strides[nb], cs1 = bVec ? 0 : c._strides[^1];
        MatMulEngine.Run(c.DType.Type, c.ItemSize, batch, aStr, bStr, cStr, a._data, as0, as1, b._data, bs0, bs1, c._data, cs0, cs1, n, k, m);
    }

    private static void CheckInputCast(string name, DType from, DType to, int operand)
    {
        if (!DType.CanCast(from, to, Casting.SameKind))
        {
            ThrowHelper.ThrowInvalidCast($"Cannot cast ufunc '{name}' input {operand} from dtype('{from}') to dtype('{to}') with casting rule 'same_kind'");
        }
    }

    private static void CheckMatMulOut(NDArray @out, nint[] shape, int nb, bool aVec, bool bVec, DType compute)
    {
        int coreOut = (aVec ? 0 : 1) + (bVec ? 0 : 1);
        if (@out.NDim < coreOut)
        {
            ThrowHelper.ThrowArgument($"matmul: Output operand 0 does not have enough dimensions (has {@out.NDim}, gufunc core with signature {MatMulSignature} requires {coreOut})", "out");
        }

        for (int i = 0; i < coreOut; i++)
        {
            nint want = shape[nb + i], have = @out._shape[@out.NDim - coreOut + i];
            if (want != have)
            {
                ThrowHelper.ThrowArgument($"matmul: Output operand 0 has a mismatch in its core dimension {i}, with gufunc signature {MatMulSignature} (size {have} is different from {want})", "out");
            }
        }

        if (!@out._shape.AsSpan().SequenceEqual(shape))
        {
            ThrowHelper.ThrowArgument($"non-broadcastable output operand with shape {FormatCompact(@out._shape)} doesn't match the broadcast shape {FormatCompact(shape)}", "out");
        }

        if (!@out.IsWriteable)
        {
            ThrowHelper.ThrowArgument("output array is read-only", "out");
        }

        if (!DType.CanCast(compute, @out.DType, Casting.SameKind))
        {
            ThrowHelper.ThrowInvalidCast($"Cannot cast ufunc 'matmul' output from dtype('{compute}') to dtype('{@out.DType}') with casting rule 'same_kind'");
        }
    }

    private static void ThrowMatMulBroadcast(NDArray x1, int aCore, NDArray x2, int bCore, nint n, nint m, bool aVec, bool bVec)
    {
        var sb = new StringBuilder("operands could not be broadcast together with remapped shapes [original->remapped]: ");
        foreach ((NDArray x, int core) in (ReadOnlySpan<(NDArray, int)>)[(x1, aCore), (x2, bCore)])
        {
            sb.Append(FormatCompact(x._shape)).Append("->(");
            for (int d = 0; d < x.NDim - core; d++)
            {
                sb.Append(x._shape[d]).Append(',');
            }

            for (int d = 0; d < core; d++)
            {
                sb.Append("newaxis").Append(d < core - 1 ? "," : "");
            }

            sb.Append(") ");
        }

        var requested = new List<nint>();
        if (!aVec)
        {
            requested.Add(n);
        }

        if (!bVec)
        {
            requested.Add(m);
        }

        sb.Append(" and requested shape ").Append(FormatCompact(requested.ToArray()));
        ThrowHelper.ThrowArgument(sb.ToString());
    }

    /// <summary>A shape as NumPy's error messages print it: <c>(2,3)</c>, <c>(3,)</c>, <c>()</c>.</summary>
    internal static string FormatCompact(ReadOnlySpan<nint> shape) =>
        shape.Length == 1 ? $"({shape[0]},)" : $"({string.Join(',', shape.ToArray())})";

    /// <summary>
    /// The dot product <c>np.dot(a, b)</c>: a scalar multiply when either is 0-d, the inner product of
    /// two 1-d arrays, the matrix product of 2-d arrays, and otherwise the sum over the last axis of
    /// <paramref name="a"/> and the second-to-last of <paramref name="b"/> (the last when 1-d), with
    /// result shape <c>a.shape[:-1] + b.shape[:-2] + b.shape[-1:]</c>.
    /// </summary>
    /// <param name="a">The first operand.</param>
    /// <param name="b">The second operand.</param>
    /// <param name="out">
    /// Where to write the result: as NumPy requires, a C-contiguous writeable array of exactly the
    /// result's shape and dtype.
    /// </param>
    /// <returns>The product: <paramref name="out"/> when given, else a new array (0-d for two vectors).</returns>
    /// <exception cref="ArgumentException">The summed axes differ in length, or <paramref name="out"/> is not acceptable.</exception>
    public static NDArray Dot(NDArray a, NDArray b, NDArray? @out = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a.ThrowIfDisposed();
        b.ThrowIfDisposed();
        if (a.NDim == 0 || b.NDim == 0)
        {
            return Multiply(a, b, @out);
        }

        int bAxis = Math.Max(b.NDim - 2, 0);
        if (a._shape[^1] != b._shape[bAxis])
        {
            ThrowHelper.ThrowArgument($"shapes {FormatCompact(a._shape)} and {FormatCompact(b._shape)} not aligned: {a._shape[^1]} (dim {a.NDim - 1}) != {b._shape[bAxis]} (dim {bAxis})");
        }

        DType type = DType.Promote(a.DType, b.DType);
        nint[] shape = [.. a._shape.AsSpan(0, a.NDim - 1), .. b._shape.AsSpan(0, bAxis), .. b.NDim >= 2 ? b._shape.AsSpan(b.NDim - 1) : []];
        if (@out is not null)
        {
            @out.ThrowIfDisposed();
            if (@out.DType != type || !@out._shape.AsSpan().SequenceEqual(shape) || !@out.IsCContiguous || !@out.IsWriteable)
            {
                ThrowHelper.ThrowArgument("output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)", "out");
            }
        }

        if (b.NDim <= 2)
        {
            // matmul's rules coincide with dot's when b has at most two axes.
            return MatMul(a, b, @out);
        }

        // dot(a, b)[i.., j.., l] = sum_k a[i.., k] * b[j.., k, l]: a as rows, b with its summed axis first.
        nint kLen = a._shape[^1];
        int[] perm = new int[b.NDim];
        perm[0] = b.NDim - 2;
        for (int d = 0, j = 1; d < b.NDim; d++)
        {
            if (d != b.NDim - 2)
            {
                perm[j++] = d;
            }
        }

        using NDArray a2 = a.Reshape(-1, kLen);
        using NDArray bt = b.Transpose(perm);
        using NDArray b2 = bt.Reshape(kLen, -1);
        using NDArray product = MatMul(a2, b2);
        NDArray result = product.Reshape(shape);
        if (@out is null)
        {
            return result;
        }

        using (result)
        {
            result.CopyTo(@out);
        }

        return @out;
    }

    /// <summary>The dot product of this array and <paramref name="other"/> (<c>a.dot(b)</c>); see <see cref="Dot(NDArray, NDArray, NDArray?)"/>.</summary>
    /// <param name="other">The second operand.</param>
    /// <returns>A new array holding the product.</returns>
    public NDArray Dot(NDArray other) => Dot(this, other);

    /// <summary>
    /// <c>np.vdot(a, b)</c>: both arrays flattened in C order, the first conjugated when complex,
    /// and the sum of their products as a 0-d array.
    /// </summary>
    /// <param name="a">The operand that is conjugated.</param>
    /// <param name="b">The second operand, with as many elements.</param>
    /// <returns>A new 0-d array of the promoted dtype.</returns>
    /// <exception cref="ArgumentException">The sizes differ.</exception>
    public static NDArray Vdot(NDArray a, NDArray b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a.ThrowIfDisposed();
        b.ThrowIfDisposed();
        if (a.Size != b.Size)
        {
            ThrowHelper.ThrowArgument($"cannot reshape array of size {b.Size} into shape ({a.Size},)", nameof(b));
        }

        using NDArray x = a.Ravel();
        using NDArray y = b.Ravel();
        if (a.DType.Kind != 'c')
        {
            return MatMul(x, y);
        }

        using NDArray conj = Conjugate(x);
        return MatMul(conj, y);
    }

    /// <summary>
    /// <c>np.inner(a, b)</c>: the sum of products over the last axes of both, with result shape
    /// <c>a.shape[:-1] + b.shape[:-1]</c>; a scalar multiply when either is 0-d.
    /// </summary>
    /// <param name="a">The first operand.</param>
    /// <param name="b">The second operand.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentException">The last axes differ in length.</exception>
    public static NDArray Inner(NDArray a, NDArray b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a.ThrowIfDisposed();
        b.ThrowIfDisposed();
        if (a.NDim == 0 || b.NDim == 0)
        {
            return Multiply(a, b);
        }

        if (a._shape[^1] != b._shape[^1])
        {
            // NumPy reports b with its last axis moved to the front, as its dot sees it.
            nint[] moved = [b._shape[^1], .. b._shape.AsSpan(0, b.NDim - 1)];
            ThrowHelper.ThrowArgument($"shapes {FormatCompact(a._shape)} and {FormatCompact(moved)} not aligned: {a._shape[^1]} (dim {a.NDim - 1}) != {b._shape[^1]} (dim 0)");
        }

        return TensorDot(a, b, [-1], [-1]);
    }

    /// <summary>
    /// <c>np.outer(a, b)</c>: <c>out[i, j] = a.ravel()[i] * b.ravel()[j]</c>.
    /// </summary>
    /// <param name="a">The first operand, flattened.</param>
    /// <param name="b">The second operand, flattened.</param>
    /// <param name="out">Where to write the (a.size, b.size) result, or null for a new array.</param>
    /// <returns>The product: <paramref name="out"/> when given.</returns>
    public static NDArray Outer(NDArray a, NDArray b, NDArray? @out = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a.ThrowIfDisposed();
        b.ThrowIfDisposed();
        using NDArray column = a.Reshape(-1, 1);
        using NDArray row = b.Reshape(1, -1);
        return Multiply(column, row, @out);
    }

    /// <summary>
    /// <c>np.tensordot(a, b, axes=n)</c>: sums the last <paramref name="axes"/> axes of
    /// <paramref name="a"/> against the first <paramref name="axes"/> of <paramref name="b"/>.
    /// </summary>
    /// <param name="a">The first operand.</param>
    /// <param name="b">The second operand.</param>
    /// <param name="axes">How many axes to sum over (NumPy's default 2).</param>
    /// <returns>A new array of shape <c>a.shape[:-n] + b.shape[n:]</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axes"/> is negative or more than either rank.</exception>
    /// <exception cref="ArgumentException">The summed axes differ in length.</exception>
    public static NDArray TensorDot(NDArray a, NDArray b, int axes = 2)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (axes < 0 || axes > a.NDim || axes > b.NDim)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(axes), $"axes={axes} must be between 0 and the smaller rank ({Math.Min(a.NDim, b.NDim)}).");
        }

        int[] axesA = new int[axes], axesB = new int[axes];
        for (int i = 0; i < axes; i++)
        {
            axesA[i] = a.NDim - axes + i;
            axesB[i] = i;
        }

        return TensorDot(a, b, axesA, axesB);
    }

    /// <summary>
    /// <c>np.tensordot(a, b, axes=(axesA, axesB))</c>: sums <paramref name="a"/>'s axes
    /// <paramref name="axesA"/> against <paramref name="b"/>'s axes <paramref name="axesB"/> pairwise;
    /// the result has <paramref name="a"/>'s other axes followed by <paramref name="b"/>'s.
    /// </summary>
    /// <param name="a">The first operand.</param>
    /// <param name="b">The second operand.</param>
    /// <param name="axesA">Axes of <paramref name="a"/> (negative counts from the end).</param>
    /// <param name="axesB">Axes of <paramref name="b"/>, as many as <paramref name="axesA"/>.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentException">The axis lists differ in length, repeat an axis, or pair axes of different lengths (NumPy's "shape-mismatch for sum").</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    public static NDArray TensorDot(NDArray a, NDArray b, ReadOnlySpan<int> axesA, ReadOnlySpan<int> axesB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a.ThrowIfDisposed();
        b.ThrowIfDisposed();
        if (axesA.Length != axesB.Length)
        {
            ThrowHelper.ThrowArgument("shape-mismatch for sum", nameof(axesB));
        }

        int count = axesA.Length;
        bool[] summedA = new bool[a.NDim], summedB = new bool[b.NDim];
        int[] na = new int[count], nbAxes = new int[count];
        nint kLen = 1;
        for (int i = 0; i < count; i++)
        {
            na[i] = Layout.NormalizeAxis(axesA[i], a.NDim, nameof(axesA));
            nbAxes[i] = Layout.NormalizeAxis(axesB[i], b.NDim, nameof(axesB));
            if (a._shape[na[i]] != b._shape[nbAxes[i]])
            {
                ThrowHelper.ThrowArgument("shape-mismatch for sum", nameof(axesB));
            }

            if (summedA[na[i]] || summedB[nbAxes[i]])
            {
                ThrowHelper.ThrowArgument("repeated axis in tensordot axes", summedA[na[i]] ? nameof(axesA) : nameof(axesB));
            }

            summedA[na[i]] = true;
            summedB[nbAxes[i]] = true;
            kLen *= a._shape[na[i]];
        }

        var permA = new List<int>();
        var freeShape = new List<nint>();
        nint rowsA = 1, colsB = 1;
        for (int d = 0; d < a.NDim; d++)
        {
            if (!summedA[d])
            {
                permA.Add(d);
                freeShape.Add(a._shape[d]);
                rowsA *= a._shape[d];
            }
        }

        permA.AddRange(na);
        var permB = new List<int>(nbAxes);
        for (int d = 0; d < b.NDim; d++)
        {
            if (!summedB[d])
            {
                permB.Add(d);
                freeShape.Add(b._shape[d]);
                colsB *= b._shape[d];
            }
        }

        using NDArray at = a.Transpose(permA.ToArray());
        using NDArray a2 = at.Reshape(rowsA, kLen);
        using NDArray bt = b.Transpose(permB.ToArray());
        using NDArray b2 = bt.Reshape(kLen, colsB);
        using NDArray product = MatMul(a2, b2);
        return product.Reshape(freeShape.ToArray());
    }

    /// <summary>
    /// The diagonal of the matrices over axes <paramref name="axis1"/> and <paramref name="axis2"/>
    /// (<c>np.diagonal</c>) as a read-only view, as NumPy returns it: those two axes are removed and
    /// the diagonal becomes the last axis.
    /// </summary>
    /// <param name="offset">Above (positive) or below (negative) the main diagonal.</param>
    /// <param name="axis1">The row axis.</param>
    /// <param name="axis2">The column axis.</param>
    /// <returns>A read-only view of this array's memory.</returns>
    /// <exception cref="ArgumentException">The array has fewer than two axes, or the axes are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    public NDArray Diagonal(int offset = 0, int axis1 = 0, int axis2 = 1)
    {
        ThrowIfDisposed();
        if (NDim < 2)
        {
            ThrowHelper.ThrowArgument("diag requires an array of at least two dimensions");
        }

        int ax1 = Layout.NormalizeAxis(axis1, NDim, nameof(axis1));
        int ax2 = Layout.NormalizeAxis(axis2, NDim, nameof(axis2));
        if (ax1 == ax2)
        {
            ThrowHelper.ThrowArgument("axis1 and axis2 cannot be the same", nameof(axis2));
        }

        nint rows = _shape[ax1], cols = _shape[ax2];
        nint length = offset >= 0 ? Math.Max(0, Math.Min(rows, cols - offset)) : Math.Max(0, Math.Min(rows + offset, cols));
        byte* data = _data;
        if (length > 0)
        {
            data += offset >= 0 ? offset * _strides[ax2] : -(nint)offset * _strides[ax1];
        }

        var shape = new nint[NDim - 1];
        var strides = new nint[NDim - 1];
        for (int d = 0, j = 0; d < NDim; d++)
        {
            if (d != ax1 && d != ax2)
            {
                shape[j] = _shape[d];
                strides[j++] = _strides[d];
            }
        }

        shape[^1] = length;
        strides[^1] = _strides[ax1] + _strides[ax2];
        return ViewOf(data, shape, strides, writeable: false);
    }

    /// <summary>The diagonal of <paramref name="a"/>; see <see cref="Diagonal(int, int, int)"/>.</summary>
    /// <param name="a">The array, at least 2-d.</param>
    /// <param name="offset">Above (positive) or below (negative) the main diagonal.</param>
    /// <param name="axis1">The row axis.</param>
    /// <param name="axis2">The column axis.</param>
    /// <returns>A read-only view.</returns>
    public static NDArray Diagonal(NDArray a, int offset = 0, int axis1 = 0, int axis2 = 1)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Diagonal(offset, axis1, axis2);
    }

    /// <summary>
    /// The sum along the diagonal (<c>np.trace</c>): for more than two axes, an array of the traces
    /// of the matrices over <paramref name="axis1"/> and <paramref name="axis2"/>. As with
    /// <c>sum</c>, bool and integer types narrower than 64 bits accumulate in int64 (uint64 for
    /// unsigned) unless <paramref name="dtype"/> says otherwise.
    /// </summary>
    /// <param name="offset">Above (positive) or below (negative) the main diagonal.</param>
    /// <param name="axis1">The row axis.</param>
    /// <param name="axis2">The column axis.</param>
    /// <param name="dtype">The accumulator and result dtype, or null for NumPy's default.</param>
    /// <returns>A new array: 0-d for a 2-d input.</returns>
    /// <exception cref="ArgumentException">Fewer than two axes, or the axes are the same.</exception>
    public NDArray Trace(int offset = 0, int axis1 = 0, int axis2 = 1, DType? dtype = null)
    {
        using NDArray diagonal = Diagonal(offset, axis1, axis2);
        DType acc = (dtype ?? SumDType(DType)).AsNative();
        return SumLastAxis(diagonal, acc);
    }

    /// <summary>The trace of <paramref name="a"/>; see <see cref="Trace(int, int, int, DType?)"/>.</summary>
    /// <param name="a">The array, at least 2-d.</param>
    /// <param name="offset">Above (positive) or below (negative) the main diagonal.</param>
    /// <param name="axis1">The row axis.</param>
    /// <param name="axis2">The column axis.</param>
    /// <param name="dtype">The accumulator and result dtype, or null for NumPy's default.</param>
    /// <returns>A new array.</returns>
    public static NDArray Trace(NDArray a, int offset = 0, int axis1 = 0, int axis2 = 1, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Trace(offset, axis1, axis2, dtype);
    }

    /// <summary>NumPy's default dtype of <c>sum</c>: bool and narrow integers widen to the platform integer.</summary>
    internal static DType SumDType(DType type) => type.Kind switch
    {
        'b' => DType.Int64,
        'i' when type.ItemSize < 8 => DType.Int64,
        'u' when type.ItemSize < 8 => DType.UInt64,
        _ => type.AsNative(),
    };

    /// <summary>
    /// Sums the last axis of <paramref name="x"/> in <paramref name="acc"/>: as the product with a
    /// vector of ones, so it rides the same kernels as matmul (exact for integers, in order for floats).
    /// </summary>
    internal static NDArray SumLastAxis(NDArray x, DType acc)
    {
        nint length = x._shape[^1];
        using NDArray ones = Empty(acc, [length]);
        FillOne(ones);
        if (x.DType == acc)
        {
            return MatMul(x, ones);
        }

        using NDArray cast = x.AsType(acc);
        return MatMul(cast, ones);
    }

    private static void FillOne(NDArray contiguous)
    {
        using NDArray one = Full<byte>([], 1);
        using NDArray typed = one.AsType(contiguous.DType);
        int size = contiguous.ItemSize;
        for (nint i = 0; i < contiguous.Size; i++)
        {
            Buffer.MemoryCopy(typed._data, contiguous._data + i * size, size, size);
        }
    }

    /// <summary>
    /// Einstein summation (<c>np.einsum</c>) over subscripts such as <c>"ij,jk->ik"</c>,
    /// <c>"ii->i"</c>, <c>"ij->"</c>, <c>"bij,bjk->bik"</c>, <c>"...ij,...jk->...ik"</c>, or
    /// implicit output (<c>"ij,jk"</c>: the labels that appear once, sorted).
    /// </summary>
    /// <remarks>
    /// Repeated labels within an operand take its diagonal; labels that appear in no other operand
    /// and not in the output are summed first; each pair of operands is then contracted, left to
    /// right, as one batched matrix product (so float types go to BLAS). Sums stay in the
    /// operands' promoted dtype, as NumPy's einsum does. The result is always a new array.
    /// </remarks>
    /// <param name="subscripts">The comma-separated operand labels, optionally <c>-&gt;</c> and the output labels.</param>
    /// <param name="operands">The arrays, one per comma-separated term.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentException">The subscripts are malformed or do not match the operands' shapes (NumPy's messages).</exception>
    public static NDArray Einsum(string subscripts, params NDArray[] operands)
    {
        ArgumentNullException.ThrowIfNull(subscripts);
        ArgumentNullException.ThrowIfNull(operands);
        foreach (NDArray op in operands)
        {
            ArgumentNullException.ThrowIfNull(op, nameof(operands));
            op.ThrowIfDisposed();
        }

        return EinsumEvaluator.Evaluate(subscripts, operands);
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// NumPy's <c>argmax</c>/<c>argmin</c> (PyArray_ArgMax and the <c>@TYPE@_argmax</c> loops): the
/// searched axis moved last, each run scanned for its first extreme, NaN winning at its first occurrence.
/// </summary>
internal static unsafe class ArgReduction
{
    public static NDArray Run(NDArray a, int? axis, NDArray? @out, bool keepdims, bool max)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        @out?.ThrowIfDisposed();
        string name = max ? "argmax" : "argmin";
        int nd = a.NDim;
        if (nd == 0 && axis is 0 or -1)
        {
            // As ufunc.reduce, NumPy's argmax takes axis 0 or -1 of a 0-d array as the whole array.
            axis = null;
        }

        nint[] resultShape;
        NDArray source;
        if (axis is null)
        {
            resultShape = keepdims ? Enumerable.Repeat((nint)1, nd).ToArray() : [];
            // The flat index is in C order: a C-contiguous native copy unless the array already is one.
            source = a.IsCContiguous && a.DType.IsNativeByteOrder ? a : a.AsType(DType.Create(a.DType.Type), Casting.Unsafe, ArrayOrder.C);
        }
        else
        {
            int ax = Axes.NormalizeOne(axis.Value, nd);
            resultShape = new nint[keepdims ? nd : nd - 1];
            for (int i = 0, k = 0; i < nd; i++)
            {
                if (i != ax)
                {
                    resultShape[k++] = a.Shape[i];
                }
                else if (keepdims)
                {
                    resultShape[k++] = 1;
                }
            }

            NDArray native = a.DType.IsNativeByteOrder ? a : a.AsType(DType.Create(a.DType.Type), Casting.Unsafe, ArrayOrder.K);
            Span<int> perm = stackalloc int[nd];
            for (int i = 0, k = 0; i < nd; i++)
            {
                if (i != ax)
                {
                    perm[k++] = i;
                }
            }

            perm[nd - 1] = ax;
            source = native.Transpose(perm);
            if (!ReferenceEquals(native, a))
            {
                native.Dispose();
            }
        }

        try
        {
            nint length = axis is null ? a.Size : a.Shape[Axes.NormalizeOne(axis.Value, nd)];
            if (@out is not null && (@out.DType.Type != ScalarType.Int64 || !@out.DType.IsNativeByteOrder || !@out.Shape.SequenceEqual(resultShape)))
            {
                ThrowHelper.ThrowArgument($"output array does not match result of np.{name}.", nameof(@out));
            }

            if (@out is not null && !@out.IsWriteable)
            {
                ThrowHelper.ThrowArgument("output array is read-only", nameof(@out));
            }

            if (length == 0)
            {
                ThrowHelper.ThrowArgument($"attempt to get {name} of an empty sequence");
            }

            NDArray result = @out ?? NDArray.Empty(DType.Int64, resultShape);
            try
            {
                if (result.Size != 0)
                {
                    Span<nint> resultStrides = stackalloc nint[nd];
                    if (axis is not null)
                    {
                        int ax = Axes.NormalizeOne(axis.Value, nd);
                        for (int i = 0, k = 0; i < result.NDim; i++)
                        {
                            if (!keepdims || i != ax)
                            {
                                resultStrides[k++] = result.Strides[i];
                            }
                        }
                    }

                    Fill(source, axis is null, length, result, resultStrides, max);
                }

                return result;
            }
            catch
            {
                if (@out is null)
                {
                    result.Dispose();
                }

                throw;
            }
        }
        finally
        {
            if (!ReferenceEquals(source, a))
            {
                source.Dispose();
            }
        }
    }

    /// <summary>
    /// Scans each run of <paramref name="length"/> elements (the last axis, or everything when
    /// <paramref name="flat"/>) into the result, whose strides over the source's outer axes are
    /// <paramref name="resultStrides"/>.
    /// </summary>
    private static void Fill(NDArray source, bool flat, nint length, NDArray result, ReadOnlySpan<nint> resultStrides, bool max)
    {
        ScalarType type = source.DType.Type;
        int nd = source.NDim;
        nint stride = flat ? source.ItemSize : source.Strides[nd - 1];
        int outer = flat ? 0 : nd - 1;
        nint rows = flat ? 1 : result.Size;
        Span<nint> index = stackalloc nint[Math.Max(outer, 1)];
        index.Clear();
        ReadOnlySpan<nint> shape = source.Shape, strides = source.Strides;
        for (nint r = 0; r < rows; r++)
        {
            byte* p = source.Data;
            byte* o = result.Data;
            for (int i = 0; i < outer; i++)
            {
                p += index[i] * strides[i];
                o += index[i] * resultStrides[i];
            }

            *(long*)o = Scan(type, p, stride, length, max);
            for (int i = outer - 1; i >= 0; i--)
            {
                if (++index[i] < shape[i])
                {
                    break;
                }

                index[i] = 0;
            }
        }

        GC.KeepAlive(source);
        GC.KeepAlive(result);
    }

    private static long Scan(ScalarType type, byte* p, nint stride, nint n, bool max) => type switch
    {
        ScalarType.Bool => ScanBool(p, stride, n, max),
        ScalarType.Int8 => Scan<sbyte>(p, stride, n, max),
        ScalarType.UInt8 => Scan<byte>(p, stride, n, max),
        ScalarType.Int16 => Scan<short>(p, stride, n, max),
        ScalarType.UInt16 => Scan<ushort>(p, stride, n, max),
        ScalarType.Int32 => Scan<int>(p, stride, n, max),
        ScalarType.UInt32 => Scan<uint>(p, stride, n, max),
        ScalarType.Int64 => Scan<long>(p, stride, n, max),
        ScalarType.UInt64 => Scan<ulong>(p, stride, n, max),
        ScalarType.Float16 => Scan<Half>(p, stride, n, max),
        ScalarType.Float32 => Scan<float>(p, stride, n, max),
        ScalarType.Float64 => Scan<double>(p, stride, n, max),
        ScalarType.Complex64 => ScanComplex<float>(p, stride, n, max),
        _ => ScanComplex<double>(p, stride, n, max),
    };

    /// <summary>
    /// NumPy's real argmax/argmin loop: a later element wins when <c>!(x &lt;= best)</c> (argmax) or
    /// <c>!(x &gt;= best)</c> (argmin), which also takes the first NaN, after which the scan stops.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Scan<T>(byte* p, nint stride, nint n, bool max)
        where T : unmanaged, INumber<T>
    {
        T best = Unsafe.ReadUnaligned<T>(p);
        long at = 0;
        if (T.IsNaN(best))
        {
            return 0;
        }

        for (nint i = 1; i < n; i++)
        {
            T v = Unsafe.ReadUnaligned<T>(p + i * stride);
            if (max ? !(v <= best) : !(v >= best))
            {
                best = v;
                at = i;
                if (T.IsNaN(best))
                {
                    break;
                }
            }
        }

        return at;
    }

    /// <summary>Bool: the first true for argmax, the first false for argmin.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long ScanBool(byte* p, nint stride, nint n, bool max)
    {
        for (nint i = 0; i < n; i++)
        {
            if ((p[i * stride] != 0) == max)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>NumPy's complex argmax/argmin: lexicographic, the first element with a NaN part winning.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long ScanComplex<T>(byte* p, nint stride, nint n, bool max)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T br = Unsafe.ReadUnaligned<T>(p), bi = Unsafe.ReadUnaligned<T>(p + sizeof(T));
        if (T.IsNaN(br) || T.IsNaN(bi))
        {
            return 0;
        }

        long at = 0;
        for (nint i = 1; i < n; i++)
        {
            byte* q = p + i * stride;
            T r = Unsafe.ReadUnaligned<T>(q), im = Unsafe.ReadUnaligned<T>(q + sizeof(T));
            bool better = max
                ? r > br || (r == br && im > bi)
                : r < br || (r == br && im < bi);
            if (better || T.IsNaN(r) || T.IsNaN(im))
            {
                br = r;
                bi = im;
                at = i;
                if (T.IsNaN(br) || T.IsNaN(bi))
                {
                    break;
                }
            }
        }

        return at;
    }
}

using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// NumPy's layout arithmetic on shapes and byte strides: sizes with overflow checks, the strides of
/// new arrays, contiguity and alignment flags, and the byte extent a layout touches.
/// </summary>
internal static class Layout
{
    /// <summary>
    /// <c>|stride|</c> as an unsigned number: exact for <see cref="nint.MinValue"/>, a valid stride of
    /// a length-1 axis, where <see cref="Math.Abs(nint)"/> would throw.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static nuint Magnitude(nint stride) => stride < 0 ? 0 - (nuint)stride : (nuint)stride;

    /// <summary>The most dimensions an array may have (NumPy 2's <c>NPY_MAXDIMS</c>).</summary>
    public const int MaxDimensions = 64;

    /// <summary>
    /// Validates the shape of a new array and returns its element count; <paramref name="nbytes"/> is
    /// the byte size. Like NumPy, a length-0 axis makes the array empty but the other lengths are
    /// still checked for overflow (<c>PyArray_NewFromDescr_int</c>).
    /// </summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxDimensions"/> axes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative length.</exception>
    /// <exception cref="OverflowException">The byte size does not fit in <see cref="nint"/>.</exception>
    public static nint ValidateShape(ReadOnlySpan<nint> shape, int itemSize, out nint nbytes, string paramName = "shape") =>
        ValidateShapeCore(shape, itemSize, out nbytes, paramName, describesExistingMemory: false);

    /// <summary>
    /// Validates the shape of a layout over memory that already exists (a wrapped buffer, a pointer,
    /// <c>as_strided</c>): as <see cref="ValidateShape"/>, but a byte size beyond the address space
    /// is an argument that cannot describe any memory, so it throws <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public static nint ValidateLayoutShape(ReadOnlySpan<nint> shape, int itemSize, out nint nbytes, string paramName = "shape") =>
        ValidateShapeCore(shape, itemSize, out nbytes, paramName, describesExistingMemory: true);

    private static nint ValidateShapeCore(ReadOnlySpan<nint> shape, int itemSize, out nint nbytes, string paramName, bool describesExistingMemory)
    {
        CheckRank(shape.Length, paramName);
        nint size = 1;
        nint bytes = itemSize;
        bool empty = false;
        for (int i = 0; i < shape.Length; i++)
        {
            nint n = shape[i];
            if (n < 0)
            {
                ThrowHelper.ThrowArgumentOutOfRange(paramName, $"negative dimensions are not allowed: axis {i} has length {n}");
            }

            if (n == 0)
            {
                empty = true;
                continue;
            }

            if (!TryMultiply(bytes, n, out bytes) || !TryMultiply(size, n, out size))
            {
                string message = $"array is too big: shape {Format(shape)} with item size {itemSize} is larger than the maximum possible size";
                if (describesExistingMemory)
                {
                    ThrowHelper.ThrowArgumentOutOfRange(paramName, message);
                }

                ThrowHelper.ThrowOverflow(message);
            }
        }

        if (empty)
        {
            size = 0;
            bytes = 0;
        }

        nbytes = bytes;
        return size;
    }

    /// <summary>
    /// Refuses a rank above <see cref="MaxDimensions"/> given as a shape, with NumPy 2's message
    /// (<c>PyArray_IntpConverter</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="ndim"/> is above <see cref="MaxDimensions"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckRank(int ndim, string paramName)
    {
        if ((uint)ndim > MaxDimensions)
        {
            ThrowHelper.ThrowTooManyDimensions(ndim, paramName);
        }
    }

    /// <summary>Multiplies without overflow; false when the product does not fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMultiply(nint a, nint b, out nint product)
    {
        Int128 p = (Int128)(long)a * (long)b;
        if (p > nint.MaxValue || p < nint.MinValue)
        {
            product = 0;
            return false;
        }

        product = (nint)(long)p;
        return true;
    }

    /// <summary>
    /// NumPy's <c>_array_fill_strides</c>: C order from the last axis (F order from the first), each
    /// stride the product of the item size and the lengths after it, where length-0 axes do not multiply.
    /// </summary>
    public static void FillStrides(ReadOnlySpan<nint> shape, nint itemSize, bool fortran, Span<nint> strides)
    {
        Debug.Assert(strides.Length == shape.Length);
        nint stride = itemSize;
        if (fortran)
        {
            for (int i = 0; i < shape.Length; i++)
            {
                strides[i] = stride;
                if (shape[i] != 0)
                {
                    stride *= shape[i];
                }
            }
        }
        else
        {
            for (int i = shape.Length - 1; i >= 0; i--)
            {
                strides[i] = stride;
                if (shape[i] != 0)
                {
                    stride *= shape[i];
                }
            }
        }
    }

    /// <summary>The strides of a new array of <paramref name="shape"/>.</summary>
    public static nint[] NewStrides(ReadOnlySpan<nint> shape, nint itemSize, bool fortran)
    {
        var strides = new nint[shape.Length];
        FillStrides(shape, itemSize, fortran, strides);
        return strides;
    }

    /// <summary>
    /// The C/F contiguity flags (<c>_UpdateContiguousFlags</c>): axes of length 1 are skipped, an
    /// axis of length 0 makes the array both, a 0-d array is both.
    /// </summary>
    public static ArrayFlags Contiguity(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, nint itemSize)
    {
        bool c = true;
        nint expected = itemSize;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            nint n = shape[i];
            if (n == 0)
            {
                return ArrayFlags.CContiguous | ArrayFlags.FContiguous;
            }

            if (n != 1)
            {
                if (strides[i] != expected)
                {
                    c = false;
                }

                expected *= n;
            }
        }

        bool f = true;
        expected = itemSize;
        for (int i = 0; i < shape.Length; i++)
        {
            nint n = shape[i];
            if (n != 1)
            {
                if (strides[i] != expected)
                {
                    f = false;
                    break;
                }

                expected *= n;
            }
        }

        return (c ? ArrayFlags.CContiguous : 0) | (f ? ArrayFlags.FContiguous : 0);
    }

    /// <summary>
    /// NumPy's <c>IsAligned</c> / <c>raw_array_is_aligned</c>: OR the data address with the stride of
    /// every axis longer than one and test the low bits; an empty array is aligned.
    /// </summary>
    public static unsafe bool IsAligned(byte* data, ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, int alignment)
    {
        if (alignment <= 1)
        {
            return true;
        }

        nuint bits = (nuint)data;
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] == 0)
            {
                return true;
            }

            if (shape[i] > 1)
            {
                bits |= (nuint)strides[i];
            }
        }

        return (bits & (nuint)(alignment - 1)) == 0;
    }

    /// <summary>
    /// The byte range <c>[low, high)</c>, relative to the data pointer, that the layout reads;
    /// empty (0, 0) when the array has no elements. False when an end does not fit in <see cref="nint"/>.
    /// The lengths must not be negative.
    /// </summary>
    public static bool TryGetExtent(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, nint itemSize, out nint low, out nint high)
    {
        Debug.Assert(shape.Length == strides.Length);
        for (int i = 0; i < shape.Length; i++)
        {
            Debug.Assert(shape[i] >= 0);
            if (shape[i] == 0)
            {
                low = high = 0;
                return true;
            }
        }

        // Exact in Int128: each reach is below 2^126 in magnitude, and the running ends are back
        // inside the nint range after every step, so no sum can overflow.
        Int128 lo = 0, hi = itemSize;
        for (int i = 0; i < shape.Length; i++)
        {
            Int128 reach = (Int128)(long)(shape[i] - 1) * (long)strides[i];
            if (reach < 0)
            {
                lo += reach;
            }
            else
            {
                hi += reach;
            }

            if (lo < nint.MinValue || hi > nint.MaxValue)
            {
                low = high = 0;
                return false;
            }
        }

        low = (nint)(long)lo;
        high = (nint)(long)hi;
        return true;
    }

    /// <summary>Formats a shape as NumPy does: <c>(2, 3)</c>, <c>(4,)</c>, <c>()</c>.</summary>
    public static string Format(ReadOnlySpan<nint> shape)
    {
        if (shape.Length == 1)
        {
            return $"({shape[0]},)";
        }

        var sb = new System.Text.StringBuilder("(");
        for (int i = 0; i < shape.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(shape[i]);
        }

        return sb.Append(')').ToString();
    }

    /// <summary>
    /// Formats a shape as NumPy's error messages do (<c>convert_shape_to_string</c>): <c>(3,4)</c>,
    /// <c>(3,)</c>, <c>()</c>, without the space that <see cref="Format"/> puts after each comma.
    /// </summary>
    public static string FormatCompact(ReadOnlySpan<nint> shape) =>
        shape.Length == 1 ? $"({shape[0]},)" : $"({string.Join(',', shape.ToArray())})";

    /// <summary>
    /// Whether an array of shape <paramref name="from"/> broadcasts to exactly <paramref name="to"/>
    /// (<c>np.broadcast_to</c>'s rule): no more axes, and each trailing axis equal or 1.
    /// </summary>
    public static bool CanBroadcastTo(ReadOnlySpan<nint> from, ReadOnlySpan<nint> to)
    {
        int offset = to.Length - from.Length;
        if (offset < 0)
        {
            return false;
        }

        for (int i = 0; i < from.Length; i++)
        {
            if (from[i] != 1 && from[i] != to[i + offset])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Normalizes a possibly negative axis against <paramref name="ndim"/> (NumPy's <c>check_and_adjust_axis</c>).</summary>
    public static int NormalizeAxis(int axis, int ndim, string paramName = "axis")
    {
        if (axis < -ndim || axis >= ndim)
        {
            ThrowHelper.ThrowArgumentOutOfRange(paramName, $"axis {axis} is out of bounds for array of dimension {ndim}");
        }

        return axis < 0 ? axis + ndim : axis;
    }
}

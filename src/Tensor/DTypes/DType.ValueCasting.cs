using System.Numerics;

namespace ArrayBridge;

public readonly partial struct DType
{
    /// <summary>
    /// NumPy 1.x's <c>PyArray_CanCastArrayTo</c>: like <see cref="CanCast"/>, except that a 0-d array
    /// is judged by its value (<c>can_cast_scalar_to</c>): a 0-d int64 holding 5 casts safely to
    /// uint8. NumPy 2 (NEP 50) dropped this; ArrayBridge follows the 1.x rule for 0-d arrays.
    /// </summary>
    internal static unsafe bool CanCastArray(NDArray array, DType to, Casting casting)
    {
        DType from = array.DType;
        if (array.NDim != 0 || casting == Casting.Unsafe || CanCast(from, to, casting))
        {
            return array.NDim != 0 ? CanCast(from, to, casting) : true;
        }

        ScalarType min = MinScalarType((byte*)array.Data, from, out bool smallUnsigned);
        if (smallUnsigned && to.Kind != 'u')
        {
            min = min switch
            {
                ScalarType.UInt8 => ScalarType.Int8,
                ScalarType.UInt16 => ScalarType.Int16,
                ScalarType.UInt32 => ScalarType.Int32,
                ScalarType.UInt64 => ScalarType.Int64,
                _ => min,
            };
        }

        return CanCast(Create(min), to, casting);
    }

    /// <summary>
    /// NumPy's <c>min_scalar_type_num</c> (<c>np.min_scalar_type</c>): the smallest type of the lowest
    /// kind that holds the value; <paramref name="smallUnsigned"/> tells whether an unsigned result
    /// also fits the signed type of the same size.
    /// </summary>
    private static unsafe ScalarType MinScalarType(byte* p, DType dtype, out bool smallUnsigned)
    {
        smallUnsigned = false;
        bool swap = !dtype.IsNativeByteOrder;
        switch (dtype.Type)
        {
            case ScalarType.Bool:
                return ScalarType.Bool;
            case ScalarType.Int8:
            case ScalarType.Int16:
            case ScalarType.Int32:
            case ScalarType.Int64:
            {
                long v = dtype.Type switch
                {
                    ScalarType.Int8 => *(sbyte*)p,
                    ScalarType.Int16 => Read<short>(p, swap),
                    ScalarType.Int32 => Read<int>(p, swap),
                    _ => Read<long>(p, swap),
                };
                return v >= 0 ? MinUnsigned((ulong)v, out smallUnsigned)
                    : v >= sbyte.MinValue ? ScalarType.Int8
                    : v >= short.MinValue ? ScalarType.Int16
                    : v >= int.MinValue ? ScalarType.Int32
                    : ScalarType.Int64;
            }

            case ScalarType.UInt8:
            case ScalarType.UInt16:
            case ScalarType.UInt32:
            case ScalarType.UInt64:
            {
                ulong v = dtype.Type switch
                {
                    ScalarType.UInt8 => *p,
                    ScalarType.UInt16 => Read<ushort>(p, swap),
                    ScalarType.UInt32 => Read<uint>(p, swap),
                    _ => Read<ulong>(p, swap),
                };
                return MinUnsigned(v, out smallUnsigned);
            }

            case ScalarType.Float16:
                return ScalarType.Float16;
            case ScalarType.Float32:
                return MinFloat(Read<float>(p, swap));
            case ScalarType.Float64:
                return MinFloat(Read<double>(p, swap));
            case ScalarType.Complex64:
                return ScalarType.Complex64;
            default:
            {
                Complex c = Read<Complex>(p, swap);
                return c.Real > -3.4e38 && c.Real < 3.4e38 && c.Imaginary > -3.4e38 && c.Imaginary < 3.4e38
                    ? ScalarType.Complex64
                    : ScalarType.Complex128;
            }
        }
    }

    private static ScalarType MinUnsigned(ulong v, out bool smallUnsigned)
    {
        if (v <= byte.MaxValue)
        {
            smallUnsigned = v <= (ulong)sbyte.MaxValue;
            return ScalarType.UInt8;
        }

        if (v <= ushort.MaxValue)
        {
            smallUnsigned = v <= (ulong)short.MaxValue;
            return ScalarType.UInt16;
        }

        if (v <= uint.MaxValue)
        {
            smallUnsigned = v <= int.MaxValue;
            return ScalarType.UInt32;
        }

        smallUnsigned = v <= long.MaxValue;
        return ScalarType.UInt64;
    }

    private static ScalarType MinFloat(double v)
    {
        if ((v > -65000 && v < 65000) || !double.IsFinite(v))
        {
            return ScalarType.Float16;
        }

        return v > -3.4e38 && v < 3.4e38 ? ScalarType.Float32 : ScalarType.Float64;
    }

    private static unsafe T Read<T>(byte* p, bool swap) where T : unmanaged
    {
        T v = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<T>(p);
        return swap ? CastKernels.Swap(v) : v;
    }
}

using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>
/// A weak (Python) scalar converted to a loop type chosen by <c>dtype=</c>: what NumPy's setitem
/// refuses is refused, before any casting error of the other inputs, and nothing is dropped silently.
/// </summary>
public class UfuncWeakScalarConversionTests
{
    public static TheoryData<ScalarType, Casting> LoopTypesAndCastings()
    {
        var rows = new TheoryData<ScalarType, Casting>();
        foreach (ScalarType t in Enum.GetValues<ScalarType>())
        {
            foreach (Casting c in Enum.GetValues<Casting>())
            {
                rows.Add(t, c);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(LoopTypesAndCastings))]
    public void A_scalar_the_loop_type_cannot_hold_is_refused_before_the_inputs_casting(ScalarType loop, Casting casting)
    {
        DType d = DType.Create(loop);
        using var a = NDArray.Full<double>([3], 1.5); // float64: refused by every casting below same_kind for most loops
        bool integer = d.Kind is 'i' or 'u';
        foreach (long value in new[] { 300, -1, long.MaxValue })
        {
            Operand scalar = value;
            for (int side = 0; side < 2; side++)
            {
                Exception? e = Record.Exception(() => Call(a, scalar, side, d, casting));
                if (integer && !FitsInteger(value, d))
                {
                    var overflow = Assert.IsType<OverflowException>(e);
                    Assert.StartsWith("Python integer ", overflow.Message);
                    Assert.EndsWith($" out of bounds for {d.Name}", overflow.Message);
                }
                else
                {
                    Assert.IsNotType<OverflowException>(e);
                }
            }
        }

        foreach (Complex z in new[] { new Complex(1, 1), new Complex(2, 0) })
        {
            for (int side = 0; side < 2; side++)
            {
                Exception? e = Record.Exception(() => Call(a, z, side, d, casting));
                if (d.Kind is 'i' or 'u' or 'f')
                {
                    // Never a real result from a complex scalar: NumPy's float()/int() refuse it.
                    var refused = Assert.IsType<InvalidCastException>(e);
                    Assert.EndsWith("not 'complex'", refused.Message);
                }
            }
        }

        foreach (double f in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            Exception? e = Record.Exception(() => Call(a, f, 1, d, casting));
            if (integer)
            {
                Assert.True(e is OverflowException or ArgumentException, $"{f} into {d}: {e}");
                Assert.Equal(double.IsNaN(f) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer", e!.Message);
            }
        }
    }

    private static void Call(NDArray a, Operand scalar, int side, DType d, Casting casting)
    {
        using NDArray r = side == 0 ? NDArray.Add(scalar, a, dtype: d, casting: casting) : NDArray.Add(a, scalar, dtype: d, casting: casting);
    }

    private static bool FitsInteger(long v, DType d) => d.Type switch
    {
        ScalarType.Int8 => v is >= sbyte.MinValue and <= sbyte.MaxValue,
        ScalarType.UInt8 => v is >= 0 and <= byte.MaxValue,
        ScalarType.Int16 => v is >= short.MinValue and <= short.MaxValue,
        ScalarType.UInt16 => v is >= 0 and <= ushort.MaxValue,
        ScalarType.Int32 => v is >= int.MinValue and <= int.MaxValue,
        ScalarType.UInt32 => v is >= 0 and <= uint.MaxValue,
        ScalarType.UInt64 => v >= 0,
        _ => true,
    };
}

using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// float16 arithmetic as NumPy does it: values converted exactly to float32, the float32 result
/// rounded once to float16, overflow and underflow raised by that rounding, and no flag at all
/// for a NaN (NumPy converts in integer arithmetic).
/// </summary>
public class Float16ArithmeticTests
{
    [Fact]
    public void Every_float16_converts_exactly_to_float32()
    {
        for (int bits = 0; bits <= ushort.MaxValue; bits++)
        {
            Half h = BitConverter.UInt16BitsToHalf((ushort)bits);
            FloatingPointStatus.Clear();
            float f = HalfMath.ToSingle(h);
            FloatingPointFlags flags = FloatingPointStatus.Read();
            Assert.True(flags == FloatingPointFlags.None, $"0x{bits:x4} raised {flags}");
            uint expected = Half.IsNaN(h)
                ? ((uint)(bits & 0x8000) << 16) | 0x7f800000u | ((uint)(bits & 0x03ff) << 13)
                : BitConverter.SingleToUInt32Bits((float)h);
            Assert.True(expected == BitConverter.SingleToUInt32Bits(f), $"0x{bits:x4}: 0x{BitConverter.SingleToUInt32Bits(f):x8}, expected 0x{expected:x8}");
        }
    }

    [Fact]
    public void Rounding_to_float16_is_to_nearest_even_and_raises_numpys_flags_only()
    {
        // Every float32 bit pattern is reachable: uniform bits, and values near float16's range.
        Gen<uint> anyBits = Gen.Choose(int.MinValue, int.MaxValue).Select(i => unchecked((uint)i));
        Gen<uint> nearRange = Gen.Choose(0x32000000, 0x47a00000).Select(i => (uint)i)
            .SelectMany(magnitude => Gen.Elements(0u, 0x80000000u).Select(sign => magnitude | sign));
        Check.One(FixedSeed.Quick(20000), Prop.ForAll(Arb.From(Gen.OneOf(anyBits, nearRange)), bits =>
        {
            float f = BitConverter.UInt32BitsToSingle(bits);
            FloatingPointStatus.Clear();
            Half h = HalfMath.ToHalf(f);
            FloatingPointFlags flags = FloatingPointStatus.Read();
            if (float.IsNaN(f))
            {
                Assert.True(Half.IsNaN(h) && flags == FloatingPointFlags.None, $"NaN 0x{bits:x8} gave 0x{BitConverter.HalfToUInt16Bits(h):x4} with {flags}");
                return;
            }

            Half reference = (Half)f; // .NET rounds to nearest even too; only its flags differ
            Assert.True(BitConverter.HalfToUInt16Bits(reference) == BitConverter.HalfToUInt16Bits(h), $"0x{bits:x8} ({f:R}) gave {h}, expected {reference}");
            bool overflow = float.IsFinite(f) && Half.IsInfinity(h);
            bool underflow = f != 0 && float.IsFinite(f) && Math.Abs(f) < 6.1035156e-05f /* 2^-14, float16 smallest normal */ && (float)h != f;
            FloatingPointFlags expected = (overflow ? FloatingPointFlags.Overflow : 0) | (underflow ? FloatingPointFlags.Underflow : 0);
            Assert.True(flags == expected, $"0x{bits:x8} ({f:R}) raised {flags}, expected {expected}");
        }));
    }

    [Fact]
    public void Float16_add_raises_overflow_and_invalid_as_numpy_and_nothing_for_nan()
    {
        Half[] values = [(Half)0, (Half)(-0.0), (Half)1, (Half)(-100), Half.MaxValue, -Half.MaxValue, (Half)65000, Half.PositiveInfinity, Half.NegativeInfinity, Half.NaN, Half.Epsilon];
        foreach (Half x in values)
        {
            foreach (Half y in values)
            {
                using var a = NDArray.Full<Half>([1], x);
                using var b = NDArray.Full<Half>([1], y);
                float exact = (float)x + (float)y;
                bool invalid = Half.IsInfinity(x) && Half.IsInfinity(y) && Half.IsNegative(x) != Half.IsNegative(y);
                bool overflow = Half.IsFinite(x) && Half.IsFinite(y) && Half.IsInfinity((Half)exact);
                using FloatingPointErrorScope raise = NDArray.ErrState(all: FloatingPointErrorMode.Raise, under: FloatingPointErrorMode.Ignore);
                Exception? e = Record.Exception(() => NDArray.Add(a, b).Dispose());
                string? expected = invalid ? "invalid value encountered in add" : overflow ? "overflow encountered in add" : null;
                Assert.True(expected == (e as FloatingPointErrorException)?.Message && (expected is null) == (e is null), $"{x} + {y}: {e?.Message ?? "no error"}, expected {expected ?? "no error"}");
            }
        }
    }
}

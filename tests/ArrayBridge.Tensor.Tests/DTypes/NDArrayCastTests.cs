using System.Numerics;
using System.Text.Json;

namespace ArrayBridge.Tests;

public class NDArrayCastTests
{
    [Fact]
    public unsafe void AsType_matches_numpy_astype_bit_for_bit_for_every_dtype_pair()
    {
        var failures = new List<string>();
        JsonElement[] cases = NumPyOracle.Load("numpy_cast_values.json");
        Assert.True(cases.Length >= 289);
        foreach (JsonElement c in cases)
        {
            DType from = DType.Parse(c[0].GetString()!), to = DType.Parse(c[1].GetString()!);
            byte[] source = Convert.FromHexString(c[2].GetString()!);
            byte[] expected = Convert.FromHexString(c[3].GetString()!);
            fixed (byte* ps = source)
            {
                using NDArray src = NDArray.FromPointer(ps, source.Length, 0, from, [source.Length / from.ItemSize]);
                using NDArray got = src.AsType(to);
                var actual = new ReadOnlySpan<byte>((void*)got.DataPointer, (int)got.NBytes);
                Complex[] sourceValues = ArrayValues.Of(src);
                for (int i = 0; i < sourceValues.Length; i++)
                {
                    ReadOnlySpan<byte> a = actual.Slice(i * to.ItemSize, to.ItemSize), e = expected.AsSpan(i * to.ItemSize, to.ItemSize);
                    if (IsUndefinedInC(from, to, sourceValues[i]) || a.SequenceEqual(e) || BothNaN(a, e, to))
                    {
                        continue;
                    }

                    failures.Add($"{from.TypeStr} -> {to.TypeStr} element {i} ({sourceValues[i]}): ArrayBridge {Convert.ToHexString(a)}, NumPy {Convert.ToHexString(e)}");
                    break;
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    /// <summary>Two encodings of NaN in every floating part (NaN payloads are not part of a cast's result).</summary>
    private static unsafe bool BothNaN(ReadOnlySpan<byte> a, ReadOnlySpan<byte> e, DType dtype)
    {
        if (dtype.Kind is not ('f' or 'c'))
        {
            return false;
        }

        fixed (byte* pa = a)
        fixed (byte* pe = e)
        {
            DType part = dtype.Kind == 'c' ? DType.Create(dtype.ItemSize == 8 ? ScalarType.Float32 : ScalarType.Float64, dtype.ByteOrder) : dtype;
            int parts = dtype.ItemSize / part.ItemSize;
            using NDArray x = NDArray.FromPointer(pa, a.Length, 0, part, [parts]);
            using NDArray y = NDArray.FromPointer(pe, e.Length, 0, part, [parts]);
            Complex[] xs = ArrayValues.Of(x), ys = ArrayValues.Of(y);
            for (int k = 0; k < parts; k++)
            {
                bool same = BitConverter.DoubleToInt64Bits(xs[k].Real) == BitConverter.DoubleToInt64Bits(ys[k].Real);
                if (!same && !(double.IsNaN(xs[k].Real) && double.IsNaN(ys[k].Real)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// A float that is NaN, infinite or out of the target integer's range has no defined C cast;
    /// NumPy returns whatever the compiler's instruction sequence gives (and warns), which even
    /// differs between float32 and float64 sources, so those elements are not compared.
    /// </summary>
    private static bool IsUndefinedInC(DType from, DType to, Complex value)
    {
        if (from.Kind is not ('f' or 'c') || to.Kind is not ('i' or 'u'))
        {
            return false;
        }

        double x = Math.Truncate(value.Real);
        double min = to.Kind == 'u' ? 0 : -Math.Pow(2, to.ItemSize * 8 - 1);
        double max = to.Kind == 'u' ? Math.Pow(2, to.ItemSize * 8) : Math.Pow(2, to.ItemSize * 8 - 1);
        return !(x >= min && x < max);
    }

    [Fact]
    public void AsType_refuses_a_cast_the_casting_level_forbids_with_numpys_message()
    {
        using var a = NDArray.Arange<double>(4);
        var e = Assert.Throws<InvalidCastException>(() => a.AsType(DType.Int32, Casting.Safe));
        Assert.Contains("Cannot cast array data from dtype('float64') to dtype('int32') according to the rule 'safe'", e.Message);
        using NDArray ok = a.AsType(DType.Float32, Casting.SameKind);
        Assert.Equal(DType.Float32, ok.DType);
    }

    [Fact]
    public void Byte_swapping_round_trips_every_value_of_a_strided_view()
    {
        using var a = NDArray.Arange<long>(-50, 50, 3).Reshape(2, 17)["::-1, ::2"];
        using NDArray big = a.AsType(DType.Int64.WithByteOrder(ByteOrder.Big));
        Assert.Equal(ByteOrder.Big, big.DType.ByteOrder);
        Assert.IsNotType<NDArray<long>>(big);
        using NDArray back = big.AsType(DType.Int64);
        Assert.Equal(a.ToArray<long>(), back.ToArray<long>());
        Assert.Equal(a.Shape.ToArray(), back.Shape.ToArray());
    }

    [Fact]
    public void Safe_casts_round_trip_every_value()
    {
        // Every int16 (FsCheck's default integers stay within +-100): int16 -> float32 is safe.
        using var all = NDArray.Arange(-32768, 32768, 1);
        using NDArray values = all.AsType(DType.Int16);
        using NDArray wide = values.AsType(DType.Float32, Casting.Safe);
        using NDArray back = wide.AsType(DType.Int16, Casting.Unsafe);
        Assert.Equal(values.ToArray<short>(), back.ToArray<short>());
        Assert.Equal(-32768, back.ToArray<short>()[0]);
        Assert.Equal(32767, back.ToArray<short>()[^1]);
    }

    [Fact]
    public void CopyTo_casts_under_same_kind_and_broadcasts_the_source()
    {
        using var src = NDArray.FromArray(new[] { 1.5, -2.5, 3.5 });
        using var dst = NDArray.Zeros<float>(2, 3);
        src.CopyTo(dst);
        Assert.Equal(new[] { 1.5f, -2.5f, 3.5f, 1.5f, -2.5f, 3.5f }, dst.ToArray<float>());
        using var ints = NDArray.Zeros<int>(3);
        Assert.Throws<InvalidCastException>(() => src.CopyTo(ints));
        src.CopyTo(ints, Casting.Unsafe);
        Assert.Equal(new[] { 1, -2, 3 }, ints.ToArray<int>());
    }
}

using FsCheck.Xunit;

namespace ArrayBridge.Tests;

/// <summary>
/// The vectorized runs of the comparison, logical, bitwise, shift, maximum-like, clip and where kernels
/// give the same bits as their scalar loops: each ufunc and dtype runs once on contiguous operands
/// (and with a broadcast scalar on either side, and in place) and once on strided views of the same
/// values, which the loops only run element by element. Values mix random bits with edge values
/// (±0, ±inf, NaN, small shift counts) and equal pairs, over lengths that leave vector tails.
/// </summary>
public class LogicPathTests
{
    private static readonly string[] Binary =
        ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "maximum", "minimum", "fmax", "fmin",
         "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift"];

    // Zeros of both signs and NaN repeat, so that ±0 ties and NaN pairs are common.
    private static readonly double[] Edges = [0, -0.0, double.NaN, 0, -0.0, double.NaN, 0, -0.0, 1, -1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, double.PositiveInfinity, double.NegativeInfinity, double.NaN, 0.5, -2.5];

    /// <summary>A 1-d array of <paramref name="n"/> elements in every other slot of a buffer (a strided view), plus a contiguous copy.</summary>
    private static (NDArray Strided, NDArray Contiguous) Values(DType dtype, int n, Random random, NDArray? tiesWith = null)
    {
        int size = dtype.ItemSize;
        byte[] bytes = new byte[2 * n * size];
        random.NextBytes(bytes);
        using var edges = NDArray.FromArray(Edges);
        using NDArray typedEdges = edges.AsType(dtype);
        byte[] edgeBytes = UfuncOracle.Bytes(typedEdges);
        byte[]? ties = tiesWith is null ? null : UfuncOracle.Bytes(tiesWith);
        for (int i = 0; i < n; i++)
        {
            int pick = random.Next(5);
            Span<byte> slot = bytes.AsSpan(2 * i * size, size);
            if (pick <= 1)
            {
                edgeBytes.AsSpan(random.Next(Edges.Length) * size, size).CopyTo(slot);
            }
            else if (pick == 2 && ties is not null)
            {
                ties.AsSpan(i * size, size).CopyTo(slot);
            }
        }

        NDArray buffer = NDArray.Zeros(dtype, [2 * n]);
        unsafe
        {
            fixed (byte* p = bytes)
            {
                using NDArray raw = NDArray.FromPointer(p, dtype, [2 * n]);
                raw.CopyTo(buffer, Casting.No);
            }
        }

        using (buffer)
        {
            NDArray strided = buffer["::2"];
            return (strided, strided.Copy());
        }
    }

    private static void AssertSameBits(NDArray expected, NDArray actual, string what)
    {
        Assert.Equal(expected.DType, actual.DType);
        byte[] e = UfuncOracle.Bytes(expected), a = UfuncOracle.Bytes(actual);
        Assert.True(e.AsSpan().SequenceEqual(a), $"{what}: {Convert.ToHexString(a)} != scalar loop's {Convert.ToHexString(e)}");
    }

    [Property(MaxTest = 5, Replay = FixedSeed.Replay)]
    public void Vector_runs_give_the_scalar_loops_bits(int seed)
    {
        var random = new Random(seed);
        int n = 33 + random.Next(100);
        foreach (DType dtype in DType.All)
        {
            (NDArray xs, NDArray xc) = Values(dtype, n, random);
            (NDArray ys, NDArray yc) = Values(dtype, n, random, xc);
            using (xs)
            using (xc)
            using (ys)
            using (yc)
            using (NDArray x0 = xc["3"])
            using (NDArray y0 = yc["5"])
            using (NDArray x0s = NDArray.Zeros(dtype, [n]))
            using (NDArray y0s = NDArray.Zeros(dtype, [n]))
            {
                using (NDArray bx = x0.BroadcastTo([n]))
                {
                    bx.CopyTo(x0s["::1"], Casting.No);
                }

                using (NDArray by = y0.BroadcastTo([n]))
                {
                    by.CopyTo(y0s["::1"], Casting.No);
                }

                foreach (string ufunc in Binary)
                {
                    NDArray strided;
                    try
                    {
                        strided = UfuncOracle.Call(ufunc, [xs, ys]);
                    }
                    catch (ArgumentException)
                    {
                        continue; // no loop for this dtype (bitwise on floats)
                    }

                    using (strided)
                    using (NDArray contiguous = UfuncOracle.Call(ufunc, [xc, yc]))
                    using (NDArray scalarRight = UfuncOracle.Call(ufunc, [xc, y0]))
                    using (NDArray scalarRightRef = UfuncOracle.Call(ufunc, [xs, y0s["::1"]]))
                    using (NDArray scalarLeft = UfuncOracle.Call(ufunc, [x0, yc]))
                    using (NDArray scalarLeftRef = UfuncOracle.Call(ufunc, [x0s["::1"], ys]))
                    {
                        AssertSameBits(strided, contiguous, $"{ufunc} {dtype} contiguous");
                        AssertSameBits(scalarRightRef, scalarRight, $"{ufunc} {dtype} broadcast second");
                        AssertSameBits(scalarLeftRef, scalarLeft, $"{ufunc} {dtype} broadcast first");
                        if (contiguous.DType == dtype)
                        {
                            // The output exactly aliasing the first input, which the vector runs allow.
                            using NDArray target = xc.Copy();
                            _ = ufunc switch
                            {
                                "maximum" => NDArray.Maximum(target, yc, @out: target),
                                "minimum" => NDArray.Minimum(target, yc, @out: target),
                                "bitwise_xor" => NDArray.BitwiseXor(target, yc, @out: target),
                                _ => target,
                            };
                            if (ufunc is "maximum" or "minimum" or "bitwise_xor")
                            {
                                AssertSameBits(strided, target, $"{ufunc} {dtype} in place");
                            }
                        }
                    }
                }

                foreach (string ufunc in new[] { "logical_not", "invert" })
                {
                    NDArray strided;
                    try
                    {
                        strided = UfuncOracle.Call(ufunc, [xs]);
                    }
                    catch (ArgumentException)
                    {
                        continue;
                    }

                    using (strided)
                    using (NDArray contiguous = UfuncOracle.Call(ufunc, [xc]))
                    {
                        AssertSameBits(strided, contiguous, $"{ufunc} {dtype}");
                    }
                }

                (NDArray cs, NDArray cc) = Values(DType.Bool, n, random);
                using (cs)
                using (cc)
                using (NDArray whereStrided = NDArray.Where(cs, xs, ys))
                using (NDArray whereContiguous = NDArray.Where(cc, xc, yc))
                using (NDArray whereScalars = NDArray.Where(cc, x0, y0))
                using (NDArray whereScalarsRef = NDArray.Where(cs, x0s["::1"], y0s["::1"]))
                {
                    AssertSameBits(whereStrided, whereContiguous, $"where {dtype}");
                    AssertSameBits(whereScalarsRef, whereScalars, $"where {dtype} broadcast x and y");
                }

                using (NDArray clipStrided = NDArray.Clip(xs, ys, xs))
                using (NDArray clipContiguous = NDArray.Clip(xc, yc, xc))
                using (NDArray clipBounds = NDArray.Clip(xc, y0, x0))
                using (NDArray clipBoundsRef = NDArray.Clip(xs, y0s["::1"], x0s["::1"]))
                {
                    AssertSameBits(clipStrided, clipContiguous, $"clip {dtype}");
                    AssertSameBits(clipBoundsRef, clipBounds, $"clip {dtype} broadcast bounds");
                }
            }
        }
    }
}

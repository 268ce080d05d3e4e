namespace ArrayBridge.Docs.Tests;

/// <summary>README.md, "Random numbers that are NumPy's own".</summary>
public class ReadmeRandomSnippets
{
    [Fact]
    public void Streams()
    {
        // <snippet:readme-random>
        var rng = Generator.DefaultRng(42);
        NDArray<double> z = rng.StandardNormal(3);         // 0.30471707975443135, -1.0399841062404955, 0.7504511958064572
        NDArray<long> k = rng.Integers(0, 10, [5]);          // rng.integers(0, 10, 5)
        NDArray<byte> b = rng.Integers<byte>(0, 256, [4, 4]); // every dtype int8..uint64 and bool, endpoint: true as NumPy's
        NDArray<float> f = rng.Random<float>(1000);          // float32 from 32-bit draws, sharing 64-bit words as NumPy does
        NDArray<long> pick = rng.Choice(10, [3], replace: false);
        rng.Shuffle(b);                                      // in place along axis 0, any dtype and strides

        var legacy = new RandomState(42);                    // np.random.seed(42) / RandomState(42): MT19937
        NDArray<double> g = legacy.RandN(5);                 // the polar Box-Muller with its cached value
        // </snippet>
        using (z)
        using (k)
        using (b)
        using (f)
        using (pick)
        using (g)
        {
            Assert.Equal(new[] { 0.30471707975443135, -1.0399841062404955, 0.7504511958064572 }, z.ToArray());
            Assert.All(k.ToArray(), v => Assert.InRange(v, 0, 9));
            Assert.Equal("(4, 4)", b.Shape.ToString());
            Assert.Equal(1000, f.Size);
            Assert.Equal(3, pick.ToArray().Distinct().Count());
            Assert.Equal(5, g.Size);

            // "NumPy's numbers bit for bit": the same calls in NumPy 1.24, printed as exact float hex.
            string numpy = PythonScript.Run("""
                import numpy as np
                rng = np.random.default_rng(42)
                z = rng.standard_normal(3)
                k = rng.integers(0, 10, 5)
                b = rng.integers(0, 256, (4, 4), dtype=np.uint8)
                f = rng.random(1000, dtype=np.float32)
                pick = rng.choice(10, 3, replace=False)
                rng.shuffle(b)
                g = np.random.RandomState(42).randn(5)
                print(' '.join(float(v).hex() for v in z))
                print(' '.join(str(v) for v in k))
                print(' '.join(str(v) for v in b.ravel()))
                print(' '.join(float(v).hex() for v in f))
                print(' '.join(str(v) for v in pick))
                print(' '.join(float(v).hex() for v in g))
                """, Path.GetTempPath());
            string[] expected = numpy.TrimEnd().Split('\n');
            string[] actual =
            [
                string.Join(' ', z.ToArray().Select(Hex)),
                string.Join(' ', k.ToArray()),
                string.Join(' ', b.ToArray()),
                string.Join(' ', f.ToArray().Select(v => Hex(v))),
                string.Join(' ', pick.ToArray()),
                string.Join(' ', g.ToArray().Select(Hex)),
            ];
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>Python's float.hex() of a double: exact, so equal strings are equal bits.</summary>
    private static string Hex(double value)
    {
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0x0.0p+0" : "0x0.0p+0";
        }

        long bits = BitConverter.DoubleToInt64Bits(value);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        string sign = bits < 0 ? "-" : "";
        return exponent == 0
            ? $"{sign}0x0.{mantissa:x13}p-1022"
            : $"{sign}0x1.{mantissa:x13}p{(exponent >= 1023 ? "+" : "")}{exponent - 1023}";
    }
}

namespace ArrayBridge.Testing.Tests;

public class DistributionTests
{
    private const int Count = 10_000;

    /// <summary>The share of <see cref="Count"/> default arrays (a fixed seed) in each layout class.</summary>
    private static Dictionary<LayoutClass, double> Shares()
    {
        ArraySpec[] specs = ArrayGen.Arrays().Sample(Count, new Rnd(20261127UL, 0x9E3779B97F4A7C15UL), 10);
        Assert.Equal(Count, specs.Length);
        var counts = new Dictionary<LayoutClass, int>();
        foreach (ArraySpec spec in specs)
        {
            using MaterializedArray m = spec.Materialize();
            LayoutClass classes = m.Classes;
            foreach (LayoutClass c in Enum.GetValues<LayoutClass>().Where(c => c is not (LayoutClass.None or LayoutClass.All)))
            {
                if (classes.HasFlag(c))
                {
                    counts[c] = counts.GetValueOrDefault(c) + 1;
                }
            }
        }

        return Enum.GetValues<LayoutClass>().Where(c => c is not (LayoutClass.None or LayoutClass.All)).ToDictionary(c => c, c => 100.0 * counts.GetValueOrDefault(c) / Count);
    }

    [Fact]
    public void DefaultsHitEveryLayoutClassAtLeastFivePercentAndAtMostTenPercentEmpty()
    {
        Dictionary<LayoutClass, double> shares = Shares();
        string table = string.Join(", ", shares.Select(p => $"{p.Key} {p.Value:F1}%"));
        Assert.All(shares, p => Assert.True(p.Value >= 5, $"{p.Key} is {p.Value:F1}% (< 5%): {table}"));
        Assert.True(shares[LayoutClass.Empty] <= 10, $"empty arrays are {shares[LayoutClass.Empty]:F1}% (> 10%): {table}");
    }

    [Fact]
    public void LayoutsCanBeRestrictedToOneClass()
    {
        foreach (LayoutClass only in new[] { LayoutClass.CContiguous, LayoutClass.FContiguous, LayoutClass.Strided, LayoutClass.NegativeStrides, LayoutClass.ZeroStrides, LayoutClass.Offset, LayoutClass.ZeroDimensional, LayoutClass.Empty, LayoutClass.Unaligned, LayoutClass.ReadOnly, LayoutClass.NonNativeByteOrder })
        {
            var options = new ArrayOptions { Layouts = only, DTypes = DTypeFamily.Floating | DTypeFamily.Complex };
            foreach (ArraySpec spec in ArrayGen.Arrays(options).Sample(300, new Rnd(5UL, 0x9E3779B97F4A7C15UL), 10))
            {
                using MaterializedArray m = spec.Materialize();
                Assert.True(m.Classes.HasFlag(only), $"{only} asked, got {m.Classes}: {spec}");
            }
        }
    }

    [Fact]
    public void OptionsBoundRankSidesAndBaseSize()
    {
        var options = new ArrayOptions { MinDims = 2, MaxDims = 3, MinSide = 2, MaxSide = 4, MaxBaseSize = 64, Layouts = LayoutClass.All & ~LayoutClass.Empty };
        foreach (ArraySpec spec in ArrayGen.Arrays(options).Sample(2000, new Rnd(6UL, 0x9E3779B97F4A7C15UL), 10))
        {
            using MaterializedArray m = spec.Materialize();
            Assert.InRange(m.Array.NDim, 2, 3);
            Assert.All(m.Array.Shape.ToArray(), n => Assert.InRange(n, 2, 4));
            Assert.InRange(spec.BaseSize, 1, 64);
        }
    }
}

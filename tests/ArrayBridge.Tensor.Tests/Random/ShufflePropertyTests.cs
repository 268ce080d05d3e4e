using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// Shuffle and Permutation on every layout the random layout chains make (any dtype, byte order,
/// rank, strides, negative strides, transposes): the result is the one a C-ordered copy gets from
/// the same seed (so the recorded NumPy streams for contiguous arrays carry over), the draws are
/// the same, and only axis 0 moves.
/// </summary>
public sealed class ShufflePropertyTests
{
    private static readonly Config Config = FixedSeed.Quick(300);

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    [Fact]
    public void Shuffling_a_view_equals_shuffling_its_contiguous_copy()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new RandomLayouts(seed);
            NDArray a = layouts.Array;
            Generator viaView = Generator.DefaultRng(seed);
            Generator viaCopy = Generator.DefaultRng(seed);
            if (a.NDim == 0)
            {
                Assert.Throws<ArgumentException>(() => viaView.Shuffle(a));
                return;
            }

            if ((a.Flags & ArrayFlags.Writeable) == 0)
            {
                Assert.Throws<InvalidOperationException>(() => viaView.Shuffle(a));
                return;
            }

            bool overlaps = false;
            for (int d = 0; d < a.NDim; d++)
            {
                overlaps |= a.Strides[d] == 0 && a.Shape[d] > 1;
            }

            using NDArray copy = a.Copy();
            using NDArray permuted = viaView.Permutation(a);
            Generator viaPermutation = viaView;
            viaView = Generator.DefaultRng(seed);
            viaView.Shuffle(a);
            viaCopy.Shuffle(copy);
            Assert.Equal(viaCopy.BitGenerator.State, viaView.BitGenerator.State);
            Assert.Equal(viaCopy.BitGenerator.State, viaPermutation.BitGenerator.State);
            if (!overlaps)
            {
                Assert.Equal(RandomOracle.Bytes(copy), RandomOracle.Bytes(a));
                Assert.Equal(RandomOracle.Bytes(copy), RandomOracle.Bytes(permuted));
            }
        }));
    }

    [Fact]
    public void Rows_move_as_wholes()
    {
        Generator rng = Generator.DefaultRng(11);
        using NDArray<long> flat = NDArray.Arange<long>(60);
        using NDArray cube = flat.Reshape(5, 4, 3);
        using NDArray view = cube.Transpose(0, 2, 1); // rows are strided blocks
        rng.Shuffle(view);
        var seen = new HashSet<long>();
        for (nint i = 0; i < 5; i++)
        {
            long first = ((NDArray<long>)cube).At(i, 0, 0);
            Assert.Equal(0, first % 12);
            seen.Add(first / 12);
            for (nint j = 0; j < 4; j++)
            {
                for (nint k = 0; k < 3; k++)
                {
                    Assert.Equal(first + j * 3 + k, ((NDArray<long>)cube).At(i, j, k));
                }
            }
        }

        Assert.Equal(5, seen.Count);
    }
}

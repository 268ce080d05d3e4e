using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ArrayBridge.Tests;

/// <summary>
/// <see cref="DType.Promote"/> against <c>np.promote_types</c> recorded from NumPy 1.24
/// (tests/oracle/generate_promotion_cases.py) for every pair of dtypes in both byte orders, and the
/// algebra NumPy's promotion has: commutative, idempotent, a safe cast from each input to the
/// result, and associative except on the triples where NumPy's promote_types is not.
/// </summary>
public class DTypePromotionTests
{
    [Fact]
    public void Promote_matches_numpys_promote_types_for_every_pair_in_both_byte_orders()
    {
        JsonElement[] cases = PromotionOracle.Section("promote_types");
        int n = PromotionOracle.AllByteOrders.Length;
        Assert.Equal(n * n, cases.Length);
        var failures = new List<string>();
        foreach (JsonElement c in cases)
        {
            DType a = DType.Parse(c[0].GetString()!), b = DType.Parse(c[1].GetString()!);
            string expected = c[2].GetString()!;
            string actual = DType.Promote(a, b).TypeStr;
            if (actual != expected)
            {
                failures.Add($"promote_types({a.TypeStr}, {b.TypeStr}): NumPy {expected}, ArrayBridge {actual}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length} pairs differ:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Promote_of_two_equal_swapped_dtypes_is_native_as_in_numpy()
    {
        // np.promote_types('>i4', '>i4') is '<i4': NumPy canonicalizes even identical inputs.
        DType big = DType.Parse(">i4");
        Assert.Equal(DType.Int32, DType.Promote(big, big));
        Assert.Equal(DType.Float64, DType.Promote(DType.Parse(">u8"), DType.Parse("<i8")));
        Assert.Equal(ByteOrder.NotApplicable, DType.Promote(DType.Int8, DType.Bool).ByteOrder);
    }

    [Property(Arbitrary = [typeof(AnyDType)], MaxTest = 500, Replay = FixedSeed.Replay)]
    public bool Promote_is_commutative(DType a, DType b) => DType.Promote(a, b) == DType.Promote(b, a);

    [Property(Arbitrary = [typeof(AnyDType)], MaxTest = 3000, Replay = FixedSeed.Replay)]
    public bool Promote_is_associative_exactly_where_numpys_promote_types_is(DType a, DType b, DType c)
    {
        // np.promote_types is not associative for 28 triples (int8, uint8, float16 folds to float32
        // one way and float16 the other); ufuncs use NumPy's DType-sequence promotion instead
        // (Promotion.ResultType). Everywhere else it is.
        bool associative = DType.Promote(DType.Promote(a, b), c) == DType.Promote(a, DType.Promote(b, c));
        bool numpyAssociative = !NonAssociative.Contains((a.AsNative(), b.AsNative(), c.AsNative()));
        return associative == numpyAssociative;
    }

    [Fact]
    public void Promote_fails_associativity_on_exactly_numpys_triples()
    {
        var failing = new HashSet<(DType, DType, DType)>();
        foreach (DType a in DType.All)
        {
            foreach (DType b in DType.All)
            {
                foreach (DType c in DType.All)
                {
                    if (DType.Promote(DType.Promote(a, b), c) != DType.Promote(a, DType.Promote(b, c)))
                    {
                        failing.Add((a, b, c));
                    }
                }
            }
        }

        Assert.Equal(28, NonAssociative.Count);
        Assert.True(failing.SetEquals(NonAssociative));
    }

    private static readonly HashSet<(DType, DType, DType)> NonAssociative = PromotionOracle.Section("non_associative")
        .Select(t => (DType.Parse(t[0].GetString()!), DType.Parse(t[1].GetString()!), DType.Parse(t[2].GetString()!)))
        .ToHashSet();

    [Property(Arbitrary = [typeof(AnyDType)], MaxTest = 200, Replay = FixedSeed.Replay)]
    public bool Promote_is_idempotent_and_native(DType a) =>
        DType.Promote(a, a) == a.AsNative() && DType.Promote(DType.Promote(a, a), a) == a.AsNative();

    [Property(Arbitrary = [typeof(AnyDType)], MaxTest = 500, Replay = FixedSeed.Replay)]
    public bool Both_inputs_cast_safely_to_the_promoted_dtype(DType a, DType b)
    {
        DType p = DType.Promote(a, b);
        return DType.CanCast(a, p, Casting.Safe) && DType.CanCast(b, p, Casting.Safe) && p.IsNativeByteOrder;
    }

    /// <summary>Every dtype in either byte order.</summary>
    public static class AnyDType
    {
        public static Arbitrary<DType> DTypes() => Arb.From(Gen.Elements(PromotionOracle.AllByteOrders));
    }
}

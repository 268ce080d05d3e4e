using System.Reflection;

namespace ArrayBridge.Tests;

/// <summary>
/// NumPy's loop resolution where it does not depend on a ufunc's own loops: the bool refusal of
/// subtract and negative whenever the resolved loop would be bool (dtype=bool included), the input
/// casting message, which numbers the input only when the ufunc has several, and which loop
/// <c>dtype=</c> selects.
/// </summary>
public unsafe class UfuncResolutionMessageTests
{
    private static readonly Casting[] Castings = [Casting.No, Casting.Equiv, Casting.Safe, Casting.SameKind, Casting.Unsafe];

    public static TheoryData<string> BoolRefusingUfuncs()
    {
        var rows = new TheoryData<string>();
        foreach (FieldInfo f in typeof(Ufuncs).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (f.GetValue(null) is Ufunc u && (u.Rules & UfuncRules.RefuseBool) != 0)
            {
                rows.Add(f.Name);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(BoolRefusingUfuncs))]
    public void A_ufunc_that_refuses_bool_refuses_dtype_bool_for_any_input(string field)
    {
        var ufunc = (Ufunc)typeof(Ufuncs).GetField(field)!.GetValue(null)!;
        foreach (DType input in DType.All)
        {
            using NDArray a = NDArray.Zeros(input, [2]);
            Operand[] inputs = Enumerable.Repeat<Operand>(a, ufunc.NIn).ToArray();
            foreach (Casting casting in Castings)
            {
                var e = Assert.Throws<ArgumentException>(() => ufunc.Invoke(inputs, null, null, DType.Bool, casting, ArrayOrder.K));
                Assert.Equal(ufunc.BoolMessage, e.Message);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Input_casting_errors_number_the_input_only_when_there_are_several(int nin)
    {
        UfuncLoop loop = nin switch
        {
            1 => UnaryLoop<double, double, FirstOf>.Entry,
            2 => BinaryLoop<double, double, FirstOf>.Entry,
            // Three inputs (clip): never run, the casting check comes first.
            _ => new UfuncLoop([ScalarType.Float64, ScalarType.Float64, ScalarType.Float64, ScalarType.Float64], UnaryLoop<double, double, FirstOf>.Entry.Function),
        };
        var ufunc = new Ufunc("probe", nin, [loop]);
        using NDArray complex = NDArray.Zeros(DType.Complex128, [2]);
        using NDArray real = NDArray.Zeros(DType.Float64, [2]);
        for (int bad = 0; bad < nin; bad++)
        {
            Operand[] inputs = Enumerable.Range(0, nin).Select(i => (Operand)(i == bad ? complex : real)).ToArray();
            var e = Assert.Throws<InvalidCastException>(() => ufunc.Invoke(inputs, null, null, DType.Float64, Casting.SameKind, ArrayOrder.K));
            string input = nin == 1 ? "input" : $"input {bad}";
            Assert.Equal($"Cannot cast ufunc 'probe' {input} from dtype('complex128') to dtype('float64') with casting rule 'same_kind'", e.Message);
        }
    }

    [Theory]
    [InlineData(Casting.No)]
    [InlineData(Casting.Equiv)]
    [InlineData(Casting.Safe)]
    [InlineData(Casting.SameKind)]
    [InlineData(Casting.Unsafe)]
    public void Dtype_picks_the_first_loop_with_that_output_whose_inputs_cast_before_the_homogeneous_one(Casting casting)
    {
        // A comparison's loops: ??->? first, then dd->?. NumPy's type_tuple_type_resolver takes dd->?
        // for float64 inputs under dtype=bool, whatever the casting; the homogeneous loop only when none casts.
        var compare = new Ufunc("probe_less", 2, [BinaryLoop<bool, bool, Less>.Entry, BinaryLoop<double, bool, Less>.Entry]);
        using var a = NDArray.FromArray(new[] { 1.0, 3.0 });
        using var b = NDArray.FromArray(new[] { 2.0, 2.0 });
        using NDArray r = compare.Invoke([a, b], null, null, DType.Bool, casting, ArrayOrder.K);
        Assert.Equal([true, false], r.ToArray<bool>());

        var homogeneousOnly = new Ufunc("probe_and", 2, [BinaryLoop<bool, bool, Less>.Entry]);
        if (casting == Casting.Unsafe)
        {
            using NDArray u = homogeneousOnly.Invoke([a, b], null, null, DType.Bool, casting, ArrayOrder.K);
            Assert.Equal(DType.Bool, u.DType);
        }
        else
        {
            var e = Assert.Throws<InvalidCastException>(() => homogeneousOnly.Invoke([a, b], null, null, DType.Bool, casting, ArrayOrder.K));
            Assert.StartsWith("Cannot cast ufunc 'probe_and' input 0 from dtype('float64') to dtype('bool')", e.Message);
        }
    }

    private readonly struct Less : IBinaryKernel<double, bool>, IBinaryKernel<bool, bool>
    {
        public static bool Apply(double x, double y) => x < y;

        public static bool Apply(bool x, bool y) => !x & y;
    }

    private readonly struct FirstOf : IUnaryKernel<double, double>, IBinaryKernel<double, double>
    {
        public static double Apply(double x) => x;

        public static double Apply(double x, double y) => x;
    }
}

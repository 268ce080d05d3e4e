using System.Reflection;

namespace ArrayBridge.Tests;

/// <summary>
/// NumPy's resolution errors that do not depend on a ufunc's loops: the bool refusal of subtract and
/// negative whenever the resolved loop would be bool (dtype=bool included), and the input casting
/// message, which numbers the input only when the ufunc has several.
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

    private readonly struct FirstOf : IUnaryKernel<double, double>, IBinaryKernel<double, double>
    {
        public static double Apply(double x) => x;

        public static double Apply(double x, double y) => x;
    }
}

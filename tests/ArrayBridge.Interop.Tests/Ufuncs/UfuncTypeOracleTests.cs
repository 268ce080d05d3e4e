using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>
/// Every ufunc's result dtype, or its error, against NumPy's for every input dtype (both byte
/// orders), every pair (and for clip every pair of value and bound dtypes), and weak Python-like
/// scalars on either side, including integers out of the array's range. One theory row per ufunc.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class UfuncTypeOracleTests
{
    public static TheoryData<string> Ufuncs => UfuncCatalog.Rows();

    private static readonly object[] WeakScalars = [1L, 1.0, new Complex(1, 0)];

    [Theory]
    [MemberData(nameof(Ufuncs))]
    public void Result_dtypes_and_errors_match_numpy(string method)
    {
        int nin = UfuncCatalog.NIn(method);
        var ones = new Dictionary<DType, NDArray>();
        foreach (DType d in UfuncValues.AllByteOrders)
        {
            using NDArray native = UfuncValues.Array(d.AsNative(), [1L, 1L]);
            ones[d] = d.IsNativeByteOrder ? native.Copy() : native.AsType(d);
        }

        try
        {
            var cases = new List<Func<UfuncCase>>();
            void Add(string label, params object[] inputs) => cases.Add(() => new UfuncCase(label, inputs));

            foreach (DType d in UfuncValues.AllByteOrders)
            {
                NDArray a = ones[d];
                switch (nin)
                {
                    case 1:
                        Add("dtype", a);
                        break;
                    case 2:
                        foreach (DType e in UfuncValues.DTypes)
                        {
                            if (d.IsNativeByteOrder || e.ItemSize > 1)
                            {
                                Add("pair", a, ones[e]);
                                if (!d.IsNativeByteOrder)
                                {
                                    Add("pair", ones[e], a);
                                }
                            }
                        }

                        break;
                    default:
                        foreach (DType e in UfuncValues.DTypes)
                        {
                            if (d.IsNativeByteOrder)
                            {
                                Add("value and bounds", a, ones[e], ones[e]);
                                Add("value and bound", a, a, ones[e]);
                            }
                        }

                        break;
                }

                for (int side = 0; side < nin && nin > 1; side++)
                {
                    object[] scalars = d.Kind is 'i' or 'u' ? [.. WeakScalars, 300L, -1L, long.MaxValue] : WeakScalars;
                    foreach (object s in scalars)
                    {
                        object[] inputs = Enumerable.Repeat<object>(a, nin).ToArray();
                        inputs[side] = s;
                        Add("weak scalar", inputs);
                    }
                }
            }

            foreach (object s in WeakScalars)
            {
                foreach (object t in WeakScalars)
                {
                    Add("weak scalars only", Enumerable.Range(0, nin).Select(i => i == 0 ? s : t).ToArray());
                }
            }

            var failures = new List<string>();
            UfuncOracle.Check(method, cases, failures, typesOnly: true);
            UfuncOracle.AssertNone(method, failures);
        }
        finally
        {
            foreach (NDArray a in ones.Values)
            {
                a.Dispose();
            }
        }
    }
}

using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// For every ufunc (one theory row each): over random shapes, dtypes (both byte orders), values and
/// broadcasting, the result does not depend on the layout of the inputs or of the output. The same
/// values in C, F, permuted, stepped, reversed, stride-0 and byte-swapped arrays give the same
/// dtype and the same bits (or the same error) as their C-contiguous copies.
/// </summary>
public class UfuncLayoutPropertyTests
{
    public static TheoryData<string> Ufuncs => UfuncCatalog.Rows();

    [Theory]
    [MemberData(nameof(Ufuncs))]
    public void Results_do_not_depend_on_the_layout_of_inputs_or_output(string method)
    {
        string name = UfuncCatalog.NumPyName(method);
        int nin = UfuncCatalog.NIn(method);
        int results = 0;
        Check.One(FixedSeed.Quick(300), Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var owned = new List<NDArray>();
            try
            {
                results += CheckOne(method, name, nin, seed, owned) ? 1 : 0;
            }
            finally
            {
                for (int i = owned.Count - 1; i >= 0; i--)
                {
                    owned[i].Dispose();
                }
            }
        }));

        // Agreeing errors alone prove nothing: a ufunc without loops refuses every layout alike.
        Assert.True(results > 0, $"NDArray.{method} ({name}) refused every random input: it has no loops for any dtype");
    }

    /// <summary>
    /// Cases the property once drew that failed the comparison rather than the code: a complex128
    /// product underflowing to a zero whose sign depends on the rounding path.
    /// </summary>
    [Theory]
    [InlineData("Multiply", 2030456908)]
    public void Drawn_cases_stay_fixed(string method, int seed)
    {
        var owned = new List<NDArray>();
        try
        {
            Assert.True(CheckOne(method, UfuncCatalog.NumPyName(method), UfuncCatalog.NIn(method), seed, owned));
        }
        finally
        {
            for (int i = owned.Count - 1; i >= 0; i--)
            {
                owned[i].Dispose();
            }
        }
    }

    /// <summary>Checks one random case; returns whether the ufunc gave a result for it.</summary>
    private static bool CheckOne(string method, string name, int nin, int seed, List<NDArray> owned)
    {
        var rng = new Random(seed);
        DType dtype = UfuncValues.DTypes[rng.Next(UfuncValues.DTypes.Length)];
        int nd = rng.Next(0, 5);
        var shape = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            shape[i] = rng.Next(12) == 0 ? 0 : rng.Next(1, 6);
        }

        var contiguous = new Operand[nin];
        var laidOut = new Operand[nin];
        var described = new List<string>();
        for (int k = 0; k < nin; k++)
        {
            if (nin > 1 && rng.Next(6) == 0)
            {
                object scalar = new object[] { 3L, -2.5, double.NaN, new Complex(0.5, -1) }[rng.Next(4)];
                contiguous[k] = laidOut[k] = scalar switch { long l => l, double d => d, _ => (Complex)scalar };
                described.Add($"weak {scalar}");
                continue;
            }

            // An input of the broadcast shape, or of a shape that broadcasts to it.
            int drop = rng.Next(4) == 0 ? rng.Next(0, nd + 1) : 0;
            nint[] inShape = shape[drop..].Select(n => rng.Next(4) == 0 ? 1 : n).ToArray();
            (NDArray c, NDArray v, string how) = Input(rng, dtype, name, k, inShape, owned);
            contiguous[k] = c;
            laidOut[k] = v;
            described.Add($"{how} {v.DType.TypeStr}{Layout.Format(v.Shape)}{Layout.Format(v.Strides)}");
        }

        string context = $"seed {seed}: {string.Join(", ", described)}";
        Outcome expected = Run(method, contiguous, null);
        Outcome actual = Run(method, laidOut, null);
        Same(method, expected, actual, context);
        if (expected.Result is { } r)
        {
            owned.Add(r);
            if (actual.Result is { } a)
            {
                owned.Add(a);
            }

            // The same result written into an output of another layout.
            (NDArray target, string how) = Output(rng, r.DType, r.Shape.ToArray(), owned);
            Outcome written = Run(method, laidOut, target);
            Same(method, expected, written, $"{context}; out {how} {Layout.Format(target.Strides)}");
            return true;
        }

        return false;
    }

    private readonly record struct Outcome(NDArray? Result, Exception? Error);

    private static Outcome Run(string method, Operand[] inputs, NDArray? @out)
    {
        try
        {
            return new Outcome(UfuncCatalog.Call(method, inputs, @out), null);
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or OverflowException)
        {
            return new Outcome(null, e);
        }
    }

    private static void Same(string method, Outcome expected, Outcome actual, string context)
    {
        if (expected.Error is { } e)
        {
            Assert.True(actual.Error is not null && actual.Error.GetType() == e.GetType() && actual.Error.Message == e.Message,
                $"on C-contiguous inputs: {e.GetType().Name}: {e.Message}; here: {(actual.Error is { } a ? $"{a.GetType().Name}: {a.Message}" : $"a {actual.Result!.DType} result")}; {context}");
            return;
        }

        NDArray want = expected.Result!;
        Assert.True(actual.Error is null, $"on C-contiguous inputs a {want.DType} result; here {actual.Error?.GetType().Name}: {actual.Error?.Message}; {context}");
        NDArray got = actual.Result!;
        Assert.True(got.DType.AsNative() == want.DType, $"dtype {got.DType}, on C-contiguous inputs {want.DType}; {context}");
        Assert.True(got.Shape.SequenceEqual(want.Shape), $"shape {Layout.Format(got.Shape)}, on C-contiguous inputs {Layout.Format(want.Shape)}; {context}");
        using NDArray native = got.AsType(want.DType);
        // NumPy's own complex128 multiply rounds by layout (fused on strided runs, not on contiguous
        // ones; ArithmeticTests.Complex128_multiply_rounds_per_path_as_numpy pins each path): only
        // there is a last-bit difference between layouts expected.
        bool layoutRounded = method == "Multiply" && want.DType.Kind == 'c' && want.DType.ItemSize == 16;
        if (layoutRounded && !AllFinite(want, native))
        {
            // At the overflow edge the fused and the rounded product part ways entirely (an infinite
            // part against a NaN one), in NumPy as here: only finite results are comparable by ULP.
            return;
        }

        if (layoutRounded)
        {
            // A product that underflows keeps the exact value's sign on the fused path and may lose it
            // on the rounded one ((0.5-1j) * -5e-324: real part -0 fused, +0 rounded), so zeros are
            // compared without their sign there: adding +0 turns every -0 into +0 and nothing else.
            using NDArray unsignedGot = NDArray.Add(native, 0.0), unsignedWant = NDArray.Add(want, 0.0);
            string? rounded = UfuncComparer.Compare(unsignedGot, unsignedWant, null, ulp: true, null);
            Assert.True(rounded is null, $"{rounded?.Replace("NumPy", "on C-contiguous inputs")}; {context}");
            return;
        }

        string? difference = UfuncComparer.Compare(native, want, null, ulp: false, null);
        Assert.True(difference is null, $"{difference?.Replace("NumPy", "on C-contiguous inputs")}; {context}");
    }

    private static bool AllFinite(NDArray a, NDArray b)
    {
        using NDArray<System.Numerics.Complex> x = a.AsType<System.Numerics.Complex>(ArrayOrder.C), y = b.AsType<System.Numerics.Complex>(ArrayOrder.C);
        return x.ToArray<System.Numerics.Complex>().Concat(y.ToArray<System.Numerics.Complex>()).All(System.Numerics.Complex.IsFinite);
    }

    /// <summary>The values as a C-contiguous array and as a view of another layout.</summary>
    private static (NDArray Contiguous, NDArray View, string How) Input(Random rng, DType dtype, string name, int operand, nint[] shape, List<NDArray> owned)
    {
        nint size = shape.Aggregate((nint)1, (p, n) => p * n);
        int kind = rng.Next(7);
        if (kind == 5 && shape.Length > 0)
        {
            // Stride 0: the values repeat along one axis, as a broadcast view.
            int axis = rng.Next(shape.Length);
            nint[] reduced = (nint[])shape.Clone();
            reduced[axis] = Math.Min(shape[axis], 1);
            using NDArray flat = UfuncValues.Random(rng, dtype, name, operand, reduced.Aggregate((nint)1, (p, n) => p * n));
            NDArray small = Keep(owned, flat.Reshape(reduced));
            NDArray view = Keep(owned, small.BroadcastTo(shape));
            return (Keep(owned, view.Copy()), view, "stride-0");
        }

        using NDArray values = UfuncValues.Random(rng, dtype, name, operand, size);
        NDArray c = Keep(owned, values.Reshape(shape));
        switch (kind)
        {
            case 0:
                return (c, Keep(owned, c.Copy(ArrayOrder.F)), "F");
            case 1:
            case 2:
            {
                // Stepped (every other element of a larger array) or reversed, along every axis.
                bool reversed = kind == 2;
                NDArray big = Keep(owned, NDArray.Zeros(dtype, shape.Select(n => reversed ? n : 2 * n).ToArray()));
                NDArray view = Keep(owned, big[string.Join(", ", shape.Select(_ => reversed ? "::-1" : "::2").Append("..."))]);
                c.CopyTo(view, Casting.No);
                return (c, view, reversed ? "reversed" : "stepped");
            }

            case 3:
            {
                int[] perm = Enumerable.Range(0, shape.Length).OrderBy(_ => rng.Next()).ToArray();
                NDArray buffer = Keep(owned, NDArray.Zeros(dtype, perm.Select(i => shape[i]).ToArray()));
                int[] inverse = new int[perm.Length];
                for (int i = 0; i < perm.Length; i++)
                {
                    inverse[perm[i]] = i;
                }

                NDArray view = Keep(owned, buffer.Transpose(inverse));
                c.CopyTo(view, Casting.No);
                return (c, view, $"permuted ({string.Join(",", perm)})");
            }

            case 4 when dtype.ItemSize > 1:
                return (c, Keep(owned, c.AsType(UfuncValues.Swapped(dtype), Casting.Unsafe, rng.Next(2) == 0 ? ArrayOrder.C : ArrayOrder.F)), "byte-swapped");
            default:
                return (c, c, "C");
        }
    }

    private static (NDArray Out, string How) Output(Random rng, DType dtype, nint[] shape, List<NDArray> owned)
    {
        switch (rng.Next(4))
        {
            case 0:
                return (Keep(owned, NDArray.Zeros(dtype, shape, ArrayOrder.F)), "F");
            case 1:
            {
                NDArray big = Keep(owned, NDArray.Zeros(dtype, shape.Select(n => 2 * n).ToArray()));
                return (Keep(owned, big[string.Join(", ", shape.Select(_ => "::-2").Append("..."))]), "reversed stepped");
            }

            case 2 when dtype.ItemSize > 1:
                return (Keep(owned, NDArray.Zeros(UfuncValues.Swapped(dtype), shape)), "byte-swapped");
            default:
                return (Keep(owned, NDArray.Zeros(dtype, shape)), "C");
        }
    }

    private static NDArray Keep(List<NDArray> owned, NDArray a)
    {
        owned.Add(a);
        return a;
    }
}

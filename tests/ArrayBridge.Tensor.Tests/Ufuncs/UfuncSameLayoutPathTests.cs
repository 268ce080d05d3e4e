namespace ArrayBridge.Tests;

/// <summary>
/// For every ufunc, dtype and a set of layouts around the edges of the engine's same-layout fast
/// path (0-d, 1-element with any stride, 1-d, n-d, length-1 axes, F order, sliced, byte-swapped,
/// mixed dtypes), a new result is the same array (dtype, shape, strides, flags, bits, or the same
/// error) as the general path gives: the general path is forced by an all-true <c>where</c> mask,
/// which changes nothing else.
/// </summary>
public unsafe class UfuncSameLayoutPathTests
{
    public static TheoryData<string> Ufuncs => UfuncCatalog.Rows();

    private static readonly DType[] DTypes =
    [
        DType.Bool, DType.Int8, DType.UInt8, DType.Int16, DType.UInt16, DType.Int32, DType.UInt32, DType.Int64, DType.UInt64,
        DType.Float16, DType.Float32, DType.Float64, DType.Complex64, DType.Complex128,
    ];

    private static readonly nint[][] Shapes = [[], [1], [5], [3, 4], [2, 3, 5], [1, 4], [4, 1], [0], [2, 0]];

    [Theory]
    [MemberData(nameof(Ufuncs))]
    public void A_new_result_matches_the_general_path_for_every_layout(string method)
    {
        int nin = UfuncCatalog.NIn(method);
        int compared = 0;
        foreach (DType dtype in DTypes)
        {
            foreach (nint[] shape in Shapes)
            {
                foreach (Layout layout in Enum.GetValues<Layout>())
                {
                    compared += Compare(method, nin, dtype, shape, layout) ? 1 : 0;
                }
            }
        }

        Assert.True(compared > 0, $"NDArray.{method} refused every input");
    }

    private enum Layout
    {
        C,
        F,
        Stepped,
        Swapped,
        MixedDType,
        OrderF,
    }

    private static bool Compare(string method, int nin, DType dtype, nint[] shape, Layout layout)
    {
        var owned = new List<NDArray>();
        try
        {
            var inputs = new Operand[nin];
            for (int i = 0; i < nin; i++)
            {
                DType t = layout == Layout.Swapped && i == 0 ? dtype.WithByteOrder(dtype.ItemSize == 1 ? ByteOrder.Native : ByteOrder.Big)
                    : layout == Layout.MixedDType && i == nin - 1 ? DType.Float64
                    : dtype;
                inputs[i] = Make(shape, t, layout, seed: i, owned);
            }

            ArrayOrder order = layout == Layout.OrderF ? ArrayOrder.F : ArrayOrder.K;
            // The mask takes part in choosing the output's memory order, so it follows the inputs' order.
            NDArray mask = NDArray.Full<bool>(shape, true, layout == Layout.F ? ArrayOrder.F : ArrayOrder.C);
            owned.Add(mask);
            (NDArray? fast, Exception? fastError) = Run(() => UfuncCatalog.Call(method, inputs, order: order), owned);
            (NDArray? general, Exception? generalError) = Run(() => UfuncCatalog.Call(method, inputs, where: mask, order: order), owned);
            string what = $"NDArray.{method} {dtype} shape ({string.Join(", ", shape)}) {layout}";
            if (fastError is not null || generalError is not null)
            {
                Assert.True(fastError?.GetType() == generalError?.GetType() && fastError?.Message == generalError?.Message,
                    $"{what}: {fastError?.GetType().Name}: {fastError?.Message} vs {generalError?.GetType().Name}: {generalError?.Message}");
                return false;
            }

            Assert.Equal(general!.DType, fast!.DType);
            Assert.Equal(general.Shape.ToArray(), fast.Shape.ToArray());
            Assert.True(general.Strides.ToArray().AsSpan().SequenceEqual(fast.Strides.ToArray()), $"{what}: strides {fast.Strides} vs {general.Strides}");
            Assert.True(general.Flags == fast.Flags, $"{what}: flags {fast.Flags} vs {general.Flags}");
            var a = new ReadOnlySpan<byte>((void*)fast.DataPointer, (int)fast.NBytes);
            var b = new ReadOnlySpan<byte>((void*)general.DataPointer, (int)general.NBytes);
            Assert.True(a.SequenceEqual(b), $"{what}: different bits");
            Assert.Equal(0, fast.DataPointer % 64);
            return true;
        }
        finally
        {
            for (int i = owned.Count - 1; i >= 0; i--)
            {
                owned[i].Dispose();
            }
        }
    }

    private static (NDArray?, Exception?) Run(Func<NDArray> call, List<NDArray> owned)
    {
        try
        {
            NDArray r = call();
            owned.Add(r);
            return (r, null);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return (null, e);
        }
    }

    /// <summary>Small values of both signs (so that division, powers and shifts stay defined), in the asked layout.</summary>
    private static NDArray Make(nint[] shape, DType dtype, Layout layout, int seed, List<NDArray> owned)
    {
        nint size = 1;
        foreach (nint n in shape)
        {
            size *= n;
        }

        // Stepped: every other element of a twice-as-long last axis (a 1-element result keeps a stride of two items).
        nint[] full = (nint[])shape.Clone();
        if (layout == Layout.Stepped && full.Length > 0)
        {
            full[^1] *= 2;
        }

        nint fullSize = 1;
        foreach (nint n in full)
        {
            fullSize *= n;
        }

        var values = new double[fullSize];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = ((i * 7 + seed * 3) % 9) - 3 + (seed == 0 ? 0.5 : 0);
        }

        using NDArray<double> flat = NDArray.FromArray(values);
        using NDArray reshaped = flat.Reshape(full);
        NDArray typed = reshaped.AsType(dtype, Casting.Unsafe, layout == Layout.F ? ArrayOrder.F : ArrayOrder.C);
        owned.Add(typed);
        if (layout == Layout.Stepped && full.Length > 0)
        {
            string index = string.Concat(Enumerable.Repeat(":, ", full.Length - 1)) + "::2";
            NDArray view = typed[index];
            owned.Add(view);
            return view;
        }

        return typed;
    }
}

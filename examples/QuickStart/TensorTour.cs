using ArrayBridge;

/// <summary>The README's tour of the NDArray API, run by ./build.sh demo so that it stays true.</summary>
internal static class TensorTour
{
    public static void Run()
    {
        // A 3x4 float64 array, 64-byte aligned, C order: NumPy's np.arange(12.).reshape(3, 4).
        using NDArray<double> range = NDArray.Arange<double>(12);
        using NDArray<double> a = range.Reshape(3, 4);
        Console.WriteLine($"a: shape {Fmt(a.Shape)}, strides {Fmt(a.Strides)}, flags {a.Flags}");

        // Views never copy: NumPy's basic indexing, transposes, broadcasts.
        using NDArray<double> v = a["::-1, 1::2"];        // negative and stepped strides
        using NDArray<double> t = a.Transpose();          // F-contiguous view
        using NDArray<double> b = a["0"].BroadcastTo(5, 4); // stride 0, read-only
        Console.WriteLine($"a[::-1, 1::2]: strides {Fmt(v.Strides)}, offset {v.DataPointer - a.DataPointer} bytes");
        Console.WriteLine($"a.T: strides {Fmt(t.Strides)}, C={t.IsCContiguous} F={t.IsFContiguous}");
        Console.WriteLine($"broadcast: strides {Fmt(b.Strides)}, writeable={b.IsWriteable}");

        // Typed element access through the strides (GETPTR); writes show through every view.
        v[0, 1] = -1;
        Console.WriteLine($"after v[0, 1] = -1: a[2, 3] = {a.At(2, 3)}");

        // Reshape follows NumPy's no-copy rule: a view when the strides allow it, a copy otherwise.
        using NDArray<double> same = a.Reshape(2, 6);
        using NDArray<double> copied = t.Reshape(-1);
        Console.WriteLine($"a.reshape(2, 6) shares memory: {same.DataPointer == a.DataPointer}; a.T.reshape(-1) copies: {copied.DataPointer != a.DataPointer}");

        // Casts and byte order: big-endian float32, then back.
        using NDArray big = a.AsType(DType.Parse(">f4"));
        Console.WriteLine($"a.astype('>f4'): dtype {big.DType.TypeStr}, buffer format {big.DType.BufferFormat}");

        // Zero-copy wrapping of .NET memory, and spans back out.
        var data = new float[] { 1, 2, 3, 4, 5, 6 };
        using NDArray<float> wrapped = NDArray.Wrap(data, [2, 3]);
        wrapped[1, 2] = 60;
        Console.WriteLine($"wrapped float[]: data[5] = {data[5]}, span length {wrapped.AsSpan<float>().Length}");
        Console.WriteLine(v);

        // Arithmetic: NumPy's ufuncs as operators, broadcasting a (4,) row over a's 3 rows.
        // Standardize each column, (x - mean) / std, with the column statistics from a loop.
        using NDArray<double> mean = NDArray.Zeros<double>(4);
        using NDArray<double> std = NDArray.Zeros<double>(4);
        for (nint j = 0; j < 4; j++)
        {
            for (nint i = 0; i < 3; i++)
            {
                mean[j] += a.At(i, j) / 3;
            }

            for (nint i = 0; i < 3; i++)
            {
                std[j] += Math.Pow(a.At(i, j) - mean.At(j), 2) / 3;
            }

            std[j] = Math.Sqrt(std.At(j));
        }

        using (NDArray.Scope())
        {
            NDArray<double> z = (a - mean) / std;         // a - mean is a temporary: the scope disposes both
            Console.WriteLine($"(a - mean) / std:\n{z}");

            // In place, as NumPy's z += 1: the same array and memory, same_kind casting into its dtype.
            nint before = z.DataPointer;
            z += 1;
            Console.WriteLine($"after z += 1: z[0, 0] = {z.At(0, 0):F4}, same memory: {z.DataPointer == before}");
        }
    }

    private static string Fmt(ReadOnlySpan<nint> values) => "(" + string.Join(", ", values.ToArray()) + ")";
}

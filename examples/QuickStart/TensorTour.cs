using ArrayBridge;

/// <summary>
/// The README's tour of the NDArray API, run by ./build.sh demo and by tests/ArrayBridge.Docs.Tests
/// (which also checks that the README shows the region below as it is).
/// </summary>
internal static class TensorTour
{
    public static void Run()
    {
        // <snippet:tensor-tour>
        // A 3x4 float64 array, 64-byte aligned, C order: NumPy's np.arange(12.).reshape(3, 4).
        using NDArray<double> range = NDArray.Arange<double>(12);
        using NDArray<double> a = range.Reshape(3, 4);

        // Views never copy: NumPy's basic indexing, transposes, broadcasts.
        using NDArray<double> v = a["::-1, 1::2"];          // strides (-32, 16), data offset 72 bytes
        using NDArray<double> t = a.Transpose();            // F-contiguous view
        using NDArray<double> b = a["0"].BroadcastTo(5, 4); // strides (0, 8), read-only

        // Typed element access through the strides (GETPTR); writes show through every view.
        v[0, 1] = -1;                                       // a[2, 3] is now -1

        // Reshape follows NumPy's no-copy rule: a view when the strides allow it, a copy otherwise.
        using NDArray<double> same = a.Reshape(2, 6);       // shares a's memory
        using NDArray<double> copied = t.Reshape(-1);       // a.T.reshape(-1) copies, as in NumPy

        // Casts and byte order.
        using NDArray big = a.AsType(DType.Parse(">f4"));   // typestr ">f4", PEP 3118 format ">f"

        // Zero-copy wrapping of .NET memory, and spans back out.
        var data = new float[] { 1, 2, 3, 4, 5, 6 };
        using NDArray<float> wrapped = NDArray.Wrap(data, [2, 3]);
        wrapped[1, 2] = 60;                                 // data[5] == 60

        // Arithmetic with NumPy's operators: standardize each column, broadcasting (4,) over (3, 4).
        using NDArray<double> mean = NDArray.Zeros<double>(4);
        using NDArray<double> std = NDArray.Zeros<double>(4);
        for (nint j = 0; j < 4; j++)                        // column statistics by hand, for now
        {
            for (nint i = 0; i < 3; i++) mean[j] += a.At(i, j) / 3;
            for (nint i = 0; i < 3; i++) std[j] += Math.Pow(a.At(i, j) - mean.At(j), 2) / 3;
            std[j] = Math.Sqrt(std.At(j));
        }

        using (NDArray.Scope())
        {
            NDArray<double> z = (a - mean) / std;           // a - mean is a temporary: the scope disposes both
            z += 1;                                         // in place, as NumPy's z += 1
        }
        // </snippet>

        // What each step above did, as the comments there say.
        Console.WriteLine($"a: shape {a.Shape}, strides {a.Strides}, flags {a.Flags}");
        Console.WriteLine($"a[::-1, 1::2]: strides {v.Strides}, data offset {v.DataPointer - a.DataPointer} bytes");
        Console.WriteLine($"a.T: strides {t.Strides}, C={t.IsCContiguous} F={t.IsFContiguous}");
        Console.WriteLine($"broadcast: strides {b.Strides}, writeable={b.IsWriteable}");
        Console.WriteLine($"after v[0, 1] = -1: a[2, 3] = {a.At(2, 3)}");
        Console.WriteLine($"a.reshape(2, 6) shares memory: {same.DataPointer == a.DataPointer}; a.T.reshape(-1) copies: {copied.DataPointer != a.DataPointer}");
        Console.WriteLine($"a.astype('>f4'): typestr {big.DType.TypeStr}, buffer format {big.DType.BufferFormat}");
        Console.WriteLine($"wrapped float[]: data[5] = {data[5]}, span length {wrapped.AsSpan<float>().Length}");
        Console.WriteLine(v);

        // The standardized columns and z += 1, shown; the scope releases both.
        using (NDArray.Scope())
        {
            NDArray<double> z = (a - mean) / std;
            Console.WriteLine($"(a - mean) / std:\n{z}");
            nint before = z.DataPointer;
            z += 1;
            Console.WriteLine($"after z += 1: z[0, 0] = {z.At(0, 0):F4}, same memory: {z.DataPointer == before}");
        }
    }
}

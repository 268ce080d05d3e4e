using ArrayBridge;
using ArrayBridge.Interop;

/// <summary>Hands C# arrays to NumPy and takes the results back, printing addresses to show nothing is copied.</summary>
internal static class NumPyTour
{
    public static void Run()
    {
        Python.Initialize(); // finds the interpreter that imports NumPy
        Console.WriteLine($"Python {Python.Version} at {Python.Executable}");

        // Fill a 4x3 matrix in C#.
        using NDArray<double> a = NDArray.Zeros<double>(4, 3);
        for (nint i = 0; i < 4; i++)
        {
            for (nint j = 0; j < 3; j++)
            {
                a[i, j] = Math.Sin(i + 1) * (j + 1) + (i == j ? 2 : 0);
            }
        }

        using PyObject np = Python.Import("numpy");
        using PyObject pa = NumPy.ToNumPy(a);
        long numpyAddress = pa.GetAttr("ctypes").GetAttr("data").As<long>();
        Console.WriteLine($"C# data at 0x{a.DataPointer:x}, NumPy data at 0x{numpyAddress:x}: {(numpyAddress == a.DataPointer ? "same memory" : "COPIED")}");
        Console.WriteLine($"a.base is {pa.GetAttr("base").Repr()}");

        // Real NumPy routines on the C# memory.
        using PyObject linalg = np.GetAttr("linalg");
        using PyObject svd = linalg.Invoke("svd", pa, false); // full_matrices=False
        using NDArray s = NumPy.FromNumPy(svd[1]);
        Console.WriteLine($"singular values (np.linalg.svd): {s}");

        // Mutate in C#; NumPy sees the change because it is the same memory.
        a[0, 0] = 100;
        Console.WriteLine($"after a[0, 0] = 100 in C#, NumPy reads pa[0, 0] = {pa[(0, 0)].As<double>()}");

        // A transposed, reversed view goes over without a copy too, strides and all.
        using NDArray<double> view = a.Transpose()["::-1"];
        using PyObject pv = NumPy.ToNumPy(view);
        Console.WriteLine($"view strides C# {Fmt(view.Strides)}, NumPy {pv.GetAttr("strides")}, data 0x{view.DataPointer:x} vs 0x{pv.GetAttr("ctypes").GetAttr("data").As<long>():x}");

        // np.fft.rfft of a signal built in C#, and the complex result back as an NDArray view.
        using NDArray<double> signal = NDArray.Zeros<double>(16);
        for (nint i = 0; i < 16; i++)
        {
            signal[i] = Math.Cos(2 * Math.PI * 3 * i / 16.0);
        }

        using PyObject spectrum = np.GetAttr("fft").Invoke("rfft", NumPy.ToNumPy(signal));
        using NDArray<System.Numerics.Complex> back = NumPy.FromNumPy<System.Numerics.Complex>(spectrum);
        Console.WriteLine($"rfft result: dtype {back.DType}, shape ({back.Shape[0]},), |X[3]| = {back.At(3).Magnitude:F3}, data 0x{back.DataPointer:x} == NumPy 0x{spectrum.GetAttr("ctypes").GetAttr("data").As<long>():x}");
        Console.WriteLine(back);
    }

    private static string Fmt(ReadOnlySpan<nint> values) => "(" + string.Join(", ", values.ToArray()) + ")";
}

using System.Numerics;
using ArrayBridge;
using ArrayBridge.Interop;

/// <summary>Hands C# arrays to NumPy and takes the results back, printing addresses to show nothing is copied.</summary>
internal static class NumPyTour
{
    public static void Run()
    {
        Python.Initialize(); // finds the interpreter that imports NumPy (here Debian's /usr/bin/python3)
        Console.WriteLine($"Python {Python.Version} at {Python.Executable}");
        using PyObject np = Python.Import("numpy");

        // Fill a 4x3 matrix in C#.
        using NDArray<double> a = NDArray.Zeros<double>(4, 3);
        for (nint i = 0; i < 4; i++)
        {
            for (nint j = 0; j < 3; j++)
            {
                a[i, j] = Math.Sin(i + 1) * (j + 1) + (i == j ? 2 : 0);
            }
        }

        // Hand it to NumPy: same memory, and NumPy's base object keeps it alive.
        using PyObject pa = NumPy.ToNumPy(a);
        Console.WriteLine($"C# data at 0x{a.DataPointer:x}, NumPy data at 0x{NumPyAddress(pa):x}: {(NumPyAddress(pa) == a.DataPointer ? "same memory, no copy" : "COPIED")}");
        using (PyObject owner = pa.GetAttr("base"))
        {
            Console.WriteLine($"pa.base: {owner.Repr()}");
        }

        // Real NumPy routines on the C# memory; the results come back as views of NumPy's memory.
        using PyObject linalg = np.GetAttr("linalg");
        using PyObject svd = linalg.Invoke("svd", pa, false); // full_matrices=False
        using PyObject singular = svd[1];
        using NDArray s = NumPy.FromNumPy(singular);
        Console.WriteLine($"np.linalg.svd singular values: {s}, viewed in C# at 0x{s.DataPointer:x} == NumPy 0x{NumPyAddress(singular):x}");

        // Mutate in C#: NumPy sees the change, because it is the same memory.
        a[0, 0] = 100;
        using (PyObject element = pa[(0, 0)])
        {
            Console.WriteLine($"after a[0, 0] = 100 in C#, NumPy reads pa[0, 0] = {element.As<double>()}");
        }

        // A transposed, reversed view goes over as is: strides and all, no copy.
        using NDArray<double> view = a.Transpose()["::-1"];
        using PyObject pv = NumPy.ToNumPy(view);
        using (PyObject strides = pv.GetAttr("strides"))
        {
            Console.WriteLine($"a.T[::-1]: C# strides ({string.Join(", ", view.Strides.ToArray())}), NumPy strides {strides}, data 0x{view.DataPointer:x} == 0x{NumPyAddress(pv):x}");
        }

        // np.fft.rfft of a signal built in C#; the complex result comes back as an NDArray view.
        using NDArray<double> signal = NDArray.Zeros<double>(16);
        for (nint i = 0; i < 16; i++)
        {
            signal[i] = Math.Cos(2 * Math.PI * 3 * i / 16.0);
        }

        using PyObject fft = np.GetAttr("fft");
        using PyObject spectrum = fft.Invoke("rfft", signal); // an NDArray argument goes over zero-copy too
        using NDArray<Complex> back = NumPy.FromNumPy<Complex>(spectrum);
        Console.WriteLine($"np.fft.rfft: {back.DType} {back.Shape.Length}-d of {back.Size}, |X[3]| = {back.At(3).Magnitude:F3}, viewed in C# at 0x{back.DataPointer:x} == NumPy 0x{NumPyAddress(spectrum):x}");
    }

    /// <summary>NumPy's own idea of where an array's data is: <c>arr.__array_interface__['data'][0]</c>.</summary>
    private static nint NumPyAddress(PyObject array)
    {
        using PyObject iface = array.GetAttr("__array_interface__");
        using PyObject data = iface["data"];
        using PyObject address = data[0];
        return (nint)address.As<long>();
    }
}

// A consumer of the published packages: built outside the repository against the local feed by
// tests/Install/check.sh, which compares its output with expected.txt.
using ArrayBridge;
using ArrayBridge.Interop;

using NDArray<double> a = NDArray.Arange<double>(6).Reshape(2, 3);
using (NDArray.Scope())
{
    NDArray b = (a * 2 + 1) / 2;
    Console.WriteLine($"arith {b}");
    Console.WriteLine($"sum {NDArray.Sum(b).ToString()}");
}

Python.Initialize(new PythonOptions { PythonExecutable = "/usr/bin/python3" });
using PyObject np = Python.Import("numpy");
using PyObject pa = NumPy.ToNumPy(a);
using PyObject squared = np.Invoke("square", pa);
using NDArray back = NumPy.FromNumPy(squared);
Console.WriteLine($"numpy {back}");
a[0, 0] = 100;                              // the NumPy array shares a's memory
using PyObject first = pa.GetItem((0, 0));
Console.WriteLine($"shared {first.As<double>()}");
using PyObject version = np.GetAttr("__version__");
Console.WriteLine($"numpy {version.As<string>().Split('.')[0]}.x");

// <snippet:readme-pythonnet>
using ArrayBridge;                                // NDArray
using ArrayBridge.PythonNet;                      // ToNumPyPythonNet, ToNDArray, ToArrayBridge, ToPythonNet
using Python.Runtime;                             // pythonnet
using ABPython = ArrayBridge.Interop.Python;      // pythonnet's namespace "Python" hides the class

Runtime.PythonDLL = "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0";
PythonEngine.Initialize();            // pythonnet starts Python and keeps the GIL on this thread...
PythonEngine.BeginAllowThreads();     // ...until it is released: do this, or ArrayBridge waits
ABPython.Initialize();                // ArrayBridge finds it running and attaches

using NDArray<double> a = NDArray.Arange(0.0, 1e6, 1.0);
using (Py.GIL())
{
    using PyObject pa = a.ToNumPyPythonNet();                   // no copy: NumPy views a's memory
    using PyObject np = Py.Import("numpy");
    using PyObject m = np.InvokeMethod("ones", new PyInt(5));
    using NDArray<double> view = m.ToNDArray<double>();         // no copy: a view of m's memory
    using ArrayBridge.Interop.PyObject same = m.ToArrayBridge(); // + one reference, released on Dispose
}
// </snippet>

// What the comments above say, printed as key=value lines for the test that runs this program.
Console.WriteLine($"attached={ABPython.IsAttached}");
using (Py.GIL())
{
    using PyObject pa = a.ToNumPyPythonNet();
    using PyObject iface = pa.GetAttr("__array_interface__");
    long address = iface["data"][0].As<long>();
    Console.WriteLine($"numpy-shares-memory={address == (long)a.DataPointer}");
    using PyObject np = Py.Import("numpy");
    using PyObject m = np.InvokeMethod("ones", new PyInt(5));
    using NDArray<double> view = m.ToNDArray<double>();
    using PyObject mIface = m.GetAttr("__array_interface__");
    Console.WriteLine($"view-shares-memory={mIface["data"][0].As<long>() == (long)view.DataPointer}");
    Console.WriteLine($"view-sum={view.ToArray().Sum()}");
}

ABPython.Shutdown();                  // detaches only: pythonnet started Python
PythonEngine.Shutdown();
Console.WriteLine("done=True");

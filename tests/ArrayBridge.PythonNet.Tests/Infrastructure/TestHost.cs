namespace ArrayBridge.PythonNet.Tests;

/// <summary>
/// The test assembly's entry point. Under the test runner it is never called; run as
/// <c>dotnet exec ArrayBridge.PythonNet.Tests.dll MODE</c> it sets up a fresh process in an order the
/// shared test process cannot have, and prints <c>key=value</c> lines.
/// </summary>
public static class TestHost
{
    public static int Main(string[] args)
    {
        try
        {
            switch (args.Length == 0 ? "" : args[0])
            {
                case "arraybridge-first":
                    return ArrayBridgeFirst();
                case "gil-held-by-pythonnet":
                    return GilHeldByPythonNet();
                case "local-libpython":
                    return LocalLibPython();
                case "attach-without-python":
                    ABPython.Attach();
                    Console.WriteLine("attached=true");
                    return 0;
                default:
                    Console.Error.WriteLine("usage: arraybridge-first|gil-held-by-pythonnet|attach-without-python");
                    return 2;
            }
        }
        catch (Exception e)
        {
            Console.WriteLine($"error={e.GetType().Name}: {e.Message.ReplaceLineEndings(" | ")}");
            return 1;
        }
    }

    /// <summary>ArrayBridge starts Python; pythonnet, pointed at the same libpython, finds it running.</summary>
    private static int ArrayBridgeFirst()
    {
        ABPython.Initialize(new ArrayBridge.Interop.PythonOptions { PythonExecutable = PythonNetStartup.PythonExecutable });
        Console.WriteLine($"attached={ABPython.IsAttached}");

        // The path ArrayBridge loaded: dlopen returns the library already loaded, not a second copy.
        PythonNetStartup.InitializePythonNet(ABPython.Environment.LibraryPath);
        Console.WriteLine($"pythonnet-gil-held={ABPython.IsGilHeld}"); // PythonEngine.Initialize keeps it (PyGILState_Ensure)
        PythonEngine.BeginAllowThreads();

        using NDArray<double> array = NDArray.Arange(0.0, 10.0, 1.0);
        using (Py.GIL())
        {
            using PyObject exported = array.ToNumPyPythonNet();
            using PyModule scope = Py.CreateScope();
            scope.Set("a", exported);
            scope.Exec("a[2] = 100.0");
            Console.WriteLine($"ndarray-sees-pythonnet-write={array[2] == 100.0}");

            using PyObject np = Py.Import("numpy");
            using PyObject ones = np.InvokeMethod("ones", new PyInt(5));
            using NDArray<double> view = ones.ToNDArray<double>();
            view[0] = 3.0;
            Console.WriteLine($"pythonnet-sees-ndarray-write={scope.Eval<double>("float(__import__('numpy').asarray(a).sum())") > 0 && ones[0].As<double>() == 3.0}");
            Console.WriteLine($"sum={scope.Eval<double>("float(a.sum())")}");
        }

        // pythonnet's Shutdown releases its own objects and never finalizes Python; then ArrayBridge,
        // which started the interpreter, finalizes it.
        PythonEngine.Shutdown();
        ABPython.Shutdown();
        Console.WriteLine($"finalized={!ABPython.IsInitialized}");
        return 0;
    }

    /// <summary>
    /// libpython is loaded with RTLD_LOCAL (NativeLibrary.Load) and not initialized: its exports are
    /// not in the global scope, so ArrayBridge finds it in /proc/self/maps, re-opens that very file
    /// with RTLD_NOLOAD | RTLD_GLOBAL and starts it; NumPy's extensions then resolve Py* symbols.
    /// </summary>
    private static int LocalLibPython()
    {
        string library = PythonNetStartup.Environment.LibraryPath;
        System.Runtime.InteropServices.NativeLibrary.Load(library);
        ABPython.Initialize(new ArrayBridge.Interop.PythonOptions { PythonExecutable = PythonNetStartup.PythonExecutable });
        Console.WriteLine($"attached={ABPython.IsAttached}");
        using (ABObject numpy = ABPython.Import("numpy"))
        using (ABObject version = numpy.GetAttr("__version__"))
        {
            Console.WriteLine($"numpy={version.As<string>()}");
        }

        int mapped = File.ReadLines("/proc/self/maps")
            .Select(line => line.IndexOf('/') is int slash and >= 0 ? line[slash..] : "")
            .Where(path => Path.GetFileName(path).StartsWith("libpython3", StringComparison.Ordinal))
            .Distinct()
            .Count();
        Console.WriteLine($"libpython-files-mapped={mapped}");
        return 0;
    }

    /// <summary>
    /// pythonnet starts Python and keeps the GIL on this thread (no BeginAllowThreads): attaching and
    /// ArrayBridge's GIL scopes on the same thread find it held (PyGILState_LOCKED) and must not wait.
    /// </summary>
    private static int GilHeldByPythonNet()
    {
        PythonNetStartup.InitializePythonNet();
        ABPython.Attach();
        Console.WriteLine($"attached={ABPython.IsAttached}");
        using NDArray<double> array = NDArray.Arange(0.0, 4.0, 1.0);
        using (ArrayBridge.Interop.GilScope gil = ABPython.Gil())
        using (ABObject numpyArray = ABNumPy.ToNumPy(array))
        using (ABObject total = numpyArray.Invoke("sum"))
        {
            Console.WriteLine($"sum={total.As<double>()}");
        }

        Console.WriteLine($"gil-still-held={ABPython.IsGilHeld}");
        ABPython.Shutdown();
        Console.WriteLine($"detached={!ABPython.IsInitialized}");
        Console.WriteLine($"pythonnet-works={PythonEngine.Eval("6 * 7").As<int>() == 42}");

        // pythonnet's own exit handler would take the GIL on another thread and wait for this one
        // forever: a thread that keeps the GIL shuts pythonnet down itself.
        PythonEngine.Shutdown();
        return 0;
    }
}

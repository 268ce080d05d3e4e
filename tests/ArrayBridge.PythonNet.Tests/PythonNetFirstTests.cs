namespace ArrayBridge.PythonNet.Tests;

/// <summary>pythonnet started Python in this process; ArrayBridge attached to it (see <see cref="PythonNetFixture"/>).</summary>
[Collection(PythonNetCollection.Name)]
public sealed class PythonNetFirstTests
{
    private static long DataAddress(PyObject numpyArray) =>
        numpyArray.GetAttr("__array_interface__")["data"][0].As<long>();

    private static long GetRefCount(PyObject obj)
    {
        using PyObject sys = Py.Import("sys");
        using PyObject count = sys.InvokeMethod("getrefcount", obj);
        return count.As<long>();
    }

    [Fact]
    public void InitializeAttachesToPythonNetsInterpreterInsteadOfStartingOne()
    {
        Assert.True(ABPython.IsInitialized);
        Assert.True(ABPython.IsAttached);
        using (Py.GIL())
        {
            using PyObject sys = Py.Import("sys");
            using ABObject abSys = ABPython.Import("sys");
#pragma warning disable CS0612 // the borrowed pointer is what is compared
            Assert.Equal(sys.Handle, abSys.Handle); // one interpreter: the very same module object
#pragma warning restore CS0612
            using PyObject info = sys.GetAttr("version_info");
            Assert.Equal(new Version(info[0].As<int>(), info[1].As<int>(), info[2].As<int>()), ABPython.Version);
            Assert.Equal(sys.GetAttr("executable").As<string>(), ABPython.Executable);
        }

        // The library bound is the one pythonnet loaded (no second libpython in the process).
        Assert.Equal(
            new FileInfo(PythonNetStartup.Environment.LibraryPath).ResolveLinkTarget(true)?.FullName ?? PythonNetStartup.Environment.LibraryPath,
            new FileInfo(ABPython.Environment.LibraryPath).ResolveLinkTarget(true)?.FullName ?? ABPython.Environment.LibraryPath);
        int mapped = File.ReadLines("/proc/self/maps")
            .Select(line => line.IndexOf('/') is int slash and >= 0 ? line[slash..] : "")
            .Where(path => Path.GetFileName(path).StartsWith("libpython3", StringComparison.Ordinal))
            .Distinct()
            .Count();
        Assert.Equal(1, mapped);
    }

    [Fact]
    public void AttachIsIdempotentWhileAttached()
    {
        ABPython.Attach();
        ABPython.Initialize();
        Assert.True(ABPython.IsAttached);
    }

    [Fact]
    public void NDArrayHandedToPythonNetIsTheSameMemory()
    {
        using NDArray<double> array = NDArray.Arange(0.0, 1000.0, 1.0);
        using (Py.GIL())
        {
            using PyObject numpyArray = array.ToNumPyPythonNet();
            Assert.Equal((long)array.DataPointer, DataAddress(numpyArray));

            // pythonnet code writes through NumPy; the NDArray sees it, and the other way round.
            using PyModule scope = Py.CreateScope();
            scope.Set("a", numpyArray);
            scope.Exec("a[3] = 42.0");
            Assert.Equal(42.0, array[3]);
            array[4] = -7.5;
            Assert.Equal(-7.5, scope.Eval<double>("float(a[4])"));
            Assert.Equal(Enumerable.Range(0, 1000).Sum() - 3 + 42 - 4 - 7.5, scope.Eval<double>("float(a.sum())"));
        }
    }

    [Fact]
    public void NumPyArrayFromPythonNetBecomesAnNDArrayOverTheSameMemory()
    {
        using (Py.GIL())
        {
            using PyObject np = Py.Import("numpy");
            using PyObject numpyArray = np.InvokeMethod("arange", new PyFloat(12.0)).InvokeMethod("reshape", new PyInt(3), new PyInt(4));
            using NDArray<double> view = numpyArray.ToNDArray<double>();
            Assert.Equal((long)view.DataPointer, DataAddress(numpyArray));
            Assert.Equal([3, 4], view.Shape.ToArray());

            view[1, 1] = 99.0;
            Assert.Equal(99.0, numpyArray[new PyTuple([new PyInt(1), new PyInt(1)])].As<double>());
        }
    }

    /// <summary>Every conversion, repeated: the object's reference count is back where it was once the results are disposed.</summary>
    [Theory]
    [InlineData("ToArrayBridge")]
    [InlineData("ToPythonNet")]
    [InlineData("ToNDArray")]
    [InlineData("ToNumPyPythonNet")]
    [InlineData("RoundTrip")]
    public void ConversionsLeaveReferenceCountsUnchanged(string conversion)
    {
        using NDArray<double> source = NDArray.Arange(0.0, 64.0, 1.0);
        using (Py.GIL())
        {
            using PyObject np = Py.Import("numpy");
            using PyObject numpyArray = np.InvokeMethod("arange", new PyFloat(64.0));
            using ABObject abArray = numpyArray.ToArrayBridge();
            long pythonNetBefore = GetRefCount(numpyArray);
            nint abBefore = abArray.RefCount;
            for (int i = 0; i < 50; i++)
            {
                switch (conversion)
                {
                    case "ToArrayBridge":
                        numpyArray.ToArrayBridge().Dispose();
                        break;
                    case "ToPythonNet":
                        abArray.ToPythonNet().Dispose();
                        break;
                    case "ToNDArray":
                        numpyArray.ToNDArray().Dispose();
                        break;
                    case "ToNumPyPythonNet":
                        using (PyObject exported = source.ToNumPyPythonNet())
                        using (NDArray back = exported.ToNDArray())
                        {
                            Assert.Equal(source.DataPointer, back.DataPointer);
                        }

                        break;
                    case "RoundTrip":
                        using (ABObject there = numpyArray.ToArrayBridge())
                        using (PyObject back = there.ToPythonNet())
                        {
                            Assert.Equal(pythonNetBefore + 2, GetRefCount(numpyArray));
                        }

                        break;
                }
            }

            Assert.Equal(pythonNetBefore, GetRefCount(numpyArray));
            Assert.Equal(abBefore, abArray.RefCount);
        }
    }

    [Fact]
    public void ToArrayBridgeOfADisposedPythonNetObjectThrowsArgumentException()
    {
        using (Py.GIL())
        {
            var list = new PyList();
            list.Dispose();
            ArgumentException e = Assert.Throws<ArgumentException>(() => list.ToArrayBridge());
            Assert.Contains("NULL", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FromBorrowedAndOwnedHandlesRejectNull()
    {
        Assert.Throws<ArgumentException>(() => ABObject.FromBorrowedHandle(0));
        Assert.Throws<ArgumentException>(() => ABObject.FromOwnedHandle(0));
    }

    [Fact]
    public void ShutdownDetachesWithoutFinalizingPythonNetsInterpreter()
    {
        using NDArray<double> array = NDArray.Arange(0.0, 10.0, 1.0);
        PyObject exported;
        using (Py.GIL())
        {
            exported = array.ToNumPyPythonNet();
        }

        ABPython.Shutdown();
        try
        {
            Assert.False(ABPython.IsInitialized);
            Assert.False(ABPython.IsAttached);
            Assert.Throws<InvalidOperationException>(() => ABPython.Gil());
            ABPython.Shutdown(); // detached: nothing more to do

            // pythonnet's interpreter runs on, NumPy included, and the exported memory is still NumPy's.
            using (Py.GIL())
            {
                Assert.False(PythonEngine.Eval("__import__('sys').is_finalizing()").As<bool>());
                using PyModule scope = Py.CreateScope();
                scope.Set("a", exported);
                Assert.Equal(45.0, scope.Eval<double>("float(__import__('numpy').asarray(a).sum())"));
                exported.Dispose();
            }
        }
        finally
        {
            ABPython.Attach();
        }

        Assert.True(ABPython.IsAttached);
        using (Py.GIL())
        using (PyObject again = array.ToNumPyPythonNet())
        {
            Assert.Equal((long)array.DataPointer, DataAddress(again));
        }
    }

    [Fact]
    public void GilScopesWorkFromThreadsPythonNetNeverSaw()
    {
        var results = new double[4];
        Parallel.For(0, results.Length, i =>
        {
            using NDArray<double> array = NDArray.Arange(0.0, 100.0 + i, 1.0);
            using ABObject numpyArray = ABNumPy.ToNumPy(array);
            using ABObject total = numpyArray.Invoke("sum");
            results[i] = total.As<double>();
        });
        for (int i = 0; i < results.Length; i++)
        {
            int n = 100 + i;
            Assert.Equal(n * (n - 1) / 2.0, results[i]);
        }
    }
}

using NumPyC = ArrayBridge.Native.Interop.NumPy;

namespace ArrayBridge.Tests;

/// <summary>
/// The handoff between NDArray and NumPy: a round trip gives back a view of the .NET memory itself
/// (no Python object in between), every side keeps the memory alive for as long as it holds it, and
/// each call takes the GIL at most once.
/// </summary>
[Collection(PythonCollection.Name)]
public unsafe class NumPyHandoffTests
{
    public NumPyHandoffTests()
    {
        using GilScope gil = Python.Gil();
        NumPyApi.EnsureLoaded();
    }

    /// <summary>NumPy arrays made from <c>p = NumPy.ToNumPy(a)</c>, a (2, 3, 4) float64 arange: views of it through NumPy's base chains.</summary>
    public static TheoryData<string> ViewsOfAnExportedArray() =>
    [
        "p", "p[...]", "p[::2]", "p.T", "p[..., None]", "p[1, ::-1, 1:3]", "p.reshape(-1)", "p.reshape(4, 6)",
        "p.view(np.int64)", "p.view('>i8')", "np.asarray(p)", "p[1:][::-1]", "np.moveaxis(p, 0, -1)[::2]",
        "np.broadcast_to(p[0, 0], (5, 4))", "np.squeeze(p[:1])", "p.diagonal(axis1=1, axis2=2)", "p.real", "p[0, 0, 0, ...]",
    ];

    [Theory]
    [MemberData(nameof(ViewsOfAnExportedArray))]
    public void A_round_trip_views_the_dotnet_memory_and_holds_no_python_reference(string expression)
    {
        using var a = NDArray.Arange<double>(24).Reshape(2, 3, 4);
        long released = ExportedArray.ReleasedCount;
        NDArray b, expected;
        using (PyObject p = NumPy.ToNumPy(a))
        using (var scope = new PyScope(("p", p)))
        {
            scope.Exec($"r = {expression}");
            using (PyObject copy = scope.Eval("r.copy()"))
            {
                expected = NumPy.FromNumPy(copy);
            }

            long rBefore = scope.Eval<long>("sys.getrefcount(r)"), pBefore = p.RefCount;
            using (PyObject r = scope.Get("r"))
            {
                b = NumPy.FromNumPy(r);
            }

            Assert.Equal(rBefore, scope.Eval<long>("sys.getrefcount(r)"));
            Assert.Equal(pBefore, p.RefCount);

            // The NumPy array's own layout, dtype and flags, over a's memory.
            Assert.Equal(scope.Eval<long>("r.ctypes.data"), (long)b.DataPointer);
            Assert.Equal(scope.Eval<long[]>("list(r.shape)"), b.Shape.ToArray().Select(n => (long)n));
            Assert.Equal(scope.Eval<long[]>("list(r.strides)"), b.Strides.ToArray().Select(n => (long)n));
            Assert.Equal(scope.Eval<string>("r.dtype.str"), b.DType.TypeStr);
            bool writeable = scope.Eval<bool>("r.flags.writeable");
            Assert.Equal(writeable, b.IsWriteable);
            if (writeable)
            {
                Assert.Same(a.Memory, b.Memory);
            }
            else
            {
                Assert.Throws<InvalidOperationException>(() => b.IsWriteable = true); // read-only stays read-only
            }
        }

        using (b)
        using (expected)
        {
            // NumPy dropped every array and the exported object; the view still reads a's memory.
            Assert.True(ExportedArray.ReleasedCount > released, $"released {ExportedArray.ReleasedCount - released}, live {ExportedArray.LiveCount}");
            Assert.False(a.Memory.IsReleased);
            Assert.Equal(ArrayValues.Of(expected), ArrayValues.Of(b));
        }
    }

    [Fact]
    public void A_round_trip_through_a_copy_or_a_foreign_array_holds_the_numpy_array()
    {
        using var a = NDArray.Arange<double>(6);
        using PyObject p = NumPy.ToNumPy(a);
        using var scope = new PyScope(("p", p));
        foreach (string expression in new[] { "p.copy()", "np.ascontiguousarray(p[::2])", "np.arange(4.0)", "np.lib.stride_tricks.sliding_window_view(p, 3)" })
        {
            using PyObject r = scope.Eval(expression);
            long before = r.RefCount;
            using (NDArray b = NumPy.FromNumPy(r))
            {
                Assert.NotSame(a.Memory, b.Memory);
                Assert.Equal(before + 1, r.RefCount);
            }

            Assert.Equal(before, r.RefCount);
        }
    }

    [Fact]
    public void A_numpy_array_made_writeable_again_is_viewed_writeable_and_a_read_only_one_never_becomes_writeable()
    {
        using var a = NDArray.Arange<int>(6);
        using PyObject p = NumPy.ToNumPy(a);
        using var scope = new PyScope(("p", p));
        scope.Exec("q = p[1:]\nq.flags.writeable = False");
        using (NDArray ro = NumPy.FromNumPy(scope.Get("q")))
        {
            Assert.False(ro.IsWriteable);
            Assert.Throws<InvalidOperationException>(() => ro.IsWriteable = true);
            Assert.Equal(a.DataPointer + sizeof(int), ro.DataPointer);
        }

        scope.Exec("q.flags.writeable = True");
        using NDArray rw = NumPy.FromNumPy(scope.Get("q"));
        Assert.True(rw.IsWriteable);
        Assert.Same(a.Memory, rw.Memory);

        using NDArray readOnly = a.AsStrided([6], [sizeof(int)], writeable: false);
        using PyObject pr = NumPy.ToNumPy(readOnly);
        using NDArray back = NumPy.FromNumPy(pr);
        Assert.False(back.IsWriteable);
        Assert.Throws<InvalidOperationException>(() => back.IsWriteable = true);
    }

    public static TheoryData<string> ReleaseOrders() => ["a p b", "a b p", "p a b", "p b a", "b a p", "b p a"];

    [Theory]
    [MemberData(nameof(ReleaseOrders))]
    public void The_memory_lives_while_any_side_holds_it_and_is_released_once(string order)
    {
        var owner = new CountingOwner(64);
        NDArray a = NDArray.FromPointer((void*)owner.Pointer, 64, 0, DType.Float64, [8], default, true, owner);
        PyObject p = NumPy.ToNumPy(a);
        NDArray b;
        using (PyObject slice = p.Invoke("__getitem__", Python.Eval("slice(1, None, 2)")))
        {
            b = NumPy.FromNumPy(slice);
        }

        string[] steps = order.Split(' ');
        for (int i = 0; i < steps.Length; i++)
        {
            Assert.Equal(0, owner.Releases);
            ((IDisposable)(steps[i] switch { "a" => a, "p" => p, _ => b })).Dispose();
        }

        Assert.Equal(1, owner.Releases);
    }

    [Fact]
    public void Each_call_takes_the_gil_once_and_none_inside_a_callers_scope()
    {
        using var a = NDArray.Arange<double>(12).Reshape(3, 4);
        using PyObject foreign = Python.Eval("__import__('numpy').ones(3)");
        Assert.False(Python.IsGilHeld);

        (string Name, Func<IDisposable> Call)[] calls =
        [
            ("ToNumPy", () => NumPy.ToNumPy(a)),
            ("FromNumPy", () => NumPy.FromNumPy(foreign)),
            ("FromAny", () => NumPy.FromAny(foreign, DType.Float32, ArrayFlags.ForceCast)),
        ];
        foreach ((string name, Func<IDisposable> call) in calls)
        {
            long before = Python.GilScopesOpened;
            IDisposable result = call();
            Assert.True(Python.GilScopesOpened - before == 1, $"{name} opened {Python.GilScopesOpened - before} GIL scopes");
            result.Dispose();
            using (Python.Gil())
            {
                before = Python.GilScopesOpened;
                result = call();
                Assert.True(Python.GilScopesOpened == before, $"{name} opened a GIL scope inside the caller's");
                result.Dispose();
            }
        }

        // Disposing a view that holds a NumPy array takes the GIL once; one over .NET memory, never.
        using PyObject p = NumPy.ToNumPy(a);
        NDArray collapsed = NumPy.FromNumPy(p);
        NDArray held = NumPy.FromNumPy(foreign);
        long start = Python.GilScopesOpened;
        collapsed.Dispose();
        Assert.Equal(start, Python.GilScopesOpened);
        held.Dispose();
        Assert.Equal(start + 1, Python.GilScopesOpened);
    }

    [Fact]
    public void Loading_numpy_inside_a_call_takes_no_second_gil_scope()
    {
        using var a = NDArray.Arange<double>(3);
        using (Python.Gil())
        {
            NumPyC.Reset(); // as if NumPy had not been loaded yet: the next call loads it
        }

        long before = Python.GilScopesOpened;
        using PyObject p = NumPy.ToNumPy(a);
        Assert.Equal(1, Python.GilScopesOpened - before);
        Assert.True(NumPyC.IsLoaded);
    }

    [Fact]
    public void Loading_numpy_without_the_gil_is_refused_instead_of_crashing()
    {
        using (Python.Gil())
        {
            NumPyC.Reset();
        }

        try
        {
            Assert.Throws<InvalidOperationException>(NumPyApi.EnsureLoaded);
        }
        finally
        {
            using (Python.Gil())
            {
                NumPyApi.EnsureLoaded();
            }
        }
    }

    [Fact]
    public void Handoffs_allocate_less_than_before_per_call()
    {
        using var a = NDArray.Arange<double>(8);
        using PyObject foreign = Python.Eval("__import__('numpy').ones(8)");
        using (Python.Gil())
        {
            // Managed bytes per call, against 184 B per ToNumPy and 328 B per FromNumPy before.
            Assert.True(BytesPerCall(() => NumPy.ToNumPy(a).Dispose()) <= 64, "ToNumPy allocates more than its PyObject");
            Assert.True(BytesPerCall(() => NumPy.FromNumPy(foreign).Dispose()) < 328 - 64, "FromNumPy allocates its shape and strides or a Python wrapper");
            using PyObject p = NumPy.ToNumPy(a);
            Assert.True(BytesPerCall(() => NumPy.FromNumPy(p).Dispose()) < 328 - 128, "a collapsed FromNumPy allocates more than its NDArray");
        }
    }

    private static double BytesPerCall(Action call)
    {
        for (int i = 0; i < 100; i++)
        {
            call();
        }

        const int Calls = 1000;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            call();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Calls;
    }
}

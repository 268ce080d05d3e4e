namespace ArrayBridge.Tests;

/// <summary>
/// <see cref="Python.Scope"/> releases every PyObject created inside it on its thread, nests, lets
/// one object out (<see cref="PyObjectScope.MoveToOuter"/>, <see cref="PyObjectScope.Detach"/>,
/// <see cref="PyObject.Keep"/>), and never releases what outlives it by design (array owners).
/// </summary>
[Collection(PythonCollection.Name)]
public class PyObjectScopeTests
{
    static PyObjectScopeTests() => Python.Initialize();

    [Fact]
    public void A_scope_releases_every_object_made_inside_it_and_refcounts_return()
    {
        using PyObject target = Python.Eval("type('Target', (), {'x': 1, 'f': lambda self, *a, **k: self})()");
        using PyObject getrefcount = Python.Import("sys").GetAttr("getrefcount");
        long before = SysRefCount(getrefcount, target);
        var made = new List<PyObject>();
        using (PyObjectScope scope = Python.Scope())
        {
            for (int i = 0; i < 100; i++)
            {
                made.Add(target.GetAttr("f"));
                made.Add(target.Invoke("f", target, i));
                made.Add(target.Invoke("f", [], Kw.Of("self_too", target)).GetAttr("x"));
            }

            dynamic d = target.AsDynamic();
            for (int i = 0; i < 50; i++)
            {
                made.Add((PyObject)d.f(d, key: d));
            }

            Assert.True(scope.OwnedCount >= made.Count);
            Assert.True(SysRefCount(getrefcount, target) > before);
        }

        Assert.All(made, o => Assert.True(o.IsDisposed));
        Assert.Equal(before, SysRefCount(getrefcount, target));
        Assert.False(target.IsDisposed);       // made outside the scope
    }

    [Fact]
    public void Nested_scopes_release_their_own_objects_and_MoveToOuter_hands_one_out()
    {
        using PyObjectScope outer = Python.Scope();
        PyObject kept;
        PyObject inner1;
        using (PyObjectScope inner = Python.Scope())
        {
            Assert.Same(outer, inner.Outer);
            Assert.Equal(2, inner.Depth);
            Assert.Same(inner, PyObjectScope.Current);
            inner1 = PyObject.From(1.5);
            kept = inner.MoveToOuter(PyObject.From(2.5));
            Assert.True(outer.Owns(kept));
            Assert.False(inner.Owns(kept));
        }

        Assert.True(inner1.IsDisposed);
        Assert.False(kept.IsDisposed);
        Assert.Equal(2.5, kept.As<double>());
        Assert.Same(outer, PyObjectScope.Current);
        outer.Dispose();
        Assert.True(kept.IsDisposed);
        Assert.Null(PyObjectScope.Current);
    }

    [Fact]
    public void Detach_and_Keep_take_an_object_out_of_every_scope()
    {
        PyObject detached;
        PyObject keptByObject;
        using (PyObjectScope outer = Python.Scope())
        using (PyObjectScope inner = Python.Scope())
        {
            detached = inner.Detach(PyObject.From("a"));
            keptByObject = PyObject.From("b").Keep();
            Assert.False(inner.Owns(detached) || outer.Owns(detached));
            Assert.False(inner.Owns(keptByObject) || outer.Owns(keptByObject));
            Assert.Equal(0, inner.OwnedCount);
        }

        Assert.Equal("a", detached.As<string>());
        Assert.Equal("b", keptByObject.As<string>());
        detached.Dispose();
        keptByObject.Dispose();
    }

    [Fact]
    public void An_object_disposed_inside_a_scope_leaves_it_so_loops_of_using_do_not_grow_it()
    {
        using PyObjectScope scope = Python.Scope();
        for (int i = 0; i < 10_000; i++)
        {
            using PyObject value = PyObject.From(i);
        }

        Assert.Equal(0, scope.OwnedCount);
    }

    [Fact]
    public void Objects_made_outside_any_scope_or_on_another_thread_belong_to_none()
    {
        using PyObject outside = PyObject.From(1);
        PyObject? other = null;
        using (PyObjectScope scope = Python.Scope())
        {
            var thread = new Thread(() => other = PyObject.From(2));
            thread.Start();
            thread.Join();
            Assert.False(scope.Owns(other!));
            Assert.False(scope.Owns(outside));
        }

        Assert.False(other!.IsDisposed);
        other.Dispose();
    }

    [Fact]
    public void A_scope_ended_out_of_order_or_on_another_thread_throws_and_stays_open()
    {
        PyObjectScope outer = Python.Scope();
        PyObjectScope inner = Python.Scope();
        PyObject owned = PyObject.From(3);
        var e = Assert.Throws<InvalidOperationException>(outer.Dispose);
        Assert.Contains("1 scope(s) opened inside it", e.Message);
        Exception? fromThread = null;
        var thread = new Thread(() => fromThread = Record.Exception(inner.Dispose));
        thread.Start();
        thread.Join();
        Assert.IsType<InvalidOperationException>(fromThread);
        Assert.False(owned.IsDisposed);
        inner.Dispose();
        outer.Dispose();
        Assert.True(owned.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => outer.Detach(PyObject.From(1).Keep()));
    }

    public static TheoryData<string> ImportPaths => new() { "FromNumPy", "FromBuffer", "FromArrayInterface", "FromDLPack", "FromAny" };

    /// <summary>Every way of viewing Python memory keeps its Python owner past the scope the view was made in.</summary>
    [Theory]
    [MemberData(nameof(ImportPaths))]
    public void An_array_view_made_in_a_scope_outlives_it(string path)
    {
        NDArray view;
        using (Python.Scope())
        {
            PyObject array = Python.Eval("__import__('numpy').arange(5.0) * 2");
            view = path switch
            {
                "FromNumPy" => NumPy.FromNumPy(array),
                "FromBuffer" => PythonArrays.FromBuffer(array),
                "FromArrayInterface" => PythonArrays.FromArrayInterface(array),
                "FromDLPack" => PythonArrays.FromDLPack(array),
                _ => NumPy.FromAny(array),
            };
        }

        using (view)
        {
            Python.Exec("import gc; gc.collect()");
            Assert.Equal(new[] { 0.0, 2.0, 4.0, 6.0, 8.0 }, view.ToArray<double>());
        }
    }

    private static long SysRefCount(PyObject getrefcount, PyObject target)
    {
        using PyObject count = getrefcount.Call(target);
        return count.As<long>();
    }
}

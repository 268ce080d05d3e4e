using System.Runtime.CompilerServices;

namespace ArrayBridge.Tests;

[Collection(PythonCollection.Name)]
public unsafe partial class ReferenceCountingTests
{
    [Fact]
    public void Refcount_is_unchanged_after_many_calls_attribute_reads_and_conversions()
    {
        using PyObject target = Python.Eval("type('Target', (), {'x': 1, 'echo': lambda self, a, b=None: a})()");
        using PyObject sys = Python.Import("sys");
        using PyObject getrefcount = sys.GetAttr("getrefcount");
        nint before = target.RefCount;
        long sysBefore = SysRefCount(getrefcount, target);

        for (int i = 0; i < 500; i++)
        {
            target.GetAttr("x").Dispose();
            target.Invoke("echo", 1).Dispose();
            target.Invoke("echo", target).Dispose();
            target.Invoke("echo", [target], new Dictionary<string, object?> { ["b"] = target }).Dispose();
            PyObject.From(new object?[] { target, target }).Dispose();
            PyObject.From((target, i)).Dispose();
            PyObject.From(new Dictionary<string, object?> { ["t"] = target }).Dispose();
            target.As<PyObject>().Dispose();
            ((PyObject)target.ToClr()!).Dispose();
            target.SetAttr("self_ref", target);
            target.DelAttr("self_ref");
            _ = target.HasAttr("missing");
            _ = target.Repr();
            _ = target.TypeName;
            // The error path too: AttributeError.obj references the target.
            Assert.Throws<PythonException>(() => target.GetAttr("missing"));
        }

        Assert.Equal(before, target.RefCount);
        Assert.Equal(sysBefore, SysRefCount(getrefcount, target));
    }

    [Fact]
    public void Dispose_releases_the_reference_at_once()
    {
        using PyObject target = Python.Eval("object()");
        nint baseline = target.RefCount;

        PyObject extra = target.As<PyObject>();
        nint withExtra = target.RefCount;
        extra.Dispose();

        Assert.Equal(baseline + 1, withExtra);
        Assert.Equal(baseline, target.RefCount);
    }

    [Fact]
    public void Objects_collected_without_Dispose_are_released_at_the_next_Gil()
    {
        using PyObject target = Python.Eval("object()");
        nint baseline = target.RefCount;

        nint whileAlive = LeakWrappers(target, 100);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        bool queued = !PythonReleaseQueue.IsEmpty;
        using (Python.Gil())
        {
            // taking the GIL drains the queue
        }

        Assert.Equal(baseline + 100, whileAlive);
        Assert.True(queued, "the finalizers should have queued their references");
        Assert.True(PythonReleaseQueue.IsEmpty);
        Assert.Equal(baseline, target.RefCount);
    }

    [Fact]
    public void Borrow_adds_a_reference_and_Steal_takes_one_over()
    {
        using PyObject target = Python.Eval("object()");
        nint baseline = target.RefCount;

        nint afterBorrow, afterSteal;
        using (Python.Gil())
        {
            using PyObject borrowed = PyObject.Borrow(target.Reference);
            afterBorrow = target.RefCount;
            using PyObject stolen = PyObject.Steal(NewReference.IncRef(target.Reference).Steal());
            afterSteal = target.RefCount;
        }

        Assert.Equal(baseline + 1, afterBorrow);
        Assert.Equal(baseline + 2, afterSteal);
        Assert.Equal(baseline, target.RefCount);
    }

    private static long SysRefCount(PyObject getrefcount, PyObject target)
    {
        using PyObject count = getrefcount.Call(target);
        return count.As<long>();
    }

    /// <summary>Makes wrappers holding references to <paramref name="target"/> and drops them undisposed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint LeakWrappers(PyObject target, int count)
    {
        var wrappers = new List<PyObject>();
        for (int i = 0; i < count; i++)
        {
            wrappers.Add(target.As<PyObject>());
        }

        nint refCount = target.RefCount;
        GC.KeepAlive(wrappers);
        return refCount;
    }
}

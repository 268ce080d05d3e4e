namespace ArrayBridge.Tests;

[Collection(PythonCollection.Name)]
public class PyObjectTests
{
    private static PyObject NewInstance() => Python.Eval("""
        type('Point', (), {
            'x': 1,
            'scale': lambda self, factor, offset=0: self.x * factor + offset,
            '__repr__': lambda self: 'Point(%r)' % self.x,
            '__str__': lambda self: 'point at %s' % self.x,
        })()
        """);

    [Fact]
    public void Call_passes_positional_arguments()
    {
        using PyObject max = Python.Eval("max");

        using PyObject result = max.Call(3, 9.5, 4);

        Assert.Equal(9.5, result.As<double>());
    }

    [Fact]
    public void Call_passes_keyword_arguments()
    {
        using PyObject sorted = Python.Eval("sorted");
        using PyObject negate = Python.Eval("lambda v: -v");

        using PyObject result = sorted.Call([new[] { 3, 1, 2 }], new Dictionary<string, object?> { ["key"] = negate, ["reverse"] = false });

        Assert.Equal([3, 2, 1], result.As<int[]>());
    }

    [Fact]
    public void Invoke_calls_a_method_with_and_without_keywords()
    {
        using PyObject point = NewInstance();

        using PyObject plain = point.Invoke("scale", 10);
        using PyObject keywords = point.Invoke("scale", [10], new Dictionary<string, object?> { ["offset"] = 5 });
        using PyObject text = PyObject.From("a,b,c");
        using PyObject parts = text.Invoke("split", ",");

        Assert.Equal(10, plain.As<int>());
        Assert.Equal(15, keywords.As<int>());
        Assert.Equal(["a", "b", "c"], parts.As<string[]>());
    }

    [Fact]
    public void Attributes_can_be_read_written_tested_and_deleted()
    {
        using PyObject point = NewInstance();

        point.SetAttr("x", 7);
        point.SetAttr("label", "p");
        bool hadLabel = point.HasAttr("label");
        point.DelAttr("label");

        Assert.Equal(7, point.GetAttr("x").As<int>());
        Assert.True(hadLabel);
        Assert.False(point.HasAttr("label"));
        Assert.Equal("AttributeError", Assert.Throws<PythonException>(() => point.GetAttr("label")).PythonTypeName);
    }

    [Fact]
    public void HasAttr_lets_exceptions_other_than_AttributeError_through()
    {
        using PyObject broken = Python.Eval("type('Broken', (), {'bad': property(lambda self: 1 / 0)})()");

        var error = Assert.Throws<PythonException>(() => broken.HasAttr("bad"));

        Assert.Equal("ZeroDivisionError", error.PythonTypeName);
    }

    [Fact]
    public void Indexer_gets_and_sets_items_of_lists_and_dicts()
    {
        using PyObject list = PyObject.From(new List<object?> { 10, 20, 30 });
        using PyObject dict = PyObject.From(new Dictionary<string, object?> { ["a"] = 1 });
        using PyObject hundred = PyObject.From(100);

        list[1] = hundred;
        dict.SetItem("b", new[] { 1, 2 });
        dict.DelItem("a");

        Assert.Equal(100, list[1].As<int>());
        Assert.Equal(30, list[-1].As<int>());
        Assert.Equal([1, 2], dict["b"].As<int[]>());
        Assert.Equal(1, dict.Length);
        Assert.Equal("KeyError", Assert.Throws<PythonException>(() => dict["a"]).PythonTypeName);
        Assert.Equal("IndexError", Assert.Throws<PythonException>(() => list[10]).PythonTypeName);
    }

    [Fact]
    public void A_tuple_key_indexes_a_numpy_array()
    {
        using PyObject numpy = Python.Import("numpy");
        using PyObject array = numpy.Invoke("arange", 12).Invoke("reshape", 3, 4);

        Assert.Equal(6, array[(1, 2)].As<int>());
        Assert.Equal(12, array.GetAttr("size").As<int>());
    }

    [Fact]
    public void Repr_and_ToString_are_repr_and_str()
    {
        using PyObject point = NewInstance();

        Assert.Equal("Point(1)", point.Repr());
        Assert.Equal("point at 1", point.ToString());
        Assert.Equal("'text'", PyObject.From("text").Repr());
    }

    [Fact]
    public void TypeName_IsNone_and_IsCallable_describe_the_object()
    {
        using PyObject none = PyObject.From(null);
        using PyObject function = Python.Eval("len");
        using PyObject array = Python.Import("numpy").Invoke("zeros", 3);

        Assert.True(none.IsNone);
        Assert.Equal("NoneType", none.TypeName);
        Assert.True(function.IsCallable);
        Assert.Equal("builtin_function_or_method", function.TypeName);
        Assert.Equal("numpy.ndarray", array.TypeName);
        Assert.False(array.IsCallable);
    }

    [Fact]
    public void Use_after_Dispose_throws_ObjectDisposedException()
    {
        PyObject list = PyObject.From(new[] { 1, 2 });
        list.Dispose();

        Assert.True(list.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => list.Handle);
        Assert.Throws<ObjectDisposedException>(() => list.GetAttr("append"));
        Assert.Throws<ObjectDisposedException>(() => list.SetAttr("x", 1));
        Assert.Throws<ObjectDisposedException>(() => list.HasAttr("x"));
        Assert.Throws<ObjectDisposedException>(() => list.Call());
        Assert.Throws<ObjectDisposedException>(() => list.Invoke("append", 3));
        Assert.Throws<ObjectDisposedException>(() => list[0]);
        Assert.Throws<ObjectDisposedException>(() => list.As<int[]>());
        Assert.Throws<ObjectDisposedException>(() => list.ToClr());
        Assert.Throws<ObjectDisposedException>(() => list.Repr());
        Assert.Throws<ObjectDisposedException>(() => list.RefCount);
        Assert.Throws<ObjectDisposedException>(() => list.Length);
        Assert.Throws<ObjectDisposedException>(() => PyObject.From(list));
        Assert.Equal("<disposed PyObject>", list.ToString());
    }

    [Fact]
    public void Dispose_is_idempotent()
    {
        PyObject value = PyObject.From("x");

        value.Dispose();
        value.Dispose();

        Assert.True(value.IsDisposed);
    }
}

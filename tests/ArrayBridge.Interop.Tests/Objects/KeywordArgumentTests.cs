namespace ArrayBridge.Tests;

/// <summary>The typed keyword helper: <see cref="Kw.Of"/> and <c>(name, value)</c> tuples become Python keywords, with Python's checks.</summary>
[Collection(PythonCollection.Name)]
public class KeywordArgumentTests
{
    static KeywordArgumentTests() => Python.Initialize();

    [Fact]
    public void Kw_and_tuples_become_keywords_in_call_and_invoke()
    {
        using PyObjectScope scope = Python.Scope();
        PyObject f = Python.Eval("lambda *a, **k: repr((a, sorted(k.items())))");
        Assert.Equal("((1,), [('a', 2), ('b', 'x'), ('c', None)])", f.Call([1], Kw.Of("b", "x"), ("a", 2), Kw.Of("c", null)).As<string>());
        Assert.Equal("((), [])", f.Call([], []).As<string>());

        PyObject text = PyObject.From("a,b,,c");
        Assert.Equal("['a', 'b,,c']", text.Invoke("split", [","], Kw.Of("maxsplit", 1)).Repr());
    }

    [Fact]
    public void A_duplicate_or_empty_keyword_is_rejected_with_pythons_wording()
    {
        using PyObjectScope scope = Python.Scope();
        PyObject f = Python.Eval("lambda **k: k");
        var duplicate = Assert.Throws<ArgumentException>(() => f.Call([], Kw.Of("n", 1), ("n", 2)));
        Assert.StartsWith("got multiple values for keyword argument 'n'", duplicate.Message);
        Assert.Throws<ArgumentException>(() => f.Call([], Kw.Of("", 1)));
        Assert.Throws<ArgumentException>(() => f.Call([], Kw.Of(null!, 1)));
    }

    [Fact]
    public void Keyword_values_are_released_with_the_call()
    {
        using PyObject target = Python.Eval("object()");
        using PyObject f = Python.Eval("lambda *a, **k: None");
        using PyObject keywordsOnly = Python.Eval("lambda **k: None");
        nint before = target.RefCount;
        for (int i = 0; i < 200; i++)
        {
            f.Call([target], Kw.Of("x", target)).Dispose();
        }

        Assert.Throws<PythonException>(() => keywordsOnly.Call([target], Kw.Of("x", target)));
        Assert.Equal(before, target.RefCount);
    }
}

namespace ArrayBridge.Interop;

public sealed unsafe partial class PyObject
{
    /// <summary>
    /// <c>obj(*args)</c> (<c>PyObject_Call</c>). Each argument is converted like <see cref="From"/>:
    /// a numeric .NET array (<c>double[]</c>, <c>int[]</c>, ...) or an NDArray arrives as a
    /// <c>numpy.ndarray</c> over the same memory (no copy; the callee's writes show in .NET), a
    /// <c>List&lt;T&gt;</c> as a Python <c>list</c>.
    /// A null array means no arguments; pass <c>(object?)null</c> for a single <c>None</c>.
    /// </summary>
    /// <exception cref="PythonException">The call raised.</exception>
    public PyObject Call(params object?[]? args) => CallCore(args, null);

    /// <summary><c>obj(*args, **kwargs)</c> (<c>PyObject_Call</c> with a keyword dict); arguments convert as in <see cref="Call(object?[])"/>.</summary>
    /// <exception cref="PythonException">The call raised.</exception>
    public PyObject Call(object?[]? args, IReadOnlyDictionary<string, object?> kwargs)
    {
        ArgumentNullException.ThrowIfNull(kwargs);
        return CallCore(args, kwargs);
    }

    /// <summary><c>obj.method(*args)</c>; arguments convert as in <see cref="Call(object?[])"/>.</summary>
    /// <exception cref="PythonException">Getting the method or the call raised.</exception>
    public PyObject Invoke(string method, params object?[]? args)
    {
        using GilScope gil = Python.Gil();
        using PyObject callable = GetAttr(method);
        return callable.CallCore(args, null);
    }

    /// <summary><c>obj.method(*args, **kwargs)</c>; arguments convert as in <see cref="Call(object?[])"/>.</summary>
    /// <exception cref="PythonException">Getting the method or the call raised.</exception>
    public PyObject Invoke(string method, object?[]? args, IReadOnlyDictionary<string, object?> kwargs)
    {
        ArgumentNullException.ThrowIfNull(kwargs);
        using GilScope gil = Python.Gil();
        using PyObject callable = GetAttr(method);
        return callable.CallCore(args, kwargs);
    }

    private PyObject CallCore(object?[]? args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        using NewReference tuple = PyConverter.ToArgsTuple(args);
        using NewReference dict = PyConverter.ToKwargsDict(kwargs);
        PyObject result = Steal(CPython.PyObject_Call(self, tuple, dict).Steal());
        GC.KeepAlive(this);
        return result;
    }
}

namespace ArrayBridge.Interop;

public sealed unsafe partial class PyObject
{
    /// <summary>
    /// <c>obj(*args, **kwargs)</c> with keywords as <see cref="KeywordArgument"/> values:
    /// <c>ensemble.GetAttr("RandomForestClassifier").Call([], Kw.Of("n_estimators", 100), ("random_state", 0))</c>.
    /// The keywords go straight into the call's <c>dict</c> (no .NET dictionary); arguments
    /// convert as in <see cref="Call(object?[])"/>.
    /// </summary>
    /// <param name="args">The positional arguments; null or empty for none.</param>
    /// <param name="kwargs">The keyword arguments.</param>
    /// <exception cref="ArgumentException">A keyword is null or empty, or given twice.</exception>
    /// <exception cref="PythonException">The call raised.</exception>
    public PyObject Call(object?[]? args, params ReadOnlySpan<KeywordArgument> kwargs)
    {
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        using NewReference tuple = PyConverter.ToArgsTuple(args);
        using NewReference dict = PyConverter.ToKwargsDict(kwargs);
        PyObject result = Steal(CPython.PyObject_Call(self, tuple, dict).Steal());
        GC.KeepAlive(this);
        return result;
    }

    /// <summary><c>obj.method(*args, **kwargs)</c> with keywords as <see cref="KeywordArgument"/> values; see <see cref="Call(object?[], ReadOnlySpan{KeywordArgument})"/>.</summary>
    /// <param name="method">The method's name.</param>
    /// <param name="args">The positional arguments; null or empty for none.</param>
    /// <param name="kwargs">The keyword arguments.</param>
    /// <exception cref="ArgumentException">A keyword is null or empty, or given twice.</exception>
    /// <exception cref="PythonException">Getting the method or the call raised.</exception>
    public PyObject Invoke(string method, object?[]? args, params ReadOnlySpan<KeywordArgument> kwargs)
    {
        using GilScope gil = Python.Gil();
        using PyObject callable = GetAttr(method);
        return callable.Call(args, kwargs);
    }

    /// <summary>The call of a dynamic binder: positional arguments, then <paramref name="names"/>.Length trailing named ones.</summary>
    internal PyObject CallDynamic(ReadOnlySpan<object?> args, ReadOnlySpan<string> names)
    {
        BorrowedReference self = Reference;
        int positional = args.Length - names.Length;
        using GilScope gil = Python.Gil();
        using NewReference tuple = PyConverter.ToArgsTuple(args[..positional]);
        using NewReference dict = PyConverter.ToKwargsDict(names, args[positional..]);
        PyObject result = Steal(CPython.PyObject_Call(self, tuple, dict).Steal());
        GC.KeepAlive(this);
        return result;
    }
}

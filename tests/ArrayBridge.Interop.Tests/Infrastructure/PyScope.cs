namespace ArrayBridge.Tests;

/// <summary>A globals dict with <c>np</c> (and the given names) for evaluating Python in tests.</summary>
internal sealed class PyScope : IDisposable
{
    private readonly PyObject _globals;

    public PyScope(params (string Name, object? Value)[] names)
    {
        _globals = Python.Eval("{'np': __import__('numpy'), 'sys': __import__('sys'), 'gc': __import__('gc')}");
        foreach ((string name, object? value) in names)
        {
            _globals.SetItem(name, value);
        }
    }

    public object? this[string name]
    {
        set => _globals.SetItem(name, value);
    }

    public PyObject Get(string name) => _globals[name];

    public PyObject Eval(string expression) => Python.Eval(expression, _globals);

    public T Eval<T>(string expression)
    {
        using PyObject result = Python.Eval(expression, _globals);
        return result.As<T>();
    }

    public void Exec(string code) => Python.Exec(code, _globals);

    /// <summary>Runs <paramref name="code"/> and returns the Python exception it raised, or null.</summary>
    public PythonException? Raises(string code)
    {
        try
        {
            Exec(code);
            return null;
        }
        catch (PythonException e)
        {
            return e;
        }
    }

    public void Dispose()
    {
        _globals.Invoke("clear").Dispose();
        _globals.Dispose();
    }
}

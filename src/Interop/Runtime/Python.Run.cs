namespace ArrayBridge.Interop;

public static unsafe partial class Python
{
    /// <summary>Imports a module: <c>import name</c> (<c>PyImport_ImportModule</c>); dotted names return the leaf module.</summary>
    /// <exception cref="PythonException">The import failed (e.g. <c>ModuleNotFoundError</c>).</exception>
    public static unsafe PyObject Import(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        using GilScope gil = Gil();
        byte[] utf8 = Utf8Text.NullTerminated(name, nameof(name));
        fixed (byte* p = utf8)
        {
            return PyObject.Steal(CPython.PyImport_ImportModule(p).Steal());
        }
    }

    /// <summary>
    /// Evaluates one expression: <c>eval(expression, globals, locals)</c> (<c>PyRun_StringFlags</c> with
    /// <c>Py_eval_input</c>). Without <paramref name="globals"/>, <c>__main__.__dict__</c> is used, so
    /// names defined by <see cref="Exec"/> are visible.
    /// </summary>
    /// <param name="expression">Python source of a single expression.</param>
    /// <param name="globals">A <c>dict</c> of globals, or null for <c>__main__</c>'s.</param>
    /// <param name="locals">A mapping of locals, or null to use <paramref name="globals"/>.</param>
    /// <exception cref="PythonException">Compiling or evaluating raised.</exception>
    public static PyObject Eval(string expression, PyObject? globals = null, PyObject? locals = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        using GilScope gil = Gil();
        return PyObject.Steal(Run(expression, CPython.Py_eval_input, globals, locals).Steal());
    }

    /// <summary>
    /// Executes statements: <c>exec(code, globals, locals)</c> (<c>PyRun_StringFlags</c> with
    /// <c>Py_file_input</c>). Without <paramref name="globals"/>, <c>__main__.__dict__</c> is used.
    /// </summary>
    /// <param name="code">Python source (one or more statements).</param>
    /// <param name="globals">A <c>dict</c> of globals, or null for <c>__main__</c>'s.</param>
    /// <param name="locals">A mapping of locals, or null to use <paramref name="globals"/>.</param>
    /// <exception cref="PythonException">Compiling or running raised.</exception>
    public static void Exec(string code, PyObject? globals = null, PyObject? locals = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        using GilScope gil = Gil();
        using NewReference result = Run(code, CPython.Py_file_input, globals, locals);
        result.ThrowIfNull();
    }

    /// <summary>Runs source with the GIL held; returns the new reference or NULL with an error set.</summary>
    private static unsafe NewReference Run(string code, int start, PyObject? globals, PyObject? locals)
    {
        BorrowedReference g = globals is null ? MainDict() : globals.Reference;
        if (!CPython.HasTypeFlag(g, CPython.Py_TPFLAGS_DICT_SUBCLASS))
        {
            ThrowHelper.ThrowArgument("globals must be a Python dict.", nameof(globals));
        }

        BorrowedReference l = locals is null ? g : locals.Reference;
        byte[] utf8 = Utf8Text.NullTerminated(code, nameof(code));
        NewReference result;
        fixed (byte* p = utf8)
        {
            result = CPython.PyRun_StringFlags(p, start, g, l, null);
        }

        GC.KeepAlive(globals);
        GC.KeepAlive(locals);
        return result.Move();
    }

    /// <summary><c>__main__.__dict__</c>, borrowed.</summary>
    private static unsafe BorrowedReference MainDict()
    {
        BorrowedReference main;
        fixed (byte* name = "__main__\0"u8)
        {
            main = CPython.PyImport_AddModule(name);
        }

        if (main.IsNull)
        {
            throw PythonException.FetchCurrent();
        }

        return CPython.PyModule_GetDict(main);
    }
}

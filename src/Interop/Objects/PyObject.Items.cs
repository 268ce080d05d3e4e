namespace ArrayBridge.Interop;

public sealed unsafe partial class PyObject
{
    /// <summary><c>obj[key]</c> (<c>PyObject_GetItem</c> / <c>PyObject_SetItem</c>); the key is converted like <see cref="From"/> (a ValueTuple becomes a tuple index).</summary>
    /// <exception cref="PythonException">Indexing raised (e.g. <c>KeyError</c>, <c>IndexError</c>).</exception>
    public PyObject this[object? key]
    {
        get => GetItem(key);
        set => SetItem(key, value);
    }

    /// <summary><c>obj[key]</c> (<c>PyObject_GetItem</c>).</summary>
    /// <exception cref="PythonException">Indexing raised.</exception>
    public PyObject GetItem(object? key) => GetCore(key, CPython.PyObject_GetItem);

    /// <summary><c>obj[key] = value</c> (<c>PyObject_SetItem</c>).</summary>
    /// <exception cref="PythonException">The assignment raised.</exception>
    public void SetItem(object? key, object? value) => SetCore(key, value, CPython.PyObject_SetItem);

    /// <summary><c>get(obj, key)</c> for <c>PyObject_GetAttr</c> and <c>PyObject_GetItem</c>, converting the key; a new reference.</summary>
    private PyObject GetCore(object? key, delegate* unmanaged<nint, nint, nint> get)
    {
        nint handle = Handle;
        using GilScope gil = Python.Gil();
        nint k = PyConverter.ToPython(key);
        try
        {
            return Steal(get(handle, k));
        }
        finally
        {
            CPython.Py_DecRef(k);
            GC.KeepAlive(this);
        }
    }

    /// <summary><c>set(obj, key, value)</c> for <c>PyObject_SetAttr</c> and <c>PyObject_SetItem</c>, converting key and value.</summary>
    private void SetCore(object? key, object? value, delegate* unmanaged<nint, nint, nint, int> set)
    {
        nint handle = Handle;
        using GilScope gil = Python.Gil();
        nint k = PyConverter.ToPython(key);
        nint v = 0;
        try
        {
            v = PyConverter.ToPython(value);
            if (set(handle, k, v) != 0)
            {
                throw PythonException.FetchCurrent();
            }
        }
        finally
        {
            CPython.Py_DecRef(v);
            CPython.Py_DecRef(k);
            GC.KeepAlive(this);
        }
    }

    /// <summary><c>del obj[key]</c> (<c>PyObject_DelItem</c>).</summary>
    /// <exception cref="PythonException">The deletion raised.</exception>
    public void DelItem(object? key)
    {
        nint handle = Handle;
        using GilScope gil = Python.Gil();
        nint k = PyConverter.ToPython(key);
        try
        {
            if (CPython.PyObject_DelItem(handle, k) != 0)
            {
                throw PythonException.FetchCurrent();
            }
        }
        finally
        {
            CPython.Py_DecRef(k);
            GC.KeepAlive(this);
        }
    }

    /// <summary><c>len(obj)</c> (<c>PyObject_Size</c>).</summary>
    /// <exception cref="PythonException">The object has no length.</exception>
    public nint Length
    {
        get
        {
            nint handle = Handle;
            using GilScope gil = Python.Gil();
            nint length = CPython.PyObject_Size(handle);
            GC.KeepAlive(this);
            return length >= 0 ? length : throw PythonException.FetchCurrent();
        }
    }
}

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
    private PyObject GetCore(object? key, delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> get)
    {
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        using NewReference k = PyConverter.ToPython(key);
        PyObject result = Steal(get(self, k).Steal());
        GC.KeepAlive(this);
        return result;
    }

    /// <summary><c>set(obj, key, value)</c> for <c>PyObject_SetAttr</c> and <c>PyObject_SetItem</c>, converting key and value.</summary>
    private void SetCore(object? key, object? value, delegate* unmanaged<BorrowedReference, BorrowedReference, BorrowedReference, int> set)
    {
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        using NewReference k = PyConverter.ToPython(key);
        using NewReference v = PyConverter.ToPython(value);
        int result = set(self, k, v);
        GC.KeepAlive(this);
        if (result != 0)
        {
            throw PythonException.FetchCurrent();
        }
    }

    /// <summary><c>del obj[key]</c> (<c>PyObject_DelItem</c>).</summary>
    /// <exception cref="PythonException">The deletion raised.</exception>
    public void DelItem(object? key)
    {
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        using NewReference k = PyConverter.ToPython(key);
        int result = CPython.PyObject_DelItem(self, k);
        GC.KeepAlive(this);
        if (result != 0)
        {
            throw PythonException.FetchCurrent();
        }
    }

    /// <summary><c>len(obj)</c> (<c>PyObject_Size</c>).</summary>
    /// <exception cref="PythonException">The object has no length.</exception>
    public nint Length
    {
        get
        {
            BorrowedReference self = Reference;
            using GilScope gil = Python.Gil();
            nint length = CPython.PyObject_Size(self);
            GC.KeepAlive(this);
            return length >= 0 ? length : throw PythonException.FetchCurrent();
        }
    }
}

using System.Diagnostics.CodeAnalysis;
namespace ArrayBridge.Interop;

public sealed unsafe partial class PyObject
{
    /// <summary><c>getattr(obj, name)</c> (<c>PyObject_GetAttr</c>).</summary>
    /// <exception cref="PythonException">The attribute does not exist (<c>AttributeError</c>) or its getter raised.</exception>
    public PyObject GetAttr(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return GetCore(name, CPython.PyObject_GetAttr);
    }

    /// <summary><c>setattr(obj, name, value)</c> (<c>PyObject_SetAttr</c>); the value is converted like <see cref="From"/>.</summary>
    /// <exception cref="PythonException">Python refused the assignment.</exception>
    public void SetAttr(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        SetCore(name, value, CPython.PyObject_SetAttr);
    }

    /// <summary>
    /// <c>hasattr(obj, name)</c>: false only when getting the attribute raises <c>AttributeError</c>;
    /// any other exception propagates.
    /// </summary>
    /// <exception cref="PythonException">Getting the attribute raised something other than AttributeError.</exception>
    public bool HasAttr(string name)
    {
        bool found = TryGetAttr(name, out PyObject? attribute);
        attribute?.Dispose();
        return found;
    }

    /// <summary>
    /// Gets attribute <paramref name="name"/> if the object has it (<c>getattr(obj, name)</c> with
    /// <c>AttributeError</c> meaning "no"): one lookup where <see cref="HasAttr"/> then
    /// <see cref="GetAttr"/> would run a property getter twice.
    /// </summary>
    /// <exception cref="PythonException">Getting the attribute raised something other than <c>AttributeError</c>.</exception>
    internal bool TryGetAttr(string name, [NotNullWhen(true)] out PyObject? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        using NewReference key = PyConverter.FromString(name);
        try
        {
            using NewReference attribute = CPython.PyObject_GetAttr(self, key);
            if (!attribute.IsNull)
            {
                value = Steal(attribute.Steal());
                return true;
            }

            if (CPython.PyErr_ExceptionMatches(CPython.PyExc_AttributeError) != 0)
            {
                CPython.PyErr_Clear();
                value = null;
                return false;
            }

            throw PythonException.FetchCurrent();
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    /// <summary><c>delattr(obj, name)</c> (<c>PyObject_SetAttr</c> with NULL).</summary>
    /// <exception cref="PythonException">Python refused.</exception>
    public void DelAttr(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        using NewReference key = PyConverter.FromString(name);
        int result = CPython.PyObject_SetAttr(self, key, BorrowedReference.Null);
        GC.KeepAlive(this);
        if (result != 0)
        {
            throw PythonException.FetchCurrent();
        }
    }
}

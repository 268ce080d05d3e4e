namespace ArrayBridge.Interop;

public sealed unsafe partial class PyObject
{
    /// <summary>
    /// Converts a .NET value to a new Python object: null → <c>None</c>, bool, integers (any width,
    /// <see cref="System.Numerics.BigInteger"/>, enums) → <c>int</c>, <see cref="Half"/>/float/double →
    /// <c>float</c>, <see cref="System.Numerics.Complex"/> → <c>complex</c>, string/char → <c>str</c>,
    /// <c>byte[]</c> → <c>bytes</c>, ValueTuple/Tuple → <c>tuple</c>, <see cref="System.Collections.IDictionary"/>
    /// → <c>dict</c>, and a <see cref="PyObject"/> to a new reference to the same object.
    /// <para>
    /// Arrays: an <see cref="NDArray"/>, and a one-dimensional .NET array of a numeric element type
    /// (<c>double[]</c>, <c>float[]</c>, <c>int[]</c>, <c>long[]</c>, <c>bool[]</c>, ... all but
    /// <c>byte[]</c>), become a <c>numpy.ndarray</c> over the SAME memory, as a NumPy user expects:
    /// no copy and no per-element conversion; the .NET array stays pinned while the ndarray (or anything
    /// Python derives from it) lives, and writes from either side are seen on the other. This needs
    /// NumPy in the interpreter. Any other <see cref="System.Collections.IList"/> (a
    /// <c>List&lt;double&gt;</c>, <c>object[]</c>, <c>string[]</c>) becomes a <c>list</c>, element by
    /// element, as in pythonnet; pass <c>new List&lt;double&gt;(values)</c> for a list of a numeric
    /// array, or <c>list.ToArray()</c> for an ndarray of a list.
    /// </para>
    /// </summary>
    /// <exception cref="NotSupportedException">The type has no Python counterpart.</exception>
    public static PyObject From(object? value)
    {
        using GilScope gil = Python.Gil();
        return Steal(PyConverter.ToPython(value).Steal());
    }

    /// <summary>
    /// Converts to <typeparamref name="T"/>: the integer types (range-checked: out of range throws
    /// <see cref="OverflowException"/>, never wraps), float/double/<see cref="Half"/>, bool, char,
    /// string (a <c>str</c> only), <c>byte[]</c> (bytes), <see cref="System.Numerics.BigInteger"/>,
    /// <see cref="Int128"/>, <see cref="System.Numerics.Complex"/>, <c>object?[]</c> (any iterable),
    /// <c>List&lt;object?&gt;</c>, <c>Dictionary&lt;object, object?&gt;</c>, arrays of
    /// int/long/double/float/bool/string, <see cref="PyObject"/> (a new reference) and
    /// <c>object</c> (<see cref="ToClr"/>). <c>None</c> gives null for reference and nullable types.
    /// </summary>
    /// <exception cref="InvalidCastException">The object cannot be read as <typeparamref name="T"/>.</exception>
    /// <exception cref="OverflowException">The value does not fit <typeparamref name="T"/>.</exception>
    public T As<T>()
    {
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        T value = PyConverter.FromPython<T>(self);
        GC.KeepAlive(this);
        return value;
    }

    /// <summary>
    /// The natural .NET value: <c>None</c> → null, <c>bool</c> → bool, <c>int</c> → long (or
    /// BigInteger), <c>float</c> → double, <c>complex</c> → Complex, <c>str</c> → string, <c>bytes</c> →
    /// <c>byte[]</c>, <c>tuple</c> → <c>object?[]</c>, <c>list</c> → <c>List&lt;object?&gt;</c>,
    /// <c>dict</c> → <c>Dictionary&lt;object, object?&gt;</c> (recursively); anything else → a new
    /// <see cref="PyObject"/>.
    /// </summary>
    public object? ToClr()
    {
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        object? value = PyConverter.ToClr(self);
        GC.KeepAlive(this);
        return value;
    }

    /// <summary><c>repr(obj)</c> (<c>PyObject_Repr</c>).</summary>
    /// <exception cref="PythonException"><c>__repr__</c> raised.</exception>
    public string Repr()
    {
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        using NewReference repr = CPython.PyObject_Repr(self);
        return ReadString(repr);
    }

    /// <summary>
    /// <c>str(obj)</c> (<c>PyObject_Str</c>). A disposed object, or one outliving
    /// <see cref="Python.Shutdown"/>, gives a placeholder instead of throwing.
    /// </summary>
    /// <exception cref="PythonException"><c>__str__</c> raised.</exception>
    public override string ToString()
    {
        nint handle = _handle;
        if (handle == 0)
        {
            return "<disposed PyObject>";
        }

        if (!Python.IsInitialized)
        {
            return "<PyObject of a Python runtime that is not running>";
        }

        using GilScope gil = Python.Gil();
        using NewReference str = CPython.PyObject_Str(BorrowedReference.DangerousFromPointer(handle));
        return ReadString(str);
    }

    /// <summary>Whether the object is <c>None</c>.</summary>
    public bool IsNone => Reference == CPython.Py_None;

    /// <summary><c>callable(obj)</c> (<c>PyCallable_Check</c>).</summary>
    public bool IsCallable
    {
        get
        {
            BorrowedReference self = Reference;
            using GilScope gil = Python.Gil();
            bool callable = CPython.PyCallable_Check(self) != 0;
            GC.KeepAlive(this);
            return callable;
        }
    }

    /// <summary>
    /// The qualified name of the object's type: <c>type(obj).__qualname__</c>, prefixed with its
    /// <c>__module__</c> unless that is <c>builtins</c> (<c>"int"</c>, <c>"numpy.ndarray"</c>).
    /// </summary>
    public string TypeName
    {
        get
        {
            BorrowedReference self = Reference;
            using GilScope gil = Python.Gil();
            string name = PyConverter.TypeName(self);
            GC.KeepAlive(this);
            return name;
        }
    }

    /// <summary>The text of the result of <c>repr</c> or <c>str</c>, or its Python error.</summary>
    private string ReadString(in NewReference str)
    {
        GC.KeepAlive(this);
        return PyConverter.ReadString(str.BorrowOrThrow());
    }
}

namespace ArrayBridge.Interop;

public sealed unsafe partial class PyObject
{
    // Python's operators through the number protocol (PyNumber_*, PyObject_RichCompare), so the
    // dispatch is Python's own: __add__ then the right operand's __radd__, NumPy's broadcasting,
    // arbitrary-size ints. The other operand converts like From (a double becomes a float, an
    // NDArray or double[] an ndarray over the same memory). Each result is a new object.

    /// <summary><c>self + other</c>.</summary>
    /// <exception cref="PythonException">Python raised (e.g. <c>TypeError</c> for unsupported operand types).</exception>
    public PyObject Add(object? other) => Binary(this, other, CPython.PyNumber_Add);

    /// <summary><c>self - other</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject Subtract(object? other) => Binary(this, other, CPython.PyNumber_Subtract);

    /// <summary><c>self * other</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject Multiply(object? other) => Binary(this, other, CPython.PyNumber_Multiply);

    /// <summary><c>self / other</c> (true division: <c>7 / 2 == 3.5</c>).</summary>
    /// <exception cref="PythonException">Python raised (e.g. <c>ZeroDivisionError</c>).</exception>
    public PyObject TrueDivide(object? other) => Binary(this, other, CPython.PyNumber_TrueDivide);

    /// <summary><c>self // other</c> (floor division: <c>-7 // 2 == -4</c>).</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject FloorDivide(object? other) => Binary(this, other, CPython.PyNumber_FloorDivide);

    /// <summary><c>self % other</c> (Python's modulo: the sign of the divisor, <c>-7 % 2 == 1</c>).</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject Mod(object? other) => Binary(this, other, CPython.PyNumber_Remainder);

    /// <summary><c>self ** exponent</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject Power(object? exponent)
    {
        using GilScope gil = Python.Gil();
        using NewReference left = ToNewReference();
        using NewReference right = PyConverter.ToPython(exponent);
        return Steal(CPython.PyNumber_Power(left, right, CPython.Py_None).Steal());
    }

    /// <summary><c>self @ other</c> (matrix product; C# has no <c>@</c> operator).</summary>
    /// <exception cref="PythonException">Python raised (e.g. <c>ValueError</c> for mismatched shapes).</exception>
    public PyObject MatMul(object? other) => Binary(this, other, CPython.PyNumber_MatrixMultiply);

    /// <summary><c>self &amp; other</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject BitwiseAnd(object? other) => Binary(this, other, CPython.PyNumber_And);

    /// <summary><c>self | other</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject BitwiseOr(object? other) => Binary(this, other, CPython.PyNumber_Or);

    /// <summary><c>self ^ other</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject BitwiseXor(object? other) => Binary(this, other, CPython.PyNumber_Xor);

    /// <summary><c>self &lt;&lt; other</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject LeftShift(object? other) => Binary(this, other, CPython.PyNumber_Lshift);

    /// <summary><c>self &gt;&gt; other</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject RightShift(object? other) => Binary(this, other, CPython.PyNumber_Rshift);

    /// <summary><c>-self</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject Negative() => Unary(CPython.PyNumber_Negative);

    /// <summary><c>+self</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject Positive() => Unary(CPython.PyNumber_Positive);

    /// <summary><c>~self</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject Invert() => Unary(CPython.PyNumber_Invert);

    /// <summary><c>abs(self)</c>.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject Abs() => Unary(CPython.PyNumber_Absolute);

    /// <summary>
    /// <c>self op other</c> for a comparison (<c>PyObject_RichCompare</c>): a Python object, not a
    /// bool, because NumPy compares element-wise (<c>a &lt; 3</c> is a boolean array). Read a scalar
    /// result with <see cref="IsTrue"/> or <c>As&lt;bool&gt;()</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="op"/> is not a defined <see cref="PyComparison"/>.</exception>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject Compare(object? other, PyComparison op)
    {
        if ((uint)op > (uint)PyComparison.GreaterThanOrEqual)
        {
            ThrowHelper.ThrowComparisonOutOfRange(op);
        }

        using GilScope gil = Python.Gil();
        using NewReference left = ToNewReference();
        using NewReference right = PyConverter.ToPython(other);
        return Steal(CPython.PyObject_RichCompare(left, right, (int)op).Steal());
    }

    /// <summary><c>self == other</c> as Python evaluates it (element-wise for NumPy arrays).</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject Eq(object? other) => Compare(other, PyComparison.Equal);

    /// <summary><c>self != other</c> as Python evaluates it.</summary>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyObject Ne(object? other) => Compare(other, PyComparison.NotEqual);

    /// <summary><c>bool(self)</c> (<c>PyObject_IsTrue</c>).</summary>
    /// <exception cref="PythonException"><c>__bool__</c> raised (NumPy: "The truth value of an array with more than one element is ambiguous").</exception>
    public bool IsTrue()
    {
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        int truth = CPython.PyObject_IsTrue(self);
        GC.KeepAlive(this);
        return truth switch
        {
            1 => true,
            0 => false,
            _ => throw PythonException.FetchCurrent(),
        };
    }

    /// <summary><c>a + b</c>.</summary>
    public static PyObject operator +(PyObject a, PyObject b) => Binary(a, b, CPython.PyNumber_Add);

    /// <summary><c>a + b</c> (<paramref name="b"/> as a Python int).</summary>
    public static PyObject operator +(PyObject a, long b) => Binary(a, b, CPython.PyNumber_Add);

    /// <summary><c>a + b</c> (<paramref name="b"/> as a Python float).</summary>
    public static PyObject operator +(PyObject a, double b) => Binary(a, b, CPython.PyNumber_Add);

    /// <summary><c>a + b</c> (<paramref name="a"/> as a Python int; Python tries <c>b.__radd__</c>).</summary>
    public static PyObject operator +(long a, PyObject b) => Binary(a, b, CPython.PyNumber_Add);

    /// <summary><c>a + b</c> (<paramref name="a"/> as a Python float).</summary>
    public static PyObject operator +(double a, PyObject b) => Binary(a, b, CPython.PyNumber_Add);

    /// <summary><c>a - b</c>.</summary>
    public static PyObject operator -(PyObject a, PyObject b) => Binary(a, b, CPython.PyNumber_Subtract);

    /// <summary><c>a - b</c>.</summary>
    public static PyObject operator -(PyObject a, long b) => Binary(a, b, CPython.PyNumber_Subtract);

    /// <summary><c>a - b</c>.</summary>
    public static PyObject operator -(PyObject a, double b) => Binary(a, b, CPython.PyNumber_Subtract);

    /// <summary><c>a - b</c>.</summary>
    public static PyObject operator -(long a, PyObject b) => Binary(a, b, CPython.PyNumber_Subtract);

    /// <summary><c>a - b</c>.</summary>
    public static PyObject operator -(double a, PyObject b) => Binary(a, b, CPython.PyNumber_Subtract);

    /// <summary><c>a * b</c>.</summary>
    public static PyObject operator *(PyObject a, PyObject b) => Binary(a, b, CPython.PyNumber_Multiply);

    /// <summary><c>a * b</c>.</summary>
    public static PyObject operator *(PyObject a, long b) => Binary(a, b, CPython.PyNumber_Multiply);

    /// <summary><c>a * b</c>.</summary>
    public static PyObject operator *(PyObject a, double b) => Binary(a, b, CPython.PyNumber_Multiply);

    /// <summary><c>a * b</c>.</summary>
    public static PyObject operator *(long a, PyObject b) => Binary(a, b, CPython.PyNumber_Multiply);

    /// <summary><c>a * b</c>.</summary>
    public static PyObject operator *(double a, PyObject b) => Binary(a, b, CPython.PyNumber_Multiply);

    /// <summary><c>a / b</c>: Python's true division (<see cref="TrueDivide"/>; <see cref="FloorDivide"/> is <c>//</c>).</summary>
    public static PyObject operator /(PyObject a, PyObject b) => Binary(a, b, CPython.PyNumber_TrueDivide);

    /// <summary><c>a / b</c> (true division).</summary>
    public static PyObject operator /(PyObject a, long b) => Binary(a, b, CPython.PyNumber_TrueDivide);

    /// <summary><c>a / b</c> (true division).</summary>
    public static PyObject operator /(PyObject a, double b) => Binary(a, b, CPython.PyNumber_TrueDivide);

    /// <summary><c>a / b</c> (true division).</summary>
    public static PyObject operator /(long a, PyObject b) => Binary(a, b, CPython.PyNumber_TrueDivide);

    /// <summary><c>a / b</c> (true division).</summary>
    public static PyObject operator /(double a, PyObject b) => Binary(a, b, CPython.PyNumber_TrueDivide);

    /// <summary><c>a % b</c>: Python's modulo (the sign of the divisor).</summary>
    public static PyObject operator %(PyObject a, PyObject b) => Binary(a, b, CPython.PyNumber_Remainder);

    /// <summary><c>a % b</c>.</summary>
    public static PyObject operator %(PyObject a, long b) => Binary(a, b, CPython.PyNumber_Remainder);

    /// <summary><c>a % b</c>.</summary>
    public static PyObject operator %(PyObject a, double b) => Binary(a, b, CPython.PyNumber_Remainder);

    /// <summary><c>a &amp; b</c>.</summary>
    public static PyObject operator &(PyObject a, PyObject b) => Binary(a, b, CPython.PyNumber_And);

    /// <summary><c>a | b</c>.</summary>
    public static PyObject operator |(PyObject a, PyObject b) => Binary(a, b, CPython.PyNumber_Or);

    /// <summary><c>a ^ b</c>.</summary>
    public static PyObject operator ^(PyObject a, PyObject b) => Binary(a, b, CPython.PyNumber_Xor);

    /// <summary><c>-a</c>.</summary>
    public static PyObject operator -(PyObject a) => a.Negative();

    /// <summary><c>+a</c>.</summary>
    public static PyObject operator +(PyObject a) => a.Positive();

    /// <summary><c>~a</c>.</summary>
    public static PyObject operator ~(PyObject a) => a.Invert();

    /// <summary><c>a &lt; b</c> as a Python object (element-wise for NumPy arrays).</summary>
    public static PyObject operator <(PyObject a, PyObject b) => Checked(a).Compare(b, PyComparison.LessThan);

    /// <summary><c>a &gt; b</c> as a Python object.</summary>
    public static PyObject operator >(PyObject a, PyObject b) => Checked(a).Compare(b, PyComparison.GreaterThan);

    /// <summary><c>a &lt;= b</c> as a Python object.</summary>
    public static PyObject operator <=(PyObject a, PyObject b) => Checked(a).Compare(b, PyComparison.LessThanOrEqual);

    /// <summary><c>a &gt;= b</c> as a Python object.</summary>
    public static PyObject operator >=(PyObject a, PyObject b) => Checked(a).Compare(b, PyComparison.GreaterThanOrEqual);

    /// <summary><c>a &lt; b</c> as a Python object.</summary>
    public static PyObject operator <(PyObject a, double b) => Checked(a).Compare(b, PyComparison.LessThan);

    /// <summary><c>a &gt; b</c> as a Python object.</summary>
    public static PyObject operator >(PyObject a, double b) => Checked(a).Compare(b, PyComparison.GreaterThan);

    /// <summary><c>a &lt;= b</c> as a Python object.</summary>
    public static PyObject operator <=(PyObject a, double b) => Checked(a).Compare(b, PyComparison.LessThanOrEqual);

    /// <summary><c>a &gt;= b</c> as a Python object.</summary>
    public static PyObject operator >=(PyObject a, double b) => Checked(a).Compare(b, PyComparison.GreaterThanOrEqual);

    private static PyObject Checked(PyObject a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a;
    }

    /// <summary>Converts both operands (a PyObject by a new reference, anything else like From) and applies a binary PyNumber function.</summary>
    internal static PyObject Binary(object? a, object? b, delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> op)
    {
        if (a is null && b is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(a), "Both operands are null; at least one operand of a Python operator must be a PyObject.");
        }

        using GilScope gil = Python.Gil();
        using NewReference left = PyConverter.ToPython(a);
        using NewReference right = PyConverter.ToPython(b);
        return Steal(op(left, right).Steal());
    }

    private PyObject Unary(delegate* unmanaged<BorrowedReference, NewReference> op)
    {
        BorrowedReference self = Reference;
        using GilScope gil = Python.Gil();
        PyObject result = Steal(op(self).Steal());
        GC.KeepAlive(this);
        return result;
    }
}

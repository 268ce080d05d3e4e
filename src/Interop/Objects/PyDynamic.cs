using System.Diagnostics.CodeAnalysis;
using System.Dynamic;
using System.Linq.Expressions;

namespace ArrayBridge.Interop;

/// <summary>
/// A <see cref="PyObject"/> seen through C#'s <c>dynamic</c>, so code reads like the Python it
/// calls: <c>np.linalg.norm(x, ord: 2)</c>, <c>model.fit(X, y)</c>, <c>a[0, 1]</c>, <c>(a + 1) * b</c>.
/// Made by <see cref="PyObject.AsDynamic"/>; every result is another <see cref="PyDynamic"/>.
/// </summary>
/// <remarks>
/// <para>
/// Members: a member access is <c>getattr</c>, an assignment <c>setattr</c>; a call passes C#
/// named arguments as Python keywords (<c>RandomForestClassifier(n_estimators: 100)</c>); an
/// indexer with several indices indexes with a tuple (<c>a[0, 1]</c> is <c>a[(0, 1)]</c>).
/// Operators are Python's (<c>+ - * / % &amp; | ^ &lt;&lt; &gt;&gt;</c>, the comparisons, unary
/// <c>- + ~</c>); the compound assignments (<c>+=</c>) are Python's in-place operators, so a NumPy
/// array is updated in place as in Python. C# has no <c>@</c>, <c>//</c> or <c>**</c>:
/// <see cref="MatMul"/>, <see cref="FloorDiv"/>, <see cref="Pow"/>. Conversions: a cast or an
/// assignment to double, float, long, int, bool or string reads the value (<c>double n = norm;</c>),
/// to <see cref="NDArray"/> or <see cref="NDArray{T}"/> views a NumPy array (or converts anything
/// array-like), to <see cref="PyObject"/> gives the wrapped object itself.
/// </para>
/// <para>
/// A Python member named like a member of this class (<c>MatMul</c>, <c>Dispose</c>,
/// <c>ToString</c>, ...) is reached through the typed API: <c>((PyObject)d).GetAttr("Dispose")</c>.
/// </para>
/// <para>
/// <c>dynamic</c> binds at run time through the C# runtime binder (Microsoft.CSharp), which
/// generates code and reflects over types: it works neither trimmed nor with native AOT, hence
/// the attributes. The typed <see cref="PyObject"/> API is the fast path and stays AOT-safe; use
/// <c>dynamic</c> for scripts, notebooks and glue, and <see cref="Python.Scope"/> to release the
/// intermediate objects it creates.
/// </para>
/// </remarks>
[RequiresDynamicCode(DynamicMessage)]
[RequiresUnreferencedCode(DynamicMessage)]
public sealed class PyDynamic : DynamicObject, IDisposable
{
    internal const string DynamicMessage =
        "C#'s dynamic binds at run time through Microsoft.CSharp's runtime binder, which needs code generation and unreferenced metadata; use the typed PyObject API in trimmed or native AOT applications.";

    private readonly PyObject _obj;

    internal PyDynamic(PyObject obj) => _obj = obj;

    /// <summary><c>self @ other</c>, the matrix product (C# has no <c>@</c>).</summary>
    /// <param name="other">The right operand.</param>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyDynamic MatMul(object? other) => Wrap(_obj.MatMul(Unwrap(other)));

    /// <summary><c>self // other</c>, floor division.</summary>
    /// <param name="other">The right operand.</param>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyDynamic FloorDiv(object? other) => Wrap(_obj.FloorDivide(Unwrap(other)));

    /// <summary><c>self ** exponent</c>.</summary>
    /// <param name="exponent">The exponent.</param>
    /// <exception cref="PythonException">Python raised.</exception>
    public PyDynamic Pow(object? exponent) => Wrap(_obj.Power(Unwrap(exponent)));

    /// <summary>Releases the wrapped object (<see cref="PyObject.Dispose"/>).</summary>
    public void Dispose() => _obj.Dispose();

    /// <summary><c>str(self)</c>.</summary>
    public override string ToString() => _obj.ToString();

    /// <inheritdoc/>
    public override bool TryGetMember(GetMemberBinder binder, out object? result)
    {
        result = Wrap(_obj.GetAttr(binder.Name));
        return true;
    }

    /// <inheritdoc/>
    public override bool TrySetMember(SetMemberBinder binder, object? value)
    {
        _obj.SetAttr(binder.Name, Unwrap(value));
        return true;
    }

    /// <inheritdoc/>
    public override bool TryInvokeMember(InvokeMemberBinder binder, object?[]? args, out object? result)
    {
        using PyObject method = _obj.GetAttr(binder.Name);
        result = Wrap(Call(method, binder.CallInfo, args));
        return true;
    }

    /// <inheritdoc/>
    public override bool TryInvoke(InvokeBinder binder, object?[]? args, out object? result)
    {
        result = Wrap(Call(_obj, binder.CallInfo, args));
        return true;
    }

    /// <inheritdoc/>
    public override bool TryGetIndex(GetIndexBinder binder, object?[] indexes, out object? result)
    {
        if (indexes.Length == 1)
        {
            result = Wrap(_obj.GetItem(Unwrap(indexes[0])));
            return true;
        }

        using PyObject key = TupleOf(indexes);
        result = Wrap(_obj.GetItem(key));
        return true;
    }

    /// <inheritdoc/>
    public override bool TrySetIndex(SetIndexBinder binder, object?[] indexes, object? value)
    {
        if (indexes.Length == 1)
        {
            _obj.SetItem(Unwrap(indexes[0]), Unwrap(value));
            return true;
        }

        using PyObject key = TupleOf(indexes);
        _obj.SetItem(key, Unwrap(value));
        return true;
    }

    /// <inheritdoc/>
    public override bool TryBinaryOperation(BinaryOperationBinder binder, object? arg, out object? result)
    {
        object? other = Unwrap(arg);
        PyObject? value = binder.Operation switch
        {
            ExpressionType.Add => _obj.Add(other),
            ExpressionType.Subtract => _obj.Subtract(other),
            ExpressionType.Multiply => _obj.Multiply(other),
            ExpressionType.Divide => _obj.TrueDivide(other),
            ExpressionType.Modulo => _obj.Mod(other),
            ExpressionType.And => _obj.BitwiseAnd(other),
            ExpressionType.Or => _obj.BitwiseOr(other),
            ExpressionType.ExclusiveOr => _obj.BitwiseXor(other),
            ExpressionType.LeftShift => _obj.LeftShift(other),
            ExpressionType.RightShift => _obj.RightShift(other),
            ExpressionType.LessThan => _obj.Compare(other, PyComparison.LessThan),
            ExpressionType.LessThanOrEqual => _obj.Compare(other, PyComparison.LessThanOrEqual),
            ExpressionType.Equal => _obj.Compare(other, PyComparison.Equal),
            ExpressionType.NotEqual => _obj.Compare(other, PyComparison.NotEqual),
            ExpressionType.GreaterThan => _obj.Compare(other, PyComparison.GreaterThan),
            ExpressionType.GreaterThanOrEqual => _obj.Compare(other, PyComparison.GreaterThanOrEqual),
            ExpressionType.AddAssign => PyObject.Apply(_obj, other, PyBinaryOp.InPlaceAdd),
            ExpressionType.SubtractAssign => PyObject.Apply(_obj, other, PyBinaryOp.InPlaceSubtract),
            ExpressionType.MultiplyAssign => PyObject.Apply(_obj, other, PyBinaryOp.InPlaceMultiply),
            ExpressionType.DivideAssign => PyObject.Apply(_obj, other, PyBinaryOp.InPlaceTrueDivide),
            ExpressionType.ModuloAssign => PyObject.Apply(_obj, other, PyBinaryOp.InPlaceRemainder),
            _ => null,
        };
        result = value is null ? null : Wrap(value);
        return value is not null;
    }

    /// <inheritdoc/>
    public override bool TryUnaryOperation(UnaryOperationBinder binder, out object? result)
    {
        switch (binder.Operation)
        {
            case ExpressionType.Negate:
                result = Wrap(_obj.Negative());
                return true;
            case ExpressionType.UnaryPlus:
                result = Wrap(_obj.Positive());
                return true;
            case ExpressionType.OnesComplement:
                result = Wrap(_obj.Invert());
                return true;
            case ExpressionType.Not:
                result = !_obj.IsTrue();
                return true;
            case ExpressionType.IsTrue:
                result = _obj.IsTrue();
                return true;
            case ExpressionType.IsFalse:
                result = !_obj.IsTrue();
                return true;
            default:
                result = null;
                return false;
        }
    }

    /// <inheritdoc/>
    public override bool TryConvert(ConvertBinder binder, out object? result)
    {
        Type type = binder.Type;
        if (type == typeof(PyObject))
        {
            result = _obj;
        }
        else if (type == typeof(double))
        {
            result = _obj.As<double>();
        }
        else if (type == typeof(long))
        {
            result = _obj.As<long>();
        }
        else if (type == typeof(int))
        {
            result = _obj.As<int>();
        }
        else if (type == typeof(float))
        {
            result = _obj.As<float>();
        }
        else if (type == typeof(bool))
        {
            result = _obj.IsTrue();
        }
        else if (type == typeof(string))
        {
            result = _obj.As<string>();
        }
        else if (type == typeof(NDArray))
        {
            result = NumPy.IsNumPyArray(_obj) ? NumPy.FromNumPy(_obj) : NumPy.FromAny(_obj);
        }
        else if (type == typeof(NDArray<double>))
        {
            result = NumPy.FromNumPy<double>(_obj);
        }
        else if (type == typeof(NDArray<float>))
        {
            result = NumPy.FromNumPy<float>(_obj);
        }
        else if (type == typeof(NDArray<long>))
        {
            result = NumPy.FromNumPy<long>(_obj);
        }
        else if (type == typeof(NDArray<int>))
        {
            result = NumPy.FromNumPy<int>(_obj);
        }
        else if (type == typeof(NDArray<bool>))
        {
            result = NumPy.FromNumPy<bool>(_obj);
        }
        else if (type == typeof(object))
        {
            result = _obj.ToClr();
        }
        else
        {
            result = null;
            return false;
        }

        return true;
    }

    /// <summary><c>a + b</c> with a .NET number on the left (Python tries <c>b.__radd__</c>).</summary>
    public static PyDynamic operator +(double a, PyDynamic b) => Wrap(PyObject.Apply(a, b._obj, PyBinaryOp.Add));

    /// <summary><c>a - b</c> with a .NET number on the left.</summary>
    public static PyDynamic operator -(double a, PyDynamic b) => Wrap(PyObject.Apply(a, b._obj, PyBinaryOp.Subtract));

    /// <summary><c>a * b</c> with a .NET number on the left.</summary>
    public static PyDynamic operator *(double a, PyDynamic b) => Wrap(PyObject.Apply(a, b._obj, PyBinaryOp.Multiply));

    /// <summary><c>a / b</c> with a .NET number on the left (true division).</summary>
    public static PyDynamic operator /(double a, PyDynamic b) => Wrap(PyObject.Apply(a, b._obj, PyBinaryOp.TrueDivide));

    /// <summary><c>a + b</c> with a .NET integer on the left.</summary>
    public static PyDynamic operator +(long a, PyDynamic b) => Wrap(PyObject.Apply(a, b._obj, PyBinaryOp.Add));

    /// <summary><c>a - b</c> with a .NET integer on the left.</summary>
    public static PyDynamic operator -(long a, PyDynamic b) => Wrap(PyObject.Apply(a, b._obj, PyBinaryOp.Subtract));

    /// <summary><c>a * b</c> with a .NET integer on the left.</summary>
    public static PyDynamic operator *(long a, PyDynamic b) => Wrap(PyObject.Apply(a, b._obj, PyBinaryOp.Multiply));

    /// <summary><c>a / b</c> with a .NET integer on the left (true division).</summary>
    public static PyDynamic operator /(long a, PyDynamic b) => Wrap(PyObject.Apply(a, b._obj, PyBinaryOp.TrueDivide));

    /// <summary><c>a == b</c> as Python evaluates it (element-wise for NumPy arrays), not reference equality.</summary>
    public static PyDynamic operator ==(PyDynamic a, PyDynamic b) => Compare(a, b, PyComparison.Equal);

    /// <summary><c>a != b</c> as Python evaluates it.</summary>
    public static PyDynamic operator !=(PyDynamic a, PyDynamic b) => Compare(a, b, PyComparison.NotEqual);

    /// <summary><c>a == b</c> as Python evaluates it (<c>d == null</c> is <c>d == None</c>).</summary>
    public static PyDynamic operator ==(PyDynamic a, object? b) => Compare(a, b, PyComparison.Equal);

    /// <summary><c>a != b</c> as Python evaluates it.</summary>
    public static PyDynamic operator !=(PyDynamic a, object? b) => Compare(a, b, PyComparison.NotEqual);

    /// <summary>Reference equality of the wrappers (Python's <c>==</c> is the operator).</summary>
    /// <param name="obj">The other object.</param>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>The wrapper's identity hash.</summary>
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    private static PyDynamic Compare(PyDynamic a, object? b, PyComparison op)
    {
        ArgumentNullException.ThrowIfNull(a);
        return Wrap(a._obj.Compare(Unwrap(b), op));
    }

    private static PyDynamic Wrap(PyObject obj) => new(obj);

    private static object? Unwrap(object? value) => value is PyDynamic d ? d._obj : value;

    private static PyObject Call(PyObject callable, CallInfo info, object?[]? args)
    {
        object?[] values = args ?? [];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Unwrap(values[i]);
        }

        int named = info.ArgumentNames.Count;
        if (named == 0)
        {
            return callable.CallDynamic(values, []);
        }

        var names = new string[named];
        info.ArgumentNames.CopyTo(names, 0);
        return callable.CallDynamic(values, names);
    }

    private static PyObject TupleOf(object?[] items)
    {
        var values = new object?[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            values[i] = Unwrap(items[i]);
        }

        return PyObject.TupleOf(values);
    }
}

using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge.Interop;

public sealed unsafe partial class PyObject
{
    /// <summary>
    /// This object as C# <c>dynamic</c>: <c>dynamic np = Python.Import("numpy").AsDynamic();</c> then
    /// <c>np.linalg.norm(x, ord: 2)</c>. See <see cref="PyDynamic"/> for what each C# construct
    /// means. The result wraps this same object (no new reference): disposing either releases it.
    /// Not for trimmed or native AOT applications, where the typed API serves.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The object was disposed.</exception>
    [RequiresDynamicCode(PyDynamic.DynamicMessage)]
    [RequiresUnreferencedCode(PyDynamic.DynamicMessage)]
    public dynamic AsDynamic()
    {
        _ = Handle; // a disposed object fails here, not at its first dynamic use
        return new PyDynamic(this);
    }

    /// <summary>Applies <paramref name="op"/> to two operands converted like <see cref="From"/>.</summary>
    internal static PyObject Apply(object? left, object? right, PyBinaryOp op) => op switch
    {
        PyBinaryOp.Add => Binary(left, right, CPython.PyNumber_Add),
        PyBinaryOp.Subtract => Binary(left, right, CPython.PyNumber_Subtract),
        PyBinaryOp.Multiply => Binary(left, right, CPython.PyNumber_Multiply),
        PyBinaryOp.TrueDivide => Binary(left, right, CPython.PyNumber_TrueDivide),
        PyBinaryOp.InPlaceAdd => Binary(left, right, CPython.PyNumber_InPlaceAdd),
        PyBinaryOp.InPlaceSubtract => Binary(left, right, CPython.PyNumber_InPlaceSubtract),
        PyBinaryOp.InPlaceMultiply => Binary(left, right, CPython.PyNumber_InPlaceMultiply),
        PyBinaryOp.InPlaceTrueDivide => Binary(left, right, CPython.PyNumber_InPlaceTrueDivide),
        _ => Binary(left, right, CPython.PyNumber_InPlaceRemainder),
    };

    /// <summary>A new <c>tuple</c> of the values, converted like <see cref="From"/> (a multi-index key).</summary>
    internal static PyObject TupleOf(ReadOnlySpan<object?> values)
    {
        using GilScope gil = Python.Gil();
        return Steal(PyConverter.ToArgsTuple(values).Steal());
    }
}

using System.Runtime.InteropServices;
using CPython = ArrayBridge.Native.Interop.Python;

namespace ArrayBridge.Tests;

/// <summary>
/// The C-API header facts ArrayBridge.Native restates instead of calling a function (inline
/// <c>Py_INCREF</c>, <c>tp_name</c>, <c>PyFloat_AS_DOUBLE</c>, <c>PyTuple_ITEMS</c>) and
/// <c>PyModule_AddObjectRef</c>'s ownership, each checked against what the interpreter itself reports
/// over a range of objects.
/// </summary>
[Collection(PythonCollection.Name)]
public unsafe class HeaderMacroTests
{
    public static TheoryData<string> Objects => ["object()", "[1, 2]", "'text'", "3.5", "(1, 'a', None)", "{'k': 1}", "type('T', (), {})()", "int", "10**30"];

    [Theory]
    [MemberData(nameof(Objects))]
    public void Py_INCREF_adds_exactly_one_reference(string expression)
    {
        using PyObject o = Python.Eval(expression);
        nint before = o.RefCount;
        using (Python.Gil())
        {
            BorrowedReference reference = BorrowedReference.DangerousFromPointer(o.Handle);
            CPython.Py_INCREF(reference);
            Assert.Equal(before + 1, CPython.Py_REFCNT(reference));
            CPython.Py_DecRef(StolenReference.DangerousFromPointer(o.Handle));
        }

        Assert.Equal(before, o.RefCount);
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public void tp_name_is_the_types_name(string expression)
    {
        using PyObject o = Python.Eval(expression);
        using PyObject name = Python.Eval($"type({expression}).__name__");
        string? tpName;
        using (Python.Gil())
        {
            tpName = Marshal.PtrToStringUTF8((nint)CPython.tp_name(CPython.Py_TYPE(BorrowedReference.DangerousFromPointer(o.Handle))));
        }

        // tp_name of a builtin type may be qualified with its module; the type's __name__ is the last part.
        Assert.Equal(name.As<string>(), tpName![(tpName!.LastIndexOf('.') + 1)..]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.5)]
    [InlineData(1.5)]
    [InlineData(-1e308)]
    [InlineData(double.Epsilon)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void PyFloat_AS_DOUBLE_reads_the_value(double value)
    {
        using PyObject o = PyObject.From(value);
        using (Python.Gil())
        {
            BorrowedReference reference = BorrowedReference.DangerousFromPointer(o.Handle);
            Assert.True(CPython.Py_TYPE(reference) == CPython.PyFloat_Type);
            Assert.Equal(BitConverter.DoubleToInt64Bits(CPython.PyFloat_AsDouble(reference)), BitConverter.DoubleToInt64Bits(CPython.PyFloat_AS_DOUBLE(reference)));
        }
    }

    [Theory]
    [InlineData("()")]
    [InlineData("(1,)")]
    [InlineData("('a', 2.0, None, [], ())")]
    [InlineData("tuple(range(100))")]
    public void PyTuple_ITEMS_are_the_tuples_items(string expression)
    {
        using PyObject o = Python.Eval(expression);
        using (Python.Gil())
        {
            BorrowedReference reference = BorrowedReference.DangerousFromPointer(o.Handle);
            nint size = CPython.PyTuple_Size(reference);
            nint* items = CPython.PyTuple_ITEMS(reference);
            for (nint i = 0; i < size; i++)
            {
                Assert.Equal(CPython.PyTuple_GetItem(reference, i).DangerousGetAddress(), items[i]);
            }
        }
    }

    [Fact]
    public void PyModule_AddObjectRef_keeps_the_callers_reference_on_success_and_failure()
    {
        using PyObject module = Python.Eval("type(__import__('sys'))('m')");
        using PyObject notModule = Python.Eval("object()");
        using PyObject value = Python.Eval("object()");
        nint before = value.RefCount;
        byte[] name = "attr\0"u8.ToArray();
        using (Python.Gil())
        {
            fixed (byte* p = name)
            {
                BorrowedReference v = BorrowedReference.DangerousFromPointer(value.Handle);
                Assert.Equal(0, CPython.PyModule_AddObjectRef(BorrowedReference.DangerousFromPointer(module.Handle), p, v));
                Assert.Equal(before + 1, CPython.Py_REFCNT(v)); // the module's own reference

                Assert.Equal(-1, CPython.PyModule_AddObjectRef(BorrowedReference.DangerousFromPointer(notModule.Handle), p, v));
                Assert.False(CPython.PyErr_Occurred().IsNull);
                CPython.PyErr_Clear();
                Assert.Equal(before + 1, CPython.Py_REFCNT(v)); // the failed call took nothing
            }
        }

        using PyObject added = module.GetAttr("attr");
        Assert.Equal(value.Handle, added.Handle);
    }
}

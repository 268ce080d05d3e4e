using CPython = ArrayBridge.Native.Interop.Python;

namespace ArrayBridge.Tests;

[Collection(PythonCollection.Name)]
public unsafe class PythonExceptionTests
{
    [Fact]
    public void Division_by_zero_carries_type_message_and_traceback()
    {
        var error = Assert.Throws<PythonException>(() => Python.Eval("1/0"));

        Assert.Equal("ZeroDivisionError", error.PythonTypeName);
        Assert.Equal("division by zero", error.PythonMessage);
        Assert.Equal("ZeroDivisionError: division by zero", error.Message);
        Assert.StartsWith("Traceback (most recent call last):", error.PythonTraceback);
        Assert.EndsWith("ZeroDivisionError: division by zero\n", error.PythonTraceback);
        Assert.Contains(error.PythonTraceback, error.ToString());
    }

    [Fact]
    public void A_raised_custom_exception_carries_its_qualified_type_name_and_the_python_frames()
    {
        Python.Exec("""
            class ArrayBridgeTestError(ValueError):
                pass

            def arraybridge_inner(n):
                raise ArrayBridgeTestError("bad value %d" % n)

            def arraybridge_outer():
                arraybridge_inner(42)
            """);
        using PyObject outer = Python.Eval("arraybridge_outer");

        var error = Assert.Throws<PythonException>(() => outer.Call());

        Assert.Equal("__main__.ArrayBridgeTestError", error.PythonTypeName);
        Assert.Equal("bad value 42", error.PythonMessage);
        Assert.Contains("in arraybridge_outer", error.PythonTraceback);
        Assert.Contains("in arraybridge_inner", error.PythonTraceback);
        Assert.True(error.PythonTraceback.IndexOf("arraybridge_outer", StringComparison.Ordinal) < error.PythonTraceback.IndexOf("in arraybridge_inner", StringComparison.Ordinal));
    }

    [Fact]
    public void Exceptions_from_modules_are_qualified_by_module()
    {
        using PyObject json = Python.Import("json");

        var error = Assert.Throws<PythonException>(() => json.Invoke("loads", "{not json"));

        Assert.Equal("json.decoder.JSONDecodeError", error.PythonTypeName);
        Assert.Contains("Expecting property name", error.PythonMessage);
    }

    [Fact]
    public void Syntax_errors_surface_as_SyntaxError()
    {
        var error = Assert.Throws<PythonException>(() => Python.Exec("def broken(:\n    pass"));

        Assert.Equal("SyntaxError", error.PythonTypeName);
    }

    [Fact]
    public void A_failure_leaves_no_python_error_set_for_the_next_call()
    {
        Assert.Throws<PythonException>(() => Python.Eval("undefined_name_for_arraybridge"));
        Assert.Throws<PythonException>(() => Python.Import("arraybridge_missing"));
        Assert.Throws<OverflowException>(() => Python.Eval("2 ** 40").As<int>());
        Assert.Throws<InvalidCastException>(() => Python.Eval("'x'").As<double>());

        bool errorSet;
        using (Python.Gil())
        {
            errorSet = !CPython.PyErr_Occurred().IsNull;
        }

        using PyObject next = Python.Eval("'fine'");
        Assert.False(errorSet);
        Assert.Equal("fine", next.As<string>());
    }

    [Fact]
    public void Conversion_errors_keep_the_python_exception_as_inner_exception()
    {
        var error = Assert.Throws<InvalidCastException>(() => Python.Eval("1.5").As<long>());

        var inner = Assert.IsType<PythonException>(error.InnerException);
        Assert.Equal("TypeError", inner.PythonTypeName);
    }
}

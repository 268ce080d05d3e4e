using CPython = ArrayBridge.Native.Interop.Python;
using Libc = ArrayBridge.Native.Interop.Libc;

namespace ArrayBridge.Tests;

[Collection(PythonCollection.Name)]
public class PythonTests
{
    [Fact]
    public void sys_executable_and_prefix_after_start_are_those_of_the_chosen_interpreter()
    {
        PythonEnvironment chosen = Python.Environment;
        using PyObject sys = Python.Import("sys");

        Assert.Equal(chosen.Executable, sys.GetAttr("executable").As<string>());
        Assert.Equal(chosen.Prefix, sys.GetAttr("prefix").As<string>());
        Assert.Equal(chosen.ExecPrefix, sys.GetAttr("exec_prefix").As<string>());
        Assert.Equal(chosen.SysPath, sys.GetAttr("path").As<string[]>());
        Assert.Equal(chosen.Executable, Python.Executable);
    }

    [Fact]
    public void Version_is_that_of_the_running_interpreter()
    {
        using PyObject info = Python.Eval("__import__('sys').version_info[:3]");

        object?[] parts = info.As<object?[]>();

        Assert.Equal(new Version((int)(long)parts[0]!, (int)(long)parts[1]!, (int)(long)parts[2]!), Python.Version);
        Assert.Equal(Python.Environment.Version, Python.Version);
        Assert.True(Python.IsInitialized);
    }

    [Fact]
    public void Attach_after_ArrayBridge_started_Python_is_a_no_op_and_not_an_attachment()
    {
        Python.Attach();

        Assert.True(Python.IsInitialized);
        Assert.False(Python.IsAttached); // ArrayBridge started it: Shutdown would finalize
        Assert.NotEqual(0, Libc.FindLoaded("Py_IsInitialized", out string? path)); // the libpython ArrayBridge loaded, RTLD_GLOBAL
        Assert.Equal(Path.GetFileName(Python.Environment.LibraryPath), Path.GetFileName(path));
    }

    [Fact]
    public unsafe void FromBorrowedHandle_adds_a_reference_and_FromOwnedHandle_takes_one_over()
    {
        using PyObject list = Python.Eval("[]");
        nint before = list.RefCount;
        using (PyObject borrowed = PyObject.FromBorrowedHandle(list.Handle))
        {
            Assert.Equal(before + 1, list.RefCount);
        }

        Assert.Equal(before, list.RefCount);
        PyObject owned;
        using (Python.Gil())
        {
            CPython.Py_IncRef(list.Reference); // a reference the caller owns, handed over
            owned = PyObject.FromOwnedHandle(list.Handle);
        }

        Assert.Equal(before + 1, list.RefCount);
        owned.Dispose();
        Assert.Equal(before, list.RefCount);
        Assert.Throws<ArgumentException>(() => PyObject.FromBorrowedHandle(0));
        Assert.Throws<ArgumentException>(() => PyObject.FromOwnedHandle(0));
    }

    [Fact]
    public void Initialize_is_idempotent_and_safe_from_four_threads_at_once()
    {
        using var barrier = new Barrier(4);
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                Python.Initialize();
                Python.Initialize(new PythonOptions { PythonExecutable = "/nonexistent/ignored/once/running" });
                using PyObject value = Python.Eval("2 ** 10");
                Assert.Equal(1024, value.As<int>());
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => Assert.True(t.Join(Hang.Bound)));

        Assert.Empty(errors);
    }

    [Fact]
    public void The_PyConfig_layout_of_this_version_is_known_and_matches_its_defaults()
    {
        if (CPython.KnownConfigLayout() is null)
        {
            return; // a Python newer than the table: start-up used argv[0]
        }

        using var config = new CPython.ConfigBuffer();

        Assert.NotNull(config.Layout);
        Assert.True(Python.StartedWithConfigLayout);
    }

    [Fact]
    public void Python_does_not_install_its_signal_handlers_in_the_host_process()
    {
        using PyObject signal = Python.Import("signal");
        using PyObject handler = signal.Invoke("getsignal", signal.GetAttr("SIGXFSZ"));
        using PyObject sigDefault = signal.GetAttr("SIG_DFL");

        // With install_signal_handlers = 1, CPython sets SIGXFSZ to SIG_IGN.
        Assert.Equal(sigDefault.Repr(), handler.Repr());
    }

    [Fact]
    public void Eval_evaluates_an_expression()
    {
        using PyObject result = Python.Eval("sum(range(10)) * 2");

        Assert.Equal(90, result.As<int>());
    }

    [Fact]
    public void Exec_defines_names_in_main_that_Eval_sees()
    {
        Python.Exec("""
            def arraybridge_square(x):
                return x * x
            arraybridge_value = arraybridge_square(7)
            """);

        using PyObject value = Python.Eval("arraybridge_value");
        using PyObject square = Python.Eval("arraybridge_square");

        Assert.Equal(49, value.As<int>());
        Assert.Equal(144, square.Call(12).As<int>());
    }

    [Fact]
    public void Exec_and_Eval_use_the_globals_and_locals_given()
    {
        using PyObject globals = PyObject.From(new Dictionary<string, object?> { ["a"] = 2 });
        using PyObject locals = PyObject.From(new Dictionary<string, object?> { ["b"] = 5 });

        Python.Exec("c = a * 10", globals);
        using PyObject sum = Python.Eval("a + b", globals, locals);

        Assert.Equal(20, globals["c"].As<int>());
        Assert.Equal(7, sum.As<int>());
        Assert.True(globals.Invoke("__contains__", "__builtins__").As<bool>());
    }

    [Fact]
    public void Globals_must_be_a_dict()
    {
        using PyObject list = PyObject.From(new[] { 1 });

        Assert.Throws<ArgumentException>(() => Python.Eval("1", list));
    }

    [Fact]
    public void Import_returns_the_module_and_a_missing_module_raises_ModuleNotFoundError()
    {
        using PyObject json = Python.Import("json.decoder");

        var error = Assert.Throws<PythonException>(() => Python.Import("arraybridge_no_such_module"));

        Assert.Equal("json.decoder", json.GetAttr("__name__").As<string>());
        Assert.Equal("ModuleNotFoundError", error.PythonTypeName);
        Assert.Contains("arraybridge_no_such_module", error.PythonMessage);
    }

    [Fact]
    public void Source_with_a_NUL_character_is_rejected_before_reaching_Python()
    {
        Assert.Throws<ArgumentException>(() => Python.Eval("1\0+1"));
    }
}

using System.Collections.Concurrent;
using CPython = ArrayBridge.Native.Interop.Python;

namespace ArrayBridge.Tests;

/// <summary>
/// <see cref="Python.EnterHeldGil"/>, the scope of an extension function that CPython called with the
/// GIL held: it must leave the caller's GIL and thread state exactly as it found them, whatever runs
/// inside (nested scopes, AllowThreads, Python code, an exception).
/// </summary>
[Collection(PythonCollection.Name)]
public unsafe class HeldGilTests
{
    public static TheoryData<string> Bodies => ["nothing", "nested Gil", "AllowThreads", "Gil inside AllowThreads", "Python code", "exception"];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_held_gil_scope_leaves_the_gil_with_a_caller_that_took_it_itself(string body)
    {
        var failures = new ConcurrentQueue<string>();
        var thread = new Thread(() =>
        {
            // As a Python thread calling into an extension: the GIL and a thread state taken outside ArrayBridge.
            int state = CPython.PyGILState_Ensure();
            try
            {
                long opened = Python.GilScopesOpened;
                try
                {
                    using (Python.EnterHeldGil())
                    {
                        Check(failures, Python.IsInGilScope, "not in a GIL scope inside the call");
                        Run(body, failures);
                    }
                }
                catch (InvalidOperationException e) when (body == "exception" && e.Message == "raised inside the call")
                {
                }

                Check(failures, !Python.IsInGilScope, "still in a GIL scope after the call");
                Check(failures, CPython.PyGILState_Check() == 1, "the caller lost the GIL");
                Check(failures, CPython.PyGILState_GetThisThreadState() != 0, "the caller's thread state is gone");
                Check(failures, Python.GilScopesOpened > opened, "the call's scope was not counted");
            }
            catch (Exception e)
            {
                failures.Enqueue(e.ToString());
            }
            finally
            {
                CPython.PyGILState_Release(state);
            }
        });
        thread.Start();
        thread.Join();
        Assert.Empty(failures);
    }

    [Fact]
    public void A_held_gil_scope_inside_a_gil_scope_nests_and_leaves_the_outer_one_intact()
    {
        // A .NET caller that took the GIL calls Python, which calls back into an extension function.
        using (Python.Gil())
        {
            using (Python.EnterHeldGil())
            {
                using PyObject value = Python.Eval("6 * 7");
                Assert.Equal(42, value.As<int>());
            }

            Assert.True(Python.IsInGilScope);
            Assert.Equal(1, CPython.PyGILState_Check());
        }

        Assert.False(Python.IsGilHeld);
    }

    private static void Run(string body, ConcurrentQueue<string> failures)
    {
        switch (body)
        {
            case "nested Gil":
                using (Python.Gil())
                {
                    Check(failures, Python.IsInGilScope, "nested scope not in a GIL scope");
                }

                break;
            case "AllowThreads":
                using (Python.AllowThreads())
                {
                    Check(failures, CPython.PyGILState_Check() == 0, "AllowThreads kept the GIL");
                }

                Check(failures, CPython.PyGILState_Check() == 1, "AllowThreads did not give the GIL back");
                break;
            case "Gil inside AllowThreads":
                using (Python.AllowThreads())
                {
                    using (Python.Gil())
                    {
                        using PyObject value = Python.Eval("1 + 1");
                        Check(failures, value.As<int>() == 2, "Python code inside the re-taken GIL failed");
                    }
                }

                break;
            case "Python code":
                using (PyObject value = Python.Eval("sum(range(10))"))
                {
                    Check(failures, value.As<int>() == 45, "Python code inside the call failed");
                }

                break;
            case "exception":
                throw new InvalidOperationException("raised inside the call");
        }
    }

    private static void Check(ConcurrentQueue<string> failures, bool condition, string message)
    {
        if (!condition)
        {
            failures.Enqueue(message);
        }
    }
}

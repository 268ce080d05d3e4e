using System.Collections.Concurrent;

namespace ArrayBridge.Tests;

[Collection(PythonCollection.Name)]
public class GilTests
{
    [Fact]
    public void Gil_is_reentrant_on_one_thread()
    {
        using (Python.Gil())
        {
            Assert.True(Python.IsGilHeld);
            using (Python.Gil())
            {
                using (Python.Gil())
                {
                    using PyObject value = Python.Eval("40 + 2");
                    Assert.Equal(42, value.As<int>());
                }

                Assert.True(Python.IsGilHeld);
            }

            Assert.True(Python.IsGilHeld);
        }

        Assert.False(Python.IsGilHeld);
    }

    [Fact]
    public void A_thread_keeps_its_python_thread_state_between_gil_scopes()
    {
        // pybind11 extensions (PyTorch) cache the thread state per thread; a state deleted when a scope
        // ends and recreated by the next one crashed them. threading.local data lives in the state.
        using PyObject local = Python.Eval("__import__('threading').local()");
        bool kept = false;
        var thread = new Thread(() =>
        {
            using (Python.Gil())
            {
                local.SetAttr("x", 1);
            }

            using (Python.Gil())
            {
                kept = local.HasAttr("x");
            }
        });
        thread.Start();
        thread.Join();
        Assert.True(kept);
    }

    [Fact]
    public void Pytorch_tensors_die_safely_on_a_thread_that_took_the_gil_several_times()
    {
        var errors = new ConcurrentQueue<Exception>();
        var thread = new Thread(() =>
        {
            try
            {
                for (int i = 0; i < 5; i++)
                {
                    using (Python.Gil())
                    {
                        Python.Exec("import torch, numpy; torch.as_tensor(numpy.arange(3.0)).sum()");
                    }
                }
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        });
        thread.Start();
        thread.Join();
        Assert.Empty(errors);
    }

    [Fact]
    public void Thread_states_of_ended_threads_are_deleted_once_their_pins_are_collected()
    {
        const int Threads = 3000;
        const int Concurrent = 4;
        TestGarbage.Settle();
        int statesBefore = CountThreadStates();
        long pinnedBefore = PinnedThreadState.PinnedCount;
        long deletedBefore = PinnedThreadState.DeletedCount;
        var errors = new ConcurrentQueue<Exception>();

        for (int started = 0; started < Threads; started += Concurrent)
        {
            Thread[] batch = Enumerable.Range(0, Concurrent).Select(_ => new Thread(() =>
            {
                try
                {
                    using (Python.Gil())
                    {
                        Assert.True(Python.IsGilHeld);
                    }
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            })).ToArray();
            Array.ForEach(batch, t => t.Start());
            Array.ForEach(batch, t => t.Join());
        }

        TestGarbage.Settle();
        int statesAfter = CountThreadStates();

        Assert.Empty(errors);

        // Threads this test did not start (the runner's) may pin or end meanwhile: at least this
        // test's 3000 were pinned and deleted, and the count of live states is back where it was.
        Assert.InRange(PinnedThreadState.PinnedCount - pinnedBefore, Threads, Threads + 16);
        Assert.InRange(PinnedThreadState.DeletedCount - deletedBefore, Threads, Threads + 16);
        Assert.InRange(statesAfter, 0, statesBefore + 2);
    }

    /// <summary>
    /// A thread whose Python state someone else made (a host, or Python's own threading) is pinned
    /// by its first Gil scope but never deleted by ArrayBridge when it ends: its maker deletes it,
    /// and deleting it twice would free it twice.
    /// </summary>
    [Fact]
    public unsafe void A_thread_state_made_by_other_code_is_never_deleted_by_ArrayBridge()
    {
        TestGarbage.Settle();
        long deletedBefore = PinnedThreadState.DeletedCount;
        nint foreignState = 0;
        var worker = new Thread(() =>
        {
            int host = ArrayBridge.Native.Interop.Python.PyGILState_Ensure(); // the "host" makes this thread's state
            foreignState = ArrayBridge.Native.Interop.Python.PyGILState_GetThisThreadState();
            using (Python.Gil())
            {
                Assert.True(Python.IsGilHeld);
            }

            ArrayBridge.Native.Interop.Python.PyGILState_Release(host);
        });
        worker.Start();
        worker.Join();
        TestGarbage.Settle();

        bool stillThere = false;
        using (Python.Gil())
        {
            nint head = ArrayBridge.Native.Interop.Python.PyInterpreterState_ThreadHead(ArrayBridge.Native.Interop.Python.PyInterpreterState_Main());
            for (nint state = head; state != 0; state = ArrayBridge.Native.Interop.Python.PyThreadState_Next(state))
            {
                stillThere |= state == foreignState;
            }

            if (stillThere && !ArrayBridge.Native.Interop.Python.IsAtLeast(12))
            {
                // What its maker would do once the thread has ended.
                ArrayBridge.Native.Interop.Python.PyThreadState_Clear(foreignState);
                ArrayBridge.Native.Interop.Python.PyThreadState_Delete(foreignState);
            }
        }

        Assert.NotEqual(0, foreignState);
        Assert.True(stillThere);
        Assert.InRange(PinnedThreadState.DeletedCount - deletedBefore, 0, 16); // the runner's threads may end meanwhile
    }

    [Fact]
    public void Threading_local_data_of_an_ended_thread_is_released_with_its_state()
    {
        using var scope = new PyScope();
        scope.Exec("""
            import threading, weakref
            class Payload:
                pass
            local = threading.local()
            refs = []
            """);
        using var stored = new ManualResetEventSlim();
        using var finish = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            using (Python.Gil())
            {
                scope.Exec("local.payload = Payload(); refs.append(weakref.ref(local.payload))");
            }

            stored.Set();
            finish.Wait();
        });
        worker.Start();
        stored.Wait();
        TestGarbage.Settle();
        bool aliveWithThread = scope.Eval<bool>("refs[0]() is not None");
        finish.Set();
        worker.Join();

        TestGarbage.Settle();

        Assert.True(aliveWithThread, "the thread-local payload died while its thread was alive");
        Assert.True(scope.Eval<bool>("refs[0]() is None"), "the thread-local payload of an ended thread is still alive");
    }

    [Fact]
    public void Pytorch_tensors_made_on_an_ended_thread_die_safely_after_its_state_was_deleted()
    {
        PyObject? tensor = null;
        var errors = new ConcurrentQueue<Exception>();
        void Run(ThreadStart body)
        {
            var thread = new Thread(() =>
            {
                try
                {
                    body();
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            });
            thread.Start();
            thread.Join();
        }

        long deletedBefore = PinnedThreadState.DeletedCount;
        Run(() =>
        {
            for (int i = 0; i < 3; i++)
            {
                using (Python.Gil())
                {
                    Python.Exec("import torch, numpy; torch.as_tensor(numpy.arange(3.0)).sum()");
                    tensor?.Dispose();
                    tensor = Python.Eval("__import__('torch').arange(6.0).reshape(2, 3).t()");
                }
            }
        });
        TestGarbage.Settle();
        Assert.True(PinnedThreadState.DeletedCount > deletedBefore, "the ended thread's state was not deleted");

        using (PyObject sum = tensor!.Invoke("sum"))
        {
            Assert.Equal(15.0, sum.As<double>());
        }

        tensor.Dispose();
        Run(() =>
        {
            using (Python.Gil())
            {
                Python.Exec("import torch; assert float(torch.ones(4).sum()) == 4.0");
            }
        });
        Assert.Empty(errors);
    }

    private static int CountThreadStates()
    {
        using GilScope gil = Python.Gil();
        return PinnedThreadState.CountInterpreterThreadStates();
    }

    [Fact]
    public void Gil_works_from_a_thread_that_never_ran_python()
    {
        int result = 0;
        var thread = new Thread(() =>
        {
            using (Python.Gil())
            {
                using PyObject value = Python.Eval("len('abc')");
                result = value.As<int>();
            }
        });

        thread.Start();

        Assert.True(thread.Join(Hang.Bound));
        Assert.Equal(3, result);
    }

    [Fact]
    public void Gil_from_four_threads_runs_python_work_concurrently_without_deadlock()
    {
        Python.Exec("""
            def arraybridge_work(n):
                return sum(i * i for i in range(n))
            """);
        long expected = Enumerable.Range(0, 2000).Sum(i => (long)i * i);
        var errors = new ConcurrentQueue<Exception>();
        const int Workers = 4;
        using var allOutside = new Barrier(Workers);
        int met = 0;

        var threads = Enumerable.Range(0, Workers).Select(t => new Thread(() =>
        {
            try
            {
                for (int i = 0; i < 50; i++)
                {
                    using (Python.Gil())
                    {
                        using PyObject work = Python.Eval("arraybridge_work");
                        using PyObject sum = work.Call(2000);
                        Assert.Equal(expected, sum.As<long>());
                        using (Python.AllowThreads())
                        {
                            // Every worker, each inside its own Gil scope, gets here at once only if
                            // AllowThreads really lets the GIL go. The wait bounds a deadlock, not a time.
                            if (i == 0 && allOutside.SignalAndWait(Hang.Bound))
                            {
                                Interlocked.Increment(ref met);
                            }
                        }

                        using PyObject again = work.Call(10);
                        Assert.Equal(285L, again.As<long>());
                    }

                    using PyObject value = PyObject.From(t * 1000 + i); // takes the GIL by itself
                    Assert.Equal(t * 1000 + i, value.As<int>());
                }
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        foreach (Thread thread in threads)
        {
            Assert.True(thread.Join(Hang.Bound), "a worker did not finish: GIL deadlock?");
        }

        Assert.Empty(errors);
        Assert.True(met == Workers, $"only {met} of {Workers} workers were outside the GIL at once");
    }

    [Fact]
    public void AllowThreads_lets_another_thread_take_the_gil()
    {
        using var released = new ManualResetEventSlim();
        using var finish = new ManualResetEventSlim();
        bool heldInside = true, heldAfter = false;
        var errors = new ConcurrentQueue<Exception>();
        var holder = new Thread(() =>
        {
            try
            {
                using (Python.Gil())
                {
                    using (Python.AllowThreads())
                    {
                        heldInside = Python.IsGilHeld;
                        released.Set();
                        finish.Wait(); // until the other thread has run Python (or the test gave up)
                    }

                    heldAfter = Python.IsGilHeld;
                    using PyObject value = Python.Eval("1 + 1");
                }
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
                released.Set();
            }
        });
        holder.Start();
        int otherResult = 0;
        bool ran;
        try
        {
            // The waits bound a deadlock; none of them measures time.
            Assert.True(released.Wait(Hang.Bound));
            var other = new Thread(() =>
            {
                try
                {
                    using (Python.Gil())
                    {
                        using PyObject value = Python.Eval("3 * 3");
                        otherResult = value.As<int>();
                    }
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            });
            other.Start();
            ran = other.Join(Hang.Bound);
        }
        finally
        {
            finish.Set();
        }

        Assert.True(holder.Join(Hang.Bound));
        Assert.Empty(errors);
        Assert.False(heldInside);
        Assert.True(heldAfter);
        Assert.True(ran, "another thread could not take the GIL while the holder was inside AllowThreads");
        Assert.Equal(9, otherResult);
    }

    [Fact]
    public void Gil_can_be_taken_again_inside_AllowThreads()
    {
        using (Python.Gil())
        {
            using (Python.AllowThreads())
            {
                using (Python.Gil())
                {
                    using PyObject value = Python.Eval("'nested'");
                    Assert.Equal("nested", value.As<string>());
                }
            }

            Assert.True(Python.IsGilHeld);
        }
    }

    [Fact]
    public void AllowThreads_without_the_gil_does_nothing()
    {
        using (Python.AllowThreads())
        {
            Assert.False(Python.IsGilHeld);
        }

        using PyObject value = Python.Eval("5");
        Assert.Equal(5, value.As<int>());
    }

    [Fact]
    public void Gil_scopes_disposed_out_of_order_throw_and_leave_the_state_intact()
    {
        GilScope outer = Python.Gil();
        GilScope inner = Python.Gil();
        InvalidOperationException? error = null;
        try
        {
            outer.Dispose();
        }
        catch (InvalidOperationException e)
        {
            error = e;
        }

        inner.Dispose();
        outer.Dispose();

        Assert.NotNull(error);
        Assert.False(Python.IsGilHeld);
    }
}

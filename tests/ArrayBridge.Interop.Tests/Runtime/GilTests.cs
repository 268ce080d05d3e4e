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
        Assert.Equal(Threads, PinnedThreadState.PinnedCount - pinnedBefore);
        Assert.Equal(Threads, PinnedThreadState.DeletedCount - deletedBefore);

        // Only states of threads this test did not start may come or go meanwhile.
        Assert.InRange(statesAfter, 0, statesBefore + 2);
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

        Assert.True(thread.Join(TimeSpan.FromSeconds(30)));
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
        int outside = 0, maxOutside = 0;

        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
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
                            // .NET work while another thread runs Python.
                            int now = Interlocked.Increment(ref outside);
                            InterlockedMax(ref maxOutside, now);
                            Thread.Sleep(1);
                            Interlocked.Decrement(ref outside);
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
            Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "a worker did not finish: GIL deadlock?");
        }

        Assert.Empty(errors);
        Assert.True(maxOutside >= 2, $"threads never overlapped outside the GIL (max {maxOutside})");
    }

    [Fact]
    public void AllowThreads_lets_another_thread_take_the_gil()
    {
        using var released = new ManualResetEventSlim();
        using var finish = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            using (Python.Gil())
            {
                using (Python.AllowThreads())
                {
                    Assert.False(Python.IsGilHeld);
                    released.Set();
                    finish.Wait(TimeSpan.FromSeconds(30));
                }

                Assert.True(Python.IsGilHeld);
                using PyObject value = Python.Eval("1 + 1");
            }
        });
        holder.Start();
        Assert.True(released.Wait(TimeSpan.FromSeconds(30)));

        int otherResult = 0;
        var other = new Thread(() =>
        {
            using (Python.Gil())
            {
                using PyObject value = Python.Eval("3 * 3");
                otherResult = value.As<int>();
            }
        });
        other.Start();
        bool ran = other.Join(TimeSpan.FromSeconds(30));
        finish.Set();

        Assert.True(ran, "another thread could not take the GIL while the holder was inside AllowThreads");
        Assert.Equal(9, otherResult);
        Assert.True(holder.Join(TimeSpan.FromSeconds(30)));
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

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// The test assembly's entry point. Under the test runner it is never called; run as
/// <c>dotnet exec ArrayBridge.Interop.Tests.dll MODE ...</c> it starts Python in a fresh process and
/// prints <c>key=value</c> lines, for what cannot happen twice in one process (start-up, shutdown).
/// </summary>
public static class TestHost
{
    private static bool s_shutdownOnAnotherThread;
    private static string s_importOn = "init";

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: init|race|shutdown|shutdown-after-import|shutdown-inside-allow-threads|thread-states [--import-on init|worker|dead-worker|released-worker] [--shutdown-on-another-thread] [--python P] [--library L] [--home H] [--no-numpy] [--argv-program-name] [--import M]");
            return 2;
        }

        try
        {
            PythonOptions options = ParseOptions(args, out string? import);
            switch (args[0])
            {
                case "init":
                    Python.Initialize(options);
                    Report(import);
                    return 0;
                case "race":
                    return Race(options);
                case "shutdown":
                    return AfterShutdown(options);
                case "shutdown-after-import":
                    return ShutdownAfterImport(options, import ?? "threading");
                case "shutdown-inside-allow-threads":
                    return ShutdownInsideAllowThreads(options);
                case "thread-states":
                    return ThreadStates(options);
                default:
                    Console.Error.WriteLine($"unknown mode {args[0]}");
                    return 2;
            }
        }
        catch (Exception e)
        {
            Console.WriteLine($"error={e.GetType().Name}: {e.Message.ReplaceLineEndings(" | ")}");
            return 1;
        }
    }

    private static PythonOptions ParseOptions(string[] args, out string? import)
    {
        // The probe runs beside other children and test classes: give it a bound only a hang reaches.
        var options = new PythonOptions { UseEnvironmentVariable = false, ProbeTimeout = ChildProcess.HangBound };
        import = null;
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--python": options.PythonExecutable = args[++i]; break;
                case "--library": options.LibraryPath = args[++i]; break;
                case "--home": options.Home = args[++i]; break;
                case "--no-numpy": options.RequireNumPy = false; break;
                case "--argv-program-name": Python.ForceProgramNameFromArgv = true; break;
                case "--import": import = args[++i]; break;
                case "--shutdown-on-another-thread": s_shutdownOnAnotherThread = true; break;
                case "--import-on": s_importOn = args[++i]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return options;
    }

    private static void Report(string? import)
    {
        using GilScope gil = Python.Gil();
        using PyObject sys = Python.Import("sys");
        using PyObject signal = Python.Import("signal");
        Console.WriteLine($"executable={sys.GetAttr("executable")}");
        Console.WriteLine($"prefix={sys.GetAttr("prefix")}");
        Console.WriteLine($"exec_prefix={sys.GetAttr("exec_prefix")}");
        Console.WriteLine($"base_prefix={sys.GetAttr("base_prefix")}");
        Console.WriteLine($"version={Python.Version}");
        Console.WriteLine($"layout={Python.StartedWithConfigLayout}");
        Console.WriteLine($"path={JsonSerializer.Serialize(sys.GetAttr("path").As<string[]>(), TestJson.Default.StringArray)}");
        Console.WriteLine($"argv={sys.GetAttr("argv").Repr()}");
        using PyObject sigxfsz = signal.GetAttr("SIGXFSZ");
        using PyObject handler = signal.Invoke("getsignal", sigxfsz);
        using PyObject sigDefault = signal.GetAttr("SIG_DFL");
        Console.WriteLine($"sigxfsz_default={handler.Repr() == sigDefault.Repr()}");
        try
        {
            Python.Exec("def arraybridge_fail():\n    raise KeyError('missing key')\n");
            using PyObject fail = Python.Eval("arraybridge_fail");
            fail.Call();
            Console.WriteLine("exception=none");
        }
        catch (PythonException e)
        {
            bool framed = e.PythonTraceback.Contains("in arraybridge_fail", StringComparison.Ordinal);
            Console.WriteLine($"exception={e.PythonTypeName}|{e.PythonMessage}|{(framed ? "traceback" : "no traceback")}");
        }

        const string text = "h\u00e9 \U0001F600 \ud800";
        using PyObject roundTrip = PyObject.From(text);
        using PyObject big = Python.Eval("-(7 ** 5000)");
        Console.WriteLine($"roundtrip={roundTrip.As<string>() == text && big.As<System.Numerics.BigInteger>() == -System.Numerics.BigInteger.Pow(7, 5000) && PyObject.From(long.MinValue).As<long>() == long.MinValue}");
        try
        {
            NumPyApi.EnsureLoaded();
            Console.WriteLine($"numpy_api=0x{ArrayBridge.Native.Interop.NumPy.AbiVersion:x8}");
        }
        catch (PythonException e)
        {
            Console.WriteLine($"numpy_api={e.PythonTypeName}");
        }

        if (import is not null)
        {
            using PyObject module = Python.Import(import);
            Console.WriteLine($"imported={module.GetAttr("__name__")}");
        }
    }

    private static int Race(PythonOptions options)
    {
        const int threads = 4;
        using var barrier = new Barrier(threads);
        var results = new string[threads];
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                Python.Initialize(options);
                using PyObject value = Python.Eval($"6 * 7 + {i} - {i}");
                results[i] = value.As<int>().ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e)
            {
                results[i] = e.GetType().Name + ": " + e.Message;
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        Console.WriteLine($"results={string.Join(",", results)}");
        Console.WriteLine($"initialized={Python.IsInitialized}");
        return 0;
    }

    /// <summary>
    /// Imports a module (by default <c>threading</c>, whose main-thread lock belongs to the importing
    /// thread's Python thread state) on the starting thread, on a worker that stays alive, or on a
    /// worker that has ended, then shuts Python down on the starting thread or another one.
    /// </summary>
    private static int ShutdownAfterImport(PythonOptions options, string module)
    {
        Python.Initialize(options);
        using var imported = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        Thread? worker = null;
        void Import()
        {
            using PyObject m = Python.Import(module);
            using PyObject threading = Python.Import("threading");
            using PyObject main = threading.Invoke("main_thread");
            using PyObject ident = main.GetAttr("ident");
            using PyObject current = threading.Invoke("get_ident");
            Console.WriteLine($"python_main_thread_is_importer={ident.As<long>() == current.As<long>()}");
        }

        switch (s_importOn)
        {
            case "init":
                Import();
                break;
            case "worker":
                worker = new Thread(() =>
                {
                    Import();
                    imported.Set();
                    release.Wait(); // alive, idle, still owning its Python thread state, until shutdown is over
                });
                worker.Start();
                imported.Wait();
                break;
            case "dead-worker":
                worker = new Thread(Import);
                worker.Start();
                worker.Join();
                break;
            case "released-worker":
                // As dead-worker, and the ended thread's state is deleted before shutdown.
                long deleted = PinnedThreadState.DeletedCount;
                worker = new Thread(Import);
                worker.Start();
                worker.Join();
                TestGarbage.Settle();
                Console.WriteLine($"worker_state_deleted={PinnedThreadState.DeletedCount > deleted}");
                break;
            default:
                throw new ArgumentException($"unknown --import-on {s_importOn}");
        }

        Exception? error = null;
        if (s_shutdownOnAnotherThread)
        {
            var thread = new Thread(() =>
            {
                try
                {
                    Python.Shutdown();
                }
                catch (Exception e)
                {
                    error = e;
                }
            });
            thread.Start();
            thread.Join();
        }
        else
        {
            try
            {
                Python.Shutdown();
            }
            catch (Exception e)
            {
                error = e;
            }
        }

        release.Set();
        worker?.Join();
        Console.WriteLine($"shutdown={(error is null ? "ok" : error.GetType().Name + ": " + error.Message.ReplaceLineEndings(" | "))}");
        Console.WriteLine($"initialized={Python.IsInitialized}");
        return error is null ? 0 : 1;
    }

    /// <summary>
    /// Runs short-lived threads that each take the GIL and leave a <c>threading.local</c> payload
    /// whose destructor re-enters <c>PyGILState_Ensure</c> (as C extensions' destructors do), then
    /// deletes their states and prints the thread-state counts.
    /// </summary>
    private static int ThreadStates(PythonOptions options)
    {
        const int Threads = 3000;
        Python.Initialize(options);
        Python.Exec("""
            import ctypes, threading
            class ArrayBridgePayload:
                # One append per deletion, not a `deleted += 1`: deletions run on whichever thread
                # takes the GIL, and a switch between the load and the store of `+=` loses a count.
                deletions = []
                def __del__(self):
                    state = ctypes.pythonapi.PyGILState_Ensure()
                    ctypes.pythonapi.PyGILState_Release(state)
                    ArrayBridgePayload.deletions.append(None)
            arraybridge_local = threading.local()
            """);
        int CountStates()
        {
            using GilScope gil = Python.Gil();
            return PinnedThreadState.CountInterpreterThreadStates();
        }

        int before = CountStates();
        long deleted = PinnedThreadState.DeletedCount;
        for (int i = 0; i < Threads; i += 4)
        {
            Thread[] batch = Enumerable.Range(0, 4).Select(_ => new Thread(() => Python.Exec("arraybridge_local.payload = ArrayBridgePayload()"))).ToArray();
            Array.ForEach(batch, t => t.Start());
            Array.ForEach(batch, t => t.Join());
        }

        TestGarbage.Settle();
        Console.WriteLine($"states_before={before}");
        Console.WriteLine($"states_after={CountStates()}");
        Console.WriteLine($"deleted={PinnedThreadState.DeletedCount - deleted}");
        using (PyObject payloads = Python.Eval("len(ArrayBridgePayload.deletions)"))
        {
            Console.WriteLine($"payloads_deleted={payloads}");
        }

        Python.Shutdown();
        Console.WriteLine("shutdown=ok");
        return 0;
    }

    /// <summary>
    /// Shuts down while a worker is inside <see cref="Python.AllowThreads"/> (refused), then again
    /// after the worker's scopes have ended.
    /// </summary>
    private static int ShutdownInsideAllowThreads(PythonOptions options)
    {
        Python.Initialize(options);
        using var inside = new ManualResetEventSlim();
        using var leave = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            using (Python.Gil())
            {
                using (Python.AllowThreads())
                {
                    inside.Set();
                    leave.Wait();
                }

                using PyObject value = Python.Eval("6 * 7");
                Console.WriteLine($"worker_after={value}");
            }
        });
        worker.Start();
        inside.Wait();
        try
        {
            Python.Shutdown();
            Console.WriteLine("refused=no");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"refused={e.Message.ReplaceLineEndings(" | ")}");
        }

        Console.WriteLine($"initialized_after_refusal={Python.IsInitialized}");
        leave.Set();
        worker.Join();
        Python.Shutdown();
        Console.WriteLine("shutdown=ok");
        Console.WriteLine($"initialized={Python.IsInitialized}");
        return 0;
    }

    private static int AfterShutdown(PythonOptions options)
    {
        Python.Initialize(options);
        PyObject list = Python.Eval("[1, 2, 3]");
        PyObject held = PyObject.From("kept past shutdown");
        if (s_shutdownOnAnotherThread)
        {
            Exception? error = null;
            var thread = new Thread(() =>
            {
                try
                {
                    using (PyObject value = Python.Eval("'other thread'"))
                    {
                        Console.WriteLine($"other_thread={value}");
                    }

                    Python.Shutdown();
                }
                catch (Exception e)
                {
                    error = e;
                }
            });
            thread.Start();
            thread.Join();
            if (error is not null)
            {
                throw error;
            }
        }
        else
        {
            Python.Shutdown();
        }

        Python.Shutdown(); // idempotent
        Console.WriteLine($"initialized={Python.IsInitialized}");

        var checks = new (string Name, Action Action)[]
        {
            ("Gil", () => { using GilScope g = Python.Gil(); }),
            ("AllowThreads", () => { using AllowThreadsScope a = Python.AllowThreads(); }),
            ("Import", () => Python.Import("sys")),
            ("Eval", () => Python.Eval("1")),
            ("Exec", () => Python.Exec("x = 1")),
            ("From", () => PyObject.From(1)),
            ("Handle", () => _ = list.Handle),
            ("GetAttr", () => list.GetAttr("append")),
            ("Call", () => list.Call()),
            ("Invoke", () => list.Invoke("append", 4)),
            ("Indexer", () => _ = list[0]),
            ("As", () => held.As<string>()),
            ("Repr", () => list.Repr()),
            ("RefCount", () => _ = list.RefCount),
            ("Version", () => _ = Python.Version),
            ("Initialize", () => Python.Initialize(options)),
        };

        int failures = 0;
        foreach ((string name, Action action) in checks)
        {
            try
            {
                action();
                Console.WriteLine($"check_{name}=no exception");
                failures++;
            }
            catch (ObjectDisposedException e) when (e.Message.Contains("shut down", StringComparison.Ordinal))
            {
                Console.WriteLine($"check_{name}=ok");
            }
            catch (Exception e)
            {
                Console.WriteLine($"check_{name}={e.GetType().Name}: {e.Message.ReplaceLineEndings(" | ")}");
                failures++;
            }
        }

        // Disposing after shutdown is quiet, and ToString does not throw.
        Console.WriteLine($"tostring={held}");
        list.Dispose();
        held.Dispose();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine($"failures={failures}");
        return failures == 0 ? 0 : 1;
    }
}

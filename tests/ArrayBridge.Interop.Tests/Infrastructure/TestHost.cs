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

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: init|race|shutdown [--python P] [--library L] [--home H] [--no-numpy] [--argv-program-name] [--import M]");
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
        var options = new PythonOptions { UseEnvironmentVariable = false };
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

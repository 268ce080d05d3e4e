namespace ArrayBridge.Interop;

/// <summary>
/// The embedded CPython interpreter: start-up (<see cref="Initialize"/>), the GIL
/// (<see cref="Gil"/>, <see cref="AllowThreads"/>), running code (<see cref="Import"/>,
/// <see cref="Eval"/>, <see cref="Exec"/>) and the explicit, final <see cref="Shutdown"/>.
/// </summary>
/// <remarks>
/// One interpreter per process. It is started once and is never finalized behind the caller's
/// back: without <see cref="Shutdown"/> it simply ends with the process (Python's <c>atexit</c>
/// handlers then do not run). When other code started it (a python executable hosting a .NET
/// extension, pythonnet), ArrayBridge attaches instead (<see cref="Attach"/>, <see cref="IsAttached"/>)
/// and never finalizes it.
/// </remarks>
public static unsafe partial class Python
{
    private const int NotStarted = 0;
    private const int Running = 1;
    private const int ShutDown = 2;
    private const int Failed = 3;

    private static readonly Lock s_lock = new();
    private static int s_state;
    private static Exception? s_failure;
    private static PythonEnvironment? s_environment;
    private static Version? s_version;
    private static string? s_executable;

    /// <summary>Whether the interpreter is running (<c>Py_IsInitialized</c>, and not shut down).</summary>
    public static bool IsInitialized => Volatile.Read(ref s_state) == Running;

    /// <summary>The running interpreter's version (<c>sys.version_info[:3]</c>).</summary>
    /// <exception cref="InvalidOperationException">Python is not initialized.</exception>
    /// <exception cref="ObjectDisposedException">Python was shut down.</exception>
    public static Version Version
    {
        get
        {
            EnsureRunning();
            return s_version!;
        }
    }

    /// <summary>The running interpreter's <c>sys.executable</c> (may be empty when started from a library path only).</summary>
    /// <exception cref="InvalidOperationException">Python is not initialized.</exception>
    /// <exception cref="ObjectDisposedException">Python was shut down.</exception>
    public static string Executable
    {
        get
        {
            EnsureRunning();
            return s_executable!;
        }
    }

    /// <summary>The installation the interpreter was started from, as discovery found it.</summary>
    /// <exception cref="InvalidOperationException">Python is not initialized.</exception>
    /// <exception cref="ObjectDisposedException">Python was shut down.</exception>
    public static PythonEnvironment Environment
    {
        get
        {
            EnsureRunning();
            return s_environment!;
        }
    }

    /// <summary>
    /// Finds CPython (see <see cref="PythonEnvironment.Discover(PythonOptions?)"/>), loads libpython
    /// with <c>RTLD_NOW | RTLD_GLOBAL</c>, starts it through <c>PyConfig</c> as if it were the chosen
    /// python executable, and releases the GIL (<c>PyEval_SaveThread</c>). Idempotent and thread-safe:
    /// once Python runs, later calls return at once and their options are ignored.
    /// </summary>
    /// <remarks>
    /// When other code already started Python in this process (a python executable that imported a
    /// .NET extension, or pythonnet), it attaches to that interpreter instead, exactly as
    /// <see cref="Attach"/> does, and <paramref name="options"/> are ignored; see <see cref="IsAttached"/>.
    /// </remarks>
    /// <exception cref="PythonNotFoundException">No usable interpreter was found; nothing was loaded and a later call may retry.</exception>
    /// <exception cref="InvalidOperationException">Python failed to start (permanently for this process).</exception>
    /// <exception cref="ObjectDisposedException">Python was shut down.</exception>
    public static void Initialize(PythonOptions? options = null)
    {
        if (Volatile.Read(ref s_state) == Running)
        {
            return;
        }

        lock (s_lock)
        {
            if (s_state == Running)
            {
                return;
            }

            ThrowIfFinal();

            // Python may already run in this process (a python host, pythonnet): a second libpython
            // must not be loaded, and the running one must not be initialized again.
            if (TryAttachToRunning())
            {
                return;
            }

            PythonEnvironment environment = PythonEnvironment.Discover(options ?? new PythonOptions());
            Start(environment);
        }
    }

    /// <summary>Throws unless the interpreter is running.</summary>
    internal static void EnsureRunning()
    {
        int state = Volatile.Read(ref s_state);
        if (state != Running)
        {
            ThrowNotRunning(state);
        }
    }

    private static void ThrowNotRunning(int state)
    {
        switch (state)
        {
            case ShutDown:
                ThrowHelper.ThrowPythonShutDown();
                break;
            case Failed:
                ThrowHelper.ThrowStartFailed(s_failure);
                break;
            default:
                ThrowHelper.ThrowNotInitialized();
                break;
        }
    }
}

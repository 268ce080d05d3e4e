namespace ArrayBridge.Interop;

public static unsafe partial class Python
{
    /// <summary>
    /// The thread state <c>Py_InitializeFromConfig</c> made for the starting thread. This static
    /// reference keeps it pinned even after that thread ends: <see cref="Shutdown"/> finalizes on it.
    /// </summary>
    private static PinnedThreadState? s_startupThreadState;

    /// <summary>
    /// Test hook: start with <c>argv[0]</c> as the program name (no <c>PyConfig</c> field offsets),
    /// as happens for Python versions whose <c>PyConfig</c> layout ArrayBridge does not know.
    /// </summary>
    internal static bool ForceProgramNameFromArgv { get; set; }

    /// <summary>Whether the last start-up set fields through a verified <c>PyConfig</c> layout.</summary>
    internal static bool StartedWithConfigLayout { get; private set; }

    /// <summary>Loads, binds and starts libpython. Called under <see cref="s_lock"/>.</summary>
    private static void Start(PythonEnvironment environment)
    {
        // A libpython already in the process (bound by TryAttachToRunning, not yet initialized) is
        // the one to start: loading the discovered one as well would put two runtimes in the process.
        nint library = CPython.IsBound ? CPython.Library : Libc.OpenGlobal(environment.LibraryPath);
        CPython.Bind(library);

        try
        {
            using (var config = new CPython.ConfigBuffer())
            {
                Configure(config, environment);

                // From here on a failure is permanent: CPython cannot be initialized twice.
                s_state = Failed;
                CPython.PyStatus status = config.Initialize();
                if (status.IsException)
                {
                    ThrowHelper.ThrowInvalidOperation($"Python failed to start (Py_InitializeFromConfig): {status.Describe()}. Library: {environment.LibraryPath}.");
                }
            }

            // This thread now holds the GIL with the main thread state.
            ReadRuntimeFacts(environment);
            s_environment = environment;
            s_startupThreadState = PinnedThreadState.PinCurrent();
            t_threadState = s_startupThreadState;
            CPython.PyEval_SaveThread();
            Volatile.Write(ref s_state, Running);
        }
        catch (Exception e) when (s_state == Failed)
        {
            s_failure = e;
            if (CPython.Py_IsInitialized() != 0 && CPython.PyGILState_Check() == 1)
            {
                CPython.PyEval_SaveThread(); // do not keep the GIL of an interpreter nobody may use
            }

            throw;
        }
    }

    private static void Configure(CPython.ConfigBuffer config, PythonEnvironment environment)
    {
        StartedWithConfigLayout = config.Layout is not null && !ForceProgramNameFromArgv;
        if (StartedWithConfigLayout)
        {
            // Python's SIGINT handler and SIG_IGN for SIGPIPE/SIGXFSZ belong to python the program,
            // not to a library inside a .NET process.
            config.SetInstallSignalHandlers(false);
            if (environment.Executable is { Length: > 0 } executable)
            {
                Check(config.SetString(CPython.ConfigString.ProgramName, executable), "program_name");
            }

            if (environment.Home is { } home)
            {
                Check(config.SetString(CPython.ConfigString.Home, home), "home");
            }

            return;
        }

        if (environment.Home is not null)
        {
            ThrowHelper.ThrowNotSupported($"PythonOptions.Home cannot be applied: ArrayBridge does not know the PyConfig layout of Python {CPython.MajorVersion}.{CPython.MinorVersion} on this platform. Set the PYTHONHOME environment variable instead.");
        }

        if (environment.Executable is { Length: > 0 } program)
        {
            // With program_name unset, CPython takes it from argv[0]: no field offsets needed.
            Check(config.SetArgv([program]), "argv");
        }
    }

    private static void Check(CPython.PyStatus status, string what)
    {
        if (status.IsException)
        {
            ThrowHelper.ThrowInvalidOperation($"Configuring Python ({what}) failed: {status.Describe()}");
        }
    }

    /// <summary>Reads <c>sys.version_info</c> and <c>sys.executable</c> and checks the latter against the request.</summary>
    private static unsafe void ReadRuntimeFacts(PythonEnvironment environment)
    {
        BorrowedReference versionInfo, executable;
        fixed (byte* name = "version_info\0"u8)
        {
            versionInfo = CPython.PySys_GetObject(name);
        }

        fixed (byte* name = "executable\0"u8)
        {
            executable = CPython.PySys_GetObject(name);
        }

        s_version = versionInfo.IsNull
            ? new Version(CPython.MajorVersion, CPython.MinorVersion)
            : new Version(
                PyConverter.FromPython<int>(CPython.PyTuple_GetItem(versionInfo, 0)),
                PyConverter.FromPython<int>(CPython.PyTuple_GetItem(versionInfo, 1)),
                PyConverter.FromPython<int>(CPython.PyTuple_GetItem(versionInfo, 2)));
        s_executable = !executable.IsNull && executable != CPython.Py_None ? PyConverter.ReadString(executable) : "";

        if (environment.Executable is { Length: > 0 } expected && !string.Equals(s_executable, expected, StringComparison.Ordinal))
        {
            ThrowHelper.ThrowInvalidOperation(
                $"Python started with sys.executable '{s_executable}', but ArrayBridge configured '{expected}'; " +
                $"sys.prefix and sys.path are then not those of the chosen interpreter. (PyConfig handling for Python {CPython.MajorVersion}.{CPython.MinorVersion} may be wrong.)");
        }
    }
}

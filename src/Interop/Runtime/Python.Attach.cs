namespace ArrayBridge.Interop;

public static unsafe partial class Python
{
    /// <summary>The exported function whose presence in the process means a libpython is loaded.</summary>
    private const string ProbeSymbol = "Py_IsInitialized";

    /// <summary>Whether the running interpreter was started by other code and ArrayBridge only attached to it.</summary>
    private static bool s_attached;

    /// <summary>
    /// Whether ArrayBridge attached to an interpreter that other code started (a python process that
    /// imported a .NET extension, pythonnet, …) instead of starting it: then <see cref="Shutdown"/>
    /// only detaches and never finalizes it.
    /// </summary>
    public static bool IsAttached => IsInitialized && Volatile.Read(ref s_attached);

    /// <summary>
    /// Attaches to the CPython interpreter other code in this process already started, through the
    /// libpython whose exports are in the process (the global symbol scope: a python executable, or a
    /// libpython opened with <c>RTLD_GLOBAL</c> as pythonnet does). Nothing is loaded and Python is not
    /// re-initialized. Idempotent: returns at once when ArrayBridge already runs (started or attached).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Attaching takes the GIL once (<c>PyGILState_Ensure</c>) to read <c>sys.version_info</c> and
    /// <c>sys.executable</c>, and gives it back as it found it. So call it on the thread that holds the
    /// GIL, or when no thread holds it: pythonnet's <c>PythonEngine.Initialize()</c> leaves the GIL held
    /// by the initializing thread until <c>PythonEngine.BeginAllowThreads()</c> is called, and a
    /// <see cref="Gil"/> scope on any other thread waits until then, as for any GIL.
    /// </para>
    /// <para>
    /// <see cref="Initialize"/> attaches the same way when it finds Python running, so code that calls
    /// it works unchanged inside a host; <see cref="Attach"/> is for code that must never start an
    /// interpreter of its own.
    /// </para>
    /// </remarks>
    /// <exception cref="InvalidOperationException">No libpython is loaded in this process, or it is loaded but not initialized.</exception>
    /// <exception cref="NotSupportedException">The loaded libpython is not a supported CPython (3.8 or newer, GIL build).</exception>
    /// <exception cref="ObjectDisposedException">ArrayBridge started Python itself and then shut it down.</exception>
    public static void Attach()
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
            if (!TryAttachToRunning())
            {
                ThrowHelper.ThrowInvalidOperation(
                    $"No initialized Python interpreter is loaded in this process ({ProbeSymbol} is not exported by any loaded library, " +
                    "or Py_IsInitialized() returned 0); start one first (e.g. pythonnet's PythonEngine.Initialize()), or call Python.Initialize() to let ArrayBridge start it.");
            }
        }
    }

    /// <summary>Throws when no start or attach may happen any more (shut down after a start, or a failed start).</summary>
    private static void ThrowIfFinal()
    {
        switch (s_state)
        {
            case ShutDown:
                ThrowHelper.ThrowPythonShutDown();
                break;
            case Failed:
                ThrowHelper.ThrowStartFailed(s_failure);
                break;
        }
    }

    /// <summary>
    /// Attaches if a libpython in the process is initialized. Called under <see cref="s_lock"/>.
    /// A libpython that is loaded but not initialized stays bound, and <see cref="Start"/> then starts
    /// that one instead of loading another.
    /// </summary>
    /// <returns>Whether ArrayBridge now runs attached.</returns>
    private static bool TryAttachToRunning()
    {
        nint library = CPython.IsBound ? CPython.Library : Libc.FindLoaded(ProbeSymbol, out s_loadedLibraryPath);
        if (library == 0 && !OperatingSystem.IsWindows() && FindLibPythonInMaps() is { } mapped)
        {
            // Loaded with RTLD_LOCAL, so its exports are not in the global scope: re-open the very
            // same file with RTLD_NOLOAD (never a second copy) and RTLD_GLOBAL.
            library = Libc.OpenLoaded(mapped);
            s_loadedLibraryPath = library == 0 ? null : mapped;
        }
        if (library == 0)
        {
            return false;
        }

        CPython.Bind(library);
        if (CPython.Py_IsInitialized() == 0)
        {
            return false;
        }

        // Wait for the GIL like any other thread (the host's threads may be running Python), or find it
        // held by this very thread (PyGILState_LOCKED), e.g. inside a call from Python into .NET.
        int gil = CPython.PyGILState_Ensure();
        try
        {
            string libraryPath = s_loadedLibraryPath ?? "";
            ReadRuntimeFacts(new PythonEnvironment(libraryPath, executable: null, home: null));
            s_environment = new PythonEnvironment(libraryPath, s_executable, home: null) { Version = s_version };
        }
        finally
        {
            CPython.PyGILState_Release(gil);
        }

        s_attached = true;
        Volatile.Write(ref s_state, Running);
        return true;
    }

    /// <summary>
    /// The first <c>libpython3*.so*</c> mapped into the process (Linux <c>/proc/self/maps</c>), or null:
    /// finds a libpython that was loaded with <c>RTLD_LOCAL</c>, whose exports the global scope lacks.
    /// </summary>
    private static string? FindLibPythonInMaps()
    {
        const string maps = "/proc/self/maps";
        if (!File.Exists(maps))
        {
            return null;
        }

        foreach (string line in File.ReadLines(maps))
        {
            int slash = line.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                continue;
            }

            string path = line[slash..];
            string name = Path.GetFileName(path);
            if (name.StartsWith("libpython3", StringComparison.Ordinal) && name.Contains(".so", StringComparison.Ordinal))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>The file that defines the loaded libpython's exports, as <c>dladdr</c> named it.</summary>
    private static string? s_loadedLibraryPath;

    /// <summary>
    /// Stops using an interpreter ArrayBridge attached to, without finalizing it: pending releases run
    /// under the GIL, and ArrayBridge returns to "not initialized", from which <see cref="Attach"/> or
    /// <see cref="Initialize"/> attach again. Called under <see cref="s_lock"/>.
    /// </summary>
    /// <remarks>
    /// NumPy's C-API table stays bound (the interpreter and its <c>numpy</c> module live on). Thread
    /// states pinned by <see cref="Gil"/> stay with their threads: the host may use them too, and
    /// its own finalization deletes them.
    /// </remarks>
    private static void Detach()
    {
        int gil = CPython.PyGILState_Ensure();
        try
        {
            PythonReleaseQueue.Drain();
        }
        finally
        {
            // Dispose and finalizers leave Python alone from here on; their references leak rather
            // than touching an interpreter ArrayBridge no longer tracks.
            Volatile.Write(ref s_state, NotStarted);
            s_attached = false;
            CPython.PyGILState_Release(gil);
        }
    }
}

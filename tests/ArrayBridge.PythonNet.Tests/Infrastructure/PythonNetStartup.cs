namespace ArrayBridge.PythonNet.Tests;

/// <summary>Starts CPython the way a pythonnet user does, with Debian's interpreter that has NumPy.</summary>
internal static class PythonNetStartup
{
    /// <summary>The python executable whose libpython and site-packages (NumPy) the tests use.</summary>
    public const string PythonExecutable = "/usr/bin/python3";

    private static ABEnvironment? s_environment;

    /// <summary>
    /// /usr/bin/python3 as ArrayBridge's discovery describes it (libpython path, sys.executable),
    /// found by running it, not by loading anything into this process.
    /// </summary>
    public static ABEnvironment Environment => s_environment ??= ABEnvironment.Probe(PythonExecutable);

    /// <summary>
    /// Points pythonnet at <see cref="Environment"/> and starts it (<c>PythonEngine.Initialize</c>),
    /// which leaves the GIL held by this thread.
    /// </summary>
    public static void InitializePythonNet(string? libraryPath = null)
    {
        Runtime.PythonDLL = libraryPath ?? Environment.LibraryPath;
        PythonEngine.ProgramName = Environment.Executable!;
        PythonEngine.Initialize();
    }
}

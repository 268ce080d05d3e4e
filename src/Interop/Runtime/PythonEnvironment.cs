namespace ArrayBridge.Interop;

/// <summary>
/// A CPython installation ArrayBridge can embed: its shared libpython and, when it was found by
/// running a python executable, what that interpreter reported about itself.
/// </summary>
/// <remarks>
/// Obtain one with <see cref="Discover(PythonOptions?)"/> or <see cref="Probe(string, bool)"/>; the one in
/// use is <see cref="Python.Environment"/>.
/// </remarks>
public sealed partial class PythonEnvironment
{
    /// <summary>The environment variable naming a python executable to use: <c>ARRAYBRIDGE_PYTHON</c>.</summary>
    public const string EnvironmentVariable = "ARRAYBRIDGE_PYTHON";

    internal PythonEnvironment(string libraryPath, string? executable, string? home)
    {
        LibraryPath = libraryPath;
        Executable = executable;
        Home = home;
    }

    /// <summary>The shared library to load (libpython), e.g. <c>/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0</c>.</summary>
    public string LibraryPath { get; private set; }

    /// <summary>
    /// The interpreter's <c>sys.executable</c> (for a virtual environment, its <c>bin/python</c>),
    /// which becomes <c>PyConfig.program_name</c>; null when only a library path was given.
    /// </summary>
    public string? Executable { get; }

    /// <summary><c>PyConfig.home</c> (<c>PYTHONHOME</c>) to start with, or null to let Python compute it.</summary>
    public string? Home { get; private set; }

    /// <summary>The interpreter's version (<c>sys.version_info[:3]</c>), when probed.</summary>
    public Version? Version { get; init; }

    /// <summary><c>sys.prefix</c> as the probed interpreter reported it (a venv's directory inside a venv).</summary>
    public string? Prefix { get; init; }

    /// <summary><c>sys.exec_prefix</c> as the probed interpreter reported it.</summary>
    public string? ExecPrefix { get; init; }

    /// <summary><c>sys.base_prefix</c>: the installation a virtual environment was made from.</summary>
    public string? BasePrefix { get; init; }

    /// <summary>
    /// <c>sys.path</c> as the probed interpreter reported it, without the script directory that
    /// <c>python -c</c> prepends.
    /// </summary>
    public IReadOnlyList<string> SysPath { get; init; } = [];

    /// <summary><c>numpy.__version__</c>, or null when NumPy could not be imported (or was not probed).</summary>
    public string? NumPyVersion { get; init; }

    /// <summary>Why <c>import numpy</c> failed in the probe, or null.</summary>
    public string? NumPyError { get; init; }

    /// <summary>Whether the interpreter runs in a virtual environment (<c>sys.prefix != sys.base_prefix</c>).</summary>
    public bool IsVirtualEnvironment => Prefix is not null && BasePrefix is not null && Prefix != BasePrefix;

    /// <summary>A one-line summary: version, executable, library and NumPy version.</summary>
    public override string ToString() =>
        $"Python {Version?.ToString() ?? "(version unknown)"} {Executable ?? "(no executable)"} [{LibraryPath}]" +
        (NumPyVersion is null ? "" : $" NumPy {NumPyVersion}");

    internal PythonEnvironment WithOverrides(string? libraryPath, string? home)
    {
        if (libraryPath is not null)
        {
            LibraryPath = libraryPath;
        }

        if (home is not null)
        {
            Home = home;
        }

        return this;
    }
}

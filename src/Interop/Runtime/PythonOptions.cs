namespace ArrayBridge.Interop;

/// <summary>
/// How <see cref="Python.Initialize(PythonOptions?)"/> finds and starts CPython. Every property is
/// optional; with none set, ArrayBridge discovers an interpreter that can import NumPy.
/// </summary>
/// <remarks>
/// Precedence: <see cref="PythonExecutable"/> or <see cref="LibraryPath"/>, then the
/// <c>ARRAYBRIDGE_PYTHON</c> environment variable (a python executable), then
/// <see cref="Candidates"/> (by default <c>python3</c> on <c>PATH</c>, <c>/usr/bin/python3</c>,
/// <c>/usr/local/bin/python3</c>, <c>python3.14</c> … <c>python3.9</c> on <c>PATH</c>).
/// An explicitly named interpreter that does not fit is an error, never silently replaced by another.
/// </remarks>
public sealed class PythonOptions
{
    /// <summary>
    /// A python executable (e.g. <c>/usr/bin/python3</c> or a virtual environment's <c>bin/python</c>).
    /// It is run once to learn its libpython, <c>sys.prefix</c> and <c>sys.path</c>, and the embedded
    /// interpreter is then started as if it were that program (<c>PyConfig.program_name</c>), so
    /// <c>sys.executable</c>, <c>sys.prefix</c> and a venv's site-packages match.
    /// </summary>
    public string? PythonExecutable { get; set; }

    /// <summary>
    /// The shared libpython to load (e.g. <c>/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0</c>).
    /// With <see cref="PythonExecutable"/> it overrides the library found by probing; alone, no
    /// subprocess is run and the interpreter computes its paths itself (see <see cref="Home"/>).
    /// </summary>
    public string? LibraryPath { get; set; }

    /// <summary>
    /// <c>PyConfig.home</c> (the <c>PYTHONHOME</c> equivalent): the prefix holding the standard
    /// library. Normally needed only with <see cref="LibraryPath"/> alone; whenever set it is applied,
    /// and it disables virtual-environment detection.
    /// </summary>
    public string? Home { get; set; }

    /// <summary>Whether a discovered interpreter must be able to <c>import numpy</c> (default true).</summary>
    public bool RequireNumPy { get; set; } = true;

    /// <summary>Whether the <c>ARRAYBRIDGE_PYTHON</c> environment variable is consulted (default true).</summary>
    public bool UseEnvironmentVariable { get; set; } = true;

    /// <summary>
    /// The interpreters to try, in order, when neither an explicit path nor the environment variable
    /// is given: paths, or bare names looked up on <c>PATH</c>. Null means
    /// <see cref="PythonEnvironment.DefaultCandidates"/>.
    /// </summary>
    public IList<string>? Candidates { get; set; }

    /// <summary>How long one probe of an interpreter may take (default 30 seconds).</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

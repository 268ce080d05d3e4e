namespace ArrayBridge.Interop;

public sealed partial class PythonEnvironment
{
    /// <summary>
    /// Finds a CPython to embed: the explicit <see cref="PythonOptions.PythonExecutable"/> or
    /// <see cref="PythonOptions.LibraryPath"/>, else <c>ARRAYBRIDGE_PYTHON</c>, else the first of the
    /// <see cref="PythonOptions.Candidates"/> that runs, is CPython 3.8+, has a shared libpython and
    /// (unless <see cref="PythonOptions.RequireNumPy"/> is false) can import NumPy.
    /// </summary>
    /// <exception cref="PythonNotFoundException">Nothing fits; the message lists every candidate and why it failed.</exception>
    public static PythonEnvironment Discover(PythonOptions? options = null) =>
        Discover(options ?? new PythonOptions(), System.Environment.GetEnvironmentVariable);

    /// <summary>
    /// The default candidates, in order: <c>python3</c> on <c>PATH</c>, <c>/usr/bin/python3</c>,
    /// <c>/usr/local/bin/python3</c>, then <c>python3.14</c> down to <c>python3.9</c> on <c>PATH</c>.
    /// </summary>
    public static IReadOnlyList<string> DefaultCandidates { get; } =
    [
        "python3",
        "/usr/bin/python3",
        "/usr/local/bin/python3",
        "python3.14",
        "python3.13",
        "python3.12",
        "python3.11",
        "python3.10",
        "python3.9",
    ];

    internal static PythonEnvironment Discover(PythonOptions options, Func<string, string?> getEnvironmentVariable)
    {
        if (options.PythonExecutable is { } executable)
        {
            return ProbeExplicit(executable, options, "PythonOptions.PythonExecutable");
        }

        if (options.LibraryPath is { } library)
        {
            if (!File.Exists(library))
            {
                throw new PythonNotFoundException(
                    "The libpython given in PythonOptions.LibraryPath cannot be used.",
                    [new PythonProbeFailure(library, "the file does not exist")]);
            }

            return new PythonEnvironment(Path.GetFullPath(library), executable: null, options.Home);
        }

        if (options.UseEnvironmentVariable && getEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromVariable)
        {
            return ProbeExplicit(fromVariable, options, $"The {EnvironmentVariable} environment variable");
        }

        var failures = new List<PythonProbeFailure>();
        var tried = new HashSet<string>(StringComparer.Ordinal);
        foreach (string candidate in (IEnumerable<string>?)options.Candidates ?? DefaultCandidates)
        {
            string? path = ResolveOnPath(candidate);
            if (path is null)
            {
                failures.Add(new PythonProbeFailure(candidate, IsPath(candidate) ? "does not exist" : "not found on PATH"));
                continue;
            }

            if (!tried.Add(path))
            {
                continue; // e.g. python3 on PATH is /usr/bin/python3
            }

            string shown = path == candidate ? candidate : $"{candidate} ({path})";
            if (TryProbe(path, options, out PythonEnvironment? environment, out string reason))
            {
                return environment.WithOverrides(null, options.Home);
            }

            failures.Add(new PythonProbeFailure(shown, reason));
        }

        string requirement = options.RequireNumPy ? "imports NumPy and has a shared libpython" : "has a shared libpython";
        throw new PythonNotFoundException(
            $"No CPython 3.8+ interpreter that {requirement} was found. Install one (on Debian: apt-get install python3-numpy libpython3-dev), " +
            $"or choose one with PythonOptions.PythonExecutable or the {EnvironmentVariable} environment variable. Candidates tried:",
            failures);
    }

    /// <summary>
    /// Runs one python executable and describes it, whether or not it can import NumPy.
    /// </summary>
    /// <param name="pythonExecutable">A path, or a name looked up on <c>PATH</c>.</param>
    /// <param name="requireNumPy">Whether failing to import NumPy makes the interpreter unusable.</param>
    /// <exception cref="PythonNotFoundException">The interpreter cannot be embedded; the message says why.</exception>
    public static PythonEnvironment Probe(string pythonExecutable, bool requireNumPy = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(pythonExecutable);
        return ProbeExplicit(pythonExecutable, new PythonOptions { RequireNumPy = requireNumPy }, "The Python executable");
    }

    private static PythonEnvironment ProbeExplicit(string executable, PythonOptions options, string source)
    {
        string? path = ResolveOnPath(executable);
        if (path is null)
        {
            throw new PythonNotFoundException(
                $"{source} names '{executable}', which cannot be used.",
                [new PythonProbeFailure(executable, IsPath(executable) ? "does not exist" : "not found on PATH")]);
        }

        if (!TryProbe(path, options, out PythonEnvironment? environment, out string reason))
        {
            throw new PythonNotFoundException($"{source} names '{executable}', which cannot be used.", [new PythonProbeFailure(executable, reason)]);
        }

        return environment.WithOverrides(options.LibraryPath, options.Home);
    }

    private static bool IsPath(string candidate) => candidate.Contains('/') || candidate.Contains(Path.DirectorySeparatorChar);

    /// <summary>The full path of a candidate: itself if it is a path, else the first match on PATH.</summary>
    internal static string? ResolveOnPath(string candidate)
    {
        if (IsPath(candidate))
        {
            string full = Path.GetFullPath(candidate);
            return File.Exists(full) ? full : null;
        }

        string[] names = OperatingSystem.IsWindows() ? [candidate + ".exe", candidate] : [candidate];
        foreach (string directory in (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in names)
            {
                string path = Path.Combine(directory, name);
                if (File.Exists(path) && IsExecutable(path))
                {
                    return Path.GetFullPath(path);
                }
            }
        }

        return null;
    }

    private static bool IsExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}

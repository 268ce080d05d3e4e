using System.Diagnostics;

namespace ArrayBridge.Tests;

/// <summary>Interpreters on this machine that tests can use as fakes or as extra versions.</summary>
internal static class TestPythons
{
    private static readonly string PyenvVersions = Path.Combine(Environment.GetEnvironmentVariable("PYENV_ROOT") ?? "/root/.pyenv", "versions");

    /// <summary>pyenv CPython builds by minor version (3.x → bin/python3), oldest first.</summary>
    public static IReadOnlyList<(Version Version, string Executable)> Pyenv { get; } = FindPyenv();

    /// <summary>A CPython 3.8+ that cannot import NumPy, or null if this machine has none.</summary>
    public static string? WithoutNumPy { get; } = Pyenv
        .Where(p => p.Version >= new Version(3, 8))
        .Select(p => p.Executable)
        .LastOrDefault(exe => !CanImportNumPy(exe));

    /// <summary>pyenv's <c>python3</c> shim (a shell script that execs the selected version) when it cannot import NumPy, or null.</summary>
    public static string? ShimWithoutNumPy { get; } =
        Path.Combine(Path.GetDirectoryName(PyenvVersions)!, "shims", "python3") is var shim && File.Exists(shim) && !CanImportNumPy(shim) ? shim : null;

    /// <summary>A CPython older than 3.8, or null.</summary>
    public static string? TooOld { get; } = Pyenv.FirstOrDefault(p => p.Version < new Version(3, 8)).Executable;

    public static bool CanImportNumPy(string executable)
    {
        using Process process = Process.Start(new ProcessStartInfo(executable, ["-c", "import numpy"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    /// <summary>Creates a virtual environment of <paramref name="basePython"/> (no pip) in a new temporary directory.</summary>
    public static string CreateVirtualEnvironment(string basePython, bool systemSitePackages)
    {
        string directory = Path.Combine(Path.GetTempPath(), "arraybridge-venv-" + Guid.NewGuid().ToString("N")[..8]);
        var arguments = new List<string> { "-m", "venv", "--without-pip" };
        if (systemSitePackages)
        {
            arguments.Add("--system-site-packages");
        }

        arguments.Add(directory);
        using Process process = Process.Start(new ProcessStartInfo(basePython, arguments) { RedirectStandardError = true })!;
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python -m venv failed: {errors}");
        return directory;
    }

    private static List<(Version, string)> FindPyenv()
    {
        var found = new List<(Version, string)>();
        if (!Directory.Exists(PyenvVersions))
        {
            return found;
        }

        foreach (string directory in Directory.GetDirectories(PyenvVersions))
        {
            string executable = Path.Combine(directory, "bin", "python3");
            if (Version.TryParse(Path.GetFileName(directory), out Version? version) && version.Major == 3 && File.Exists(executable))
            {
                found.Add((version, executable));
            }
        }

        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }
}

using System.Diagnostics;

namespace ArrayBridge.Tests;

/// <summary>
/// Runs a script in a separate Debian Python (the one with NumPy), for tests that check files and
/// shared memory against a process that is not this one.
/// </summary>
internal static class PythonChild
{
    /// <summary>The interpreter with NumPy.</summary>
    public const string Executable = "/usr/bin/python3";

    /// <summary>
    /// Runs <c>python3 -c script args...</c>, fails the test unless it exits with 0 within <see cref="Hang.Bound"/>,
    /// and returns its trimmed standard output and its standard error.
    /// </summary>
    public static (string Output, string Errors) Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo(Executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Hang.Bound))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the Python child did not finish in {Hang.Bound.TotalMinutes} min");
        }

        string stdout = output.Result, stderr = errors.Result;
        Assert.True(process.ExitCode == 0, $"python exited with {process.ExitCode}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        return (stdout.Trim(), stderr);
    }
}

using System.Diagnostics;

namespace ArrayBridge.Docs.Tests;

/// <summary>Runs a Python program with Debian's /usr/bin/python3 (the interpreter with NumPy) and returns what it printed.</summary>
internal static class PythonScript
{
    public static string Run(string program, string workingDirectory)
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("-");
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(program);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"python3 did not finish in 60 s:\n{program}");
        }

        string stdout = output.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"python3 exited with {process.ExitCode}:\n{errors.Result}\nprogram:\n{program}\nstdout:\n{stdout}");
        }

        return stdout;
    }
}

using System.Diagnostics;

namespace ArrayBridge.Tests;

/// <summary>
/// Runs this test assembly as a child process in one of its TestHost's modes (each test project that
/// links this file has a TestHost entry point); the child prints <c>key=value</c> lines.
/// </summary>
internal static class ChildProcess
{
    /// <summary>
    /// How long a child may run before the test calls it hung. Only a deadlock should reach it: a
    /// child that starts Python and runs thousands of threads takes seconds alone, but minutes on two
    /// shared cores under load with other children and test classes running beside it.
    /// </summary>
    public static readonly TimeSpan HangBound = TimeSpan.FromMinutes(5);

    // Tests start children in bursts (one per installed CPython); a few at a time finish sooner
    // than all at once and keep each child's wall time, which the bound measures, near its own work.
    private static readonly SemaphoreSlim Slots = new(Math.Max(2, Environment.ProcessorCount));

    public sealed record Result(int ExitCode, IReadOnlyDictionary<string, string> Values, string Output, string Errors)
    {
        public string this[string key] => Values.TryGetValue(key, out string? value)
            ? value
            : throw new KeyNotFoundException($"The child printed no '{key}'. Exit code {ExitCode}.\nstdout:\n{Output}\nstderr:\n{Errors}");

        public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Errors}";
    }

    public static async Task<Result> RunAsync(params string[] args)
    {
        await Slots.WaitAsync();
        try
        {
            return await RunOneAsync(args);
        }
        finally
        {
            Slots.Release();
        }
    }

    private static async Task<Result> RunOneAsync(string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ARRAYBRIDGE_PYTHON");
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(HangBound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The child process ({string.Join(' ', args)}) did not finish in {HangBound.TotalMinutes} min (deadlock?).");
        }

        string stdout = await output;
        var values = new Dictionary<string, string>();
        foreach (string line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = line.IndexOf('=');
            if (equals > 0)
            {
                values[line[..equals]] = line[(equals + 1)..].TrimEnd('\r');
            }
        }

        return new Result(process.ExitCode, values, stdout, await errors);
    }

    /// <summary>The dotnet muxer running this test process.</summary>
    private static string DotnetHost()
    {
        string? process = Environment.ProcessPath;
        if (process is not null && System.IO.Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            return process;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}

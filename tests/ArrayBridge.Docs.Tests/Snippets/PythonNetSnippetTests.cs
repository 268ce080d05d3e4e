using System.Diagnostics;

namespace ArrayBridge.Docs.Tests;

/// <summary>
/// README.md, "Coming from pythonnet / attaching": the example is PythonNetSnippet/Program.cs, run
/// here as a child process because pythonnet has to start Python before ArrayBridge attaches.
/// </summary>
public class PythonNetSnippetTests
{
    [Fact]
    public async Task Pythonnet_starts_python_and_arraybridge_attaches()
    {
        // The program is built beside this assembly's configuration: .../bin/<Configuration>/net10.0/.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string configuration = output.Parent!.Name;
        string program = Path.Combine(SnippetMarkdown.RepositoryRoot, "tests", "ArrayBridge.Docs.Tests", "PythonNetSnippet",
            "bin", configuration, output.Name, "PythonNetSnippet.dll");
        Assert.True(File.Exists(program), $"{program} was not built");

        string? host = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet"
            ? p
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(program);
        start.Environment.Remove("ARRAYBRIDGE_PYTHON");
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The pythonnet example did not finish in 90 s (the GIL never released?)");
        }

        string printed = await stdout;
        string report = $"exit code {process.ExitCode}\nstdout:\n{printed}\nstderr:\n{await stderr}";
        Assert.True(process.ExitCode == 0, report);
        Assert.Contains("attached=True", printed, StringComparison.Ordinal);
        Assert.Contains("numpy-shares-memory=True", printed, StringComparison.Ordinal);
        Assert.Contains("view-shares-memory=True", printed, StringComparison.Ordinal);
        Assert.Contains("view-sum=5", printed, StringComparison.Ordinal);
        Assert.Contains("done=True", printed, StringComparison.Ordinal);
    }
}

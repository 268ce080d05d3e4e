using ArrayBridge.Tests;

namespace ArrayBridge.PythonNet.Tests;

/// <summary>Start orders other than this process's own (pythonnet first, GIL released), each in a fresh process.</summary>
public sealed class StartOrderTests
{
    [Fact]
    public async Task ArrayBridgeStartsAndPythonNetAttaches()
    {
        ChildProcess.Result result = await ChildProcess.RunAsync("arraybridge-first");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("False", result["attached"]); // ArrayBridge started it
        Assert.Equal("True", result["pythonnet-gil-held"]);
        Assert.Equal("True", result["ndarray-sees-pythonnet-write"]);
        Assert.Equal("True", result["pythonnet-sees-ndarray-write"]);
        Assert.Equal("143", result["sum"]); // 0+1+...+9 with a[2] = 100 instead of 2
        Assert.Equal("True", result["finalized"]);
    }

    [Fact]
    public async Task AttachOnTheThreadThatHoldsPythonNetsGilDoesNotWait()
    {
        ChildProcess.Result result = await ChildProcess.RunAsync("gil-held-by-pythonnet");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("True", result["attached"]);
        Assert.Equal("6", result["sum"]);
        Assert.Equal("True", result["gil-still-held"]);
        Assert.Equal("True", result["detached"]);
        Assert.Equal("True", result["pythonnet-works"]);
    }

    [Fact]
    public async Task ALibPythonLoadedLocallyIsStartedInsteadOfLoadingASecondOne()
    {
        ChildProcess.Result result = await ChildProcess.RunAsync("local-libpython");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("False", result["attached"]); // loaded but not initialized: ArrayBridge starts it
        Assert.StartsWith("1.", result["numpy"], StringComparison.Ordinal);
        Assert.Equal("1", result["libpython-files-mapped"]);
    }

    [Fact]
    public async Task AttachWithoutARunningInterpreterThrowsAndLoadsNothing()
    {
        ChildProcess.Result result = await ChildProcess.RunAsync("attach-without-python");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("InvalidOperationException: No initialized Python interpreter is loaded in this process", result["error"], StringComparison.Ordinal);
    }
}

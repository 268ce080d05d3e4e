namespace ArrayBridge.PythonNet.Tests;

/// <summary>
/// pythonnet starts the interpreter this test process shares and gives up the GIL
/// (<c>PythonEngine.BeginAllowThreads</c>), then ArrayBridge's <c>Python.Initialize</c> finds it
/// running and attaches. Every test that uses it is in <see cref="PythonNetCollection"/>, so they
/// run one after another (one of them detaches and re-attaches).
/// </summary>
public sealed class PythonNetFixture
{
    public PythonNetFixture()
    {
        PythonNetStartup.InitializePythonNet();
        PythonEngine.BeginAllowThreads();
        ABPython.Initialize();
    }
}

[CollectionDefinition(Name)]
public sealed class PythonNetCollection : ICollectionFixture<PythonNetFixture>
{
    public const string Name = "pythonnet";
}

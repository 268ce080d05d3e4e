namespace ArrayBridge.Tests;

/// <summary>
/// Starts the one interpreter this test process shares, by plain discovery (as a user would).
/// Every test that runs Python in-process is in <see cref="PythonCollection"/>, so those tests run
/// one after another and never compete for the GIL with each other.
/// </summary>
public sealed class PythonFixture
{
    public PythonFixture() => Python.Initialize();
}

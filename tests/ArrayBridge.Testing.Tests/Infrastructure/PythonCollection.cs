using ArrayBridge.Interop;

namespace ArrayBridge.Testing.Tests;

/// <summary>Tests that run the embedded CPython: one at a time, after it has started.</summary>
[CollectionDefinition(Name)]
public sealed class PythonCollection : ICollectionFixture<PythonFixture>
{
    public const string Name = "Python";
}

/// <summary>Starts the interpreter the process shares.</summary>
public sealed class PythonFixture
{
    public PythonFixture() => Python.Initialize();
}

namespace ArrayBridge.Tests;

/// <summary>The tests that share the in-process interpreter of <see cref="PythonFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PythonCollection : ICollectionFixture<PythonFixture>
{
    public const string Name = "Python";
}

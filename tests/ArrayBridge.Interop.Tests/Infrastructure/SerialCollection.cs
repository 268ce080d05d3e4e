namespace ArrayBridge.Tests;

/// <summary>
/// Tests that allocate heavily (compiling C# with Roslyn) run alone, after the parallel ones, so
/// they do not move the working-set and garbage counts that Python tests measure meanwhile.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}

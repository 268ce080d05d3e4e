namespace ArrayBridge.Docs.Tests;

/// <summary>The snippet tests run one at a time: they share the embedded interpreter and write files in one temporary directory.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DocsCollection
{
    public const string Name = "Docs";
}

using System.Text.Json.Serialization;

namespace ArrayBridge.Tests;

/// <summary>Source-generated JSON for the child-process protocol.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class TestJson : JsonSerializerContext
{
}

using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>The recorded file, parsed once.</summary>
internal static class ReductionOracleData
{
    /// <summary>The parsed file, on first use.</summary>
    public static readonly Lazy<JsonElement> Lazy = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "numpy_reductions.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.Clone();
    });

    /// <summary>The file's root object.</summary>
    public static JsonElement Root => Lazy.Value;
}

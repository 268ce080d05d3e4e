namespace ArrayBridge.Tests;

/// <summary>The largest error in units in the last place seen per dtype, for the test output.</summary>
internal sealed class UlpRecord
{
    private readonly SortedDictionary<string, double> _max = new(StringComparer.Ordinal);

    public void Add(DType dtype, double ulps)
    {
        string key = dtype.Name;
        _max[key] = Math.Max(ulps, _max.GetValueOrDefault(key));
    }

    public bool IsEmpty => _max.Count == 0;

    public override string ToString() => string.Join(", ", _max.Select(kv => $"{kv.Key}: {kv.Value:0.##} ULP"));
}

namespace ArrayBridge.Tests;

/// <summary>The table the ufunc oracle and property tests run over covers every public ufunc method.</summary>
public class UfuncCatalogTests
{
    [Fact]
    public void Every_public_ufunc_method_has_a_numpy_name()
    {
        string[] missing = UfuncCatalog.All.Keys.Where(m => !UfuncCatalog.NumPyNames.ContainsKey(m)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, $"NDArray ufunc methods without a NumPy name in UfuncCatalog.NumPyNames: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_named_ufunc_is_a_public_method_with_numpys_keywords()
    {
        string[] stale = UfuncCatalog.NumPyNames.Keys.Where(m => !UfuncCatalog.All.ContainsKey(m)).ToArray();
        Assert.True(stale.Length == 0, $"names without a public NDArray method: {string.Join(", ", stale)}");
        foreach ((string name, System.Reflection.MethodInfo m) in UfuncCatalog.All)
        {
            string[] keywords = m.GetParameters().Skip(UfuncCatalog.NIn(name)).Select(p => p.Name!).ToArray();
            Assert.True(keywords.SequenceEqual(["out", "where", "dtype", "casting", "order"]), $"NDArray.{name} keywords: {string.Join(", ", keywords)}");
            Assert.Equal(typeof(NDArray), m.ReturnType);
        }
    }
}

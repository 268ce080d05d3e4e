namespace ArrayBridge.Tests;

/// <summary>Every NumPy name in the ufunc table is a NumPy ufunc with as many inputs as the C# method.</summary>
[Collection(PythonCollection.Name)]
public sealed class UfuncCatalogNumPyTests
{
    [Fact]
    public void Every_ufunc_method_names_a_numpy_ufunc_with_its_inputs()
    {
        foreach (string method in UfuncCatalog.All.Keys)
        {
            (int nin, int nout, _) = UfuncOracle.Info(UfuncCatalog.NumPyName(method));
            Assert.True(nin == UfuncCatalog.NIn(method) && nout == 1, $"NDArray.{method}: NumPy's {UfuncCatalog.NumPyName(method)} has nin {nin}, nout {nout}");
        }
    }
}

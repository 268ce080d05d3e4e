namespace ArrayBridge.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Interop_assembly_loads() => Assert.NotNull(typeof(ArrayBridge.DType).Assembly);
}

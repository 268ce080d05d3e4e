namespace ArrayBridge.Tests;

public class DTypeTests
{
    [Theory]
    [InlineData("<f8")]
    [InlineData(">i4")]
    [InlineData("|b1")]
    [InlineData("|u1")]
    public void TypeStr_round_trips(string typestr) => Assert.Equal(typestr, DType.Parse(typestr).TypeStr);
}

namespace ArrayBridge.Tests;

/// <summary>
/// The CLR lets a <c>uint[]</c> pass as an <c>int[]</c> (and every same-size signed/unsigned pair
/// likewise); every entry point that takes a typed .NET array refuses one instead of giving its data
/// the wrong dtype.
/// </summary>
public class CovariantArrayTests
{
    public static TheoryData<string> Cases => new(Calls.Keys);

    private static readonly Dictionary<string, Action> Calls = new()
    {
        ["FromArray int[] <- uint[]"] = () => NDArray.FromArray((int[])(object)new uint[] { 1, 2 }).Dispose(),
        ["FromArray byte[] <- sbyte[]"] = () => NDArray.FromArray((byte[])(object)new sbyte[] { -1 }).Dispose(),
        ["Wrap T[] ulong[] <- long[]"] = () => NDArray.Wrap((ulong[])(object)new long[] { -1 }).Dispose(),
        ["Wrap T[] with shape short[] <- ushort[]"] = () => NDArray.Wrap((short[])(object)new ushort[] { 1, 2 }, [2]).Dispose(),
        ["Wrap T[,] uint[,] <- int[,]"] = () => NDArray.Wrap((uint[,])(object)new int[1, 2]).Dispose(),
        ["Wrap T[,,] long[,,] <- ulong[,,]"] = () => NDArray.Wrap((long[,,])(object)new ulong[1, 1, 2]).Dispose(),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_reinterpreted_array_is_refused(string call)
    {
        var e = Assert.Throws<ArgumentException>(Calls[call]);
        Assert.Contains("would get the wrong dtype", e.Message);
    }

    [Fact]
    public void Exactly_typed_arrays_are_still_accepted()
    {
        using NDArray<uint> a = NDArray.Wrap(new uint[] { 1, 2 });
        using NDArray<sbyte> b = NDArray.FromArray(new sbyte[] { -1 });
        Assert.Equal(DType.UInt32, a.DType);
        Assert.Equal(-1, b.At(0));
    }
}

namespace ArrayBridge.Tests;

/// <summary>
/// Every indexing entry point reports an index outside its axis as
/// <see cref="ArgumentOutOfRangeException"/> and a wrong number of indices as
/// <see cref="ArgumentException"/>, with NumPy's messages; none throws the runtime's
/// <see cref="IndexOutOfRangeException"/>.
/// </summary>
public unsafe class IndexErrorTests
{
    private static NDArray<int> A2() => NDArray.Arange<int>(6).Reshape(2, 3);

    private static NDArray<int> ArrayOfRank(int rank) => NDArray.Zeros<int>(Enumerable.Repeat((nint)2, rank).ToArray());

    /// <summary>Out-of-bounds accesses: entry, the action on a 2x3 (or rank-n) array, the parameter named, the message.</summary>
    public static TheoryData<string> OutOfBoundsSites => new(OutOfBounds.Keys);

    private static readonly Dictionary<string, (Action Act, string Param, string Message)> OutOfBounds = new()
    {
        ["this[i]"] = (() => _ = NDArray.Arange<int>(3)[3], "i", "index 3 is out of bounds for axis 0 with size 3"),
        ["this[i, j]"] = (() => _ = A2()[0, 3], "j", "index 3 is out of bounds for axis 1 with size 3"),
        ["this[i, j] first"] = (() => _ = A2()[2, 0], "i", "index 2 is out of bounds for axis 0 with size 2"),
        ["this[i, j, k]"] = (() => _ = ArrayOfRank(3)[0, 0, 2], "k", "index 2 is out of bounds for axis 2 with size 2"),
        ["this[i, j, k, l]"] = (() => _ = ArrayOfRank(4)[0, 0, 0, 5], "l", "index 5 is out of bounds for axis 3 with size 2"),
        ["this[span]"] = (() => _ = A2()[[0, 9]], "indices", "index 9 is out of bounds for axis 1 with size 3"),
        ["At(i)"] = (() => _ = NDArray.Arange<int>(3).At(-1), "i", "index -1 is out of bounds for axis 0 with size 3"),
        ["At(i, j)"] = (() => _ = A2().At(5, 0), "i", "index 5 is out of bounds for axis 0 with size 2"),
        ["At(i, j, k)"] = (() => _ = ArrayOfRank(3).At(0, 7, 0), "j", "index 7 is out of bounds for axis 1 with size 2"),
        ["At(span)"] = (() => _ = ArrayOfRank(5).At([0, 0, 0, 0, 2]), "indices", "index 2 is out of bounds for axis 4 with size 2"),
        ["GetPointer(i)"] = (() => NDArray.Arange<int>(3).GetPointer(3), "i", "index 3 is out of bounds for axis 0 with size 3"),
        ["GetPointer(i, j)"] = (() => A2().GetPointer(0, -4), "j", "index -4 is out of bounds for axis 1 with size 3"),
        ["GetPointer(i, j, k)"] = (() => ArrayOfRank(3).GetPointer(2, 0, 0), "i", "index 2 is out of bounds for axis 0 with size 2"),
        ["GetPointer(i, j, k, l)"] = (() => ArrayOfRank(4).GetPointer(0, 0, 2, 0), "k", "index 2 is out of bounds for axis 2 with size 2"),
        ["GetPointer(span)"] = (() => A2().GetPointer([2, 0]), "indices", "index 2 is out of bounds for axis 0 with size 2"),
        ["this[string]"] = (() => A2()["0, 5"].Dispose(), "index", "index 5 is out of bounds for axis 1 with size 3"),
        ["this[string] negative"] = (() => A2()["-3"].Dispose(), "index", "index -3 is out of bounds for axis 0 with size 2"),
        ["this[NDIndex[]]"] = (() => A2()[NDIndex.All, 3].Dispose(), "index", "index 3 is out of bounds for axis 1 with size 3"),
        ["Index(NDIndex)"] = (() => A2().Index(-3).Dispose(), "index", "index -3 is out of bounds for axis 0 with size 2"),
    };

    /// <summary>Too many or too few indices: entry, action, parameter (null when the indices are separate parameters), message start.</summary>
    public static TheoryData<string> WrongCountSites => new(WrongCount.Keys);

    private const string TooMany = "too many indices for array: array is 2-dimensional, but 3 were indexed";
    private const string TooFew = "incorrect number of indices for array: array is 2-dimensional, but 1 were indexed";

    private static readonly Dictionary<string, (Action Act, string? Param, string Message)> WrongCount = new()
    {
        ["this[i] on 2-d"] = (() => _ = A2()[0], null, TooFew),
        ["this[i, j, k] on 2-d"] = (() => _ = A2()[0, 0, 0], null, TooMany),
        ["this[i, j, k, l] on 2-d"] = (() => _ = A2()[0, 0, 0, 0], null, "too many indices for array: array is 2-dimensional, but 4 were indexed"),
        ["this[span] on 2-d"] = (() => _ = A2()[[0, 0, 0]], "indices", TooMany),
        ["At(i) on 2-d"] = (() => _ = A2().At(0), null, TooFew),
        ["At(i, j, k) on 2-d"] = (() => _ = A2().At(0, 0, 0), null, TooMany),
        ["At(span) on 2-d"] = (() => _ = A2().At([0]), "indices", TooFew),
        ["GetPointer(i) on 2-d"] = (() => A2().GetPointer(0), null, TooFew),
        ["GetPointer(i, j, k) on 2-d"] = (() => A2().GetPointer(0, 0, 0), null, TooMany),
        ["GetPointer(i, j, k, l) on 2-d"] = (() => A2().GetPointer(0, 0, 0, 0), null, "too many indices for array: array is 2-dimensional, but 4 were indexed"),
        ["GetPointer(span) on 2-d"] = (() => A2().GetPointer([0, 0, 0]), "indices", TooMany),
        ["this[string] on 2-d"] = (() => A2()["0, 0, 0"].Dispose(), "index", TooMany),
        ["this[NDIndex[]] on 2-d"] = (() => A2()[0, NDIndex.All, 1].Dispose(), "index", TooMany),
        ["this[string] on 0-d"] = (() => NDArray.Zeros<int>()["0"].Dispose(), "index", "too many indices for array: array is 0-dimensional, but 1 were indexed"),
    };

    [Theory]
    [MemberData(nameof(OutOfBoundsSites))]
    public void Every_out_of_bounds_index_throws_ArgumentOutOfRange_with_numpys_message(string site)
    {
        (Action act, string param, string message) = OutOfBounds[site];
        var e = Assert.Throws<ArgumentOutOfRangeException>(act);
        Assert.StartsWith(message, e.Message);
        Assert.Equal(param, e.ParamName);
    }

    [Theory]
    [MemberData(nameof(WrongCountSites))]
    public void Every_wrong_number_of_indices_throws_ArgumentException_with_numpys_message(string site)
    {
        (Action act, string? param, string message) = WrongCount[site];
        var e = Assert.Throws<ArgumentException>(act); // exactly ArgumentException, not a subclass
        Assert.StartsWith(message, e.Message);
        Assert.Equal(param, e.ParamName);
    }

    [Fact]
    public void Random_indices_never_throw_IndexOutOfRange()
    {
        var random = new Random(1234);
        using var a = NDArray.Zeros<int>(3, 4);
        for (int trial = 0; trial < 2000; trial++)
        {
            nint i = random.Next(-6, 7), j = random.Next(-6, 7);
            bool inside = i >= 0 && i < 3 && j >= 0 && j < 4;
            Exception? e = Record.Exception(() => _ = a[i, j]);
            Assert.True(inside ? e is null : e is ArgumentOutOfRangeException, $"[{i}, {j}]: {e?.GetType().Name}");
            Exception? v = Record.Exception(() => a[$"{i}, {j}"].Dispose());
            bool insideView = i >= -3 && i < 3 && j >= -4 && j < 4;
            Assert.True(insideView ? v is null : v is ArgumentOutOfRangeException, $"\"{i}, {j}\": {v?.GetType().Name}");
        }
    }
}

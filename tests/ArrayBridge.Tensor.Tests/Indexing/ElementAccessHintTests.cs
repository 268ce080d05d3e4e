namespace ArrayBridge.Tests;

/// <summary>
/// An element access with fewer indices than axes names the sub-array spellings that do work, and
/// those spellings really return the row (or sub-array) the indices name.
/// </summary>
public sealed class ElementAccessHintTests
{
    public static TheoryData<string> Sites => new(Cases.Keys);

    private static readonly Dictionary<string, (Func<NDArray<int>, object?> Act, int Rank, string Hint)> Cases = new()
    {
        ["this[i] on 2-d"] = (a => a[1], 2, "to take a row use a[1, ..] or a[\"1\"]"),
        ["At(i) on 2-d"] = (a => a.At(1), 2, "to take a row use a[1, ..] or a[\"1\"]"),
        ["GetPointer(i) on 2-d"] = (a => { unsafe { a.GetPointer(1); } return null; }, 2, "to take a row use a[1, ..] or a[\"1\"]"),
        ["this[i] on 3-d"] = (a => a[1], 3, "to take a row use a[1, ..] or a[\"1\"]"),
        ["this[i, j] on 3-d"] = (a => a[1, 0], 3, "to take a sub-array use a[1, 0, ..] or a[\"1, 0\"]"),
        ["At(i, j) on 3-d"] = (a => a.At(1, 0), 3, "to take a sub-array use a[1, 0, ..] or a[\"1, 0\"]"),
        ["this[i, j, k] on 4-d"] = (a => a[1, 0, 1], 4, "to take a sub-array use a[1, 0, 1, ..] or a[\"1, 0, 1\"]"),
    };

    [Theory]
    [MemberData(nameof(Sites))]
    public void Too_few_indices_name_working_row_spellings(string site)
    {
        (Func<NDArray<int>, object?> act, int rank, string hint) = Cases[site];
        using NDArray<int> flat = NDArray.Arange<int>(rank switch { 2 => 6, 3 => 12, _ => 24 });
        using NDArray<int> a = (NDArray<int>)flat.Reshape(rank switch { 2 => [2, 3], 3 => [2, 3, 2], _ => [2, 3, 2, 2] });
        var e = Assert.Throws<ArgumentException>(() => act(a));
        Assert.StartsWith($"incorrect number of indices for array: array is {rank}-dimensional", e.Message);
        Assert.Contains(hint, e.Message);
    }

    [Fact]
    public void The_hinted_spellings_return_the_row()
    {
        using NDArray<int> flat = NDArray.Arange<int>(12);
        using NDArray<int> a = (NDArray<int>)flat.Reshape(2, 3, 2);
        using NDArray byRange = a[1, ..];
        using NDArray byString = a["1"];
        using NDArray sub = a[1, 0, ..];
        using NDArray subString = a["1, 0"];
        Assert.Equal([3, 2], byRange.Shape.ToArray());
        Assert.Equal(new[] { 6, 7, 8, 9, 10, 11 }, byRange.ToArray<int>());
        Assert.Equal(byRange.ToArray<int>(), byString.ToArray<int>());
        Assert.Equal(new[] { 6, 7 }, sub.ToArray<int>());
        Assert.Equal(sub.ToArray<int>(), subString.ToArray<int>());
    }
}

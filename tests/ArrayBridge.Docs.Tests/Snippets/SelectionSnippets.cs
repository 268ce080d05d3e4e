namespace ArrayBridge.Docs.Tests;

/// <summary>docs/indexing-sorting-joining.md.</summary>
public class SelectionSnippets
{
    [Fact]
    public void AdvancedIndexing()
    {
        using NDArray<double> a = NDArray.Arange<double>(12).Reshape(3, 4);
        // <snippet:advanced-indexing>
        using NDArray<bool> mask = a > 6.5;                          // the comparison operators give NDArray<bool>
        using NDArray big = a[mask];                              // a[a > 6.5]: a 1-d copy
        using NDArray rows = a[new[] { 2, 0, 2 }];                // a[[2, 0, 2]]: shape (3, 4)
        using NDArray corners = a[new[] { 0, 2 }, new[] { 0, 3 }]; // a[[0, 2], [0, 3]]: (0,0) and (2,3)
        a.Set(0.0, mask);                                         // a[a > 6.5] = 0
        using NDArray<long> hits = NDArray.Zeros<long>(4);
        NDArray.AddAt(hits, new[] { 0, 0, 3 }, 1);                // np.add.at: hits[0] gets 2
        // </snippet>
        Assert.Equal(new[] { 7.0, 8, 9, 10, 11 }, big.ToArray<double>());
        Assert.Equal("(3, 4)", rows.Shape.ToString());
        Assert.Equal(8.0, rows.ToArray<double>()[0]);
        Assert.Equal(new[] { 0.0, 11 }, corners.ToArray<double>());
        Assert.Equal(0.0, a.At(2, 3));
        Assert.Equal(6.0, a.At(1, 2));
        Assert.Equal(new long[] { 2, 0, 0, 1 }, hits.ToArray<long>());
    }

    [Fact]
    public void Selection()
    {
        using NDArray<double> a = NDArray.FromArray(new[] { 3.0, 0.0, -1.0, 5.0 });
        // <snippet:selection>
        using NDArray taken = a.Take([3, 0]);                     // np.take(a, [3, 0])
        NDArray[] nonzero = a.Nonzero();                          // one int64 array per axis
        using NDArray<bool> positive = a > 0.0;
        using NDArray<bool> negative = a < 0.0;
        using NDArray<double> plus = NDArray.Full<double>([4], 1.0), minus = NDArray.Full<double>([4], -1.0);
        using NDArray sign = NDArray.Select([positive, negative], [plus, minus], 0.0); // np.select
        // </snippet>
        Assert.Equal(new[] { 5.0, 3.0 }, taken.ToArray<double>());
        Assert.Equal(new long[] { 0, 2, 3 }, nonzero[0].ToArray<long>());
        Assert.Equal(new[] { 1.0, 0, -1, 1 }, sign.ToArray<double>());
        foreach (NDArray n in nonzero)
        {
            n.Dispose();
        }
    }

    [Fact]
    public void Sorting()
    {
        using NDArray<double> prices = NDArray.FromArray(new[] { 3.5, double.NaN, 1.25, 3.5, -0.5 });
        // <snippet:sorting>
        using NDArray sorted = NDArray.Sort(prices);                       // NaN last, as NumPy
        using NDArray order = NDArray.ArgSort(prices, kind: SortKind.Stable);
        using NDArray lowest2 = NDArray.Partition(prices, 1);              // the two smallest first
        using NDArray at = NDArray.SearchSorted(sorted, 3.5, SearchSide.Right);
        using UniqueResult u = NDArray.Unique(prices, returnCounts: true);
        // </snippet>
        Assert.Equal(new[] { -0.5, 1.25, 3.5, 3.5, double.NaN }, sorted.ToArray<double>());
        Assert.Equal(new long[] { 4, 2, 0, 3, 1 }, order.ToArray<long>());
        Assert.Equal(new[] { -0.5, 1.25 }, lowest2.ToArray<double>()[..2].Order());
        Assert.Equal(4L, at.ToArray<long>()[0]);
        Assert.Equal(new[] { -0.5, 1.25, 3.5, double.NaN }, u.Values.ToArray<double>());
        Assert.Equal(new long[] { 1, 1, 2, 1 }, u.Counts!.ToArray<long>());
    }

    [Fact]
    public void Joining()
    {
        using NDArray<double> a = NDArray.Arange<double>(6).Reshape(2, 3);
        // <snippet:joining>
        using NDArray both = NDArray.Concatenate([a, a], axis: 1);         // shape (2, 6)
        using NDArray layers = NDArray.Stack([a, a]);                      // shape (2, 2, 3)
        NDArray[] halves = both.Split(2, axis: 1);                         // two (2, 3) views
        using NDArray padded = a.Pad(1, PadMode.Edge);                     // shape (4, 5)
        using NDArray steps = NDArray.Linspace(0.0, 1.0, num: 5);          // bit-identical to np.linspace
        using NDArray lower = NDArray.Eye(3).Tril(-1);
        // </snippet>
        Assert.Equal("(2, 6)", both.Shape.ToString());
        Assert.Equal("(2, 2, 3)", layers.Shape.ToString());
        Assert.Equal(a.ToArray<double>(), halves[1].ToArray<double>());
        Assert.Equal("(4, 5)", padded.Shape.ToString());
        Assert.Equal(new[] { 0.0, 0.25, 0.5, 0.75, 1.0 }, steps.ToArray<double>());
        Assert.Equal(0.0, lower.ToArray<double>().Sum());
        foreach (NDArray h in halves)
        {
            h.Dispose();
        }
    }
}

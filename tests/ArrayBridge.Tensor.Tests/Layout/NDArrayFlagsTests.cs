namespace ArrayBridge.Tests;

/// <summary>Contiguity, alignment and writeability, as NumPy's test_api.py checks them.</summary>
public class NDArrayFlagsTests
{
    private static void CheckContig(NDArray a, bool c, bool f)
    {
        Assert.Equal(c, a.IsCContiguous);
        Assert.Equal(f, a.IsFContiguous);
    }

    [Fact]
    public void Contiguous_flags_match_numpys_test_contiguous_flags()
    {
        // a = np.ones((4, 4, 1))[::2, :, :]; a.strides = a.strides[:2] + (-123,)
        using var ones = NDArray.Full<double>([4, 4, 1], 1.0);
        using NDArray sliced = ones["::2, :, :"];
        using NDArray a = sliced.AsStrided(sliced.Shape, [sliced.Strides[0], sliced.Strides[1], -123]);
        // b = np.ones((2, 2, 1, 2, 2)).swapaxes(3, 4)
        using var b0 = NDArray.Full<double>([2, 2, 1, 2, 2], 1.0);
        using NDArray b = b0.SwapAxes(3, 4);

        CheckContig(a, false, false);
        CheckContig(b, false, false);
        using (var e = NDArray.Empty<double>(2, 2, 0, 2, 2)) CheckContig(e, true, true);
        using (var e = NDArray.FromArray(new long[,,] { { { 1 }, { 2 } } }).Copy(ArrayOrder.F)) CheckContig(e, true, true);
        using (var e = NDArray.Empty<double>(2, 2)) CheckContig(e, true, false);
        using (var e = NDArray.Empty<double>([2, 2], ArrayOrder.F)) CheckContig(e, false, true);

        // np.array(a, copy=False) / order='C' / ndmin=4 order='F'
        using (NDArray e = a.Require(null, ArrayFlags.None)) CheckContig(e, false, false);
        using (NDArray e = a.Require(null, ArrayFlags.CContiguous)) CheckContig(e, true, false);
        using (NDArray e4 = a.ExpandDims(0))
        using (NDArray e = e4.Require(null, ArrayFlags.FContiguous)) CheckContig(e, false, true);

        using (NDArray e = a["0"]) CheckContig(e, true, true);
        using (NDArray e = a["None, ::4, ..., None"]) CheckContig(e, true, true);
        using (NDArray e = b["0, 0, ..."]) CheckContig(e, false, true);
        using (NDArray e = b[":, :, 0:0, :, :"]) CheckContig(e, true, true);

        using (NDArray e = a.Ravel()) CheckContig(e, true, true);
        using (var o = NDArray.Full<double>([1, 3, 1], 1.0))
        using (NDArray e = o.Squeeze()) CheckContig(e, true, true);
    }

    [Fact]
    public void Length_one_axes_do_not_break_contiguity_and_zero_length_axes_make_both()
    {
        using var a = NDArray.Zeros<double>(1000, 1);
        using NDArray odd = a.AsStrided([1000, 1], [8, 8]);
        CheckContig(odd, true, true);
        using NDArray skewed = a.AsStrided([500, 1, 2], [16, 999, 8]);
        CheckContig(skewed, true, false);
        using NDArray empty = a.AsStrided([3, 0], [12345, -7]);
        CheckContig(empty, true, true);
        using NDArray scalar = a["0, 0"];
        CheckContig(scalar, true, true);
    }

    [Fact]
    public unsafe void Aligned_uses_numpys_or_of_address_and_strides_rule()
    {
        using var bytes = NDArray.Zeros<byte>(64);
        using NDArray f8 = bytes.View(DType.Float64);
        Assert.True(f8.IsAligned);
        using NDArray shifted = bytes["1:9"].View(DType.Float64);
        Assert.False(shifted.IsAligned);
        // An unaligned stride only matters on axes longer than one; an empty array is aligned.
        using NDArray one = f8.AsStrided([1, 2], [3, 8]);
        Assert.True(one.IsAligned);
        using NDArray bad = f8.AsStrided([2, 2], [12, 8]);
        Assert.False(bad.IsAligned);
        using NDArray empty = f8.AsStrided([0, 2], [3, 3], byteOffset: 1);
        Assert.True(empty.IsAligned);
    }

    [Fact]
    public void Views_inherit_writeable_and_cannot_set_it_when_the_base_is_read_only()
    {
        using var a = NDArray.Arange<int>(6);
        using NDArray b = a[":"];
        b.IsWriteable = false;
        using NDArray c = b[":"];
        Assert.False(c.IsWriteable);
        // NumPy collapses view bases to the owner, so c can be made writeable again.
        Assert.Same(a, c.Base);
        c.IsWriteable = true;
        Assert.True(c.IsWriteable);

        a.IsWriteable = false;
        using NDArray d = a["1:"];
        Assert.False(d.IsWriteable);
        var e = Assert.Throws<InvalidOperationException>(() => d.IsWriteable = true);
        Assert.Contains("WRITEABLE", e.Message);
        a.IsWriteable = true;
        d.IsWriteable = true;
    }

    [Fact]
    public void Read_only_memory_can_never_become_writeable()
    {
        ReadOnlyMemory<int> memory = new[] { 1, 2, 3 };
        using var a = NDArray.Wrap(memory);
        Assert.False(a.IsWriteable);
        Assert.Throws<InvalidOperationException>(() => a.IsWriteable = true);
        Assert.Throws<InvalidOperationException>(() => a[0] = 5);
        Assert.Equal(2, a.At(1));
    }

    [Fact]
    public void Broadcast_views_are_read_only_but_writeable_can_be_restored_as_numpy_allows()
    {
        using var a = NDArray.Arange<int>(3);
        using NDArray b = a.BroadcastTo(2, 3);
        Assert.False(b.IsWriteable);
        Assert.Equal([0, 4], b.Strides.ToArray());
        b.IsWriteable = true;
        Assert.True(b.IsWriteable);
    }

    [Fact]
    public void Owndata_is_set_only_on_arrays_that_allocated_their_memory()
    {
        using var a = NDArray.Zeros<float>(3, 4);
        Assert.True(a.OwnsData);
        using NDArray v = a.Transpose();
        Assert.False(v.OwnsData);
        using NDArray c = v.Copy();
        Assert.True(c.OwnsData);
        using var w = NDArray.Wrap(new float[4]);
        Assert.False(w.OwnsData);
        Assert.Equal(ArrayFlags.CContiguous | ArrayFlags.FContiguous | ArrayFlags.Aligned | ArrayFlags.Writeable, w.Flags);
    }
}

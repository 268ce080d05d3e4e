using System.Numerics;
using System.Runtime.InteropServices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ArrayBridge.Tests;

/// <summary>
/// Every entry point that takes a shape, strides or an offset from the caller, fed extreme values
/// (near <see cref="nint.MaxValue"/> and <see cref="nint.MinValue"/>, products and sums that
/// overflow): it either refuses with an <see cref="ArgumentException"/> or builds exactly the
/// requested layout, every element of which lies inside the buffer. Whether a layout fits is
/// decided here independently, in <see cref="BigInteger"/> arithmetic, so refusing a layout that
/// fits fails as surely as accepting one that does not.
/// </summary>
public unsafe class LayoutBoundsPropertyTests
{
    private const int BufferElements = 16;
    private const int BufferBytes = BufferElements * sizeof(double);

    [Fact]
    public void An_offset_that_overflows_when_added_to_the_extent_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.Wrap(new double[4], [1], default, nint.MaxValue - 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.Wrap(new double[4], [0], default, nint.MaxValue - 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.Wrap(new double[4], [2], [nint.MaxValue - 15], 8));
        using var buffer = NDArray.Zeros<double>(8);
        void* p = (void*)buffer.DataPointer;
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.FromPointer(p, 64, 8, DType.Float64, [2], [nint.MaxValue - 15]));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.AsStrided([1], [8], nint.MaxValue - 3));
    }

    [Fact]
    public void Strides_whose_reaches_wrap_around_together_are_refused()
    {
        // Two reaches of nint.MinValue sum to exactly 2^64, which wraps to a zero extent.
        Assert.False(Layout.TryGetExtent([2, 2], [nint.MinValue, nint.MinValue], 8, out _, out _));
        Assert.False(Layout.TryGetExtent([2, 2], [nint.MaxValue, nint.MaxValue], 8, out _, out _));
        using var buffer = NDArray.Zeros<double>(8);
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.FromPointer((void*)buffer.DataPointer, 64, 0, DType.Float64, [2, 2], [nint.MinValue, nint.MinValue]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.FromPointer((void*)buffer.DataPointer, DType.Float64, [2, 2], [nint.MinValue, nint.MinValue]));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.AsStrided([3, 3, 3], [nint.MaxValue / 2, nint.MaxValue / 2, nint.MaxValue / 2]));
    }

    [Fact]
    public void A_buffer_that_runs_past_the_end_of_the_address_space_is_refused()
    {
        void* top = (void*)(nint.MaxValue - 7);
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.FromPointer((void*)-16, 32, 0, DType.Float64, [1]));
        using NDArray fits = NDArray.FromPointer(top, 8, 0, DType.Float64, [1]);
        Assert.Equal((nint)top, fits.DataPointer);
    }

    [Property(Arbitrary = [typeof(ExtremeLayouts)], MaxTest = 1500, Replay = FixedSeed.Replay)]
    public void Wrap_of_an_array_refuses_or_stays_inside(LayoutCase c)
    {
        c = c with { DType = DType.Float64 };
        var array = new double[BufferElements];
        fixed (double* pinned = array)
        {
            Expect(c, BufferBytes, () => NDArray.Wrap(array, c.Shape, c.StridesArgument, c.Offset), (nint)pinned);
        }
    }

    [Property(Arbitrary = [typeof(ExtremeLayouts)], MaxTest = 1000, Replay = FixedSeed.Replay)]
    public void Wrap_of_memory_refuses_or_stays_inside(LayoutCase c)
    {
        c = c with { DType = DType.Float64 };
        // An empty shape with no strides means "the whole memory, 1-d" for Memory<T>.
        LayoutCase effective = c.Shape.Length == 0 && c.Strides is null ? c with { Shape = [BufferElements] } : c;
        var array = new double[BufferElements];
        fixed (double* pinned = array)
        {
            Expect(effective, BufferBytes, () => NDArray.Wrap(new Memory<double>(array), c.Shape, c.StridesArgument, c.Offset), (nint)pinned);
            Expect(effective, BufferBytes, () => NDArray.Wrap(new ReadOnlyMemory<double>(array), c.Shape, c.StridesArgument, c.Offset), (nint)pinned);
        }
    }

    [Property(Arbitrary = [typeof(ExtremeLayouts)], MaxTest = 1500, Replay = FixedSeed.Replay)]
    public void FromPointer_with_a_length_refuses_or_stays_inside(LayoutCase c)
    {
        void* buffer = NativeMemory.AlignedAlloc(BufferBytes, 64);
        try
        {
            Expect(c, BufferBytes, () => NDArray.FromPointer(buffer, BufferBytes, c.Offset, c.DType, c.Shape, c.StridesArgument), (nint)buffer);
        }
        finally
        {
            NativeMemory.AlignedFree(buffer);
        }
    }

    [Property(Arbitrary = [typeof(ExtremeLayouts)], MaxTest = 1500, Replay = FixedSeed.Replay)]
    public void AsStrided_refuses_or_stays_inside(LayoutCase c)
    {
        using var owner = NDArray.Zeros<double>(BufferElements);
        using NDArray bytes = owner.View(c.DType.ItemSize == 8 ? c.DType : DType.Float64);
        Expect(c with { DType = bytes.DType }, BufferBytes, () => bytes.AsStrided(c.Shape, c.StridesOrC(bytes.ItemSize), c.Offset), owner.DataPointer);
    }

    [Property(Arbitrary = [typeof(ExtremeLayouts)], MaxTest = 1500, Replay = FixedSeed.Replay)]
    public void AsStrided_from_inside_a_buffer_refuses_or_stays_inside(LayoutCase c)
    {
        // The view starts in the middle of the buffer, so negative offsets can be valid too.
        using var owner = NDArray.Zeros<double>(BufferElements);
        using NDArray middle = owner[$"{BufferElements / 2}:"];
        Expect(c with { DType = DType.Float64 }, BufferBytes, () => middle.AsStrided(c.Shape, c.StridesOrC(8), c.Offset),
            owner.DataPointer, startOffset: BufferBytes / 2);
    }

    [Property(Arbitrary = [typeof(ExtremeLayouts)], MaxTest = 1500, Replay = FixedSeed.Replay)]
    public void View_of_any_accepted_layout_as_any_dtype_refuses_or_stays_inside(LayoutCase c, byte dtypeChoice)
    {
        void* buffer = NativeMemory.AlignedAlloc(BufferBytes, 64);
        try
        {
            NDArray a;
            try
            {
                a = NDArray.FromPointer(buffer, BufferBytes, c.Offset, c.DType, c.Shape, c.StridesArgument);
            }
            catch (ArgumentException)
            {
                return; // the layout itself is refused; the property above covers that
            }

            using (a)
            {
                DType target = DType.All[dtypeChoice % DType.All.Count];
                NDArray v;
                try
                {
                    v = a.View(target);
                }
                catch (ArgumentException)
                {
                    return;
                }

                using (v)
                {
                    AssertInside(v, (nint)buffer, BufferBytes);
                }
            }
        }
        finally
        {
            NativeMemory.AlignedFree(buffer);
        }
    }

    [Property(Arbitrary = [typeof(ExtremeLayouts)], MaxTest = 1500, Replay = FixedSeed.Replay)]
    public void FromPointer_of_unknown_extent_refuses_layouts_that_run_past_the_address_space(LayoutCase c, bool nearTop)
    {
        // Nothing is ever read: only the addresses are checked, so any pointer value will do.
        nuint address = nearTop ? nuint.MaxValue - 4095 : 4096;
        BigInteger end = BigInteger.One << (8 * IntPtr.Size);
        NDArray? a = null;
        bool fits = ReferenceLayout(c, out BigInteger low, out BigInteger high, out bool empty)
            && (empty || (address + low >= 0 && address + high <= end));
        try
        {
            a = NDArray.FromPointer((void*)address, c.DType, c.Shape, c.StridesArgument);
        }
        catch (ArgumentException) when (!fits)
        {
            return;
        }

        using (a)
        {
            Assert.True(fits, $"accepted a layout that runs past the address space: {c}");
            Assert.Equal((nint)address, a.DataPointer);
            Assert.Equal(c.Shape, a.Shape.ToArray());
        }
    }

    [Property(Arbitrary = [typeof(ExtremeLayouts)], MaxTest = 1000, Replay = FixedSeed.Replay)]
    public void Basic_indexing_with_extreme_integers_and_slices_refuses_or_stays_inside(IndexCase c)
    {
        using var owner = NDArray.Zeros<double>(BufferElements);
        using NDArray base2d = owner.Reshape(4, 4);
        using NDArray source = c.Transposed ? base2d.Transpose() : base2d;
        NDArray view;
        try
        {
            view = source.Index(c.Items);
        }
        catch (ArgumentOutOfRangeException)
        {
            Assert.Contains(c.Items, i => i.Kind == NDIndexKind.Integer);
            return;
        }

        using (view)
        {
            AssertInside(view, owner.DataPointer, BufferBytes);
        }
    }

    [Property(Arbitrary = [typeof(ExtremeLayouts)], MaxTest = 1000, Replay = FixedSeed.Replay)]
    public void BroadcastTo_any_shape_refuses_or_stays_inside(LayoutCase c)
    {
        using var owner = NDArray.Zeros<double>(BufferElements);
        using NDArray column = owner.Reshape(4, 1, 4)[":, :, 0"];
        NDArray b;
        try
        {
            b = column.BroadcastTo(c.Shape);
        }
        catch (ArgumentException)
        {
            return; // refused: not a broadcast of (4, 1), or no such array can exist
        }

        using (b)
        {
            Assert.Equal(c.Shape, b.Shape.ToArray());
            AssertInside(b, owner.DataPointer, BufferBytes);
        }
    }

    [Fact]
    public void The_generator_produces_both_accepted_and_refused_layouts()
    {
        LayoutCase[] sample = ExtremeLayouts.Cases.Sample(2000, FixedSeed.Rnd, 50);
        int accepted = sample.Count(c => ReferenceFits(c, BufferBytes, 0));
        int overflowing = sample.Count(c => c.Offset > nint.MaxValue / 2 || c.Offset < nint.MinValue / 2
            || (c.Strides ?? []).Any(s => s > nint.MaxValue / 4 || s < nint.MinValue / 4));
        Assert.True(accepted > 200, $"only {accepted} of 2000 generated layouts fit the buffer");
        Assert.True(2000 - accepted > 200, $"only {2000 - accepted} of 2000 generated layouts do not fit");
        Assert.True(overflowing > 200, $"only {overflowing} of 2000 generated layouts have extreme offsets or strides");
    }

    /// <summary>
    /// Runs <paramref name="make"/> and checks the outcome against the reference: refused with an
    /// ArgumentException exactly when the layout does not fit, otherwise the very layout asked for,
    /// inside the buffer.
    /// </summary>
    private static void Expect(LayoutCase c, nint bufferBytes, Func<NDArray> make, nint bufferStart, nint startOffset = 0)
    {
        bool fits = ReferenceFits(c, bufferBytes, startOffset);
        NDArray a;
        try
        {
            a = make();
        }
        catch (ArgumentException e)
        {
            Assert.False(fits, $"refused a layout that fits: {c}: {e.Message}");
            return;
        }

        using (a)
        {
            Assert.True(fits, $"accepted a layout that does not fit: {c}");
            Assert.Equal(c.Shape, a.Shape.ToArray());
            Assert.Equal(c.StridesOrC(c.DType.ItemSize), a.Strides.ToArray());
            Assert.Equal((BigInteger)bufferStart + startOffset + c.Offset, (BigInteger)a.DataPointer);
            AssertInside(a, bufferStart, bufferBytes);
        }
    }

    /// <summary>Every element's address, from the array's own data pointer, shape and strides, lies in the buffer.</summary>
    private static void AssertInside(NDArray a, nint bufferStart, nint bufferBytes)
    {
        BigInteger offset = (BigInteger)a.DataPointer - bufferStart;
        Assert.InRange(offset, BigInteger.Zero, (BigInteger)bufferBytes);
        if (a.Size == 0)
        {
            return;
        }

        BigInteger low = offset, high = offset + a.ItemSize;
        for (int i = 0; i < a.NDim; i++)
        {
            BigInteger reach = (BigInteger)(a.Shape[i] - 1) * a.Strides[i];
            if (reach < 0)
            {
                low += reach;
            }
            else
            {
                high += reach;
            }
        }

        Assert.True(low >= 0 && high <= bufferBytes, $"shape {Layout.Format(a.Shape)} strides {Layout.Format(a.Strides)} reaches [{low}, {high}) of a {bufferBytes}-byte buffer");
        if (a.Size <= 256)
        {
            foreach (nint[] index in Indices(a.Shape.ToArray()))
            {
                nint p = (nint)a.GetPointer(index);
                Assert.True(p >= bufferStart && p + a.ItemSize <= bufferStart + bufferBytes);
            }
        }
    }

    private static IEnumerable<nint[]> Indices(nint[] shape)
    {
        var index = new nint[shape.Length];
        while (true)
        {
            yield return (nint[])index.Clone();
            int k = shape.Length - 1;
            while (true)
            {
                if (k < 0)
                {
                    yield break;
                }

                if (++index[k] < shape[k])
                {
                    break;
                }

                index[k] = 0;
                k--;
            }
        }
    }

    /// <summary>Whether the case's layout at its offset (plus <paramref name="startOffset"/>) fits the buffer, decided without the library.</summary>
    private static bool ReferenceFits(LayoutCase c, nint bufferBytes, nint startOffset)
    {
        if (!ReferenceLayout(c, out BigInteger low, out BigInteger high, out bool empty))
        {
            return false;
        }

        BigInteger offset = (BigInteger)startOffset + c.Offset;
        if (offset < 0 || offset > bufferBytes)
        {
            return false;
        }

        return empty || (offset + low >= 0 && offset + high <= bufferBytes);
    }

    /// <summary>
    /// The reference rules for a layout on its own: at most 64 axes, no negative length, a byte
    /// size that fits in nint, one stride per axis, and its byte range <c>[low, high)</c>.
    /// </summary>
    private static bool ReferenceLayout(LayoutCase c, out BigInteger low, out BigInteger high, out bool empty)
    {
        low = high = 0;
        empty = c.Shape.Contains(0);
        if (c.Shape.Length > 64 || c.Shape.Any(n => n < 0))
        {
            return false;
        }

        BigInteger bytes = c.DType.ItemSize;
        foreach (nint n in c.Shape.Where(n => n != 0))
        {
            bytes *= n;
        }

        if (bytes > nint.MaxValue)
        {
            return false;
        }

        nint[] strides = c.StridesOrC(c.DType.ItemSize);
        if (strides.Length != c.Shape.Length)
        {
            return false;
        }

        if (empty)
        {
            return true;
        }

        high = c.DType.ItemSize;
        for (int i = 0; i < strides.Length; i++)
        {
            BigInteger reach = (BigInteger)(c.Shape[i] - 1) * strides[i];
            if (reach < 0)
            {
                low += reach;
            }
            else
            {
                high += reach;
            }
        }

        // An extent whose ends do not fit in nint reaches past the address space.
        return low >= nint.MinValue && high <= nint.MaxValue;
    }
}

using System.Numerics;

namespace ArrayBridge.Tests;

public class NDArrayCreationTests
{
    [Fact]
    public void New_arrays_are_64_byte_aligned_and_have_numpys_strides()
    {
        using var a = NDArray.Empty<double>(3, 4, 5);
        Assert.Equal(0, a.DataPointer % 64);
        Assert.Equal([160, 40, 8], a.Strides.ToArray());
        using var f = NDArray.Zeros<float>([3, 4, 5], ArrayOrder.F);
        Assert.Equal([4, 12, 48], f.Strides.ToArray());
        using var empty = NDArray.Empty<double>(0, 3);
        Assert.Equal([0, 0], empty.Strides.ToArray());
        Assert.Equal(ArrayFlags.CContiguous | ArrayFlags.FContiguous | ArrayFlags.OwnData | ArrayFlags.Aligned | ArrayFlags.Writeable, empty.Flags);
    }

    [Fact]
    public void Zeros_full_and_arange_fill_as_numpy_does()
    {
        using var z = NDArray.Zeros<int>(2, 3);
        Assert.All(z.ToArray<int>(), v => Assert.Equal(0, v));
        using var f = NDArray.Full<Complex64>([2, 2], new Complex64(1, -2));
        Assert.All(f.ToArray<Complex64>(), v => Assert.Equal(new Complex64(1, -2), v));
        using var r = NDArray.Arange(1.0, 2.0, 0.25);
        Assert.Equal(new[] { 1.0, 1.25, 1.5, 1.75 }, r.ToArray<double>());
        using var down = NDArray.Arange(10, 0, -3);
        Assert.Equal(new[] { 10, 7, 4, 1 }, down.ToArray<int>());
        using var none = NDArray.Arange(5, 5, 1);
        Assert.Equal(0, none.Size);
        Assert.Throws<ArgumentException>(() => NDArray.Arange(0, 5, 0));
    }

    [Fact]
    public void Wrapping_a_managed_array_shares_its_memory()
    {
        var data = new double[] { 1, 2, 3, 4, 5, 6 };
        using var a = NDArray.Wrap(data, [2, 3]);
        a[1, 2] = 60;
        Assert.Equal(60, data[5]);
        data[0] = 10;
        Assert.Equal(10, a.At(0, 0));
        var grid = new int[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        using var g = NDArray.Wrap(grid);
        Assert.Equal([2, 3], g.Shape.ToArray());
        g[1, 0] = 40;
        Assert.Equal(40, grid[1, 0]);
        var cube = new short[2, 3, 4];
        using var c = NDArray.Wrap(cube);
        c[1, 2, 3] = 7;
        Assert.Equal(7, cube[1, 2, 3]);
    }

    [Fact]
    public void Wrapping_with_strides_is_checked_against_the_buffer()
    {
        var data = new float[10];
        using var every2 = NDArray.Wrap(data, [5], [8]);
        Assert.Equal(5, every2.Size);
        using var backwards = NDArray.Wrap(data, [10], [-4], byteOffset: 36);
        backwards[0] = 9;
        Assert.Equal(9, data[9]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.Wrap(data, [6], [8]));
        Assert.Contains("outside the buffer of 40 bytes", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.Wrap(data, [10], [-4]));
        Assert.Throws<ArgumentException>(() => NDArray.Wrap(data, [2, 5], [4]));
    }

    [Fact]
    public void Memory_of_t_is_wrapped_without_copying_including_slices()
    {
        var data = Enumerable.Range(0, 12).Select(i => (long)i).ToArray();
        Memory<long> slice = data.AsMemory(2, 6);
        using var a = NDArray.Wrap(slice, [2, 3]);
        Assert.Equal(2, a.At(0, 0));
        a[1, 2] = -1;
        Assert.Equal(-1, data[7]);
    }

    [Fact]
    public unsafe void FromPointer_wraps_native_memory_and_releases_its_owner_exactly_once()
    {
        var owner = new CountingOwner(16 * sizeof(int));
        NDArray a = NDArray.FromPointer((void*)owner.Pointer, 16 * sizeof(int), 0, DType.Int32, [4, 4], default, writeable: true, owner);
        NDArray view = a["::2, 1:"];
        a.Dispose();
        Assert.Equal(0, owner.Releases);
        view.Dispose();
        Assert.Equal(1, owner.Releases);
        view.Dispose();
        a.Dispose();
        Assert.Equal(1, owner.Releases);
    }

    [Fact]
    public unsafe void FromPointer_refuses_layouts_outside_a_known_buffer_and_releases_nothing_twice()
    {
        var owner = new CountingOwner(64);
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.FromPointer((void*)owner.Pointer, 64, 8, DType.Float64, [8]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.FromPointer((void*)owner.Pointer, 64, 0, DType.Float64, [2], [-8]));
        Assert.Throws<ArgumentException>(() => NDArray.FromPointer(null, DType.Float64, [2]));
        using NDArray empty = NDArray.FromPointer(null, DType.Float64, [0, 3]);
        Assert.Equal(0, empty.Size);
        owner.Dispose();
    }

    [Fact]
    public void Bad_shapes_throw_specific_exceptions()
    {
        Assert.Contains("negative dimensions", Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.Zeros<double>(2, -1)).Message);
        Assert.Contains("too big", Assert.Throws<OverflowException>(() => NDArray.Empty<double>(nint.MaxValue / 4, 3)).Message);
        Assert.Throws<OverflowException>(() => NDArray.Empty<byte>(nint.MaxValue, 2));
        Assert.Throws<ArgumentException>(() => NDArray.Zeros<byte>(new nint[65]));
        using var zeroWithHuge = NDArray.Empty<byte>(0, nint.MaxValue);
        Assert.Equal(0, zeroWithHuge.Size);
    }

    [Fact]
    public void FromArray_copies_any_rank_in_c_order()
    {
        var grid = new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } };
        using var a = NDArray.FromArray(grid);
        grid[0, 0] = 100;
        Assert.Equal(1, a.At(0, 0));
        Assert.Equal(new double[] { 1, 2, 3, 4, 5, 6 }, a.ToArray<double>());
        Assert.Throws<ArgumentException>(() => NDArray.FromArray<float>((Array)grid));
    }
}

namespace ArrayBridge.Tests;

/// <summary>
/// The 64-dimension limit (NumPy 2's <c>NPY_MAXDIMS</c>) holds at every path that creates an
/// array, with NumPy 2's messages, and arrays at the limit work through every operation (no stack
/// use grows with the rank).
/// </summary>
public unsafe class RankLimitTests
{
    private static readonly double[] Buffer = new double[8];

    private static nint[] Ones(int rank) => Enumerable.Repeat((nint)1, rank).ToArray();

    private static nint[] Eights(int rank) => Enumerable.Repeat((nint)8, rank).ToArray();

    /// <summary>Every public path that takes a shape (or adds axes), by name, given the rank to ask for.</summary>
    private static readonly Dictionary<string, Func<int, NDArray>> ShapePaths = new()
    {
        ["NDArray.Empty(DType, shape)"] = r => NDArray.Empty(DType.Float64, Ones(r)),
        ["NDArray.Zeros(DType, shape, F)"] = r => NDArray.Zeros(DType.Float64, Ones(r), ArrayOrder.F),
        ["NDArray.Empty<T>(shape)"] = r => NDArray.Empty<double>(Ones(r)),
        ["NDArray.Empty<T>(shape, order)"] = r => NDArray.Empty<double>(Ones(r), ArrayOrder.C),
        ["NDArray.Zeros<T>(shape)"] = r => NDArray.Zeros<int>(Ones(r)),
        ["NDArray.Zeros<T>(shape, order)"] = r => NDArray.Zeros<int>(Ones(r), ArrayOrder.F),
        ["NDArray.Full<T>(shape, value)"] = r => NDArray.Full<float>(Ones(r), 1f),
        ["NDArray.Wrap<T>(T[], shape)"] = r => NDArray.Wrap(Buffer, Ones(r)),
        ["NDArray.Wrap<T>(T[], shape, strides, offset)"] = r => NDArray.Wrap(Buffer, Ones(r), Eights(r), 8),
        ["NDArray.Wrap<T>(Memory<T>, shape, strides)"] = r => NDArray.Wrap(new Memory<double>(Buffer), Ones(r), Eights(r)),
        ["NDArray.Wrap<T>(ReadOnlyMemory<T>, shape)"] = r => NDArray.Wrap(new ReadOnlyMemory<double>(Buffer), Ones(r)),
        ["NDArray.FromPointer(data, dtype, shape)"] = r => FromPointer(r, known: false),
        ["NDArray.FromPointer(buffer, length, offset, dtype, shape, strides)"] = r => FromPointer(r, known: true),
        ["Reshape(shape)"] = r => WithArray(a => ((NDArray)a).Reshape(Ones(r))),
        ["Reshape(shape, F)"] = r => WithArray(a => ((NDArray)a).Reshape(Ones(r), ArrayOrder.F)),
        ["Reshape(shape with -1)"] = r => WithArray(a => ((NDArray)a).Reshape([-1, .. Ones(r - 1)])),
        ["NDArray<T>.Reshape(shape)"] = r => WithArray(a => a.Reshape(Ones(r))),
        ["BroadcastTo(shape)"] = r => WithArray(a => ((NDArray)a).BroadcastTo(Ones(r))),
        ["NDArray<T>.BroadcastTo(shape)"] = r => WithArray(a => a.BroadcastTo(Ones(r))),
        ["AsStrided(shape, strides)"] = r => WithArray(a => ((NDArray)a).AsStrided(Ones(r), Eights(r))),
        ["NDArray<T>.AsStrided(shape, strides)"] = r => WithArray(a => a.AsStrided(Ones(r), Eights(r))),
    };

    /// <summary>Basic indexing that adds axes with None: NumPy raises IndexError here (mapping.c).</summary>
    private static readonly Dictionary<string, Func<int, NDArray>> IndexPaths = new()
    {
        ["Index(NewAxis x rank) of a 0-d array"] = r => WithScalar(a => ((NDArray)a).Index(Enumerable.Repeat(NDIndex.NewAxis, r).ToArray())),
        ["this[NDIndex[]] of a 1-d array"] = r => WithArray(a => a[[.. Enumerable.Repeat(NDIndex.NewAxis, r - 1), NDIndex.Ellipsis]]),
        ["this[string] of a 0-d array"] = r => WithScalar(a => a[string.Join(", ", Enumerable.Repeat("None", r))]),
        ["this[string] with an integer dropping an axis"] = r => WithArray(a => a[string.Join(", ", Enumerable.Repeat("None", r)) + ", 0"]),
    };

    public static TheoryData<string, int> ShapeCases => Cross(ShapePaths.Keys);

    public static TheoryData<string, int> IndexCases => Cross(IndexPaths.Keys);

    public static TheoryData<string> ShapePathNames => new(ShapePaths.Keys);

    public static TheoryData<string> IndexPathNames => new(IndexPaths.Keys);

    private static TheoryData<string, int> Cross(IEnumerable<string> names)
    {
        var data = new TheoryData<string, int>();
        foreach (string name in names)
        {
            foreach (int rank in new[] { 65, 66, 200, 100_000 })
            {
                data.Add(name, rank);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShapeCases))]
    public void Every_path_that_takes_a_shape_refuses_more_than_64_axes(string path, int rank)
    {
        var e = Assert.Throws<ArgumentException>(() => ShapePaths[path](rank).Dispose());
        Assert.StartsWith($"maximum supported dimension for an ndarray is currently 64, found {rank}", e.Message);
        Assert.Equal("shape", e.ParamName);
    }

    [Theory]
    [MemberData(nameof(IndexCases))]
    public void Indexing_that_would_make_more_than_64_axes_throws_ArgumentException(string path, int rank)
    {
        var e = Assert.Throws<ArgumentException>(() => IndexPaths[path](rank).Dispose());
        Assert.StartsWith($"number of dimensions must be within [0, 64], indexing result would have {rank}", e.Message);
    }

    [Theory]
    [MemberData(nameof(ShapePathNames))]
    public void Every_path_that_takes_a_shape_accepts_exactly_64_axes(string path)
    {
        using NDArray a = ShapePaths[path](64);
        Assert.Equal(64, a.NDim);
    }

    [Theory]
    [MemberData(nameof(IndexPathNames))]
    public void Indexing_may_make_exactly_64_axes(string path)
    {
        using NDArray a = IndexPaths[path](64);
        Assert.Equal(64, a.NDim);
    }

    [Fact]
    public void ExpandDims_of_a_64_d_array_refuses_with_numpys_message()
    {
        using var a = NDArray.Zeros<double>(Ones(64));
        foreach (int axis in new[] { 0, 64, -1, -65 })
        {
            var e = Assert.Throws<ArgumentException>(() => a.ExpandDims(axis));
            Assert.StartsWith("maximum supported dimension for an ndarray is currently 64, found 65", e.Message);
        }

        using NDArray<double> b = NDArray.Zeros<double>(Ones(63)).ExpandDims(63);
        Assert.Equal(64, b.NDim);
    }

    [Fact]
    public void Rank_preserving_operations_on_64_d_arrays_cannot_go_past_the_limit()
    {
        using var a = NDArray.Zeros<double>(Ones(64));
        int[] tooMany = Enumerable.Range(0, 65).ToArray();
        Assert.Contains("axes don't match array", Assert.Throws<ArgumentException>(() => a.Transpose(tooMany)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => a.Squeeze(Enumerable.Range(0, 65).ToArray()));
        using NDArray t = a.Transpose(Enumerable.Range(0, 64).Reverse().ToArray());
        using NDArray s = a.SwapAxes(0, 63);
        using NDArray v = a.View(DType.Int64);
        using NDArray r = a.Require(DType.Float32, ArrayFlags.FContiguous | ArrayFlags.ForceCast);
        Assert.All(new[] { t, s, v, r }, x => Assert.Equal(64, x.NDim));
    }

    [Fact]
    public void The_constructor_itself_refuses_more_than_64_axes()
    {
        // Internal paths build arrays through NDArray.Create; the bound the kernels' fixed stack
        // buffers rely on holds there too.
        using var owner = NDArray.Zeros<double>(1);
        var e = Assert.Throws<ArgumentException>(() => NDArray.Create(owner.Memory, owner.Data, Ones(65), new nint[65], DType.Float64, ArrayFlags.None, owner));
        Assert.StartsWith("number of dimensions must be within [0, 64], got 65", e.Message);
    }

    /// <summary>The shape of the 64-d test arrays: six axes of length 2 among 58 of length 1, 64 elements.</summary>
    private static nint[] Shape64()
    {
        nint[] shape = Ones(64);
        foreach (int axis in new[] { 0, 7, 20, 41, 62, 63 })
        {
            shape[axis] = 2;
        }

        return shape;
    }

    /// <summary>The C-order position of every element of <paramref name="shape"/>, listed in F order.</summary>
    private static double[] FOrderOfCPositions(nint[] shape)
    {
        var result = new List<double>();
        var index = new nint[shape.Length];
        for (int n = 0; n < 64; n++)
        {
            nint c = 0;
            for (int i = 0; i < shape.Length; i++)
            {
                c = c * shape[i] + index[i];
            }

            result.Add(c);
            for (int k = 0; k < shape.Length && ++index[k] == shape[k]; k++)
            {
                index[k] = 0;
            }
        }

        return [.. result];
    }

    [Fact]
    public void A_64_d_array_reshapes_copies_ravels_and_prints()
    {
        nint[] shape = Shape64();
        double[] c = Enumerable.Range(0, 64).Select(i => (double)i).ToArray();
        double[] f = FOrderOfCPositions(shape);
        using var range = NDArray.Arange<double>(64);
        using NDArray<double> a = range.Reshape(shape);
        using NDArray<double> t = a.Transpose(); // F-contiguous: C-order operations must copy
        using NDArray<double> flipped = a[string.Join(", ", shape.Select(n => n == 2 ? "::-1" : ":"))]; // neither C nor F

        Assert.Equal(64, a.NDim);
        using (NDArray<double> flat = a.Reshape(-1))
        {
            Assert.Equal(c, flat.ToArray<double>());
        }

        using (NDArray<double> flat = t.Reshape(-1))
        {
            Assert.Equal(f, flat.ToArray<double>());
        }

        using (NDArray<double> flat = flipped.Reshape(-1))
        {
            Assert.Equal(c.Reverse(), flat.ToArray<double>());
        }

        foreach (ArrayOrder order in new[] { ArrayOrder.C, ArrayOrder.F, ArrayOrder.A, ArrayOrder.K })
        {
            foreach (NDArray<double> x in new[] { a, t, flipped })
            {
                using NDArray<double> copy = x.Copy(order);
                Assert.Equal(x.ToArray<double>(), copy.ToArray<double>());
                using NDArray<double> ravel = x.Ravel(order);
                using NDArray<double> flatten = x.Flatten(order);
                Assert.Equal(flatten.ToArray<double>(), ravel.ToArray<double>());
                Assert.Equal(64, ravel.Size);
            }
        }

        using (NDArray<double> ravelF = a.Ravel(ArrayOrder.F))
        {
            Assert.Equal(f, ravelF.ToArray<double>());
        }

        using (NDArray<float> single = flipped.AsType<float>())
        {
            Assert.Equal(c.Reverse().Select(x => (float)x), single.ToArray<float>());
        }

        using (NDArray<double> squeezed = flipped.Squeeze())
        {
            Assert.Equal(6, squeezed.NDim);
            Assert.Equal(c.Reverse(), squeezed.ToArray<double>());
        }

        string text = a.ToString();
        Assert.StartsWith("array(" + new string('[', 64) + " 0.,\n", text); // padded to the width of "63."
        Assert.EndsWith("63." + new string(']', 64) + ")", text);
        Assert.Equal(64, text.Count(ch => ch == '.'));
    }

    [Fact]
    public void A_64_d_scalar_like_array_prints_as_numpy_does()
    {
        // NumPy 1.24 prints np.zeros((1,) * 32) as array([[...[0.]...]]) on one line; at 64 axes
        // the same rule gives 64 brackets on each side.
        using var a32 = NDArray.Zeros<double>(Ones(32));
        Assert.Equal("array([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[0.]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]])", a32.ToString());
        using var a64 = NDArray.Zeros<double>(Ones(64));
        Assert.Equal("array(" + new string('[', 64) + "0." + new string(']', 64) + ")", a64.ToString());
    }

    private static NDArray FromPointer(int rank, bool known)
    {
        fixed (double* p = Buffer)
        {
            return known
                ? NDArray.FromPointer(p, 64, 0, DType.Float64, Ones(rank), Eights(rank))
                : NDArray.FromPointer(p, DType.Float64, Ones(rank));
        }
    }

    private static NDArray WithArray(Func<NDArray<double>, NDArray> f)
    {
        using var a = NDArray.Zeros<double>(1);
        return f(a);
    }

    private static NDArray WithScalar(Func<NDArray<double>, NDArray> f)
    {
        using var a = NDArray.Zeros<double>();
        return f(a);
    }
}

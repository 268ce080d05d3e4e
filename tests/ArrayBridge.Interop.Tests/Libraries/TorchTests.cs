using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// PyTorch (Debian's 1.13, CPU) on ArrayBridge memory through DLPack and back, checked against the
/// same computation in NumPy.
/// </summary>
[Collection(PythonCollection.Name)]
public class TorchTests
{
    /// <summary>The dtypes PyTorch 1.13 has (no uint16/32/64; bool is not exchanged through its DLPack).</summary>
    private static readonly string[] TorchDTypeNames = ["|u1", "|i1", "<i2", "<i4", "<i8", "<f2", "<f4", "<f8", "<c8", "<c16"];

    /// <summary>Layouts by name: C order, F order, a stepped slice, a transposed slice, stride 0, 0-d, empty.</summary>
    private static readonly string[] PositiveLayouts = ["C", "F", "sliced", "transposed", "broadcast", "0-d", "empty"];

    public static TheoryData<string> TorchDTypes => new(TorchDTypeNames);

    static TorchTests()
    {
        Python.Initialize();
    }

    private static NDArray Make(string typestr, string layout)
    {
        DType dtype = DType.Parse(typestr);
        using NDArray values = NDArray.Arange<double>(60).Reshape(5, 12);
        NDArray Cast(NDArray a, ArrayOrder order)
        {
            NDArray result = NDArray.Zeros(dtype, a.Shape, order);
            a.CopyTo(result, Casting.Unsafe);
            return result;
        }

        NDArray c = Cast(values, ArrayOrder.C);
        switch (layout)
        {
            case "C":
                return c;
            case "F":
                c.Dispose();
                return Cast(values, ArrayOrder.F);
            case "0-d":
                c.Dispose();
                return Cast(values["2, 3"], ArrayOrder.C);
            case "empty":
                c.Dispose();
                return NDArray.Zeros(dtype, [0, 4]);
        }

        using (c)
        {
            return layout switch
            {
                "sliced" => c["1:, ::3"],
                "transposed" => c["::2, 1::2"].Transpose(),
                "broadcast" => c["1:2, :"].BroadcastTo(3, 12), // read-only: exported through a copy below
                "reversed" => c["::-1, 2:"],
                _ => throw new ArgumentException(layout),
            };
        }
    }

    public static IEnumerable<object[]> DTypesAndLayouts() =>
        from string dtype in TorchDTypeNames
        from string layout in PositiveLayouts
        select new object[] { dtype, layout };

    [Theory]
    [MemberData(nameof(DTypesAndLayouts))]
    public void Torch_from_dlpack_shares_memory_and_computes_what_numpy_computes(string typestr, string layout)
    {
        using NDArray a = Make(typestr, layout);
        using var scope = new PyScope(("x", PythonArrays.Export(a)));
        if (!a.IsWriteable)
        {
            // Unversioned DLPack (all PyTorch 1.13 asks for) cannot say "read-only", so the export is refused;
            // NumPy reads the broadcast layout in place.
            PythonException? e = scope.Raises("import torch; torch.from_dlpack(x)");
            Assert.Equal("BufferError", e?.PythonTypeName);
            Assert.Contains("readonly", e!.PythonMessage);
            Assert.Equal(a.DataPointer, scope.Eval<long>("np.asarray(x).ctypes.data"));
            Assert.Equal(0, scope.Eval<long>("np.asarray(x).strides[0]"));
            return;
        }

        scope.Exec("""
            import torch
            t = torch.from_dlpack(x)
            n = np.asarray(x)
            wide = torch.complex128 if t.is_complex() else torch.float64
            same_values = np.array_equal(t.numpy(), n)
            same_shape = tuple(t.shape) == n.shape
            torch_sum = complex(t.to(wide).sum().item())
            numpy_sum = complex(n.astype(np.complex128 if t.is_complex() else np.float64).sum())
            torch_ptr = t.data_ptr()
            """);
        Assert.True(scope.Eval<bool>("same_values and same_shape"), $"{typestr} {layout}");
        Assert.True(scope.Eval<bool>("abs(torch_sum - numpy_sum) <= 1e-9 * max(1.0, abs(numpy_sum))"), $"{typestr} {layout}");
        if (a.Size > 0)
        {
            Assert.Equal(a.DataPointer, scope.Eval<long>("torch_ptr"));
            scope.Exec("t[(0,) * t.dim()] = 7");
            using NDArray wide = a.AsType(DType.Complex128);
            Assert.Equal(7.0, wide.ToArray<System.Numerics.Complex>()[0].Real);
        }
    }

    [Theory]
    [MemberData(nameof(TorchDTypes))]
    public void Negative_strides_are_refused_cleanly_and_a_positive_stride_copy_goes_through(string typestr)
    {
        using NDArray a = Make(typestr, "reversed");
        using var scope = new PyScope(("x", PythonArrays.Export(a)));
        PythonException? e = scope.Raises("import torch; torch.from_dlpack(x)");
        Assert.Equal("BufferError", e?.PythonTypeName);
        Assert.Contains("negative strides", e!.PythonMessage);
        using NDArray copy = a.Copy();
        scope["c"] = PythonArrays.ToDLPack(copy);
        Assert.True(scope.Eval<bool>("np.array_equal(torch.utils.dlpack.from_dlpack(c).numpy(), np.asarray(x))"));
        // The buffer protocol has no such limit: NumPy reads the reversed layout in place.
        Assert.Equal(a.DataPointer, scope.Eval<long>("np.asarray(x).ctypes.data"));
    }

    [Theory]
    [InlineData("<u2", "kUInt bits 16")]
    [InlineData("<u4", "kUInt bits 32")]
    [InlineData("<u8", "kUInt bits 64")]
    [InlineData("|b1", "code 6")]
    public void Types_torch_lacks_are_refused_by_torch_and_the_tensor_is_still_deleted(string typestr, string message)
    {
        using NDArray a = NDArray.Zeros(DType.Parse(typestr), [3]);
        using var scope = new PyScope(("x", PythonArrays.Export(a)));
        TestGarbage.Settle();
        long exported = DLPackExporter.ExportedCount, deleted = DLPackExporter.DeletedCount;
        PythonException? e = scope.Raises("import torch; torch.from_dlpack(x)");
        Assert.NotNull(e);
        Assert.Contains(message, e.PythonMessage);
        ExportedArrayProtocolsTests.Collect();
        Assert.Equal(DLPackExporter.ExportedCount - exported, DLPackExporter.DeletedCount - deleted);
    }

    [Fact]
    public void Torch_as_tensor_shares_memory_through_numpy_and_through_dlpack_where_torch_supports_it()
    {
        using NDArray a = NDArray.Arange<float>(12).Reshape(3, 4);
        using var scope = new PyScope(("x", PythonArrays.Export(a)));
        scope.Exec("import torch");
        Assert.Equal(a.DataPointer, scope.Eval<long>("torch.as_tensor(np.asarray(x)).data_ptr()"));
        try
        {
            // PyTorch 2.1+ reads __dlpack__ in as_tensor; 1.13 only knows tensors, NumPy arrays and sequences.
            Assert.Equal(a.DataPointer, scope.Eval<long>("torch.as_tensor(x).data_ptr()"));
        }
        catch (PythonException e)
        {
            Assert.Equal("RuntimeError", e.PythonTypeName);
            Assert.Contains("infer dtype", e.PythonMessage);
        }
    }

    public static IEnumerable<object[]> TensorExpressions() =>
        new[]
        {
            "torch.arange(12).to(torch.{0}).reshape(3, 4)",
            "torch.arange(24).to(torch.{0}).reshape(4, 6).t()[::2]",
            "torch.arange(4).to(torch.{0}).expand(3, 4)",
            "torch.arange(40).to(torch.{0}).reshape(2, 4, 5)[:, 1:, ::2].permute(2, 0, 1)",
            "torch.tensor(5, dtype=torch.{0})",
            "torch.zeros((0, 3), dtype=torch.{0})",
        }.SelectMany(e => new[] { "uint8", "int8", "int16", "int32", "int64", "float16", "float32", "float64", "complex64", "complex128" }.Select(d => new object[] { e, d }));

    [Theory]
    [MemberData(nameof(TensorExpressions))]
    public void Torch_tensors_import_through_dlpack_in_place_matching_their_numpy_view(string expression, string dtype)
    {
        using var scope = new PyScope();
        scope.Exec($"import torch\nt = {string.Format(System.Globalization.CultureInfo.InvariantCulture, expression, dtype)}");
        using PyObject t = scope.Get("t");
        TestGarbage.Settle();
        long deleted = DLPackTensorOwner.DeletedCount;
        using (NDArray v = PythonArrays.Import(t, out ArrayProtocol protocol))
        {
            Assert.Equal(ArrayProtocol.DLPack, protocol);
            using PyObject n = scope.Eval("t.numpy()");
            using NDArray expected = NumPy.FromNumPy(n);
            Assert.Equal(expected.DType, v.DType);
            Assert.Equal(expected.Shape.ToArray(), v.Shape.ToArray());
            Assert.True(v.Size == 0 || expected.DataPointer == v.DataPointer);
            Assert.True(v.Size <= 1 || Enumerable.Range(0, v.NDim).All(i => v.Shape[i] == 1 || v.Strides[i] == expected.Strides[i]));
            Assert.Equal(ArrayValues.Of(expected), ArrayValues.Of(v));
            Assert.True(v.IsWriteable);

            // The .numpy() route goes through the buffer protocol to the same memory.
            using NDArray viaBuffer = PythonArrays.FromBuffer(n);
            Assert.True(v.Size == 0 || viaBuffer.DataPointer == v.DataPointer);
        }

        Assert.Equal(deleted + 1, DLPackTensorOwner.DeletedCount);
    }

    [Fact]
    public void Writes_from_csharp_into_an_imported_tensor_are_seen_by_torch()
    {
        using var scope = new PyScope();
        scope.Exec("import torch; t = torch.zeros(2, 3)");
        using PyObject t = scope.Get("t");
        using NDArray<float> v = PythonArrays.Import<float>(t);
        v[1, 2] = 5;
        Assert.Equal(5.0, scope.Eval<double>("t[1, 2].item()"));
    }

    [Fact]
    public void Tensors_torch_will_not_export_give_torchs_error()
    {
        using var scope = new PyScope();
        scope.Exec("import torch; g = torch.zeros(3, requires_grad=True); b = torch.tensor([True, False])");
        using PyObject g = scope.Get("g"), b = scope.Get("b");
        var e = Assert.Throws<PythonException>(() => PythonArrays.Import(g));
        Assert.Contains("gradient", e.PythonMessage);
        e = Assert.Throws<PythonException>(() => PythonArrays.Import(b));
        Assert.Contains("Bool", e.PythonMessage); // torch 1.13: "Bool type is not supported by dlpack"
        using PyObject bn = scope.Eval("b.numpy()");
        using NDArray<bool> viaNumPy = PythonArrays.Import<bool>(bn);
        Assert.Equal(new[] { true, false }, viaNumPy.ToArray<bool>());
    }

    [Fact]
    public void A_linear_model_forward_and_backward_on_csharp_memory_matches_numpy()
    {
        var rng = new Random(7);
        using var x = NDArray.Zeros<float>(8, 4);
        using var w = NDArray.Zeros<float>(3, 4);
        using var bias = NDArray.Zeros<float>(3);
        using var target = NDArray.Zeros<float>(8, 3);
        foreach (NDArray<float> a in new[] { x, w, bias, target })
        {
            Span<float> s = a.AsSpan<float>();
            for (int i = 0; i < s.Length; i++)
            {
                s[i] = (float)(rng.NextDouble() * 2 - 1);
            }
        }

        using var scope = new PyScope(("x", PythonArrays.Export(x)), ("w", PythonArrays.Export(w)), ("b", PythonArrays.Export(bias)), ("target", PythonArrays.Export(target)));
        scope.Exec("""
            import torch
            X = torch.from_dlpack(x); W = torch.from_dlpack(w).requires_grad_(); B = torch.from_dlpack(b).requires_grad_()
            Y = torch.nn.functional.linear(X, W, B)
            loss = ((Y - torch.from_dlpack(target)) ** 2).mean()
            loss.backward()
            xs, ws, bs, ts = (np.asarray(v).astype(np.float64) for v in (x, w, b, target))
            y_np = xs @ ws.T + bs
            dy = 2 * (y_np - ts) / ts.size
            gw_np = dy.T @ xs
            gb_np = dy.sum(axis=0)
            """);
        using PyObject y = scope.Eval("Y.detach()"), gw = scope.Eval("W.grad"), gb = scope.Eval("B.grad");
        using PyObject yNp = scope.Eval("y_np"), gwNp = scope.Eval("gw_np"), gbNp = scope.Eval("gb_np");
        using NDArray yv = PythonArrays.Import(y), gwv = PythonArrays.Import(gw), gbv = PythonArrays.Import(gb);
        Assert.Equal(scope.Eval<long>("W.grad.data_ptr()"), gwv.DataPointer); // gradients come back in place
        AssertClose(NumPy.FromNumPy(yNp), yv, 1e-5);
        AssertClose(NumPy.FromNumPy(gwNp), gwv, 1e-5);
        AssertClose(NumPy.FromNumPy(gbNp), gbv, 1e-5);
        Assert.Equal(w.DataPointer, scope.Eval<long>("W.data_ptr()")); // the parameters are the C# arrays
    }

    internal static void AssertClose(NDArray expected, NDArray actual, double tolerance)
    {
        using (expected)
        {
            Assert.Equal(expected.Shape.ToArray(), actual.Shape.ToArray());
            using NDArray e = expected.AsType(DType.Float64), a = actual.AsType(DType.Float64);
            double[] ev = e.ToArray<double>(), av = a.ToArray<double>();
            for (int i = 0; i < ev.Length; i++)
            {
                Assert.True(Math.Abs(ev[i] - av[i]) <= tolerance * Math.Max(1, Math.Abs(ev[i])), $"element {i}: {av[i]} vs NumPy {ev[i]}");
            }
        }
    }
}

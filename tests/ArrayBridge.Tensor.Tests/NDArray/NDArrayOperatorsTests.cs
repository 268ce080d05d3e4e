using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>
/// The C# operators on <see cref="NDArray"/>: each one gives exactly what the ufunc method it
/// names gives (dtype, shape, bytes), overload resolution picks the typed forms only where the
/// result dtype is known, and compound assignment runs in place under same_kind casting.
/// </summary>
public unsafe class NDArrayOperatorsTests
{
    // The static type C# gives an expression, without evaluating it (so resolution is checked even
    // for ufuncs whose loops are not all present).
    private static Type StaticType<TResult>(Func<TResult> expression) => typeof(TResult);

    private static byte[] Bytes(NDArray a)
    {
        using NDArray c = a.Copy(ArrayOrder.C);
        return new ReadOnlySpan<byte>((void*)c.DataPointer, checked((int)c.NBytes)).ToArray();
    }

    private static void AssertSame(NDArray expected, NDArray actual)
    {
        Assert.Equal(expected.DType, actual.DType);
        Assert.Equal(expected.Shape.ToArray(), actual.Shape.ToArray());
        Assert.Equal(Bytes(expected), Bytes(actual));
        Assert.Equal(expected.GetType(), actual.GetType());
    }

    // Operand pairs NumPy accepts for every operator of a family: same and mixed dtypes,
    // broadcasting, non-contiguous views, weak and typed scalars on either side.
    private static IEnumerable<(string Name, Func<Operand> X1, Func<Operand> X2)> NumericPairs()
    {
        yield return ("float64 (3,4) with float64 (4,)", () => Floats(3, 4), () => Floats(4));
        yield return ("int8 with int8", () => NDArray.FromArray(new sbyte[] { 7, -8, 100, 3 }), () => NDArray.FromArray(new sbyte[] { 2, 3, -5, 1 }));
        yield return ("int32 with float64", () => NDArray.FromArray(new[] { 7, -8, 100, 3 }), () => NDArray.FromArray(new[] { 2.0, 3.5, -5, 1 }));
        yield return ("uint8 (2,1) with int16 (3,)", () => NDArray.FromArray(new byte[,] { { 9 }, { 200 } }), () => NDArray.FromArray(new short[] { 2, -3, 7 }));
        yield return ("transposed float32 with float32", () => Floats(4, 3).AsType<float>().Transpose(), () => Floats(3, 4).AsType<float>());
        yield return ("int8 with weak int", () => NDArray.FromArray(new sbyte[] { 7, -8, 100 }), () => 3);
        yield return ("weak float with int64", () => 2.5, () => NDArray.FromArray(new long[] { 7, -8, 100 }));
        yield return ("int8 with typed int16 scalar", () => NDArray.FromArray(new sbyte[] { 7, -8, 100 }), () => (short)3);
        yield return ("float32 with weak float", () => Floats(5).AsType<float>(), () => 1.5);
    }

    private static IEnumerable<(string Name, Func<Operand> X1, Func<Operand> X2)> IntegerPairs()
    {
        yield return ("int32 (3,4) with int32 (4,)", () => Ints(3, 4), () => Ints(4));
        yield return ("int8 with uint8", () => NDArray.FromArray(new sbyte[] { 7, -8, 100, 3 }), () => NDArray.FromArray(new byte[] { 2, 3, 5, 1 }));
        yield return ("uint16 with weak int", () => NDArray.FromArray(new ushort[] { 7, 65535, 100 }), () => 3);
        yield return ("int64 transposed with int64", () => Ints(4, 3).AsType<long>().Transpose(), () => Ints(3, 4).AsType<long>());
        yield return ("int16 with typed uint8 scalar", () => NDArray.FromArray(new short[] { 7, -8, 100 }), () => (byte)2);
    }

    private static IEnumerable<(string Name, Func<Operand> X1, Func<Operand> X2)> BoolPairs()
    {
        yield return ("bool with bool", () => NDArray.FromArray(new[] { true, false, true, false }), () => NDArray.FromArray(new[] { true, true, false, false }));
        yield return ("bool with typed bool scalar", () => NDArray.FromArray(new[] { true, false }), () => true);
    }

    private static nint Size(nint[] shape)
    {
        nint size = 1;
        foreach (nint n in shape)
        {
            size *= n;
        }

        return size;
    }

    // Nonzero values of both signs, so division and remainder raise no floating-point errors.
    private static NDArray<double> Floats(params nint[] shape)
    {
        var values = new double[Size(shape)];
        for (int k = 0; k < values.Length; k++)
        {
            values[k] = (k % 2 == 0 ? 1 : -1) * (k + 1.5);
        }

        using var flat = NDArray.FromArray(values);
        using NDArray shaped = flat.Reshape(shape);
        return (NDArray<double>)shaped.Copy();
    }

    // Positive values, small enough to be shift counts.
    private static NDArray<int> Ints(params nint[] shape)
    {
        var values = new int[Size(shape)];
        for (int k = 0; k < values.Length; k++)
        {
            values[k] = k + 1;
        }

        using var flat = NDArray.FromArray(values);
        using NDArray shaped = flat.Reshape(shape);
        return (NDArray<int>)shaped.Copy();
    }

    private sealed record BinaryOperator(
        string Symbol,
        Func<NDArray, NDArray, NDArray> ArrayArray,
        Func<NDArray, Operand, NDArray> ArrayOperand,
        Func<Operand, NDArray, NDArray>? OperandArray,
        Func<Operand, Operand, NDArray> Method);

    private static readonly BinaryOperator[] Operators =
    [
        new("+", (a, b) => a + b, (a, b) => a + b, (a, b) => a + b, (a, b) => NDArray.Add(a, b)),
        new("-", (a, b) => a - b, (a, b) => a - b, (a, b) => a - b, (a, b) => NDArray.Subtract(a, b)),
        new("*", (a, b) => a * b, (a, b) => a * b, (a, b) => a * b, (a, b) => NDArray.Multiply(a, b)),
        new("/", (a, b) => a / b, (a, b) => a / b, (a, b) => a / b, (a, b) => NDArray.Divide(a, b)),
        new("%", (a, b) => a % b, (a, b) => a % b, (a, b) => a % b, (a, b) => NDArray.Remainder(a, b)),
        new("&", (a, b) => a & b, (a, b) => a & b, (a, b) => a & b, (a, b) => NDArray.BitwiseAnd(a, b)),
        new("|", (a, b) => a | b, (a, b) => a | b, (a, b) => a | b, (a, b) => NDArray.BitwiseOr(a, b)),
        new("^", (a, b) => a ^ b, (a, b) => a ^ b, (a, b) => a ^ b, (a, b) => NDArray.BitwiseXor(a, b)),
        new("<<", (a, b) => a << b, (a, b) => a << b, null, (a, b) => NDArray.LeftShift(a, b)),
        new(">>", (a, b) => a >> b, (a, b) => a >> b, null, (a, b) => NDArray.RightShift(a, b)),
        new("<", (a, b) => a < b, (a, b) => a < b, (a, b) => a < b, (a, b) => NDArray.Less(a, b)),
        new("<=", (a, b) => a <= b, (a, b) => a <= b, (a, b) => a <= b, (a, b) => NDArray.LessEqual(a, b)),
        new(">", (a, b) => a > b, (a, b) => a > b, (a, b) => a > b, (a, b) => NDArray.Greater(a, b)),
        new(">=", (a, b) => a >= b, (a, b) => a >= b, (a, b) => a >= b, (a, b) => NDArray.GreaterEqual(a, b)),
    ];

    public static TheoryData<string, string> OperatorCases()
    {
        var data = new TheoryData<string, string>();
        foreach (string op in new[] { "+", "-", "*", "/", "%", "<", "<=", ">", ">=" })
        {
            foreach (var pair in NumericPairs())
            {
                data.Add(op, pair.Name);
            }
        }

        foreach (string op in new[] { "+", "-", "*", "%", "&", "|", "^", "<<", ">>", "<", ">=" })
        {
            foreach (var pair in IntegerPairs())
            {
                data.Add(op, pair.Name);
            }
        }

        foreach (string op in new[] { "+", "*", "&", "|", "^", "<", ">=" })
        {
            foreach (var pair in BoolPairs())
            {
                data.Add(op, pair.Name);
            }
        }

        return data;
    }

    private static (Func<Operand> X1, Func<Operand> X2) Pair(string name) =>
        NumericPairs().Concat(IntegerPairs()).Concat(BoolPairs()).Where(p => p.Name == name).Select(p => (p.X1, p.X2)).Single();

    private static void DisposeOperand(Operand o) => o.Array?.Dispose();

    [Theory]
    [MemberData(nameof(OperatorCases))]
    public void Each_binary_operator_gives_its_ufunc_methods_result(string symbol, string pairName)
    {
        BinaryOperator op = Operators.Single(o => o.Symbol == symbol);
        var (make1, make2) = Pair(pairName);
        Operand x1 = make1(), x2 = make2();
        try
        {
            using NDArray expected = op.Method(x1, x2);
            NDArray actual;
            if (x1.Array is { } a1 && x2.Array is { } a2)
            {
                actual = op.ArrayArray(a1, a2);
            }
            else if (x1.Array is { } a)
            {
                actual = op.ArrayOperand(a, x2);
            }
            else if (op.OperandArray is { } reversed)
            {
                actual = reversed(x1, x2.Array!);
            }
            else
            {
                // A shift's left operand must be the array in C#: nothing to compare.
                return;
            }

            using (actual)
            {
                AssertSame(expected, actual);
            }
        }
        finally
        {
            DisposeOperand(x1);
            DisposeOperand(x2);
        }
    }

    [Fact]
    public void Operators_resolve_without_ambiguity_to_the_expected_static_types()
    {
        using var a = NDArray.Zeros(DType.Float64, [3]);
        using var b = NDArray.Zeros(DType.Float64, [3]);
        using var d = NDArray.Zeros<double>(3);
        using var f = NDArray.Zeros<float>(3);
        using var h = NDArray.Zeros<Half>(3);
        using var c = NDArray.Zeros<Complex>(3);
        using var c64 = NDArray.Zeros<Complex64>(3);
        using var i = NDArray.Zeros<int>(3);
        using var s = NDArray.Zeros<sbyte>(3);
        using var flags = NDArray.Zeros<bool>(3);

        // Untyped operands: NDArray.
        Assert.Equal(typeof(NDArray), StaticType(() => a + b));
        Assert.Equal(typeof(NDArray), StaticType(() => a + 1));
        Assert.Equal(typeof(NDArray), StaticType(() => 2.0 * a));
        Assert.Equal(typeof(NDArray), StaticType(() => a + (short)1));
        Assert.Equal(typeof(NDArray), StaticType(() => a - 1L));
        Assert.Equal(typeof(NDArray), StaticType(() => a / b));
        Assert.Equal(typeof(NDArray), StaticType(() => 1 / a));
        Assert.Equal(typeof(NDArray), StaticType(() => a % 2.5));
        Assert.Equal(typeof(NDArray), StaticType(() => -a));
        Assert.Equal(typeof(NDArray), StaticType(() => +a));
        Assert.Equal(typeof(NDArray), StaticType(() => ~a));
        Assert.Equal(typeof(NDArray), StaticType(() => a << 1));
        Assert.Equal(typeof(NDArray), StaticType(() => a >> b));
        Assert.Equal(typeof(NDArray<bool>), StaticType(() => a < b));
        Assert.Equal(typeof(NDArray<bool>), StaticType(() => 1 <= a));
        Assert.Equal(typeof(NDArray<bool>), StaticType(() => d > 0.5));
        Assert.Equal(typeof(NDArray<bool>), StaticType(() => d >= f));

        // Same-dtype typed operands: NDArray<T>.
        Assert.Equal(typeof(NDArray<double>), StaticType(() => d + d));
        Assert.Equal(typeof(NDArray<double>), StaticType(() => d + 2.0));
        Assert.Equal(typeof(NDArray<double>), StaticType(() => d + 1));
        Assert.Equal(typeof(NDArray<double>), StaticType(() => 2.0 * d));
        Assert.Equal(typeof(NDArray<double>), StaticType(() => d - d));
        Assert.Equal(typeof(NDArray<double>), StaticType(() => d / d));
        Assert.Equal(typeof(NDArray<double>), StaticType(() => d / 2.0));
        Assert.Equal(typeof(NDArray<double>), StaticType(() => 1.0 / d));
        Assert.Equal(typeof(NDArray<double>), StaticType(() => -d));
        Assert.Equal(typeof(NDArray<float>), StaticType(() => f * f));
        Assert.Equal(typeof(NDArray<float>), StaticType(() => f / f));
        Assert.Equal(typeof(NDArray<float>), StaticType(() => f / 2f));
        Assert.Equal(typeof(NDArray<Half>), StaticType(() => h / h));
        Assert.Equal(typeof(NDArray<Half>), StaticType(() => h + (Half)1));
        Assert.Equal(typeof(NDArray<Complex>), StaticType(() => c / c));
        Assert.Equal(typeof(NDArray<Complex>), StaticType(() => c * 2));
        Assert.Equal(typeof(NDArray<Complex64>), StaticType(() => c64 / c64));
        Assert.Equal(typeof(NDArray<int>), StaticType(() => i + i));
        Assert.Equal(typeof(NDArray<int>), StaticType(() => i * 3));
        Assert.Equal(typeof(NDArray<int>), StaticType(() => 3 - i));
        Assert.Equal(typeof(NDArray<int>), StaticType(() => i & 0xFF));
        Assert.Equal(typeof(NDArray<int>), StaticType(() => ~i));
        Assert.Equal(typeof(NDArray<sbyte>), StaticType(() => s + 1));
        Assert.Equal(typeof(NDArray<bool>), StaticType(() => flags | flags));
        Assert.Equal(typeof(NDArray<bool>), StaticType(() => flags ^ true));

        // Where NumPy's result dtype differs from T, or C# cannot convert the scalar to T: NDArray.
        Assert.Equal(typeof(NDArray), StaticType(() => i / i));
        Assert.Equal(typeof(NDArray), StaticType(() => i / 2));
        Assert.Equal(typeof(NDArray), StaticType(() => i + 1.5));
        Assert.Equal(typeof(NDArray), StaticType(() => s + 300));
        Assert.Equal(typeof(NDArray), StaticType(() => f + 2.0));
        Assert.Equal(typeof(NDArray), StaticType(() => d + f));
        Assert.Equal(typeof(NDArray), StaticType(() => d + a));
        Assert.Equal(typeof(NDArray), StaticType(() => a * d));
        Assert.Equal(typeof(NDArray), StaticType(() => flags + 1));
        Assert.Equal(typeof(NDArray), StaticType(() => i % i));
        Assert.Equal(typeof(NDArray), StaticType(() => i << 1));
        Assert.Equal(typeof(NDArray), StaticType(() => i / d));

        // == and != keep reference equality.
        Assert.Equal(typeof(bool), StaticType(() => a == b));
        Assert.False(a == b);
        Assert.True(a != b);
    }

    [Fact]
    public void Typed_operators_return_typed_arrays_with_the_methods_values()
    {
        using var d = NDArray.FromArray(new[] { 1.5, -2.0, 4.0 });
        using NDArray<double> sum = d + d;
        using NDArray expectedSum = NDArray.Add(d, d);
        AssertSame(expectedSum, sum);
        using NDArray<double> shifted = d + 1;
        using NDArray<double> reversed = 1.0 + d;
        Assert.Equal([2.5, -1.0, 5.0], shifted.ToArray<double>());
        Assert.Equal(shifted.ToArray<double>(), reversed.ToArray<double>());

        using var s = NDArray.FromArray(new sbyte[] { 1, 127 });
        using NDArray<sbyte> wrapped = s + 1;
        Assert.Equal(new sbyte[] { 2, -128 }, wrapped.ToArray<sbyte>());

        // The typed scalar converts to T as C# converts it, so NDArray<float> + a uint stays float32
        // (as documented), where NumPy's float32 + np.uint32 promotes to float64.
        using var f = NDArray.FromArray(new[] { 1f, 2f });
        using NDArray<float> typed = f + 3u;
        Assert.Equal(DType.Float32, typed.DType);
        Assert.Equal([4f, 5f], typed.ToArray<float>());
        using NDArray promoted = NDArray.Add(f, 3u);
        Assert.Equal(DType.Float64, promoted.DType);
    }

    [Fact]
    public void Typed_operators_with_every_scalar_side_give_the_methods_result()
    {
        using var d = NDArray.FromArray(new[] { 1.5, -2.0, 4.0 });
        using var f = NDArray.FromArray(new[] { 1.5f, -2.0f, 4.0f });
        using var i = NDArray.FromArray(new[] { 5, -7, 9 });
        using var flags = NDArray.FromArray(new[] { true, false, true });

        AssertSameAndDispose(NDArray.Subtract(d, Operand.Scalar(2.0)), d - 2.0);
        AssertSameAndDispose(NDArray.Subtract(Operand.Scalar(2.0), d), 2.0 - d);
        AssertSameAndDispose(NDArray.Multiply(f, Operand.Scalar(3f)), f * 3f);
        AssertSameAndDispose(NDArray.Divide(Operand.Scalar(3f), f), 3f / f);
        AssertSameAndDispose(NDArray.Divide(d, d), d / d);
        AssertSameAndDispose(NDArray.BitwiseAnd(i, Operand.Scalar(3)), i & 3);
        AssertSameAndDispose(NDArray.BitwiseOr(Operand.Scalar(8), i), 8 | i);
        AssertSameAndDispose(NDArray.BitwiseXor(i, i), i ^ i);
        AssertSameAndDispose(NDArray.BitwiseAnd(flags, Operand.Scalar(false)), flags & false);
        AssertSameAndDispose(NDArray.Negative(d), -d);
        AssertSameAndDispose(NDArray.Positive(i), +i);
        AssertSameAndDispose(NDArray.Invert(i), ~i);
        AssertSameAndDispose(NDArray.Invert(flags), ~flags);
    }

    private static void AssertSameAndDispose(NDArray expected, NDArray actual)
    {
        using (expected)
        using (actual)
        {
            AssertSame(expected, actual);
        }
    }

    [Fact]
    public void Unary_operators_give_their_ufunc_methods_result()
    {
        using var d = Floats(2, 3);
        using NDArray t = d.Transpose();
        using var i = NDArray.FromArray(new[] { 0, 1, -5, int.MinValue, int.MaxValue });
        using var u = NDArray.FromArray(new byte[] { 0, 1, 200 });
        foreach (NDArray x in new NDArray[] { d, t, i, u })
        {
            AssertSameAndDispose(NDArray.Negative(x), -x);
            AssertSameAndDispose(NDArray.Positive(x), +x);
        }

        AssertSameAndDispose(NDArray.Invert(i), ~(NDArray)i);
        AssertSameAndDispose(NDArray.Invert(u), ~(NDArray)u);
    }

    [Fact]
    public void Operators_refuse_what_numpy_refuses_with_the_methods_exception()
    {
        using var flags = NDArray.FromArray(new[] { true, false });
        using var d = NDArray.FromArray(new[] { 1.0, 2.0 });
        using var s = NDArray.FromArray(new sbyte[] { 1, 2 });
        var minus = Assert.Throws<ArgumentException>(() => flags - flags);
        Assert.Contains("numpy boolean subtract", minus.Message);
        var negate = Assert.Throws<ArgumentException>(() => -flags);
        Assert.Contains("numpy boolean negative", negate.Message);
        Assert.Throws<ArgumentException>(() => d & d);
        Assert.Throws<ArgumentException>(() => ~d);
        Assert.Throws<OverflowException>(() => s + 300);
        Assert.Throws<ArgumentNullException>(() => d + (NDArray)null!);
        Assert.Throws<ArgumentNullException>(() => (NDArray)null! * 2);
    }

    [Fact]
    public void A_scope_disposes_the_temporaries_of_an_operator_expression_and_keeps_what_is_moved_out()
    {
        using var a = NDArray.FromArray(new[] { 1.0, 2.0, 3.0 });
        NDArray<double> temporary, result;
        using (var scope = NDArray.Scope())
        {
            temporary = a + 1.0;
            result = scope.MoveToOuter(temporary + temporary);
            Assert.False(temporary.IsDisposed);
        }

        using (result)
        {
            Assert.True(temporary.IsDisposed);
            Assert.False(result.IsDisposed);
            Assert.False(a.IsDisposed);
            Assert.Equal([4.0, 6.0, 8.0], result.ToArray<double>());
        }
    }

    [Fact]
    public void Nep50_scalars_promote_through_the_operators()
    {
        using var s = NDArray.FromArray(new sbyte[] { 1, 127 });
        using NDArray weak = (NDArray)s + 1;
        Assert.Equal(DType.Int8, weak.DType);
        using NDArray typed = s + (short)1;
        Assert.Equal(DType.Int16, typed.DType);
        Assert.Equal(new short[] { 2, 128 }, typed.ToArray<short>());
        var e = Assert.Throws<OverflowException>(() => (NDArray)s + 300);
        Assert.Contains("300", e.Message);
        using var f = NDArray.FromArray(new[] { 1f, 2f });
        using NDArray f32 = f + 2.0;
        Assert.Equal(DType.Float32, f32.DType);
    }

    private sealed record CompoundOperator(string Symbol, Action<NDArray, Operand> Apply, Func<Operand, Operand, NDArray?, NDArray> Method, string UfuncName);

    private static readonly CompoundOperator[] CompoundOperators =
    [
        new("+=", (a, x) => a += x, (a, x, o) => NDArray.Add(a, x, @out: o), "add"),
        new("-=", (a, x) => a -= x, (a, x, o) => NDArray.Subtract(a, x, @out: o), "subtract"),
        new("*=", (a, x) => a *= x, (a, x, o) => NDArray.Multiply(a, x, @out: o), "multiply"),
        new("/=", (a, x) => a /= x, (a, x, o) => NDArray.Divide(a, x, @out: o), "divide"),
        new("%=", (a, x) => a %= x, (a, x, o) => NDArray.Remainder(a, x, @out: o), "remainder"),
        new("&=", (a, x) => a &= x, (a, x, o) => NDArray.BitwiseAnd(a, x, @out: o), "bitwise_and"),
        new("|=", (a, x) => a |= x, (a, x, o) => NDArray.BitwiseOr(a, x, @out: o), "bitwise_or"),
        new("^=", (a, x) => a ^= x, (a, x, o) => NDArray.BitwiseXor(a, x, @out: o), "bitwise_xor"),
        new("<<=", (a, x) => a <<= x, (a, x, o) => NDArray.LeftShift(a, x, @out: o), "left_shift"),
        new(">>=", (a, x) => a >>= x, (a, x, o) => NDArray.RightShift(a, x, @out: o), "right_shift"),
    ];

    public static TheoryData<string> CompoundSymbols()
    {
        var data = new TheoryData<string>();
        foreach (CompoundOperator op in CompoundOperators)
        {
            data.Add(op.Symbol);
        }

        return data;
    }

    private static bool IsFloatingOperation(string symbol) => symbol is "+=" or "-=" or "*=" or "/=" or "%=";

    [Theory]
    [MemberData(nameof(CompoundSymbols))]
    public void Compound_assignment_runs_in_place_in_the_same_array_and_memory(string symbol)
    {
        CompoundOperator op = CompoundOperators.Single(o => o.Symbol == symbol);
        bool floating = IsFloatingOperation(symbol);

        // A strided view as the target, a broadcast row as the operand, then a scalar.
        using NDArray parent = floating ? Floats(4, 6) : Ints(4, 6);
        using NDArray target = parent[":, ::2"];
        using NDArray row = floating ? Floats(3) : Ints(3);
        foreach (Operand x in new Operand[] { row, 2 })
        {
            using NDArray expected = op.Method(target, x, null);
            NDArray alias = target;
            nint data = target.DataPointer;
            op.Apply(alias, x);
            Assert.Same(target, alias);
            Assert.Equal(data, target.DataPointer);
            AssertSame(expected, target);
        }

        // The parent's other columns are untouched.
        using NDArray others = parent[":, 1::2"];
        using NDArray original = floating ? Floats(4, 6) : Ints(4, 6);
        using NDArray originalOthers = original[":, 1::2"];
        AssertSame(originalOthers, others);
    }

    public static TheoryData<string> FloatingCompoundSymbols()
    {
        var data = new TheoryData<string>();
        foreach (CompoundOperator op in CompoundOperators.Where(o => IsFloatingOperation(o.Symbol)))
        {
            data.Add(op.Symbol);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FloatingCompoundSymbols))]
    public void Compound_assignment_of_a_float_into_an_int_array_is_refused_like_numpy_and_leaves_it_unchanged(string symbol)
    {
        CompoundOperator op = CompoundOperators.Single(o => o.Symbol == symbol);
        using var a = NDArray.FromArray(new long[] { 1, 2, 3 });
        using var floats = NDArray.FromArray(new[] { 0.5, 1.5, 2.5 });
        foreach (Operand x in new Operand[] { 1.5, floats })
        {
            var e = Assert.Throws<InvalidCastException>(() => op.Apply(a, x));
            Assert.Equal($"Cannot cast ufunc '{op.UfuncName}' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'", e.Message);
            Assert.Equal([1L, 2, 3], a.ToArray<long>());
        }
    }

    [Fact]
    public void Compound_assignment_keeps_the_targets_dtype_and_shape()
    {
        using var a = NDArray.FromArray(new[] { 1.0, 2.0, 3.0 });
        using var wide = NDArray.Full<double>([2, 3], 1.0);
        var e = Assert.Throws<ArgumentException>(() =>
        {
            NDArray target = a;
            target += wide;
        });
        Assert.Equal("non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)", e.Message);
        Assert.Equal([1.0, 2.0, 3.0], a.ToArray<double>());

        // A float32 target stays float32 when a float64 array is added (same_kind allows the cast).
        using var f = NDArray.FromArray(new[] { 1f, 2f, 3f });
        using var d = NDArray.FromArray(new[] { 0.5, 0.25, 0.125 });
        NDArray alias = f;
        alias += d;
        Assert.Same(f, alias);
        Assert.Equal(DType.Float32, f.DType);
        Assert.Equal([1.5f, 2.25f, 3.125f], f.ToArray<float>());
    }
}

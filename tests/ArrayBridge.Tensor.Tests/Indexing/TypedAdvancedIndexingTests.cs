using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>
/// Advanced indexing of an <see cref="NDArray{T}"/> returns an <see cref="NDArray{T}"/> (the static
/// type, no cast) for every element type (a typed array is always in native byte order), with the same dtype, shape and bytes
/// as the untyped indexer, for integer arrays, masks, mixes with slices and new axes, and basic-only
/// indices (a view); assigning through the typed indexer writes through.
/// </summary>
public sealed unsafe class TypedAdvancedIndexingTests
{
    public static TheoryData<string> DTypes => new() { "|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8", "<c8", "<c16" };

    [Theory]
    [MemberData(nameof(DTypes))]
    public void Typed_results_equal_the_untyped_indexer(string dtype)
    {
        DType d = DType.Parse(dtype);
        switch (d.Type)
        {
            case ScalarType.Bool: Check<bool>(d); break;
            case ScalarType.Int8: Check<sbyte>(d); break;
            case ScalarType.UInt8: Check<byte>(d); break;
            case ScalarType.Int16: Check<short>(d); break;
            case ScalarType.UInt16: Check<ushort>(d); break;
            case ScalarType.Int32: Check<int>(d); break;
            case ScalarType.UInt32: Check<uint>(d); break;
            case ScalarType.Int64: Check<long>(d); break;
            case ScalarType.UInt64: Check<ulong>(d); break;
            case ScalarType.Float16: Check<Half>(d); break;
            case ScalarType.Float32: Check<float>(d); break;
            case ScalarType.Float64: Check<double>(d); break;
            case ScalarType.Complex64: Check<Complex64>(d); break;
            default: Check<Complex>(d); break;
        }
    }

    private static void Check<T>(DType dtype)
        where T : unmanaged
    {
        using NDArray<long> counting = NDArray.Arange<long>(24);
        using NDArray shaped = counting.Reshape(2, 3, 4);
        using NDArray untyped = shaped.AsType(dtype);
        NDArray<T> a = Assert.IsType<NDArray<T>>(untyped);
        using NDArray<bool> mask = NDArray.FromArray(new[] { true, false, true }).As<bool>();
        long[] rows = [1, 0, 1];
        AdvancedIndex[][] indices =
        [
            [rows],
            [AdvancedIndex.All, mask],
            [1, AdvancedIndex.All, new long[] { 3, 0 }],
            [new long[] { 0, 1 }, AdvancedIndex.NewAxis, new long[] { 2, 0 }],
            [AdvancedIndex.Ellipsis, 2],
            [0, 1..3],
        ];
        foreach (AdvancedIndex[] index in indices)
        {
            using NDArray<T> typed = a[index];
            using NDArray<T> got = a.Get(index);
            using NDArray expected = ((NDArray)a)[index];
            foreach (NDArray<T> r in new[] { typed, got })
            {
                Assert.Equal(expected.DType, r.DType);
                Assert.Equal(expected.Shape.ToArray(), r.Shape.ToArray());
                using NDArray x = expected.Copy(), y = r.Copy();
                Assert.True(new ReadOnlySpan<byte>((void*)x.DataPointer, (int)x.NBytes).SequenceEqual(new ReadOnlySpan<byte>((void*)y.DataPointer, (int)y.NBytes)));
            }
        }
    }

    [Fact]
    public void Assigning_through_the_typed_indexer_writes_through()
    {
        using NDArray<double> a = NDArray.Arange<double>(6).Reshape(2, 3);
        using NDArray<double> values = NDArray.Full<double>([2, 2], -1.0);
        a[AdvancedIndex.All, new long[] { 2, 0 }] = values;
        Assert.Equal(new[] { -1.0, 1, -1, -1, 4, -1 }, a.ToArray());

        // Reading back through a mask keeps the type without a cast.
        using NDArray<bool> negative = NDArray.Less(a, 0.0).As<bool>();
        using NDArray<double> picked = a[negative];
        Assert.Equal(new[] { -1.0, -1, -1, -1 }, picked.ToArray());

        // A byte-swapped array is never an NDArray<T>, so the typed indexer always sees a native dtype.
        using NDArray swapped = a.AsType(DType.Parse(">f8"));
        Assert.IsNotType<NDArray<double>>(swapped);
    }
}

using System.Runtime.CompilerServices;

namespace ArrayBridge;

public readonly partial struct DType
{
    /// <summary>
    /// The smallest dtype to which both <paramref name="a"/> and <paramref name="b"/> cast safely
    /// (<c>np.promote_types(a, b)</c>, <c>PyArray_PromoteTypes</c>): when one casts safely to the
    /// other that one, else a larger type of the higher kind (int8 with uint8 is int16, int64 with
    /// uint64 is float64, float16 with int32 is float64, complex64 with int32 is complex128).
    /// </summary>
    /// <remarks>
    /// The result is always in native byte order, as NumPy canonicalizes it: even
    /// <c>np.promote_types('&gt;i4', '&gt;i4')</c> is <c>'&lt;i4'</c> on a little-endian machine.
    /// The operation is commutative and associative, and <c>Promote(a, a)</c> is <paramref name="a"/>
    /// in native order. It is a table lookup and allocates nothing.
    /// </remarks>
    public static DType Promote(DType a, DType b) =>
        Canonical.ByIndex[PromotionTable[IndexOf(a._type) * TypeCount + IndexOf(b._type)]];

    /// <summary>The number of supported dtypes: the side of <see cref="PromotionTable"/>.</summary>
    internal const int TypeCount = 14;

    /// <summary>This dtype's row in the promotion tables: 0 for bool up to 13 for complex128, in type-number order with float16 after uint64.</summary>
    internal int TypeIndex
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => IndexOf(_type);
    }

    /// <summary>The native-order dtype of a <see cref="TypeIndex"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static DType FromTypeIndex(int index) => Canonical.ByIndex[index];

    /// <summary>The <see cref="TypeIndex"/> of <c>np.promote_types</c> for two type indices.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int PromoteIndices(int a, int b) => PromotionTable[a * TypeCount + b];

    // NumPy's _npy_type_promotion_table (LP64), indexed by TypeIndex on both sides; recorded from
    // np.promote_types and checked against it by the tests.
    private const byte B = 0, I8 = 1, U8 = 2, I16 = 3, U16 = 4, I32 = 5, U32 = 6, I64 = 7, U64 = 8;
    private const byte F16 = 9, F32 = 10, F64 = 11, C64 = 12, C128 = 13;

    private static ReadOnlySpan<byte> PromotionTable =>
    [
        // b    i8   u8   i16  u16  i32  u32  i64  u64  f16  f32  f64  c64  c128
        B,    I8,  U8,  I16, U16, I32, U32, I64, U64, F16, F32, F64, C64, C128, // bool
        I8,   I8,  I16, I16, I32, I32, I64, I64, F64, F16, F32, F64, C64, C128, // int8
        U8,   I16, U8,  I16, U16, I32, U32, I64, U64, F16, F32, F64, C64, C128, // uint8
        I16,  I16, I16, I16, I32, I32, I64, I64, F64, F32, F32, F64, C64, C128, // int16
        U16,  I32, U16, I32, U16, I32, U32, I64, U64, F32, F32, F64, C64, C128, // uint16
        I32,  I32, I32, I32, I32, I32, I64, I64, F64, F64, F64, F64, C128, C128, // int32
        U32,  I64, U32, I64, U32, I64, U32, I64, U64, F64, F64, F64, C128, C128, // uint32
        I64,  I64, I64, I64, I64, I64, I64, I64, F64, F64, F64, F64, C128, C128, // int64
        U64,  F64, U64, F64, U64, F64, U64, F64, U64, F64, F64, F64, C128, C128, // uint64
        F16,  F16, F16, F32, F32, F64, F64, F64, F64, F16, F32, F64, C64, C128, // float16
        F32,  F32, F32, F32, F32, F64, F64, F64, F64, F32, F32, F64, C64, C128, // float32
        F64,  F64, F64, F64, F64, F64, F64, F64, F64, F64, F64, F64, C128, C128, // float64
        C64,  C64, C64, C64, C64, C128, C128, C128, C128, C64, C64, C128, C64, C128, // complex64
        C128, C128, C128, C128, C128, C128, C128, C128, C128, C128, C128, C128, C128, C128, // complex128
    ];

    // A nested class so that its initializer runs after DType's own (Info), whatever order the
    // compiler gives the static fields of the partial files.
    private static class Canonical
    {
        public static readonly DType[] ByIndex = Array.ConvertAll(Info, static i => new DType(i.Type, Resolve(i.ItemSize, ByteOrder.Native)));
    }
}

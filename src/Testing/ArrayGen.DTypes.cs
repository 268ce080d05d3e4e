using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Testing;

public static partial class ArrayGen
{
    /// <summary>The supported dtypes of <paramref name="families"/>, in native byte order, in NumPy's type-number order.</summary>
    public static IReadOnlyList<DType> DTypesOf(DTypeFamily families) =>
        DType.All.Where(d => (families & FamilyOf(d)) != 0).ToArray();

    /// <summary>
    /// Dtypes of <paramref name="families"/> (hypothesis's <c>scalar_dtypes</c> and friends) in the
    /// byte orders <paramref name="byteOrders"/> allows.
    /// </summary>
    /// <exception cref="ArgumentException">No dtype is in the families.</exception>
    public static Gen<DType> DTypes(DTypeFamily families = DTypeFamily.All, ByteOrderChoice byteOrders = ByteOrderChoice.Any)
    {
        IReadOnlyList<DType> natives = DTypesOf(families);
        if (natives.Count == 0)
        {
            ThrowHelper.ThrowArgument($"no supported dtype is in the families {families}", nameof(families));
        }

        Gen<DType> native = Gen.Elements(natives.ToArray());
        return byteOrders switch
        {
            ByteOrderChoice.Native => native,
            ByteOrderChoice.Swapped => native.Select(Swapped),
            _ => Gen.Frequency((4, native), (1, native.Select(Swapped))),
        };
    }

    /// <summary><see cref="DTypes"/> shrinking toward the native byte order and the families' first dtypes.</summary>
    public static Arbitrary<DType> DTypeArbitrary(DTypeFamily families = DTypeFamily.All, ByteOrderChoice byteOrders = ByteOrderChoice.Any)
    {
        IReadOnlyList<DType> natives = DTypesOf(families);
        return Arb.From(DTypes(families, byteOrders), d => ShrinkDType(d, natives, byteOrders));
    }

    private static IEnumerable<DType> ShrinkDType(DType d, IReadOnlyList<DType> natives, ByteOrderChoice byteOrders)
    {
        bool swapped = !d.IsNativeByteOrder;
        if (swapped && byteOrders != ByteOrderChoice.Swapped)
        {
            yield return d.AsNative();
        }

        int at = natives.ToList().IndexOf(d.AsNative());
        for (int i = 0; i < at; i++)
        {
            yield return swapped && byteOrders == ByteOrderChoice.Swapped ? Swapped(natives[i]) : natives[i];
        }
    }

    private static DType Swapped(DType d) =>
        d.ItemSize == 1 ? d : d.WithByteOrder(DType.NativeOrder == ByteOrder.Little ? ByteOrder.Big : ByteOrder.Little);

    internal static DTypeFamily FamilyOf(DType d) => d.Kind switch
    {
        'b' => DTypeFamily.Bool,
        'i' => DTypeFamily.SignedInteger,
        'u' => DTypeFamily.UnsignedInteger,
        'f' => DTypeFamily.Floating,
        _ => DTypeFamily.Complex,
    };

    private static IReadOnlyList<DType> DTypeList(ArrayOptions o)
    {
        if (o.ExactDTypes is { Count: > 0 } exact)
        {
            return exact;
        }

        IReadOnlyList<DType> list = DTypesOf(o.DTypes);
        if (list.Count == 0)
        {
            ThrowHelper.ThrowArgument($"no supported dtype is in the families {o.DTypes}", nameof(o));
        }

        return list;
    }
}

using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// Checks that enum arguments hold defined values. A C# enum parameter accepts any integer of its
/// underlying type, and a value the switch statements below it do not expect would otherwise take
/// whichever branch happens to be the default.
/// </summary>
internal static class EnumChecks
{
    /// <summary>Every bit <see cref="ArrayFlags"/> defines.</summary>
    private const ArrayFlags DefinedFlags = ArrayFlags.CContiguous | ArrayFlags.FContiguous | ArrayFlags.OwnData
        | ArrayFlags.ForceCast | ArrayFlags.EnsureCopy | ArrayFlags.EnsureArray | ArrayFlags.ElementStrides
        | ArrayFlags.Aligned | ArrayFlags.NotSwapped | ArrayFlags.Writeable | ArrayFlags.WritebackIfCopy
        | ArrayFlags.EnsureNoCopy;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is not C, F, A or K.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check(ArrayOrder order, [CallerArgumentExpression(nameof(order))] string paramName = "")
    {
        if ((uint)order > (uint)ArrayOrder.K)
        {
            ThrowHelper.ThrowUndefinedEnum(paramName, (int)order, nameof(ArrayOrder));
        }
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="casting"/> is not a casting level.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check(Casting casting, [CallerArgumentExpression(nameof(casting))] string paramName = "")
    {
        if ((uint)casting > (uint)Casting.Unsafe)
        {
            ThrowHelper.ThrowUndefinedEnum(paramName, (int)casting, nameof(Casting));
        }
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is not one of NumPy's byte-order characters.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check(ByteOrder order, [CallerArgumentExpression(nameof(order))] string paramName = "")
    {
        if (order is not (ByteOrder.NotApplicable or ByteOrder.Native or ByteOrder.Little or ByteOrder.Big))
        {
            ThrowHelper.ThrowUndefinedEnum(paramName, (byte)order, nameof(ByteOrder));
        }
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flags"/> has a bit NumPy does not define.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check(ArrayFlags flags, [CallerArgumentExpression(nameof(flags))] string paramName = "")
    {
        if ((flags & ~DefinedFlags) != 0)
        {
            ThrowHelper.ThrowUndefinedEnum(paramName, (int)flags, nameof(ArrayFlags));
        }
    }
}

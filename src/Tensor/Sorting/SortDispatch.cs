namespace ArrayBridge;

/// <summary>Maps a dtype to its storage type and NumPy sort order.</summary>
internal static class SortDispatch
{
    /// <summary>Runs <paramref name="action"/> with the element type and order of <paramref name="dtype"/>.</summary>
    /// <exception cref="NotSupportedException">A dtype that ArrayBridge cannot sort.</exception>
    public static void Run<TAction>(DType dtype, ref TAction action)
        where TAction : struct, ISortAction
    {
        switch (dtype.Type)
        {
            case ScalarType.Bool:
            case ScalarType.UInt8: action.Run<byte, UnsignedSortOps<byte>>(); break;
            case ScalarType.Int8: action.Run<byte, SignedSortOps<byte>>(); break;
            case ScalarType.UInt16: action.Run<ushort, UnsignedSortOps<ushort>>(); break;
            case ScalarType.Int16: action.Run<ushort, SignedSortOps<ushort>>(); break;
            case ScalarType.Float16: action.Run<ushort, HalfSortOps>(); break;
            case ScalarType.UInt32: action.Run<uint, UnsignedSortOps<uint>>(); break;
            case ScalarType.Int32: action.Run<uint, SignedSortOps<uint>>(); break;
            case ScalarType.Float32: action.Run<uint, SingleSortOps>(); break;
            case ScalarType.UInt64: action.Run<ulong, UnsignedSortOps<ulong>>(); break;
            case ScalarType.Int64: action.Run<ulong, SignedSortOps<ulong>>(); break;
            case ScalarType.Float64: action.Run<ulong, DoubleSortOps>(); break;
            case ScalarType.Complex64: action.Run<ulong, Complex64SortOps>(); break;
            case ScalarType.Complex128: action.Run<Complex128Bits, Complex128SortOps>(); break;
            default: ThrowHelper.ThrowNotSupported($"sorting dtype {dtype} is not supported"); break;
        }
    }
}

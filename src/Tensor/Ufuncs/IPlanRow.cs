namespace ArrayBridge;

/// <summary>
/// What <see cref="IterationPlan.WalkRows{TRow}"/> runs on each outer row: the operands' pointers
/// at the row's first element, their inner strides, and the row's length. A struct, so each walker
/// is compiled for its row and the call inlines.
/// </summary>
internal unsafe interface IPlanRow
{
    /// <summary>Runs one row.</summary>
    void Run(byte** ptrs, nint* innerStrides, nint count);
}

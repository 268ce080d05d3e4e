namespace ArrayBridge;

/// <summary>
/// The state of a <see cref="PCG64"/> as NumPy's <c>PCG64.state</c> dictionary shows it:
/// <c>{'state': {'state': State, 'inc': Increment}, 'has_uint32': HasUInt32, 'uinteger': UInteger}</c>.
/// </summary>
/// <param name="State">The 128-bit LCG state.</param>
/// <param name="Increment">The 128-bit LCG increment (odd).</param>
/// <param name="HasUInt32">Whether the upper half of the last 64-bit draw waits for the next 32-bit draw.</param>
/// <param name="UInteger">That waiting upper half.</param>
public readonly record struct PCG64State(UInt128 State, UInt128 Increment, bool HasUInt32 = false, uint UInteger = 0);

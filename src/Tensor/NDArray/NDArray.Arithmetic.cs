namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// Element-wise <c>x1 + x2</c> (<c>np.add</c>), broadcasting the operands. Integers wrap on
    /// overflow; bools add as logical or.
    /// </summary>
    /// <param name="x1">The first input: an array or a scalar (see <see cref="Operand"/> for how scalars promote).</param>
    /// <param name="x2">The second input.</param>
    /// <param name="out">
    /// Where to write the result (NumPy's <c>out=</c>): any writeable array of the broadcast shape,
    /// including an input for an in-place operation; null allocates a new array.
    /// </param>
    /// <param name="where">
    /// A bool mask broadcast with the inputs (<c>where=</c>): the result is written only where it is
    /// true; elsewhere <paramref name="out"/> keeps its values (a new array holds zeros there).
    /// </param>
    /// <param name="dtype">The output's dtype (<c>dtype=</c>), which also selects the loop; null lets NumPy's promotion choose.</param>
    /// <param name="casting">How inputs and output may be converted (<c>casting=</c>, NumPy's default same_kind).</param>
    /// <param name="order">The memory order of a new result (<c>order=</c>); K follows the inputs' layout.</param>
    /// <returns>The result: <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentException">The operands do not broadcast, <paramref name="out"/> has another shape or is read-only, or no loop takes the input types.</exception>
    /// <exception cref="InvalidCastException">An input or the output cannot be converted under <paramref name="casting"/>.</exception>
    /// <exception cref="OverflowException">A weak integer scalar does not fit the operation's dtype (<c>int8_array + 300</c>).</exception>
    public static NDArray Add(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Add.Call(x1, x2, @out, where, dtype, casting, order);
}

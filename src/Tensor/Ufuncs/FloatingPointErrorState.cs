namespace ArrayBridge;

/// <summary>
/// A thread's floating-point error handling: one <see cref="FloatingPointErrorMode"/> per error
/// category and the callback of <see cref="FloatingPointErrorMode.Call"/>. What NumPy's
/// <c>np.geterr()</c> returns (with <c>np.geterrcall()</c>); pass it back to
/// <see cref="NDArray.SetErrState(FloatingPointErrorState)"/> to restore it.
/// </summary>
/// <remarks>
/// <see langword="default"/> is every category <see cref="FloatingPointErrorMode.Ignore"/>; a
/// thread starts with NumPy's defaults (see <see cref="NDArray.GetErrState"/>).
/// </remarks>
public readonly record struct FloatingPointErrorState
{
    // Two bits per category, in the bit order of FloatingPointFlags: divide, over, under, invalid.
    private readonly int _modes;

    internal FloatingPointErrorState(int modes, Action<string, FloatingPointFlags>? call)
    {
        _modes = modes;
        Call = call;
    }

    /// <summary>The mode for division by zero (NumPy's <c>divide</c>).</summary>
    public FloatingPointErrorMode Divide => ModeOf(0);

    /// <summary>The mode for overflow (NumPy's <c>over</c>).</summary>
    public FloatingPointErrorMode Over => ModeOf(1);

    /// <summary>The mode for underflow (NumPy's <c>under</c>).</summary>
    public FloatingPointErrorMode Under => ModeOf(2);

    /// <summary>The mode for invalid operations (NumPy's <c>invalid</c>).</summary>
    public FloatingPointErrorMode Invalid => ModeOf(3);

    /// <summary>
    /// The callback of <see cref="FloatingPointErrorMode.Call"/> (NumPy's <c>np.geterrcall()</c>): it
    /// receives the category's name ("divide by zero", "overflow", "underflow" or "invalid value")
    /// and every flag the operation raised, as NumPy's callback does.
    /// </summary>
    public Action<string, FloatingPointFlags>? Call { get; }

    internal int Modes => _modes;

    private FloatingPointErrorMode ModeOf(int category) => (FloatingPointErrorMode)((_modes >> (2 * category)) & 3);
}

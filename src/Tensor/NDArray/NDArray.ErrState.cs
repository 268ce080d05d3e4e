namespace ArrayBridge;

public partial class NDArray
{
    /// <summary>
    /// Raised for every floating-point error in a category whose mode is
    /// <see cref="FloatingPointErrorMode.Warn"/>, with NumPy's <c>RuntimeWarning</c> text such as
    /// "divide by zero encountered in divide". The sender is <see langword="null"/>; the handler runs on
    /// the thread that called the ufunc, and an exception it throws propagates out of the ufunc (as a
    /// warning turned into an error does in Python).
    /// </summary>
    /// <remarks>
    /// While nothing is subscribed, a thread whose modes are only <see cref="FloatingPointErrorMode.Warn"/>
    /// and <see cref="FloatingPointErrorMode.Ignore"/> (NumPy's defaults) does not read the FPU's flags at all.
    /// </remarks>
    public static event EventHandler<FloatingPointWarningEventArgs>? FloatingPointWarning
    {
        add => FloatingPointStatus.AddWarningHandler(value);
        remove => FloatingPointStatus.RemoveWarningHandler(value);
    }

    /// <summary>
    /// Changes how floating-point errors are handled on the current thread until the returned scope is
    /// disposed: NumPy's <c>with np.errstate(all=..., divide=..., over=..., under=..., invalid=..., call=...)</c>.
    /// </summary>
    /// <param name="all">The mode of every category not given on its own.</param>
    /// <param name="divide">The mode for division by zero.</param>
    /// <param name="over">The mode for overflow.</param>
    /// <param name="under">The mode for underflow.</param>
    /// <param name="invalid">The mode for invalid operations.</param>
    /// <param name="call">
    /// The callback of <see cref="FloatingPointErrorMode.Call"/> (NumPy's <c>np.seterrcall</c>): it receives
    /// the category's name ("divide by zero", "overflow", "underflow", "invalid value") and every flag the
    /// operation raised, once per category whose mode is <see cref="FloatingPointErrorMode.Call"/>.
    /// <see langword="null"/> keeps the current callback.
    /// </param>
    /// <returns>A scope whose <see cref="FloatingPointErrorScope.Dispose"/> restores the previous state.</returns>
    /// <remarks>
    /// The state is per thread, as in NumPy 1.24 (NumPy 2 keeps it in a <c>contextvar</c>, which also
    /// follows asyncio tasks); a new thread starts with NumPy's defaults (see <see cref="GetErrState"/>),
    /// not with the state of the thread that started it. Arguments left <see langword="null"/> keep their
    /// current value.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A mode is not a defined <see cref="FloatingPointErrorMode"/>.</exception>
    /// <exception cref="ArgumentException">Some category's mode is <see cref="FloatingPointErrorMode.Call"/> and there is no callback.</exception>
    public static FloatingPointErrorScope ErrState(
        FloatingPointErrorMode? all = null,
        FloatingPointErrorMode? divide = null,
        FloatingPointErrorMode? over = null,
        FloatingPointErrorMode? under = null,
        FloatingPointErrorMode? invalid = null,
        Action<string, FloatingPointFlags>? call = null)
    {
        FloatingPointErrorState previous = FloatingPointStatus.State;
        FloatingPointErrorState next = FloatingPointStatus.Compose(previous, all, divide, over, under, invalid, call);
        int depth = FloatingPointStatus.ScopeDepth + 1;
        var scope = new FloatingPointErrorScope(previous, Environment.CurrentManagedThreadId, depth);
        FloatingPointStatus.State = next;
        FloatingPointStatus.ScopeDepth = depth;
        return scope;
    }

    /// <summary>
    /// The current thread's floating-point error handling: NumPy's <c>np.geterr()</c> together with
    /// <c>np.geterrcall()</c>. A thread starts with NumPy's defaults: <c>divide</c>, <c>over</c> and
    /// <c>invalid</c> <see cref="FloatingPointErrorMode.Warn"/>, <c>under</c>
    /// <see cref="FloatingPointErrorMode.Ignore"/>, no callback.
    /// </summary>
    public static FloatingPointErrorState GetErrState() => FloatingPointStatus.State;

    /// <summary>
    /// Sets the current thread's floating-point error handling and returns the previous one: NumPy's
    /// <c>np.seterr(all=..., divide=..., over=..., under=..., invalid=...)</c> (and <c>np.seterrcall</c>
    /// for <paramref name="call"/>). Arguments left <see langword="null"/> keep their current value.
    /// </summary>
    /// <param name="all">The mode of every category not given on its own.</param>
    /// <param name="divide">The mode for division by zero.</param>
    /// <param name="over">The mode for overflow.</param>
    /// <param name="under">The mode for underflow.</param>
    /// <param name="invalid">The mode for invalid operations.</param>
    /// <param name="call">The callback of <see cref="FloatingPointErrorMode.Call"/>; <see langword="null"/> keeps the current one.</param>
    /// <returns>The previous state, which <see cref="SetErrState(FloatingPointErrorState)"/> restores.</returns>
    /// <remarks>The state is per thread, as in NumPy 1.24; NumPy 2 keeps it in a <c>contextvar</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A mode is not a defined <see cref="FloatingPointErrorMode"/>.</exception>
    /// <exception cref="ArgumentException">Some category's mode is <see cref="FloatingPointErrorMode.Call"/> and there is no callback.</exception>
    public static FloatingPointErrorState SetErrState(
        FloatingPointErrorMode? all = null,
        FloatingPointErrorMode? divide = null,
        FloatingPointErrorMode? over = null,
        FloatingPointErrorMode? under = null,
        FloatingPointErrorMode? invalid = null,
        Action<string, FloatingPointFlags>? call = null)
    {
        FloatingPointErrorState previous = FloatingPointStatus.State;
        FloatingPointStatus.State = FloatingPointStatus.Compose(previous, all, divide, over, under, invalid, call);
        return previous;
    }

    /// <summary>
    /// Sets the current thread's floating-point error handling to <paramref name="state"/>, callback
    /// included, and returns the previous one: NumPy's <c>np.seterr(**old)</c> with <c>np.seterrcall(oldcall)</c>.
    /// </summary>
    /// <param name="state">A state from <see cref="GetErrState"/> or <see cref="SetErrState(FloatingPointErrorMode?, FloatingPointErrorMode?, FloatingPointErrorMode?, FloatingPointErrorMode?, FloatingPointErrorMode?, Action{string, FloatingPointFlags}?)"/>, or <see langword="default"/> (everything ignored).</param>
    /// <returns>The previous state.</returns>
    public static FloatingPointErrorState SetErrState(FloatingPointErrorState state)
    {
        // States come only from this API, or are default (no Call mode), so they are already valid.
        FloatingPointErrorState previous = FloatingPointStatus.State;
        FloatingPointStatus.State = state;
        return previous;
    }
}

using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// The floating-point error state of the current thread, as NumPy keeps it: the sticky flags a
/// ufunc raised (the FPU's, read through <see cref="FloatingPointHardware"/>, and software flags
/// that integer kernels set by hand, like NumPy's <c>npy_set_floatstatus_divbyzero</c>), and the
/// modes that decide what <see cref="Report"/> does with them (NumPy 1.24's per-thread
/// <c>seterrobj</c>; NumPy 2 keeps them in a <c>contextvar</c>).
/// </summary>
/// <remarks>
/// A ufunc runs <c>if (IsWatching) Clear();</c> before its loops and
/// <c>if (IsWatching) Report(Read(), "add");</c> after them; a worker thread that computes a share
/// calls <see cref="Clear"/> before it and <see cref="Read"/> after it, and the caller reports the
/// union. The JIT does not model the FPU flags, so it may move a floating-point operation across
/// these calls when nothing orders them: the operations must store their results to memory (as
/// kernels do) before <see cref="Read"/> is called, like NumPy's <c>npy_get_floatstatus_barrier</c>.
/// </remarks>
internal static class FloatingPointStatus
{
    /// <summary>NumPy's default modes, packed two bits per category: divide, over and invalid warn, under ignores.</summary>
    internal const int DefaultModes = (int)FloatingPointErrorMode.Warn
        | ((int)FloatingPointErrorMode.Warn << 2)
        | ((int)FloatingPointErrorMode.Ignore << 4)
        | ((int)FloatingPointErrorMode.Warn << 6);

    /// <summary>Every bit of <see cref="FloatingPointFlags"/>.</summary>
    internal const FloatingPointFlags AllFlags = FloatingPointFlags.DivideByZero | FloatingPointFlags.Overflow
        | FloatingPointFlags.Underflow | FloatingPointFlags.Invalid;

    // Raise (2) and Call (3) are the modes with the high bit of their pair set.
    private const int RaiseOrCallBits = 0b1010_1010;
    private const int WarnBits = 0b0101_0101;

    // NumPy's names of the categories, in flag-bit order; the first words of its messages.
    private static readonly string[] s_names = ["divide by zero", "overflow", "underflow", "invalid value"];

    // The modes XOR DefaultModes, so that a thread starts (zero-initialized) with NumPy's defaults.
    [ThreadStatic]
    private static int t_modes;

    [ThreadStatic]
    private static Action<string, FloatingPointFlags>? t_call;

    [ThreadStatic]
    private static int t_software;

    [ThreadStatic]
    private static int t_scopeDepth;

    // Process-wide, as the event is static; read on the hot path only to tell whether Warn matters.
    private static EventHandler<FloatingPointWarningEventArgs>? s_warning;

    /// <summary>
    /// Whether a floating-point error could have any effect on this thread: some category's mode is
    /// <see cref="FloatingPointErrorMode.Raise"/> or <see cref="FloatingPointErrorMode.Call"/>, or
    /// is <see cref="FloatingPointErrorMode.Warn"/> while a handler is subscribed to
    /// <see cref="NDArray.FloatingPointWarning"/>. When false, ufuncs skip the flags altogether.
    /// </summary>
    internal static bool IsWatching
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int modes = t_modes ^ DefaultModes;
            return (modes & RaiseOrCallBits) != 0 || ((modes & WarnBits) != 0 && s_warning != null);
        }
    }

    /// <summary>Clears the FPU's exception flags and this thread's software flags.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Clear()
    {
        FloatingPointHardware.Clear();
        t_software = 0;
    }

    /// <summary>
    /// This thread's flags raised since the last <see cref="Clear"/> or <see cref="Read"/>: the FPU's
    /// together with the software flags. Clears both.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static FloatingPointFlags Read()
    {
        FloatingPointFlags flags = FloatingPointHardware.ReadAndClear() | (FloatingPointFlags)t_software;
        t_software = 0;
        return flags;
    }

    /// <summary>
    /// This thread's software flags raised since they were last cleared, without the FPU's; clears
    /// them. For loops whose hardware flags mean nothing (<see cref="Ufunc.NoFloatingPointErrors"/>:
    /// vector compares on NaN) but which flag errors NumPy reports by hand.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static FloatingPointFlags ReadSoftware()
    {
        var flags = (FloatingPointFlags)t_software;
        t_software = 0;
        return flags;
    }

    /// <summary>Clears this thread's software flags only, leaving the FPU's as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ClearSoftware() => t_software = 0;

    /// <summary>Records a division by zero that no FPU instruction raised (integer <c>//</c>, <c>%</c> by 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void SetDivideByZero() => t_software |= (int)FloatingPointFlags.DivideByZero;

    /// <summary>Records an overflow that no FPU instruction raised (integer <c>INT_MIN // -1</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void SetOverflow() => t_software |= (int)FloatingPointFlags.Overflow;

    /// <summary>Records an underflow that no FPU instruction raised (a float16 result rounded in software to a subnormal or zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void SetUnderflow() => t_software |= (int)FloatingPointFlags.Underflow;

    /// <summary>Records an invalid operation that no FPU instruction raised (a cast of NaN to an integer in software).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void SetInvalid() => t_software |= (int)FloatingPointFlags.Invalid;

    /// <summary>
    /// Applies this thread's modes to <paramref name="flags"/>, category by category in NumPy's order
    /// (divide, over, under, invalid): warns, calls back, or throws at the first category that raises.
    /// </summary>
    /// <param name="flags">The flags an operation raised.</param>
    /// <param name="name">The operation's name in NumPy's messages: the ufunc's name, "scalar add", "cast".</param>
    /// <exception cref="FloatingPointErrorException">A raised category's mode is <see cref="FloatingPointErrorMode.Raise"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Report(FloatingPointFlags flags, string name)
    {
        if ((flags & AllFlags) != 0)
        {
            ReportRaised(flags & AllFlags, name);
        }
    }

    /// <summary>
    /// Raises a warning that NumPy issues with <c>warnings.warn</c> rather than through errstate
    /// ("Mean of empty slice."): it goes to <see cref="NDArray.FloatingPointWarning"/> whatever the
    /// modes, as category <paramref name="flag"/>.
    /// </summary>
    internal static void Warn(FloatingPointFlags flag, string name, string message) =>
        Volatile.Read(ref s_warning)?.Invoke(null, new FloatingPointWarningEventArgs(flag, name, message));

    /// <summary>This thread's modes and callback.</summary>
    internal static FloatingPointErrorState State
    {
        get => new(t_modes ^ DefaultModes, t_call);
        set
        {
            t_modes = value.Modes ^ DefaultModes;
            t_call = value.Call;
        }
    }

    /// <summary>How many <see cref="FloatingPointErrorScope"/>s are open on this thread.</summary>
    internal static int ScopeDepth
    {
        get => t_scopeDepth;
        set => t_scopeDepth = value;
    }

    /// <summary>
    /// <paramref name="from"/> with the modes and callback that are given, checked: every mode
    /// defined, and a callback present when some category calls back.
    /// </summary>
    internal static FloatingPointErrorState Compose(
        FloatingPointErrorState from,
        FloatingPointErrorMode? all,
        FloatingPointErrorMode? divide,
        FloatingPointErrorMode? over,
        FloatingPointErrorMode? under,
        FloatingPointErrorMode? invalid,
        Action<string, FloatingPointFlags>? call)
    {
        int modes = from.Modes;
        if (all is { } a)
        {
            modes = (int)CheckMode(a, nameof(all)) * WarnBits; // the mode in every pair
        }

        modes = With(modes, 0, divide, nameof(divide));
        modes = With(modes, 1, over, nameof(over));
        modes = With(modes, 2, under, nameof(under));
        modes = With(modes, 3, invalid, nameof(invalid));
        var state = new FloatingPointErrorState(modes, call ?? from.Call);
        CheckCallback(state, nameof(call));
        return state;
    }

    /// <summary>Throws unless a state that calls back in some category has a callback.</summary>
    internal static void CheckCallback(FloatingPointErrorState state, string paramName)
    {
        if (state.Call is null && (state.Modes & RaiseOrCallBits & (state.Modes << 1)) != 0)
        {
            // NumPy finds out only when an error occurs, with a NameError; a missing callback is known now.
            int category = System.Numerics.BitOperations.TrailingZeroCount(state.Modes & RaiseOrCallBits & (state.Modes << 1)) / 2;
            ThrowHelper.ThrowArgument($"callback specified for {s_names[category]} but no function found: pass the callback as '{paramName}'", paramName);
        }
    }

    /// <summary>Throws unless <paramref name="flag"/> is exactly one category.</summary>
    internal static void CheckSingle(FloatingPointFlags flag, [CallerArgumentExpression(nameof(flag))] string paramName = "")
    {
        if ((flag & ~AllFlags) != 0 || !System.Numerics.BitOperations.IsPow2((int)flag))
        {
            ThrowHelper.ThrowArgumentOutOfRange(paramName, $"{(int)flag} is not a single {nameof(FloatingPointFlags)} category (DivideByZero, Overflow, Underflow or Invalid).");
        }
    }

    /// <summary>Subscribes to the warning event; thread-safe like a field-like event.</summary>
    internal static void AddWarningHandler(EventHandler<FloatingPointWarningEventArgs>? handler)
    {
        EventHandler<FloatingPointWarningEventArgs>? seen = s_warning, current;
        do
        {
            current = seen;
            seen = Interlocked.CompareExchange(ref s_warning, (EventHandler<FloatingPointWarningEventArgs>?)Delegate.Combine(current, handler), current);
        }
        while (seen != current);
    }

    /// <summary>Unsubscribes from the warning event; thread-safe like a field-like event.</summary>
    internal static void RemoveWarningHandler(EventHandler<FloatingPointWarningEventArgs>? handler)
    {
        EventHandler<FloatingPointWarningEventArgs>? seen = s_warning, current;
        do
        {
            current = seen;
            seen = Interlocked.CompareExchange(ref s_warning, (EventHandler<FloatingPointWarningEventArgs>?)Delegate.Remove(current, handler), current);
        }
        while (seen != current);
    }

    // Out of line: errors are rare, and the inlined Report stays a test and a branch.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportRaised(FloatingPointFlags flags, string name)
    {
        // Read once, as NumPy reads its errobj once: a handler that changes the state affects later calls only.
        int modes = t_modes ^ DefaultModes;
        Action<string, FloatingPointFlags>? call = t_call;
        for (int category = 0; category < 4; category++)
        {
            var flag = (FloatingPointFlags)(1 << category);
            if ((flags & flag) == 0)
            {
                continue;
            }

            switch ((FloatingPointErrorMode)((modes >> (2 * category)) & 3))
            {
                case FloatingPointErrorMode.Warn:
                    Volatile.Read(ref s_warning)?.Invoke(null, new FloatingPointWarningEventArgs(flag, name, $"{s_names[category]} encountered in {name}"));
                    break;
                case FloatingPointErrorMode.Raise:
                    ThrowHelper.ThrowFloatingPointError($"{s_names[category]} encountered in {name}", flag);
                    break;
                case FloatingPointErrorMode.Call:
                    if (call is null)
                    {
                        // Unreachable through the public API, which refuses Call without a callback.
                        ThrowHelper.ThrowInvalidOperation($"callback specified for {s_names[category]} (in {name}) but no function found.");
                    }

                    call(s_names[category], flags);
                    break;
            }
        }
    }

    private static int With(int modes, int category, FloatingPointErrorMode? mode, string paramName) =>
        mode is { } m ? (modes & ~(3 << (2 * category))) | ((int)CheckMode(m, paramName) << (2 * category)) : modes;

    private static FloatingPointErrorMode CheckMode(FloatingPointErrorMode mode, string paramName)
    {
        if ((uint)mode > (uint)FloatingPointErrorMode.Call)
        {
            ThrowHelper.ThrowUndefinedEnum(paramName, (int)mode, nameof(FloatingPointErrorMode));
        }

        return mode;
    }
}

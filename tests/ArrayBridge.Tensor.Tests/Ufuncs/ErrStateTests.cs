namespace ArrayBridge.Tests;

/// <summary>
/// NumPy's <c>np.errstate</c>/<c>np.seterr</c> on <see cref="NDArray"/>: every mode in every
/// category, NumPy's order and texts, nesting and restoring, per-thread state, and when the FPU is
/// not read at all. Serial, because <see cref="NDArray.FloatingPointWarning"/> is process-wide and
/// <see cref="FloatingPointStatus.IsWatching"/> depends on whether anything is subscribed.
/// </summary>
[Collection(nameof(SerialCollection))]
public sealed class ErrStateTests : IDisposable
{
    private static readonly FloatingPointFlags[] s_categories =
        [FloatingPointFlags.DivideByZero, FloatingPointFlags.Overflow, FloatingPointFlags.Underflow, FloatingPointFlags.Invalid];

    private static readonly string[] s_texts = ["divide by zero", "overflow", "underflow", "invalid value"];

    private readonly FloatingPointErrorState _saved = NDArray.GetErrState();
    private readonly int _thread = Environment.CurrentManagedThreadId;
    private readonly List<FloatingPointWarningEventArgs> _warnings = [];

    public ErrStateTests() => NDArray.FloatingPointWarning += OnWarning;

    public void Dispose()
    {
        NDArray.FloatingPointWarning -= OnWarning;
        NDArray.SetErrState(_saved);
    }

    // Only this test's thread: anything another thread warns about is not this test's.
    private void OnWarning(object? sender, FloatingPointWarningEventArgs e)
    {
        Assert.Null(sender);
        if (Environment.CurrentManagedThreadId == _thread)
        {
            _warnings.Add(e);
        }
    }

    [Fact]
    public void A_thread_starts_with_NumPys_defaults()
    {
        FloatingPointErrorState state = default;
        var thread = new Thread(() => state = NDArray.GetErrState());
        thread.Start();
        thread.Join();
        Assert.Equal(FloatingPointErrorMode.Warn, state.Divide);
        Assert.Equal(FloatingPointErrorMode.Warn, state.Over);
        Assert.Equal(FloatingPointErrorMode.Ignore, state.Under);
        Assert.Equal(FloatingPointErrorMode.Warn, state.Invalid);
        Assert.Null(state.Call);
    }

    public static TheoryData<int, FloatingPointErrorMode> CategoriesAndModes()
    {
        var data = new TheoryData<int, FloatingPointErrorMode>();
        for (int category = 0; category < 4; category++)
        {
            foreach (FloatingPointErrorMode mode in Enum.GetValues<FloatingPointErrorMode>())
            {
                data.Add(category, mode);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CategoriesAndModes))]
    public void Each_mode_acts_on_its_own_category_only(int category, FloatingPointErrorMode mode)
    {
        var calls = new List<(string, FloatingPointFlags)>();
        FloatingPointErrorMode?[] modes = [FloatingPointErrorMode.Ignore, FloatingPointErrorMode.Ignore, FloatingPointErrorMode.Ignore, FloatingPointErrorMode.Ignore];
        modes[category] = mode;
        using var scope = NDArray.ErrState(divide: modes[0], over: modes[1], under: modes[2], invalid: modes[3], call: (t, f) => calls.Add((t, f)));

        // Every other category, even all at once, does nothing.
        FloatingPointFlags flag = s_categories[category];
        FloatingPointStatus.Report(FloatingPointStatus.AllFlags & ~flag, "add");
        Assert.Empty(_warnings);
        Assert.Empty(calls);

        string message = $"{s_texts[category]} encountered in add";
        switch (mode)
        {
            case FloatingPointErrorMode.Ignore:
                FloatingPointStatus.Report(flag, "add");
                Assert.Empty(_warnings);
                Assert.Empty(calls);
                break;
            case FloatingPointErrorMode.Warn:
                FloatingPointStatus.Report(flag, "add");
                FloatingPointWarningEventArgs warning = Assert.Single(_warnings);
                Assert.Equal((flag, "add", message), (warning.Flag, warning.Name, warning.Message));
                Assert.Empty(calls);
                break;
            case FloatingPointErrorMode.Raise:
                var e = Assert.Throws<FloatingPointErrorException>(() => FloatingPointStatus.Report(flag, "add"));
                Assert.Equal(message, e.Message);
                Assert.Equal(flag, e.Flag);
                Assert.IsAssignableFrom<ArithmeticException>(e);
                Assert.Empty(_warnings);
                Assert.Empty(calls);
                break;
            case FloatingPointErrorMode.Call:
                FloatingPointStatus.Report(flag, "add");
                Assert.Equal([(s_texts[category], flag)], calls);
                Assert.Empty(_warnings);
                break;
        }
    }

    [Fact]
    public void Categories_are_handled_in_NumPys_order_until_one_raises()
    {
        var calls = new List<(string, FloatingPointFlags)>();
        using var scope = NDArray.ErrState(
            divide: FloatingPointErrorMode.Warn,
            over: FloatingPointErrorMode.Call,
            under: FloatingPointErrorMode.Raise,
            invalid: FloatingPointErrorMode.Warn,
            call: (t, f) => calls.Add((t, f)));
        var e = Assert.Throws<FloatingPointErrorException>(() => FloatingPointStatus.Report(FloatingPointStatus.AllFlags, "cast"));
        Assert.Equal("underflow encountered in cast", e.Message);
        Assert.Equal(["divide by zero encountered in cast"], _warnings.Select(w => w.Message));
        Assert.Equal([("overflow", FloatingPointStatus.AllFlags)], calls); // NumPy passes the whole status
    }

    [Fact]
    public void The_callback_runs_once_per_calling_category_with_every_flag_raised()
    {
        // np.seterrcall(f); with np.errstate(all='call'): np.array([0.,1.])/0 calls f('divide by zero', 9), f('invalid value', 9).
        var calls = new List<(string, FloatingPointFlags)>();
        using var scope = NDArray.ErrState(all: FloatingPointErrorMode.Call, call: (t, f) => calls.Add((t, f)));
        FloatingPointStatus.Report(FloatingPointFlags.DivideByZero | FloatingPointFlags.Invalid, "divide");
        Assert.Equal([("divide by zero", (FloatingPointFlags)9), ("invalid value", (FloatingPointFlags)9)], calls);
    }

    [Fact]
    public void Raise_turns_real_fpu_flags_into_NumPys_FloatingPointError()
    {
        using var scope = NDArray.ErrState(all: FloatingPointErrorMode.Raise);
        Assert.True(FloatingPointStatus.IsWatching);
        FloatingPointStatus.Clear();
        FloatingPointProbe.Run("1.0 / 0.0", 1.0, 0.0);
        FloatingPointFlags flags = FloatingPointStatus.Read();
        if (FloatingPointHardware.IsAvailable)
        {
            var e = Assert.Throws<FloatingPointErrorException>(() => FloatingPointStatus.Report(flags, "divide"));
            Assert.Equal("divide by zero encountered in divide", e.Message);
        }

        // Integer kernels' software flags raise everywhere.
        FloatingPointStatus.Clear();
        FloatingPointStatus.SetOverflow();
        var o = Assert.Throws<FloatingPointErrorException>(() => FloatingPointStatus.Report(FloatingPointStatus.Read(), "floor_divide"));
        Assert.Equal("overflow encountered in floor_divide", o.Message);
    }

    public static TheoryData<int> ArrayLengths => new([1, 7, 300_000]); // the last one is over the 2^18 threshold that splits across threads

    [Theory]
    [MemberData(nameof(ArrayLengths))]
    public void The_add_ufunc_reports_its_fpu_flags_through_the_modes(int n)
    {
        using NDArray<double> big = NDArray.Full([n], 1e308);
        using NDArray<double> small = NDArray.Full([n], 1.0);
        using NDArray<double> infinities = NDArray.Full([n], double.PositiveInfinity);
        using NDArray<double> negative = NDArray.Full([n], double.NegativeInfinity);
        FloatingPointErrorException? e;
        using (NDArray.ErrState(all: FloatingPointErrorMode.Raise))
        {
            using NDArray fine = NDArray.Add(small, small);
            e = Record.Exception(() => NDArray.Add(big, big).Dispose()) as FloatingPointErrorException;
            if (FloatingPointHardware.IsAvailable)
            {
                Assert.NotNull(e);
                Assert.Equal(("overflow encountered in add", FloatingPointFlags.Overflow), (e.Message, e.Flag));
                var invalid = Assert.Throws<FloatingPointErrorException>(() => NDArray.Add(infinities, negative).Dispose());
                Assert.Equal("invalid value encountered in add", invalid.Message);
            }
        }

        using (NDArray.ErrState(all: FloatingPointErrorMode.Warn, over: FloatingPointErrorMode.Ignore))
        {
            NDArray.Add(big, big).Dispose();
            Assert.Empty(_warnings);
            NDArray.Add(infinities, negative).Dispose();
            Assert.Equal(FloatingPointHardware.IsAvailable ? ["invalid value encountered in add"] : [], _warnings.Select(w => w.Message));
        }
    }

    [Fact]
    public void An_exception_from_a_warning_handler_propagates()
    {
        using var scope = NDArray.ErrState(all: FloatingPointErrorMode.Warn);
        EventHandler<FloatingPointWarningEventArgs> strict = (_, e) =>
        {
            if (Environment.CurrentManagedThreadId == _thread)
            {
                throw new InvalidOperationException(e.Message);
            }
        };
        NDArray.FloatingPointWarning += strict;
        try
        {
            var e = Assert.Throws<InvalidOperationException>(() => FloatingPointStatus.Report(FloatingPointFlags.Overflow, "exp"));
            Assert.Equal("overflow encountered in exp", e.Message);
        }
        finally
        {
            NDArray.FloatingPointWarning -= strict;
        }
    }

    [Fact]
    public void No_flags_means_nothing_happens_whatever_the_modes()
    {
        using var scope = NDArray.ErrState(all: FloatingPointErrorMode.Raise);
        FloatingPointStatus.Report(FloatingPointFlags.None, "add");
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Scopes_nest_and_each_restores_the_state_before_it()
    {
        FloatingPointErrorState outside = NDArray.SetErrState(all: FloatingPointErrorMode.Ignore);
        FloatingPointErrorState ignoring = NDArray.GetErrState();
        Action<string, FloatingPointFlags> callback = (_, _) => { };
        using (NDArray.ErrState(over: FloatingPointErrorMode.Raise))
        {
            Assert.Equal((FloatingPointErrorMode.Ignore, FloatingPointErrorMode.Raise), (NDArray.GetErrState().Divide, NDArray.GetErrState().Over));
            FloatingPointErrorState middle = NDArray.GetErrState();
            using (FloatingPointErrorScope inner = NDArray.ErrState(all: FloatingPointErrorMode.Call, under: FloatingPointErrorMode.Warn, call: callback))
            {
                FloatingPointErrorState state = NDArray.GetErrState();
                Assert.Equal(
                    (FloatingPointErrorMode.Call, FloatingPointErrorMode.Call, FloatingPointErrorMode.Warn, FloatingPointErrorMode.Call, callback),
                    (state.Divide, state.Over, state.Under, state.Invalid, state.Call));
                Assert.Equal(middle, inner.Previous);

                // np.seterr inside a scope is undone by the scope, as np.errstate's __exit__ undoes it.
                NDArray.SetErrState(all: FloatingPointErrorMode.Ignore);
            }

            Assert.Equal(middle, NDArray.GetErrState());
        }

        Assert.Equal(ignoring, NDArray.GetErrState());
        NDArray.SetErrState(outside);
    }

    [Fact]
    public void SetErrState_returns_the_previous_state_which_restores_it_callback_included()
    {
        Action<string, FloatingPointFlags> first = (_, _) => { }, second = (_, _) => { };
        NDArray.SetErrState(divide: FloatingPointErrorMode.Call, call: first);
        FloatingPointErrorState before = NDArray.GetErrState();
        FloatingPointErrorState returned = NDArray.SetErrState(all: FloatingPointErrorMode.Raise, invalid: FloatingPointErrorMode.Ignore, call: second);
        Assert.Equal(before, returned);
        FloatingPointErrorState now = NDArray.GetErrState();
        Assert.Equal(
            (FloatingPointErrorMode.Raise, FloatingPointErrorMode.Raise, FloatingPointErrorMode.Raise, FloatingPointErrorMode.Ignore, second),
            (now.Divide, now.Over, now.Under, now.Invalid, now.Call));

        // Arguments left null keep their value, the callback too.
        NDArray.SetErrState(under: FloatingPointErrorMode.Warn);
        Assert.Equal((FloatingPointErrorMode.Raise, FloatingPointErrorMode.Warn, second), (NDArray.GetErrState().Divide, NDArray.GetErrState().Under, NDArray.GetErrState().Call));

        Assert.Equal(FloatingPointErrorMode.Warn, NDArray.SetErrState(returned).Under);
        Assert.Equal(before, NDArray.GetErrState());

        NDArray.SetErrState(default(FloatingPointErrorState));
        Assert.False(FloatingPointStatus.IsWatching);
    }

    [Fact]
    public void Call_without_a_callback_is_refused_and_changes_nothing()
    {
        NDArray.SetErrState(default(FloatingPointErrorState));
        FloatingPointErrorState before = NDArray.GetErrState();
        var e = Assert.Throws<ArgumentException>(() => NDArray.ErrState(over: FloatingPointErrorMode.Call));
        Assert.Equal("call", e.ParamName);
        Assert.StartsWith("callback specified for overflow but no function found", e.Message);
        Assert.Throws<ArgumentException>(() => NDArray.SetErrState(all: FloatingPointErrorMode.Call));
        Assert.Equal(before, NDArray.GetErrState());

        // Once a callback is set, Call alone is fine.
        NDArray.SetErrState(call: (_, _) => { });
        using (NDArray.ErrState(invalid: FloatingPointErrorMode.Call))
        {
            Assert.Equal(FloatingPointErrorMode.Call, NDArray.GetErrState().Invalid);
        }
    }

    [Fact]
    public void Disposing_scopes_out_of_order_throws_and_leaves_the_state_alone()
    {
        NDArray.SetErrState(all: FloatingPointErrorMode.Ignore);
        FloatingPointErrorScope outer = NDArray.ErrState(divide: FloatingPointErrorMode.Raise);
        FloatingPointErrorScope inner = NDArray.ErrState(over: FloatingPointErrorMode.Raise);
        FloatingPointErrorState innerState = NDArray.GetErrState();

        var e = Assert.Throws<InvalidOperationException>(outer.Dispose);
        Assert.Contains("disposed innermost first", e.Message);
        Assert.Contains("1 scope(s) created after it are still open", e.Message);
        Assert.Equal(innerState, NDArray.GetErrState());

        // In order, both still work, and a second Dispose does nothing.
        inner.Dispose();
        Assert.Equal((FloatingPointErrorMode.Raise, FloatingPointErrorMode.Ignore), (NDArray.GetErrState().Divide, NDArray.GetErrState().Over));
        inner.Dispose();
        outer.Dispose();
        outer.Dispose();
        Assert.Equal(FloatingPointErrorMode.Ignore, NDArray.GetErrState().Divide);
        Assert.Equal(0, FloatingPointStatus.ScopeDepth);
    }

    [Fact]
    public void Disposing_a_scope_on_another_thread_throws_and_leaves_both_threads_alone()
    {
        NDArray.SetErrState(all: FloatingPointErrorMode.Ignore);
        FloatingPointErrorScope scope = NDArray.ErrState(all: FloatingPointErrorMode.Raise);
        Exception? error = null;
        FloatingPointErrorState otherAfter = default;
        var thread = new Thread(() =>
        {
            error = Record.Exception(scope.Dispose);
            otherAfter = NDArray.GetErrState();
        });
        thread.Start();
        thread.Join();
        var e = Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("must be disposed on the thread that created it", e.Message);
        Assert.Equal(FloatingPointErrorMode.Warn, otherAfter.Divide); // the other thread's defaults
        Assert.Equal(FloatingPointErrorMode.Raise, NDArray.GetErrState().Divide);
        scope.Dispose();
        Assert.Equal(FloatingPointErrorMode.Ignore, NDArray.GetErrState().Divide);
    }

    [Fact]
    public void A_threads_state_does_not_leak_into_another_thread()
    {
        using var scope = NDArray.ErrState(all: FloatingPointErrorMode.Raise);
        using var ready = new ManualResetEventSlim();
        using var proceed = new ManualResetEventSlim();
        Exception? otherError = null;
        FloatingPointErrorState otherState = default;
        var thread = new Thread(() =>
        {
            otherError = Record.Exception(() =>
            {
                // Raise here does not make the other thread raise, and its Ignore does not reach here.
                FloatingPointStatus.Report(FloatingPointFlags.DivideByZero, "divide");
                NDArray.SetErrState(all: FloatingPointErrorMode.Ignore);
                ready.Set();
                proceed.Wait();
                otherState = NDArray.GetErrState();
            });
        });
        thread.Start();
        ready.Wait();
        Assert.Throws<FloatingPointErrorException>(() => FloatingPointStatus.Report(FloatingPointFlags.DivideByZero, "divide"));
        NDArray.SetErrState(over: FloatingPointErrorMode.Warn);
        proceed.Set();
        thread.Join();
        Assert.Null(otherError);
        Assert.Equal((FloatingPointErrorMode.Ignore, FloatingPointErrorMode.Ignore), (otherState.Divide, otherState.Over));
        Assert.Equal((FloatingPointErrorMode.Raise, FloatingPointErrorMode.Warn), (NDArray.GetErrState().Divide, NDArray.GetErrState().Over));
    }

    public static TheoryData<int> AllModeCombinations => new(Enumerable.Range(0, 256));

    [Theory]
    [MemberData(nameof(AllModeCombinations))]
    public void The_fpu_is_watched_exactly_when_an_error_could_have_an_effect(int packed)
    {
        var modes = new FloatingPointErrorMode[4];
        for (int category = 0; category < 4; category++)
        {
            modes[category] = (FloatingPointErrorMode)((packed >> (2 * category)) & 3);
        }

        using var scope = NDArray.ErrState(divide: modes[0], over: modes[1], under: modes[2], invalid: modes[3], call: (_, _) => { });
        bool raisesOrCalls = modes.Any(m => m is FloatingPointErrorMode.Raise or FloatingPointErrorMode.Call);
        bool warns = modes.Contains(FloatingPointErrorMode.Warn);

        Assert.Equal(raisesOrCalls || warns, FloatingPointStatus.IsWatching); // this test is subscribed
        NDArray.FloatingPointWarning -= OnWarning;
        try
        {
            Assert.Equal(raisesOrCalls, FloatingPointStatus.IsWatching);
        }
        finally
        {
            NDArray.FloatingPointWarning += OnWarning;
        }
    }

    [Fact]
    public void NumPys_defaults_with_no_warning_handler_do_not_watch()
    {
        NDArray.FloatingPointWarning -= OnWarning;
        try
        {
            Assert.False(OnFreshThread(() => FloatingPointStatus.IsWatching));
        }
        finally
        {
            NDArray.FloatingPointWarning += OnWarning;
        }

        Assert.True(OnFreshThread(() => FloatingPointStatus.IsWatching));
    }

    private static T OnFreshThread<T>(Func<T> function)
    {
        T result = default!;
        var thread = new Thread(() => result = function());
        thread.Start();
        thread.Join();
        return result;
    }

    [Fact]
    public void The_exception_refuses_anything_but_one_category()
    {
        foreach (FloatingPointFlags flag in s_categories)
        {
            Assert.Equal(flag, new FloatingPointErrorException("m", flag).Flag);
        }

        foreach (FloatingPointFlags bad in new[] { FloatingPointFlags.None, FloatingPointFlags.Overflow | FloatingPointFlags.Invalid, (FloatingPointFlags)16 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => new FloatingPointErrorException("m", bad));
            Assert.Equal("flag", e.ParamName);
        }
    }
}

using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// Runs one statistics call on both sides: a Python expression over <c>a</c> (the NumPy view of an
/// ArrayBridge array, shared memory) in the embedded NumPy with warnings silenced, and the C# call.
/// The outcomes must agree: the same error kind and NumPy's text, or the same dtype, shape and
/// values (bit for bit, or within a stated number of ULP for floats).
/// </summary>
internal static class StatisticsOracle
{
    private const string Runner = """
        import numpy as _np, warnings as _warnings
        def _arraybridge_stats(f):
            with _warnings.catch_warnings(), _np.errstate(all='ignore'):
                _warnings.simplefilter('ignore')
                try:
                    return ('ok', _np.asarray(f()))
                except Exception as e:
                    return (type(e).__name__, str(e))
        """;

    private static readonly Lazy<PyObject> Helper = new(() =>
    {
        Python.Initialize();
        Python.Exec(Runner);
        return Python.Eval("_arraybridge_stats");
    });

    /// <summary>
    /// Compares <paramref name="ours"/> with <paramref name="expression"/> (Python, over <c>a</c> and
    /// the <paramref name="names"/>) and adds a line to <paramref name="failures"/> on disagreement.
    /// </summary>
    public static void Check(string label, NDArray input, string expression, Func<NDArray> ours, List<string> failures, double maxUlps = 0, params (string Name, object? Value)[] names)
    {
        string? failure = Compare(input, expression, ours, maxUlps, names);
        if (failure is not null)
        {
            failures.Add($"{label}: {expression}: {failure}");
        }
    }

    /// <summary>Fails with the first disagreements and their count.</summary>
    public static void AssertNone(List<string> failures, int cases)
    {
        Assert.True(cases > 0, "no cases ran");
        if (failures.Count > 0)
        {
            Assert.Fail($"{failures.Count} of {cases} case(s) disagree with NumPy:\n" + string.Join("\n", failures.Take(15)) + (failures.Count > 15 ? "\n..." : ""));
        }
    }

    private static string? Compare(NDArray input, string expression, Func<NDArray> ours, double maxUlps, (string Name, object? Value)[] names)
    {
        using PyObject exported = NumPy.ToNumPy(input);
        using var scope = new PyScope(names);
        scope["a"] = exported;
        scope["_f"] = Helper.Value;
        using PyObject outcome = scope.Eval($"_f(lambda: {expression})");
        using PyObject kindObject = outcome.GetItem(0);
        using PyObject value = outcome.GetItem(1);
        string kind = kindObject.As<string>();
        NDArray result;
        try
        {
            result = ours();
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or InvalidOperationException or DivideByZeroException)
        {
            if (kind == "ok")
            {
                using NDArray t = NumPy.FromNumPy(value);
                return $"NumPy returned {t.DType.TypeStr} {Layout.Format(t.Shape)}; ArrayBridge threw {e.GetType().Name}: {MessageOf(e)}";
            }

            string message = value.As<string>();
            bool kindMatches = kind switch
            {
                "AxisError" => e is ArgumentOutOfRangeException,
                "TypeError" => e is ArgumentException or InvalidCastException,
                "IndexError" => e is ArgumentException,
                "ZeroDivisionError" => e is DivideByZeroException,
                _ => e is ArgumentException,
            };
            if (!kindMatches)
            {
                return $"NumPy raised {kind}; ArrayBridge threw {e.GetType().Name}: {MessageOf(e)}";
            }

            return MessageOf(e) == message ? null : $"NumPy's {kind} says \"{message}\"; ArrayBridge's {e.GetType().Name} says \"{MessageOf(e)}\"";
        }

        using (result)
        {
            if (kind != "ok")
            {
                return $"NumPy raised {kind}: {value.As<string>()}; ArrayBridge returned {result.DType.TypeStr} {Layout.Format(result.Shape)}";
            }

            using NDArray theirs = NumPy.FromNumPy(value);
            if (result.DType != theirs.DType)
            {
                return $"dtype {result.DType.TypeStr}, NumPy {theirs.DType.TypeStr}";
            }

            if (!result.Shape.SequenceEqual(theirs.Shape))
            {
                return $"shape {Layout.Format(result.Shape)}, NumPy {Layout.Format(theirs.Shape)}";
            }

            return UfuncComparer.Compare(result, theirs, null, ulp: maxUlps > 0 && result.DType.Kind is 'f' or 'c', null, Math.Max(maxUlps, 0));
        }
    }

    /// <summary>An exception's own text, without the " (Parameter 'x')" that ArgumentException appends.</summary>
    private static string MessageOf(Exception e)
    {
        string m = e.Message;
        if (e is ArgumentException { ParamName: { } p } && m.EndsWith($" (Parameter '{p}')", StringComparison.Ordinal))
        {
            m = m[..^$" (Parameter '{p}')".Length];
        }

        return m;
    }
}

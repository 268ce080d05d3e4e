using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// Runs one joining or building call on both sides: a Python expression over <c>a0</c>, <c>a1</c>,
/// ... (NumPy views of ArrayBridge arrays, shared memory) in the embedded NumPy, and the C# call,
/// which returns one array or several. The outcomes must agree: the same error kind and NumPy's
/// text, or for every result the same dtype, shape and bits (or within a stated number of ULP
/// where NumPy's own transcendental loops are not the C library's), and optionally the same strides.
/// </summary>
internal static class JoiningOracle
{
    private const string Runner = """
        import numpy as _np, warnings as _warnings
        def _arraybridge_join(f):
            with _warnings.catch_warnings(), _np.errstate(all='ignore'):
                _warnings.simplefilter('ignore')
                try:
                    r = f()
                except Exception as e:
                    return (type(e).__name__, str(e))
                rs = list(r) if isinstance(r, (list, tuple)) else [r]
                return ('ok', [(_np.asarray(x), tuple(x.strides) if isinstance(x, _np.ndarray) else None) for x in rs])
        """;

    private static readonly Lazy<PyObject> Helper = new(() =>
    {
        Python.Initialize();
        Python.Exec(Runner);
        return Python.Eval("_arraybridge_join");
    });

    /// <summary>Compares a call returning one array.</summary>
    public static void Check(string label, string expression, NDArray[] inputs, Func<NDArray> ours, List<string> failures, bool strides = false, double maxUlps = 0) =>
        CheckMany(label, expression, inputs, () => [ours()], failures, strides, maxUlps);

    /// <summary>Compares a call returning several arrays (NumPy's list or tuple).</summary>
    public static void CheckMany(string label, string expression, NDArray[] inputs, Func<NDArray[]> ours, List<string> failures, bool strides = false, double maxUlps = 0)
    {
        string? failure = Compare(expression, inputs, ours, strides, maxUlps);
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

    private static string? Compare(string expression, NDArray[] inputs, Func<NDArray[]> ours, bool checkStrides, double maxUlps)
    {
        var exported = new List<PyObject>();
        try
        {
            using var scope = new PyScope();
            for (int i = 0; i < inputs.Length; i++)
            {
                PyObject e = NumPy.ToNumPy(inputs[i]);
                exported.Add(e);
                scope[$"a{i}"] = e;
            }

            scope["_f"] = Helper.Value;
            using PyObject outcome = scope.Eval($"_f(lambda: {expression})");
            using PyObject kindObject = outcome.GetItem(0);
            using PyObject value = outcome.GetItem(1);
            string kind = kindObject.As<string>();
            NDArray[] results;
            try
            {
                results = ours();
            }
            catch (Exception e) when (e is ArgumentException or InvalidCastException or InvalidOperationException or DivideByZeroException)
            {
                if (kind == "ok")
                {
                    return $"NumPy returned a result; ArrayBridge threw {e.GetType().Name}: {MessageOf(e)}";
                }

                string message = value.As<string>();
                bool kindMatches = kind switch
                {
                    "AxisError" => e is ArgumentOutOfRangeException,
                    "TypeError" => e is ArgumentException or InvalidCastException,
                    "ZeroDivisionError" => e is DivideByZeroException,
                    _ => e is ArgumentException,
                };
                if (!kindMatches)
                {
                    return $"NumPy raised {kind}: {message}; ArrayBridge threw {e.GetType().Name}: {MessageOf(e)}";
                }

                return MessageOf(e) == message ? null : $"NumPy's {kind} says \"{message}\"; ArrayBridge's {e.GetType().Name} says \"{MessageOf(e)}\"";
            }

            try
            {
                if (kind != "ok")
                {
                    return $"NumPy raised {kind}: {value.As<string>()}; ArrayBridge returned {results.Length} array(s)";
                }

                long count = value.Length;
                if (count != results.Length)
                {
                    return $"{results.Length} result(s), NumPy {count}";
                }

                for (int i = 0; i < results.Length; i++)
                {
                    using PyObject pair = value.GetItem(i);
                    using PyObject array = pair.GetItem(0);
                    using PyObject stridesObject = pair.GetItem(1);
                    using NDArray theirs = NumPy.FromNumPy(array);
                    NDArray result = results[i];
                    string at = results.Length > 1 ? $"result {i}: " : "";
                    bool scalar = stridesObject.IsNone;
                    if (scalar && result.NDim == 0 && result.DType.AsNative() == theirs.DType)
                    {
                        // NumPy gave a scalar (np.flip of a 0-d array indexes it with ()), which
                        // comes back in native byte order: compare the value.
                        using NDArray native = result.AsType(result.DType.AsNative());
                        string? scalarDifference = UfuncComparer.Compare(native, theirs, null, ulp: false, null, 0);
                        if (scalarDifference is not null)
                        {
                            return at + scalarDifference;
                        }

                        continue;
                    }

                    if (result.DType != theirs.DType)
                    {
                        return $"{at}dtype {result.DType.TypeStr}, NumPy {theirs.DType.TypeStr}";
                    }

                    if (!result.Shape.SequenceEqual(theirs.Shape))
                    {
                        return $"{at}shape {Layout.Format(result.Shape)}, NumPy {Layout.Format(theirs.Shape)}";
                    }

                    if (checkStrides && result.Size > 1)
                    {
                        long[] numpyStrides = stridesObject.As<long[]>();
                        if (!result.Strides.Select(s => (long)s).SequenceEqual(numpyStrides))
                        {
                            return $"{at}strides {Layout.Format(result.Strides)}, NumPy ({string.Join(", ", numpyStrides)})";
                        }
                    }

                    string? difference = UfuncComparer.Compare(result, theirs, null, ulp: maxUlps > 0 && result.DType.Kind is 'f' or 'c', null, maxUlps);
                    if (difference is not null)
                    {
                        return at + difference;
                    }
                }

                return null;
            }
            finally
            {
                foreach (NDArray r in results)
                {
                    r.Dispose();
                }
            }
        }
        finally
        {
            foreach (PyObject e in exported)
            {
                e.Dispose();
            }
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

using System.Numerics;
using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// Runs ufunc cases on both sides, ArrayBridge and the embedded NumPy (one Python call per batch,
/// with NumPy 2's weak-scalar promotion switched on for the call only), and compares the outcomes:
/// the same error (kind and NumPy's text), or the same dtype, shape, order-K layout and values.
/// </summary>
/// <remarks>
/// Where NumPy 2 computes differently from the embedded 1.24 (see /work/shared/NUMPY_MATH.md), the
/// helper gives NumPy 2's answer: comparisons of an integer array with a Python int outside its
/// range (exact, not OverflowError), <c>sign</c> of a complex (z/|z|, not the real part's sign;
/// its floating-point flags are not modelled), and DType classes in messages
/// (<c>numpy.dtypes.Float64DType</c>, not <c>numpy.dtype[float64]</c>).
/// </remarks>
internal static class UfuncOracle
{
    /// <summary>Python run once per process: calls the ufunc for every case of a batch.</summary>
    private const string HelperSource = """
        import numpy as _np, warnings as _warnings
        _COMPARISONS = ('equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal')
        def _out_of_range_int(args):
            # NumPy 2 (special_integer_comparisons.cpp) compares a Python int with an integer array
            # exactly, even when the int does not fit the array's dtype; 1.24 weak raises OverflowError.
            arrays = [a for a in args if isinstance(a, _np.ndarray)]
            for a in args:
                if type(a) is int:
                    for x in arrays:
                        if x.dtype.kind in 'iu':
                            info = _np.iinfo(x.dtype)
                            if not info.min <= a <= info.max:
                                return True
            return False
        def _numpy2_comparison(f, args, kw):
            fitted = [0 if type(a) is int else a for a in args]
            result = _np.asarray(f(*fitted, **kw))
            exact = f(*[a.astype(object) if isinstance(a, _np.ndarray) else a for a in args])
            _np.copyto(result, _np.asarray(exact).astype(bool), where=kw.get('where', True))
            return result
        def _numpy2_complex_sign(result, z, where):
            # NumPy 2's C@TYPE@_sign (loops.c.src): z/|z| with hypot; 1.24 took the sign of the real part.
            z = _np.asarray(z).astype(result.dtype)
            r, i = z.real, z.imag
            a = _np.hypot(r, i)
            inf_r, inf_i = _np.isinf(r), _np.isinf(i)
            one = lambda v: _np.where(v > 0, 1.0, -1.0)
            re = _np.where(_np.isnan(a), _np.nan, _np.where(_np.isinf(a), _np.where(inf_r, _np.where(inf_i, _np.nan, one(r)), 0.0), _np.where(a == 0, 0.0, r / a)))
            im = _np.where(_np.isnan(a), _np.nan, _np.where(_np.isinf(a), _np.where(inf_r, _np.where(inf_i, _np.nan, 0.0), one(i)), _np.where(a == 0, 0.0, i / a)))
            exact = _np.empty(z.shape, result.dtype)
            exact.real = re
            exact.imag = im
            _np.copyto(result, exact, where=where)
        def _arraybridge_call(f, name, args, kw):
            if name in _COMPARISONS and 'dtype' not in kw and _out_of_range_int(args):
                return _numpy2_comparison(f, args, kw)
            if name == 'sign' and (_np.iscomplexobj(args[0]) or ('dtype' in kw and _np.dtype(kw['dtype']).kind == 'c')):
                # 1.24's loop raises invalid for NaN where NumPy 2's does not: values only, no FPU flags.
                with _np.errstate(all='ignore'):
                    result = _np.asarray(f(*args, **kw))
                    _numpy2_complex_sign(result, args[0], kw.get('where', True))
                return result
            return f(*args, **kw)
        import re as _re
        _DTYPE_CLASSES = {'bool_': 'Bool', 'int8': 'Int8', 'uint8': 'UInt8', 'int16': 'Int16', 'uint16': 'UInt16',
            'int32': 'Int32', 'uint32': 'UInt32', 'int64': 'Int64', 'uint64': 'UInt64', 'float16': 'Float16',
            'float32': 'Float32', 'float64': 'Float64', 'complex64': 'Complex64', 'complex128': 'Complex128'}
        def _numpy2_message(text):
            # NumPy 2 names DType classes numpy.dtypes.Float64DType where 1.24 says numpy.dtype[float64].
            return _re.sub(r"<class 'numpy\.dtype\[(\w+)\]'>", lambda m: "<class 'numpy.dtypes." + _DTYPE_CLASSES.get(m.group(1), m.group(1)) + "DType'>", text)
        def _arraybridge_ufunc_batch(name, cases):
            f = getattr(_np.core.umath, name)
            results = []
            previous = _np._get_promotion_state()
            _np._set_promotion_state('weak')
            try:
                with _np.errstate(all='ignore'), _warnings.catch_warnings():
                    _warnings.simplefilter('ignore')
                    for args, out, where, dtype, casting, order, fperr, no_under in cases:
                        kw = {'casting': casting, 'order': order}
                        if out is not None: kw['out'] = out
                        if where is not None: kw['where'] = where
                        if dtype is not None: kw['dtype'] = dtype
                        try:
                            if fperr:
                                with _np.errstate(all='raise', under='ignore' if no_under else 'raise'):
                                    results.append(('ok', _np.asarray(_arraybridge_call(f, name, args, kw))))
                            else:
                                results.append(('ok', _np.asarray(_arraybridge_call(f, name, args, kw))))
                        except FloatingPointError as e:
                            results.append(('FloatingPointError', _numpy2_message(str(e))))
                        except OverflowError as e:
                            results.append(('OverflowError', _numpy2_message(str(e))))
                        except TypeError as e:
                            results.append(('TypeError', _numpy2_message(str(e))))
                        except ValueError as e:
                            results.append(('ValueError', _numpy2_message(str(e))))
            finally:
                _np._set_promotion_state(previous)
            return results
        def _arraybridge_ufunc_info(name):
            f = getattr(_np.core.umath, name)
            return (f.nin, f.nout, list(f.types))
        """;

    private static readonly Lazy<(PyObject Batch, PyObject Info)> Helpers = new(() =>
    {
        Python.Initialize();
        Python.Exec(HelperSource);
        return (Python.Eval("_arraybridge_ufunc_batch"), Python.Eval("_arraybridge_ufunc_info"));
    });

    public static string CastingName(Casting c) => c switch
    {
        Casting.No => "no",
        Casting.Equiv => "equiv",
        Casting.Safe => "safe",
        Casting.SameKind => "same_kind",
        _ => "unsafe",
    };

    /// <summary>NumPy's <c>nin</c>, <c>nout</c> and <c>types</c> of the ufunc <paramref name="numpyName"/>.</summary>
    public static (int NIn, int NOut, string[] Types) Info(string numpyName)
    {
        using PyObject info = Helpers.Value.Info.Call(numpyName);
        using PyObject nin = info.GetItem(0);
        using PyObject nout = info.GetItem(1);
        using PyObject types = info.GetItem(2);
        return (nin.As<int>(), nout.As<int>(), types.As<object?[]>().Select(t => (string)t!).ToArray());
    }

    /// <summary>
    /// Runs every case on both sides and appends a line to <paramref name="failures"/> for each
    /// disagreement. With <paramref name="typesOnly"/> only the outcome kind and dtype compare.
    /// </summary>
    public static void Check(string method, IReadOnlyList<Func<UfuncCase>> factories, List<string> failures, bool typesOnly = false, UlpRecord? ulps = null)
    {
        string name = UfuncCatalog.NumPyName(method);
        var ours = new UfuncCase[factories.Count];
        var theirs = new UfuncCase[factories.Count];
        var exported = new List<PyObject>();
        try
        {
            for (int i = 0; i < factories.Count; i++)
            {
                ours[i] = factories[i]();
                theirs[i] = ours[i].Writes ? factories[i]() : ours[i];
            }

            using GilScope gil = Python.Gil();
            var cases = new object?[factories.Count];
            for (int i = 0; i < cases.Length; i++)
            {
                UfuncCase c = theirs[i];
                cases[i] = new object?[]
                {
                    c.Inputs.Select(x => x is NDArray a ? Export(a, exported) : x).ToArray(),
                    c.Out is null ? null : Export(c.Out, exported),
                    c.Where is null ? null : Export(c.Where, exported),
                    c.DType?.TypeStr,
                    CastingName(c.Casting),
                    c.Order.ToString(),
                    c.RaiseFloatingPointErrors,
                    c.IgnoreUnderflow,
                };
            }

            using PyObject results = Helpers.Value.Batch.Call(name, cases);
            for (int i = 0; i < cases.Length; i++)
            {
                using PyObject item = results.GetItem(i);
                using PyObject kind = item.GetItem(0);
                using PyObject payload = item.GetItem(1);
                string outcome = kind.As<string>();
                string? problem = outcome == "ok"
                    ? CompareWithResult(method, ours[i], payload, typesOnly, ulps)
                    : CompareWithError(method, ours[i], outcome, payload.As<string>());
                if (problem is not null)
                {
                    failures.Add($"{name} {ours[i]}: {problem}");
                }
            }
        }
        finally
        {
            foreach (PyObject p in exported)
            {
                p.Dispose();
            }

            for (int i = 0; i < factories.Count; i++)
            {
                if (theirs[i] is { } t && !ReferenceEquals(t, ours[i]))
                {
                    t.Dispose();
                }

                ours[i]?.Dispose();
            }
        }
    }

    /// <summary>Fails with the first disagreements, their count, and the ufunc in the message.</summary>
    public static void AssertNone(string method, List<string> failures)
    {
        if (failures.Count > 0)
        {
            Assert.Fail($"NDArray.{method} ({UfuncCatalog.NumPyName(method)}) disagrees with NumPy in {failures.Count} case(s):\n" +
                string.Join("\n", failures.Take(15)) + (failures.Count > 15 ? "\n..." : ""));
        }
    }

    private static PyObject Export(NDArray a, List<PyObject> exported)
    {
        PyObject p = NumPy.ToNumPy(a);
        exported.Add(p);
        return p;
    }

    private static NDArray Run(string method, UfuncCase c)
    {
        if (!c.RaiseFloatingPointErrors)
        {
            return UfuncCatalog.Call(method, c.Operands(), c.Out, c.Where, c.DType, c.Casting, c.Order);
        }

        using FloatingPointErrorScope errstate = NDArray.ErrState(
            all: FloatingPointErrorMode.Raise, under: c.IgnoreUnderflow ? FloatingPointErrorMode.Ignore : null);
        return UfuncCatalog.Call(method, c.Operands(), c.Out, c.Where, c.DType, c.Casting, c.Order);
    }

    private static string? CompareWithError(string method, UfuncCase c, string kind, string message)
    {
        NDArray result;
        try
        {
            result = Run(method, c);
        }
        catch (Exception e)
        {
            bool kindMatches = kind switch
            {
                "OverflowError" => e is OverflowException,
                "FloatingPointError" => e is FloatingPointErrorException,
                "TypeError" => e is InvalidCastException || e.GetType() == typeof(ArgumentException),
                _ => e.GetType() == typeof(ArgumentException),
            };
            string ours = MessageOf(e);
            if (!kindMatches)
            {
                return $"NumPy raised {kind}: {message}; ArrayBridge threw {e.GetType().Name}: {ours}";
            }

            return ours == message ? null : $"NumPy's {kind} says \"{message}\"; ArrayBridge's {e.GetType().Name} says \"{ours}\"";
        }

        string dtype = result.DType.TypeStr;
        if (!ReferenceEquals(result, c.Out))
        {
            result.Dispose();
        }

        return $"NumPy raised {kind}: {message}; ArrayBridge returned {dtype}";
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

    private static string? CompareWithResult(string method, UfuncCase c, PyObject numpyResult, bool typesOnly, UlpRecord? ulps)
    {
        NDArray ours;
        try
        {
            ours = Run(method, c);
        }
        catch (Exception e)
        {
            using NDArray t = NumPy.FromNumPy(numpyResult);
            return $"NumPy returned {t.DType.TypeStr}; ArrayBridge threw {e.GetType().Name}: {MessageOf(e)}";
        }

        using NDArray theirs = NumPy.FromNumPy(numpyResult);
        try
        {
            if (ours.DType != theirs.DType)
            {
                return $"dtype {ours.DType.TypeStr}, NumPy {theirs.DType.TypeStr}";
            }

            if (typesOnly || c.ValuesUndefined)
            {
                return null;
            }

            if (!ours.Shape.SequenceEqual(theirs.Shape))
            {
                return $"shape {Layout.Format(ours.Shape)}, NumPy {Layout.Format(theirs.Shape)}";
            }

            if (c.Out is not null && !ReferenceEquals(ours, c.Out))
            {
                return "the result is not the out array";
            }

            if (c.Out is null && LayoutOf(ours) != LayoutOf(theirs))
            {
                return $"layout {LayoutOf(ours)} (strides {Layout.Format(ours.Strides)}), NumPy {LayoutOf(theirs)} (strides {Layout.Format(theirs.Strides)})";
            }

            string numpyName = UfuncCatalog.NumPyName(method);
            bool ulp = UlpAllowances.IsMeasured(numpyName, ours.DType.Kind);
            double allowed = UlpAllowances.For(numpyName, ours.DType);
            return UfuncComparer.Compare(ours, theirs, c.MaskedOnly ? c.Where : null, ulp, ulps, allowed);
        }
        finally
        {
            if (!ReferenceEquals(ours, c.Out))
            {
                ours.Dispose();
            }
        }
    }

    /// <summary>Contiguity flags and the order of the axes (longer than 1) by decreasing stride: what order K decides.</summary>
    private static string LayoutOf(NDArray a)
    {
        int[] axes = Enumerable.Range(0, a.NDim).Where(i => a.Shape[i] > 1).OrderByDescending(i => a.Strides[i]).ToArray();
        return $"{(a.IsCContiguous ? "C" : "")}{(a.IsFContiguous ? "F" : "")}{(a.IsContiguous ? "" : "-")} axes ({string.Join(",", axes)})";
    }
}

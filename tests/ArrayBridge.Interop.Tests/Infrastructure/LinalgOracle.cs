using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>
/// One call of a linear-algebra function on both sides: the NumPy function name, the arguments
/// (arrays and plain values, passed to NumPy as they are), NumPy keyword arguments, and the
/// ArrayBridge call that should agree.
/// </summary>
internal sealed record LinalgCase(string Function, object?[] Args, Dictionary<string, object?> Kw, Func<NDArray> Ours, string Label);

/// <summary>
/// Runs <see cref="LinalgCase"/>s against the embedded NumPy and reports disagreements: the same
/// error text, or the same dtype and shape and values (integers and bools exactly; floating types
/// within <c>4·k·eps·(|a|·|b|)</c> per element, where <c>k</c> is the summed length and the bound is
/// NumPy's own result on the absolute values: the worst-case rounding of any summation order).
/// </summary>
internal static class LinalgOracle
{
    private const string HelperSource = """
        import numpy as _np
        _AB_LINALG = {'matmul': _np.matmul, 'dot': _np.dot, 'vdot': _np.vdot, 'inner': _np.inner, 'outer': _np.outer,
                      'tensordot': _np.tensordot, 'trace': _np.trace, 'diagonal': _np.diagonal, 'einsum': _np.einsum}
        def _ab_linalg_check(name, args, kw, ours, err, k):
            f = _AB_LINALG[name]
            try:
                exp = f(*args, **kw)
            except Exception as e:
                text = str(e)
                if err is None:
                    return 'NumPy raised %s: %s; ArrayBridge returned a result' % (type(e).__name__, text)
                if err != text and not err.endswith(': ' + text) and err.split(': ', 1)[-1] != text.split(': ', 1)[-1]:
                    return 'message: NumPy %r, ArrayBridge %r' % (text, err)
                return None
            if err is not None:
                return 'ArrayBridge raised %r; NumPy returned %r' % (err, exp)
            exp = _np.asarray(exp)
            ours = _np.asarray(ours)
            if exp.dtype != ours.dtype:
                return 'dtype %s, NumPy %s' % (ours.dtype, exp.dtype)
            if exp.shape != ours.shape:
                return 'shape %s, NumPy %s' % (ours.shape, exp.shape)
            if exp.dtype.kind in 'fc':
                absargs = [_np.abs(a) if isinstance(a, _np.ndarray) else a for a in args]
                akw = dict(kw)
                if 'dtype' in akw and _np.dtype(akw['dtype']).kind == 'c':
                    akw['dtype'] = _np.float64
                with _np.errstate(all='ignore'):
                    scale = _np.abs(_np.asarray(f(*absargs, **akw))).astype(_np.float64)
                    eps = float(_np.finfo(exp.dtype).eps)
                    tol = 4.0 * max(k, 1) * eps * scale + 1e-300
                    diff = _np.abs(ours.astype(_np.complex128) - exp.astype(_np.complex128))
                bad = ~(diff <= tol)
                if bad.any():
                    i = _np.argwhere(bad)[0]
                    i = tuple(i) if exp.ndim else ()
                    return 'value at %s: %r, NumPy %r (tolerance %g)' % (i, ours[i], exp[i], tol[i] if exp.ndim else tol)
            elif not _np.array_equal(ours, exp):
                return 'values %r, NumPy %r' % (ours.ravel()[:8], exp.ravel()[:8])
            return None
        """;

    private static readonly Lazy<PyObject> Helper = new(() =>
    {
        Python.Initialize();
        Python.Exec(HelperSource);
        return Python.Eval("_ab_linalg_check");
    });

    /// <summary>The disagreements of all <paramref name="cases"/>, one line each.</summary>
    public static List<string> Run(IEnumerable<LinalgCase> cases, nint k = 0)
    {
        var failures = new List<string>();
        foreach (LinalgCase c in cases)
        {
            string? problem = Check(c, k);
            if (problem is not null)
            {
                failures.Add($"{c.Label}: {problem}");
            }
        }

        return failures;
    }

    /// <summary>Asserts that there are no <paramref name="failures"/>, listing the first ones.</summary>
    public static void AssertNone(List<string> failures)
    {
        if (failures.Count > 0)
        {
            Assert.Fail($"{failures.Count} case(s) disagree with NumPy:\n" + string.Join("\n", failures.Take(15)));
        }
    }

    private static string? Check(LinalgCase c, nint k)
    {
        NDArray? ours = null;
        string? error = null;
        try
        {
            ours = c.Ours();
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException)
        {
            error = e is ArgumentException { ParamName: { } p } ae
                ? $"{p}: {ae.Message.Replace($" (Parameter '{p}')", "", StringComparison.Ordinal)}"
                : e.Message;
        }

        var exported = new List<PyObject>();
        try
        {
            using GilScope gil = Python.Gil();
            object?[] args = c.Args.Select(a => a is NDArray x ? (object?)Export(x, exported) : a).ToArray();
            var kw = c.Kw.ToDictionary(p => p.Key, p => p.Value is NDArray x ? (object?)Export(x, exported) : p.Value);
            nint summed = k > 0 ? k : c.Args.OfType<NDArray>().Select(a => a.Size).DefaultIfEmpty(1).Max();
            using PyObject dict = Python.Eval("dict").Call(Array.Empty<object?>(), kw);
            using PyObject result = Helper.Value.Call(c.Function, args, dict, ours is null ? null : Export(ours, exported), error, (long)summed);
            return result.IsNone ? null : result.As<string>();
        }
        finally
        {
            foreach (PyObject p in exported)
            {
                p.Dispose();
            }

            ours?.Dispose();
        }
    }

    private static PyObject Export(NDArray a, List<PyObject> exported)
    {
        PyObject p = NumPy.ToNumPy(a);
        exported.Add(p);
        return p;
    }

    /// <summary>
    /// A seeded random array of <paramref name="dtype"/>: small integers (wrapping products in the
    /// narrow types), values in [-1, 1) for floats, both parts for complex.
    /// </summary>
    public static NDArray Random(DType dtype, Random rng, params nint[] shape)
    {
        nint size = 1;
        foreach (nint n in shape)
        {
            size *= n;
        }

        if (dtype.Kind == 'c')
        {
            var values = new Complex[size];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = new Complex((rng.NextDouble() * 2) - 1, (rng.NextDouble() * 2) - 1);
            }

            using NDArray flat = NDArray.FromArray(values);
            using NDArray shaped = flat.Reshape(shape);
            return shaped.AsType(dtype);
        }

        var doubles = new double[size];
        for (int i = 0; i < doubles.Length; i++)
        {
            doubles[i] = dtype.Kind switch
            {
                'b' => rng.Next(2),
                'u' => rng.Next(0, 200),
                'i' => rng.Next(-100, 100),
                _ => (rng.NextDouble() * 2) - 1,
            };
        }

        using NDArray f = NDArray.FromArray(doubles);
        using NDArray s = f.Reshape(shape);
        return s.AsType(dtype);
    }

    /// <summary>
    /// <paramref name="shape"/> filled at random and laid out as <paramref name="layout"/>: "C",
    /// "F", "strided" (every second element of a larger array on every axis), "reversed" (negative
    /// strides on every axis) or "T" (the transpose of a C array of the reversed shape).
    /// </summary>
    public static NDArray Layout(DType dtype, Random rng, string layout, params nint[] shape)
    {
        switch (layout)
        {
            case "C":
                return Random(dtype, rng, shape);
            case "F":
            {
                using NDArray c = Random(dtype, rng, shape);
                return c.Copy(ArrayOrder.F);
            }

            case "strided":
            {
                using NDArray big = Random(dtype, rng, shape.Select(n => (2 * n) + 1).ToArray());
                return big[string.Join(",", shape.Select(_ => "1::2"))];
            }

            case "reversed":
            {
                using NDArray c = Random(dtype, rng, shape);
                return c[string.Join(",", shape.Select(_ => "::-1"))];
            }

            default:
            {
                using NDArray c = Random(dtype, rng, shape.Reverse().ToArray());
                return c.Transpose();
            }
        }
    }
}

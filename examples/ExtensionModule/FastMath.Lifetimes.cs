using ArrayBridge;
using ArrayBridge.Extensions;

namespace ExtensionModule;

// Array arguments: functions that keep an argument beyond their call, which tests/python uses to
// check the rule (the argument itself is disposed when the call returns, a view of it keeps the NumPy
// array alive), and the argument-only call the benchmark times.
public static partial class FastMath
{
    private static NDArray<double>? s_keptArgument;
    private static NDArray<double>? s_keptView;

    /// <summary>Keeps x itself and a view of x in statics, past the end of the call.</summary>
    [PythonFunction]
    public static void Keep(NDArray<double> x)
    {
        s_keptView?.Dispose();
        s_keptArgument = x;
        s_keptView = x[..];
    }

    /// <summary>The sum of the view Keep kept, read after that call returned.</summary>
    [PythonFunction]
    public static double KeptViewSum() => Sum(s_keptView ?? throw new InvalidOperationException("nothing kept"));

    /// <summary>The sum of the argument Keep kept: it was disposed when that call returned, so this raises.</summary>
    [PythonFunction]
    public static double KeptArgumentSum() => Sum(s_keptArgument ?? throw new InvalidOperationException("nothing kept"));

    /// <summary>Disposes the kept view and forgets the kept argument, releasing the NumPy array.</summary>
    [PythonFunction]
    public static void ReleaseKept()
    {
        s_keptView?.Dispose();
        s_keptView = null;
        s_keptArgument = null;
    }

    /// <summary>Drops the kept view and argument without disposing them and collects them, finalizers included.</summary>
    [PythonFunction]
    public static void ForgetKept()
    {
        s_keptView = null;
        s_keptArgument = null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    /// <summary>The sum of x's elements (the array-argument-only call the benchmark times).</summary>
    [PythonFunction]
    public static double Total([Require(ArrayFlags.CContiguous | ArrayFlags.Aligned)] NDArray<double> x)
    {
        double sum = 0.0;
        foreach (double value in x.AsReadOnlySpan())
        {
            sum += value;
        }

        return sum;
    }

    private static double Sum(NDArray<double> x)
    {
        double total = 0;
        for (nint i = 0; i < x.Shape[0]; i++)
        {
            total += x[i];
        }

        return total;
    }
}

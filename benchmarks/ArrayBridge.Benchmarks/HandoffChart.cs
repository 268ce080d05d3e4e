using ArrayBridge;
using ArrayBridge.Interop;

namespace ArrayBridge.Benchmarks;

/// <summary>Draws handoff cost against array size on log axes with matplotlib, through ArrayBridge itself.</summary>
internal static class HandoffChart
{
    private static readonly int[] Sizes = [1, 1_000, 1_000_000, 100_000_000];

    public static void Draw(Results r, string path)
    {
        Python.Initialize();
        using PyObject matplotlib = Python.Import("matplotlib");
        using PyObject _ = matplotlib.Invoke("use", "Agg");
        using PyObject plt = Python.Import("matplotlib.pyplot");
        using PyObject figure = plt.Invoke("figure", [], new Dictionary<string, object?> { ["figsize"] = (8.0, 5.0) });
        using NDArray<double> x = NDArray.FromArray(Sizes.Select(s => (double)s).ToArray());
        (string Method, string Label, string Style)[] series =
        [
            ("ToNumPy", "ArrayBridge ToNumPy (zero-copy)", "o-"),
            ("FromNumPy", "ArrayBridge FromNumPy (zero-copy)", "s-"),
            ("CopyToNumPy", "copy-based: np.empty(n) + copy in", "o--"),
            ("CopyFromNumPy", "copy-based: new array + copy out", "s--"),
            ("NumPyEmptyScalar", "NumPy floor: np.empty(())", "k:"),
            ("NumPyView", "NumPy floor: a.view()", "k-."),
        ];
        foreach (var (method, label, style) in series)
        {
            using NDArray<double> y = NDArray.FromArray(Sizes.Select(s => r[nameof(HandoffBenchmarks), method, s]).ToArray());
            using PyObject line = plt.Invoke("loglog", [x, y, style], new Dictionary<string, object?> { ["label"] = label });
        }

        using PyObject xl = plt.Invoke("xlabel", "array size (float64 elements)");
        using PyObject yl = plt.Invoke("ylabel", "time per handoff (ns)");
        using PyObject title = plt.Invoke("title", "Handing an array between .NET and NumPy");
        using PyObject grid = plt.Invoke("grid", [true], new Dictionary<string, object?> { ["which"] = "both", ["alpha"] = 0.3 });
        using PyObject legend = plt.Invoke("legend", [], new Dictionary<string, object?> { ["fontsize"] = 8 });
        using PyObject tight = plt.Invoke("tight_layout");
        using PyObject saved = plt.Invoke("savefig", [path], new Dictionary<string, object?> { ["dpi"] = 120 });
        using PyObject closed = plt.Invoke("close", figure);
    }
}

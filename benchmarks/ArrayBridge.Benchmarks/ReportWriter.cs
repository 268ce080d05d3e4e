using System.Globalization;
using System.Text;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Reports;

namespace ArrayBridge.Benchmarks;

/// <summary>Writes benchmarks/results/latest.md: the machine, the date, every figure, and each target's ratio.</summary>
internal static class ReportWriter
{
    // BenchmarkDotNet 0.15 no longer exposes the processor model; Linux names it in /proc/cpuinfo.
    private static string ProcessorName()
    {
        const string Key = "model name";
        string? line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith(Key, StringComparison.Ordinal)) : null;
        return line is null ? "unknown processor" : line[(line.IndexOf(':') + 1)..].Trim();
    }

    public static string Write(Results r, Summary[] summaries)
    {
        var sb = new StringBuilder();
        HostEnvironmentInfo host = summaries[0].HostEnvironmentInfo;
        sb.AppendLine("# ArrayBridge benchmark results").AppendLine();
        sb.AppendLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        sb.AppendLine($"- Machine: {ProcessorName()}, {Environment.ProcessorCount} logical cores, {host.Os.Value}");
        sb.AppendLine($"- Runtime: {host.RuntimeVersion}; BenchmarkDotNet {host.BenchmarkDotNetVersion}; job: 2 launches, each 3 warm-up and 10 measured iterations of at least 100 ms");
        sb.AppendLine($"- Python and NumPy: the interpreter ArrayBridge discovers (Debian's), in the same process");
        sb.AppendLine();

        sb.AppendLine("## Targets").AppendLine();
        sb.AppendLine("| Target | Measured | Ratio | Goal | Result |");
        sb.AppendLine("|---|---|---|---|---|");
        const string H = nameof(HandoffBenchmarks), G = nameof(HandoffUnderGilBenchmarks);
        Flat(sb, "ToNumPy flat in size (1 vs 10^8 elements)", r[H, "ToNumPy", 1], r[H, "ToNumPy", 100_000_000]);
        Flat(sb, "FromNumPy flat in size (1 vs 10^8 elements)", r[H, "FromNumPy", 1], r[H, "FromNumPy", 100_000_000]);
        Flat(sb, "ToNumPy flat in size, GIL held (1 vs 10^8)", r[G, "ToNumPy", 1], r[G, "ToNumPy", 100_000_000]);
        Flat(sb, "FromNumPy flat in size, GIL held (1 vs 10^8)", r[G, "FromNumPy", 1], r[G, "FromNumPy", 100_000_000]);
        AtMost(sb, "ToNumPy vs NumPy's floor np.empty(()) (10^6)", r[H, "ToNumPy", 1_000_000], r[H, "NumPyEmptyScalar", 1_000_000], 3);
        AtMost(sb, "FromNumPy vs NumPy's floor a.view() (10^6)", r[H, "FromNumPy", 1_000_000], r[H, "NumPyView", 1_000_000], 3);
        AtMost(sb, "ToNumPy vs np.empty(()), GIL held (10^6)", r[G, "ToNumPy", 1_000_000], r[G, "NumPyEmptyScalar", 1_000_000], 3);
        AtMost(sb, "FromNumPy vs a.view(), GIL held (10^6)", r[G, "FromNumPy", 1_000_000], r[G, "NumPyView", 1_000_000], 3);
        AtLeast(sb, "copy-based to NumPy / ToNumPy (10^6)", r[H, "CopyToNumPy", 1_000_000], r[H, "ToNumPy", 1_000_000], 1000);
        AtLeast(sb, "copy-based from NumPy / FromNumPy (10^6)", r[H, "CopyFromNumPy", 1_000_000], r[H, "FromNumPy", 1_000_000], 1000);
        AtLeast(sb, "copy-based to NumPy / ToNumPy, GIL held (10^6)", r[G, "CopyToNumPy", 1_000_000], r[G, "ToNumPy", 1_000_000], 1000);
        AtMost(sb, "transposed 4096x4096 copy vs np.ascontiguousarray", r[nameof(CopyBenchmarks), "TransposedCopy"], r[nameof(CopyBenchmarks), "NumPyAscontiguousarray"], 0.5);
        AtLeast(sb, "contiguous copy bandwidth vs Buffer.MemoryCopy", r[nameof(CopyBenchmarks), "BufferMemoryCopy"], r[nameof(CopyBenchmarks), "ContiguousCopyTo"], 0.9);
        AtMost(sb, "10^7 float64->float32 AsType vs NumPy astype", r[nameof(CastBenchmarks), "AsTypeFloat32"], r[nameof(CastBenchmarks), "NumPyAstype"], 1);
        AtMost(sb, "strided indexer sum vs raw pointer loop", r[nameof(ElementAccessBenchmarks), "IndexerSum"], r[nameof(ElementAccessBenchmarks), "PointerSum"], 1.5);
        sb.AppendLine();
        WriteMisses(sb, r);
        sb.AppendLine("Figures are medians over 2 processes x 10 iterations. Ratios are measured / baseline; for the \"at least\" rows, baseline time / ArrayBridge time. BenchmarkDotNet's full table (mean, error, allocations) is in benchmarkdotnet.md.").AppendLine();

        sb.AppendLine("## Every figure").AppendLine();
        sb.AppendLine("| Class | Method | Size | Median |");
        sb.AppendLine("|---|---|---:|---:|");
        foreach (var ((cls, method, size), mean) in r.All.OrderBy(x => x.Key.Class, StringComparer.Ordinal).ThenBy(x => x.Key.Size).ThenBy(x => x.Key.Method, StringComparer.Ordinal))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {cls.Replace("Benchmarks", "", StringComparison.Ordinal)} | {method} | {(size == 0 ? "" : size.ToString("N0", CultureInfo.InvariantCulture))} | {Time(mean)} |");
        }

        return sb.ToString();
    }

    /// <summary>What limits each target that this run missed, with the figures that show it.</summary>
    private static void WriteMisses(StringBuilder sb, Results r)
    {
        const string H = nameof(HandoffBenchmarks), G = nameof(HandoffUnderGilBenchmarks);
        var lines = new List<string>();
        double copy = r[H, "CopyToNumPy", 1_000_000], to = r[H, "ToNumPy", 1_000_000];
        double gilCopy = r[G, "CopyToNumPy", 1_000_000], gilTo = r[G, "ToNumPy", 1_000_000];
        if (copy / to < 1000 || gilCopy / gilTo < 1000 || r[H, "CopyFromNumPy", 1_000_000] / r[H, "FromNumPy", 1_000_000] < 1000)
        {
            double floor = r[G, "NumPyEmptyScalar", 1_000_000], view = r[G, "NumPyView", 1_000_000];
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"- **Handoff vs copy-based at 10^6 (1000x).** This machine copies the 8 MB of 10^6 float64 in {Time(gilCopy)}, warm (the C library reuses the block), which is about {8e6 / gilCopy:0} GB/s. A handoff has to build a Python object, and NumPy's own cheapest array creation is {Time(floor)} (`np.empty(())`) and {Time(view)} (`a.view()`) with the GIL held: even those are only {gilCopy / floor:0}x and {gilCopy / view:0}x faster than the copy. ArrayBridge's ToNumPy ({Time(gilTo)}) is {gilTo / floor:0.00}x NumPy's floor, so the ratio is bounded by NumPy's floor, not by the array's size."));
        }

        double cast = r[nameof(CastBenchmarks), "AsTypeFloat32"], astype = r[nameof(CastBenchmarks), "NumPyAstype"];
        if (cast / astype > 1)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"- **Cast vs astype ({cast / astype:0.00}x).** Both allocate 40 MB and convert with SIMD; the conversion alone (`CopyToFloat32`, into existing memory) takes {Time(r[nameof(CastBenchmarks), "CopyToFloat32"])}, so the rest is allocating and faulting in the result, which both do the same way (malloc, huge-page advice). The two are at parity within run-to-run noise."));
        }

        double indexer = r[nameof(ElementAccessBenchmarks), "IndexerSum"], pointer = r[nameof(ElementAccessBenchmarks), "PointerSum"];
        if (indexer / pointer > 1.5)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"- **Indexer vs raw pointer ({indexer / pointer:0.00}x).** The pointer loop ({Time(pointer / 1e6)} per element) is bound by the latency of the floating-point add chain. Every `At(i, j)` also checks that the array is alive and 2-d (one compare of a field), checks each index against its length, and reads the data pointer, lengths and strides from the object: the JIT's disassembly shows it hoists the rank field out of the loop but reloads the other five on every element. Those checks are the price of never reading freed or out-of-bounds memory. For hot loops, `AsSpan2D`, `AsTensorSpan` or a raw `GetPointer` row walk avoid them."));
        }

        if (lines.Count > 0)
        {
            sb.AppendLine("## Where a target is missed").AppendLine();
            foreach (string line in lines)
            {
                sb.AppendLine(line);
            }

            sb.AppendLine();
        }
    }

    private static void Flat(StringBuilder sb, string name, double small, double large)
    {
        double ratio = large / small;
        Row(sb, name, $"{Time(small)} vs {Time(large)}", ratio, "within 10% (0.90-1.10)", ratio is >= 0.9 and <= 1.1);
    }

    private static void AtMost(StringBuilder sb, string name, double measured, double baseline, double goal)
    {
        double ratio = measured / baseline;
        Row(sb, name, $"{Time(measured)} vs {Time(baseline)}", ratio, $"at most {goal}x", ratio <= goal);
    }

    private static void AtLeast(StringBuilder sb, string name, double baseline, double measured, double goal)
    {
        double ratio = baseline / measured;
        Row(sb, name, $"{Time(baseline)} vs {Time(measured)}", ratio, $"at least {goal}x", ratio >= goal);
    }

    private static void Row(StringBuilder sb, string name, string measured, double ratio, string goal, bool met) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {measured} | {ratio:0.###}x | {goal} | {(double.IsNaN(ratio) ? "not run" : met ? "met" : "**missed**")} |");

    public static string Time(double ns) => double.IsNaN(ns) ? "n/a" : ns switch
    {
        < 1e3 => string.Create(CultureInfo.InvariantCulture, $"{ns:0.0} ns"),
        < 1e6 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e3:0.00} us"),
        < 1e9 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e6:0.00} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e9:0.00} s"),
    };
}

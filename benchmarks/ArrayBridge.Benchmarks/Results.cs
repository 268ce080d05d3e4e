using BenchmarkDotNet.Reports;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// Median times in nanoseconds, looked up by class, method and the Size parameter. Medians, because
/// a GC pause in one of ten iterations moves a nanosecond-scale mean by half.
/// </summary>
internal sealed class Results
{
    private readonly Dictionary<(string Class, string Method, int Size), double> _means = [];

    public Results(IEnumerable<Summary> summaries)
    {
        foreach (Summary summary in summaries)
        {
            foreach (BenchmarkReport report in summary.Reports)
            {
                if (report.ResultStatistics is null)
                {
                    continue;
                }

                var descriptor = report.BenchmarkCase.Descriptor;
                object? size = report.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Size")?.Value;
                _means[(descriptor.Type.Name, descriptor.WorkloadMethod.Name, size is int s ? s : 0)] = report.ResultStatistics.Median;
            }
        }
    }

    public int Count => _means.Count;

    /// <summary>The mean in nanoseconds, or NaN when the benchmark did not run.</summary>
    public double this[string type, string method, int size = 0] => _means.TryGetValue((type, method, size), out double ns) ? ns : double.NaN;

    public IEnumerable<((string Class, string Method, int Size) Key, double Mean)> All => _means.Select(kv => (kv.Key, kv.Value));
}

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArrayBridge.Benchmarks;

/// <summary>The whole suite in one short job, then the report and chart.</summary>
internal static class Suite
{
    private static readonly Type[] Classes =
    [
        typeof(HandoffBenchmarks), typeof(HandoffUnderGilBenchmarks), typeof(CopyBenchmarks),
        typeof(CastBenchmarks), typeof(ElementAccessBenchmarks), typeof(ScopeBenchmarks), typeof(ArithmeticBenchmarks),
        typeof(UfuncBenchmarks), typeof(NpzBenchmarks), typeof(LinalgBenchmarks), typeof(LinalgBatchBenchmarks),
        typeof(ReductionBenchmarks), typeof(SortBenchmarks), typeof(PyObjectBenchmarks), typeof(RandomBenchmarks),
        typeof(IndexingBenchmarks), typeof(JoiningBenchmarks),
    ];

    public static int Run(string resultsDirectory, string? only = null)
    {
        Directory.CreateDirectory(resultsDirectory);
        string artifacts = Path.GetFullPath("BenchmarkDotNet.Artifacts");
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }
        // Short iterations keep the suite to minutes per class on two cores; every benchmark
        // gets 3 warm-up and 10 measured iterations of at least 100 ms in each of two processes,
        // because JIT tiering and code placement move nanosecond figures by up to ~15% from one
        // process to the next.
        Job job = Job.Default
            .WithLaunchCount(2)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100))
            .WithId("Suite");
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
        Type[] classes = only is null ? Classes : Classes.Where(c => c.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToArray();
        Summary[] summaries = BenchmarkRunner.Run(classes, config);
        var results = new Results(summaries);
        if (results.Count == 0)
        {
            Console.Error.WriteLine("no benchmark produced a result");
            return 1;
        }

        string report = Path.Combine(resultsDirectory, "latest.md");
        File.WriteAllText(report, ReportWriter.Write(results, summaries));
        // BenchmarkDotNet's own table (with error, median and allocation columns) beside the report.
        string? table = Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-github.md").OrderBy(File.GetLastWriteTimeUtc).LastOrDefault();
        if (table is not null)
        {
            File.Copy(table, Path.Combine(resultsDirectory, "benchmarkdotnet.md"), overwrite: true);
        }

        HandoffChart.Draw(results, Path.Combine(resultsDirectory, "handoff.png"));
        Console.WriteLine($"wrote {report} and {Path.Combine(resultsDirectory, "handoff.png")}");
        return 0;
    }
}

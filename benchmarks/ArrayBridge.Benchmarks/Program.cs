using ArrayBridge.Benchmarks;
using BenchmarkDotNet.Running;

// "suite [results-dir]" runs the whole suite with one short job and writes the report and chart;
// anything else goes to BenchmarkDotNet's own switcher (e.g. --filter '*Handoff*').
if (args.Length > 0 && args[0] == "suite")
{
    string results = args.Length > 1 ? args[1] : Path.Combine("benchmarks", "results");
    return Suite.Run(results, args.Length > 2 ? args[2] : null);
}

BenchmarkSwitcher.FromAssembly(typeof(Suite).Assembly).Run(args);
return 0;

using System.Diagnostics;
using ArrayBridge;

// A .NET process feeds Python workers through named POSIX shared memory: it creates the array,
// each worker maps the same pages with np.ndarray(shape, dtype, buffer=SharedMemory(name).buf)
// and works on them in place, and this process sees the result without a copy in either
// direction and without embedding Python. Linux only.
//
// Lifetime rules:
// - The name belongs to this process, which created it; it unlinks it (NDArray.UnlinkShared) once
//   every worker has opened it, and in `finally`, so a crash in between leaves nothing in /dev/shm.
// - Workers only open and close; they never unlink, and they unregister the segment from Python's
//   resource tracker (see worker.py), which would otherwise unlink it when they exit.
// - Mappings outlive the name: unlinking early is safe for anyone who has already mapped it.
const int Rows = 8, Cols = 1_000_000, Workers = 2;
string name = $"arraybridge_example_{Environment.ProcessId}";
string python = args.Length > 0 ? args[0] : "/usr/bin/python3";
string worker = Path.Combine(AppContext.BaseDirectory, "worker.py");

using var frames = (NDArray<double>)NDArray.CreateShared(name, DType.Float64, [Rows, Cols]);
try
{
    for (int r = 0; r < Rows; r++)
    {
        frames.AsSpan2D<double>().GetRowSpan(r).Fill(r + 1);
    }

    Console.WriteLine($"created /dev/shm/{name}: {Rows}x{Cols} float64 ({frames.NBytes / (1 << 20)} MiB), rows filled with 1..{Rows}");
    var processes = new List<Process>();
    for (int w = 0; w < Workers; w++)
    {
        int start = w * Rows / Workers, stop = (w + 1) * Rows / Workers;
        var info = new ProcessStartInfo(python) { UseShellExecute = false };
        foreach (string arg in new[] { worker, name, $"{Rows}", $"{Cols}", $"{start}", $"{stop}" })
        {
            info.ArgumentList.Add(arg);
        }

        processes.Add(Process.Start(info)!);
    }

    foreach (Process p in processes)
    {
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill();
            throw new TimeoutException("a worker did not finish in 2 minutes");
        }

        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"a worker failed with exit code {p.ExitCode}");
        }

        p.Dispose();
    }

    // The workers wrote into these very pages: no copy came back.
    for (int r = 0; r < Rows; r++)
    {
        double expected = (double)(r + 1) * Cols;
        Console.WriteLine($"row {r}: last = {frames[r, Cols - 1]} (expected {expected})");
        if (frames[r, Cols - 1] != expected)
        {
            throw new InvalidOperationException($"row {r} was not processed");
        }
    }
}
finally
{
    // The creator removes the name; the mapping itself goes when `frames` is disposed.
    NDArray.UnlinkShared(name);
}

Console.WriteLine($"unlinked /dev/shm/{name}; exists now: {File.Exists("/dev/shm/" + name)}");

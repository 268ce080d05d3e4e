namespace ArrayBridge.Docs.Tests;

/// <summary>
/// A machine-wide lock (an exclusive lock on a file in the temporary directory) for snippets that use
/// a fixed POSIX shared-memory name: test runs from other checkouts on the same machine wait for it.
/// </summary>
internal static class SharedNameLock
{
    public static FileStream Take()
    {
        string path = Path.Combine(Path.GetTempPath(), "arraybridge-docs-shm-frames.lock");
        DateTime deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // why: another run holds the name for the few milliseconds its snippet takes.
                Thread.Sleep(50);
            }
        }
    }
}

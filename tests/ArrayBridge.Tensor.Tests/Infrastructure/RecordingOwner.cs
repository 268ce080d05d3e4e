namespace ArrayBridge.Tests;

/// <summary>
/// The owner of an array over a shared pinned buffer that records when the array's memory is
/// released (its id appended to a log), and can fail as it does: for tests of disposal order and
/// of failures during disposal.
/// </summary>
internal sealed unsafe class RecordingOwner : IDisposable
{
    private static readonly byte[] Buffer = GC.AllocateArray<byte>(64, pinned: true);

    private readonly List<int> _log;
    private readonly int _id;
    private readonly bool _fail;

    private RecordingOwner(List<int> log, int id, bool fail)
    {
        _log = log;
        _id = id;
        _fail = fail;
    }

    /// <summary>A 4-element float64 array whose release appends <paramref name="id"/> to <paramref name="log"/>, then throws if <paramref name="fail"/>.</summary>
    public static NDArray<double> CreateArray(List<int> log, int id, bool fail = false)
    {
        fixed (byte* p = Buffer)
        {
            return NDArray.FromPointer(p, Buffer.Length, 0, DType.Float64, [4], default, writeable: true, new RecordingOwner(log, id, fail)).As<double>();
        }
    }

    public void Dispose()
    {
        _log.Add(_id);
        if (_fail)
        {
            throw new IOException($"release of array {_id} failed");
        }
    }
}

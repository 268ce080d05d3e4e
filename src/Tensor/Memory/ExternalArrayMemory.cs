namespace ArrayBridge;

/// <summary>
/// Memory that belongs to someone else: a pointer, a length when known, and an optional owner
/// that is disposed exactly once when the last array over the memory is disposed. If the arrays
/// are collected without being disposed, the owner is left to its own finalizer (a finalizer must
/// not call into other finalizable objects), so an owner that must release native resources needs
/// one, as <c>SafeHandle</c> and ArrayBridge's Python owners have.
/// </summary>
internal sealed unsafe class ExternalArrayMemory : ArrayMemory
{
    private readonly IDisposable? _owner;

    public ExternalArrayMemory(byte* start, nint length, bool writeable, IDisposable? owner)
        : base(start, length, writeable)
    {
        _owner = owner;
    }

    public override string Describe() =>
        $"external memory of {(Length < 0 ? "unknown length" : Length + " bytes")} at 0x{(nint)Start:x}{(_owner is null ? "" : ", owned by " + _owner)}";

    protected override void Release(bool disposing)
    {
        if (disposing)
        {
            _owner?.Dispose();
        }
    }
}

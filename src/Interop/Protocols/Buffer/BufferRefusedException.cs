namespace ArrayBridge.Interop;

/// <summary>A buffer or DLPack request that the array's layout cannot satisfy; surfaces in Python as <c>BufferError</c>.</summary>
public sealed class BufferRefusedException : InvalidOperationException
{
    /// <summary>Creates the exception with the reason.</summary>
    public BufferRefusedException(string message)
        : base(message)
    {
    }
}

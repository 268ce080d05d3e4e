using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// Transparent huge pages for large allocations, as NumPy's allocator asks for them
/// (<c>madvise(MADV_HUGEPAGE)</c> from 4 MiB up, <c>np.core.multiarray._get_madvise_hugepage()</c>):
/// with the kernel in <c>madvise</c> mode, a 128 MiB array then takes 64 page faults instead of 32,768.
/// Like NumPy, the allocation itself is an ordinary aligned <c>malloc</c> (so the C library can
/// reuse freed blocks) and the advice covers it from its first 4 KiB page boundary.
/// Linux only; elsewhere, or when libc cannot be bound, allocations are left as they are.
/// </summary>
internal static unsafe class HugePages
{
    /// <summary>
    /// Allocations from this size up are advised. They keep the allocator's 64-byte alignment (see
    /// <see cref="NativeArrayMemory.AllocationAlignment"/>); the advice starts on the first 4 KiB page
    /// boundary after their start.
    /// </summary>
    public const nint Threshold = 4 << 20;

    /// <summary>The base page size the advised range starts on.</summary>
    private const nint BasePage = 4096;

    private const int MADV_HUGEPAGE = 14;

    private static readonly delegate* unmanaged<void*, nuint, int, int> s_madvise = Bind();

    /// <summary>Advises the kernel to back <c>[start, start + length)</c> with huge pages; failures are ignored (it is advice).</summary>
    public static void Advise(void* start, nint length)
    {
        if (s_madvise is not null && length >= Threshold)
        {
            nint offset = BasePage - (nint)((nuint)start % (nuint)BasePage);
            _ = s_madvise((byte*)start + offset, (nuint)(length - offset), MADV_HUGEPAGE);
        }
    }

    private static delegate* unmanaged<void*, nuint, int, int> Bind()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            nint libc = NativeLibrary.Load("libc.so.6");
            return NativeLibrary.TryGetExport(libc, "madvise", out nint address) ? (delegate* unmanaged<void*, nuint, int, int>)address : null;
        }
        catch (DllNotFoundException)
        {
            return null;
        }
    }
}

using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ArrayBridge;

/// <summary>
/// <c>mmap</c> and <c>munmap</c> of regular files through the C library, bound by function pointers
/// (AOT-safe), with the protections and sharing of Python's <c>mmap</c> module as NumPy's
/// <c>memmap</c> uses it: <c>ACCESS_READ</c> is <c>PROT_READ</c> + <c>MAP_SHARED</c>,
/// <c>ACCESS_WRITE</c> is read-write + <c>MAP_SHARED</c>, <c>ACCESS_COPY</c> is read-write +
/// <c>MAP_PRIVATE</c>. Linux and macOS on 64-bit processors (whose values for these flags agree).
/// </summary>
/// <remarks>
/// The C library rather than <see cref="System.IO.MemoryMappedFiles.MemoryMappedFile"/>: the owner
/// must be releasable from a finalizer, where a <c>MemoryMappedFile</c> and its view handle may
/// already have been finalized, while a bare <c>munmap</c> of an address touches no managed object;
/// the mapping is exactly NumPy's (the page-aligned range below the data, <c>MAP_PRIVATE</c> for
/// copy-on-write), with no extra view object per array; and the file descriptor is closed as soon as
/// the mapping exists, as Python's <c>memmap</c> closes its file.
/// </remarks>
internal static unsafe class FileMapping
{
    private const int PROT_READ = 1, PROT_WRITE = 2, MAP_SHARED = 1, MAP_PRIVATE = 2;

    private static readonly delegate* unmanaged<void*, nuint, int, int, int, long, void*> s_mmap;
    private static readonly delegate* unmanaged<void*, nuint, int> s_munmap;
    private static readonly delegate* unmanaged<void*, nuint, int, int> s_msync;

    // MS_SYNC: msync returns once the pages are on the device, as Python's mmap.flush() asks.
    private static readonly int MsSync = OperatingSystem.IsMacOS() ? 0x0010 : 4;

#pragma warning disable CA1810 // both pointers come from one lookup, which a field initializer cannot share
    static FileMapping()
#pragma warning restore CA1810
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) || IntPtr.Size != 8)
        {
            return;
        }

        // libc is in the process's global scope on both systems, so no library name is needed.
        nint self = NativeLibrary.GetMainProgramHandle();
        if (NativeLibrary.TryGetExport(self, "mmap", out nint mmap) && NativeLibrary.TryGetExport(self, "munmap", out nint munmap)
            && NativeLibrary.TryGetExport(self, "msync", out nint msync))
        {
            s_mmap = (delegate* unmanaged<void*, nuint, int, int, int, long, void*>)mmap;
            s_munmap = (delegate* unmanaged<void*, nuint, int>)munmap;
            s_msync = (delegate* unmanaged<void*, nuint, int, int>)msync;
        }
    }

    /// <summary>NumPy's letter for <paramref name="mode"/>.</summary>
    public static string ModeText(MmapMode mode) => mode switch
    {
        MmapMode.ReadOnly => "r",
        MmapMode.ReadWrite => "r+",
        MmapMode.CopyOnWrite => "c",
        _ => "w+",
    };

    /// <summary>
    /// Maps <paramref name="length"/> bytes of <paramref name="file"/> from <paramref name="offset"/>
    /// (a multiple of the page size) and returns the address.
    /// </summary>
    /// <exception cref="IOException">The system refused the mapping; the message carries its reason.</exception>
    public static byte* Map(SafeFileHandle file, string path, MmapMode mode, long offset, nint length)
    {
        Require();
        int prot = mode == MmapMode.ReadOnly ? PROT_READ : PROT_READ | PROT_WRITE;
        int flags = mode == MmapMode.CopyOnWrite ? MAP_PRIVATE : MAP_SHARED;
        bool added = false;
        try
        {
            // The descriptor must stay open for the call; the mapping keeps the file afterwards.
            file.DangerousAddRef(ref added);
            void* p = s_mmap(null, (nuint)length, prot, flags, (int)file.DangerousGetHandle(), offset);
            if (p == (void*)-1)
            {
                int errno = Marshal.GetLastSystemError();
                throw new IOException($"could not memory-map '{path}' (mode '{ModeText(mode)}', {length} bytes from offset {offset}): {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})", errno);
            }

            return (byte*)p;
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    /// <summary>Unmaps a range returned by <see cref="Map"/>.</summary>
    public static void Unmap(byte* start, nint length) => _ = s_munmap(start, (nuint)length);

    /// <summary>
    /// Writes the dirty pages of a range returned by <see cref="Map"/> to the file and waits for the
    /// device (<c>msync(MS_SYNC)</c>, what NumPy's <c>memmap.flush()</c> calls through Python's mmap).
    /// </summary>
    /// <exception cref="IOException">The system reported a write error; the message carries its reason.</exception>
    public static void Sync(byte* start, nint length, string path)
    {
        Require();
        if (s_msync(start, (nuint)length, MsSync) == 0)
        {
            return;
        }

        int errno = Marshal.GetLastSystemError();
        throw new IOException($"could not flush the memory map of '{path}' to the file: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})", errno);
    }

    private static void Require()
    {
        if (s_mmap == null)
        {
            throw new PlatformNotSupportedException(
                "memory-mapped arrays are implemented for Linux and macOS on 64-bit processors, through the C library's mmap, munmap and msync, and they could not be bound here");
        }
    }
}

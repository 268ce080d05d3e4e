using System.Runtime.InteropServices;
using System.Text;

namespace ArrayBridge;

/// <summary>
/// Named POSIX shared memory through the C library (<c>shm_open</c>, <c>ftruncate</c>,
/// <c>fstat</c>, <c>mmap</c>, <c>shm_unlink</c>), with the flags, mode and naming of CPython's
/// <c>multiprocessing.shared_memory.SharedMemory</c>: the name is given without its leading '/',
/// which is prepended here; a new segment is opened <c>O_CREAT | O_EXCL | O_RDWR</c> with mode
/// 0600 and sized by <c>ftruncate</c> (so it reads as zeros); an existing one is mapped whole, its
/// size read by <c>fstat</c>. Bound by function pointers from <c>libc.so.6</c> (glibc 2.34+ has
/// <c>shm_open</c> there rather than in librt), so it stays AOT-safe. Linux only.
/// </summary>
internal static unsafe class PosixSharedMemory
{
    // Linux's values, the same on x86-64 and arm64.
    private const int O_RDONLY = 0, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80;
    private const int PROT_READ = 1, PROT_WRITE = 2, MAP_SHARED = 1;
    private const int ENOENT = 2, EEXIST = 17, EINVAL = 22, ENAMETOOLONG = 36;
    private const int SEEK_END = 2;

    // struct stat's st_size offset in Linux's x86-64 and generic (arm64) layouts.
    private const int StatSizeOffset = 48;
    private const int StatBufferSize = 256;

    private static readonly bool s_bound = Bind();

    /// <summary>Creates the segment <paramref name="name"/> of <paramref name="length"/> bytes (at least 1) and maps it read-write.</summary>
    /// <exception cref="IOException">A segment of that name exists already.</exception>
    public static SharedArrayMemory Create(string name, nint length)
    {
        Require();
        byte[] path = PathOf(name);
        nint size = Math.Max(length, 1);
        int fd;
        fixed (byte* p = path)
        {
            fd = s_shmOpen(p, O_CREAT | O_EXCL | O_RDWR, 0x180 /* 0600 */);
        }

        if (fd < 0)
        {
            int errno = Marshal.GetLastSystemError();
            throw errno == EEXIST
                ? new IOException($"the shared memory segment '{name}' already exists (shm_open of '/{name}' with O_CREAT | O_EXCL: {Message(errno)}); open it with NDArray.OpenShared, or remove it with NDArray.UnlinkShared", EEXIST)
                : Failure("create", name, errno);
        }

        try
        {
            if (s_ftruncate(fd, size) != 0)
            {
                throw Failure("size", name, Marshal.GetLastSystemError(), $" to {size} bytes");
            }

            return Map(fd, name, size, writeable: true);
        }
        catch
        {
            // The segment was made by this call; a failed creation leaves no name behind.
            fixed (byte* p = path)
            {
                _ = s_shmUnlink(p);
            }

            throw;
        }
        finally
        {
            _ = s_close(fd);
        }
    }

    /// <summary>Maps the existing segment <paramref name="name"/>, whole, refusing one smaller than <paramref name="needed"/> bytes.</summary>
    /// <exception cref="FileNotFoundException">No segment of that name exists.</exception>
    /// <exception cref="ArgumentException">The segment is smaller than <paramref name="needed"/>, or empty.</exception>
    public static SharedArrayMemory Open(string name, nint needed, bool writeable, string shapeText)
    {
        Require();
        byte[] path = PathOf(name);
        int fd;
        fixed (byte* p = path)
        {
            fd = s_shmOpen(p, writeable ? O_RDWR : O_RDONLY, 0);
        }

        if (fd < 0)
        {
            int errno = Marshal.GetLastSystemError();
            throw errno == ENOENT
                ? new FileNotFoundException($"no shared memory segment named '{name}' exists (shm_open of '/{name}': {Message(errno)})", "/dev/shm/" + name)
                : Failure("open", name, errno);
        }

        try
        {
            long size = SizeOf(fd, name);
            if (size < needed)
            {
                throw new ArgumentException($"the shared memory segment '{name}' has {size} bytes, but {shapeText} needs {needed} bytes", "shape");
            }

            if (size == 0)
            {
                throw new ArgumentException($"the shared memory segment '{name}' is empty (0 bytes) and cannot be mapped, as Python's SharedMemory cannot map it either", "name");
            }

            if (size > nint.MaxValue)
            {
                throw new ArgumentException($"the shared memory segment '{name}' has {size} bytes, more than the address space", "name");
            }

            return Map(fd, name, (nint)size, writeable);
        }
        finally
        {
            _ = s_close(fd);
        }
    }

    /// <summary>Removes the name <paramref name="name"/>; mappings of it stay valid until unmapped.</summary>
    /// <exception cref="FileNotFoundException">No segment of that name exists.</exception>
    public static void Unlink(string name)
    {
        Require();
        byte[] path = PathOf(name);
        int rc;
        fixed (byte* p = path)
        {
            rc = s_shmUnlink(p);
        }

        if (rc != 0)
        {
            int errno = Marshal.GetLastSystemError();
            throw errno == ENOENT
                ? new FileNotFoundException($"no shared memory segment named '{name}' exists (shm_unlink of '/{name}': {Message(errno)})", "/dev/shm/" + name)
                : Failure("unlink", name, errno);
        }
    }

    /// <summary>Unmaps a mapping made by <see cref="Create"/> or <see cref="Open"/>.</summary>
    public static void Unmap(byte* start, nint length) => _ = s_munmap(start, (nuint)length);

    private static SharedArrayMemory Map(int fd, string name, nint size, bool writeable)
    {
        void* p = s_mmap(null, (nuint)size, writeable ? PROT_READ | PROT_WRITE : PROT_READ, MAP_SHARED, fd, 0);
        if (p == (void*)-1)
        {
            throw Failure("map", name, Marshal.GetLastSystemError(), $" ({size} bytes)");
        }

        return new SharedArrayMemory(name, (byte*)p, size, writeable);
    }

    private static long SizeOf(int fd, string name)
    {
        if (s_fstat is not null)
        {
            byte* stat = stackalloc byte[StatBufferSize];
            if (s_fstat(fd, stat) != 0)
            {
                throw Failure("stat", name, Marshal.GetLastSystemError());
            }

            return *(long*)(stat + StatSizeOffset);
        }

        // A C library without an exported fstat (glibc before 2.33): the end offset is the size.
        long end = s_lseek(fd, 0, SEEK_END);
        return end >= 0 ? end : throw Failure("stat", name, Marshal.GetLastSystemError());
    }

    /// <summary>'/' + the name, NUL-terminated UTF-8, after the checks that make a bad name an argument error.</summary>
    private static byte[] PathOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            ThrowHelper.ThrowArgument("a shared memory segment name must not be empty", nameof(name));
        }

        if (name.Contains('/') || name.Contains('\0'))
        {
            ThrowHelper.ThrowArgument($"the shared memory segment name '{name.Replace("\0", "\\0")}' must not contain '/' or NUL: give it as SharedMemory.name reports it, without the leading '/'", nameof(name));
        }

        if (name is "." or "..")
        {
            ThrowHelper.ThrowArgument($"'{name}' is not a valid shared memory segment name", nameof(name));
        }

        byte[] path = new byte[Encoding.UTF8.GetByteCount(name) + 2];
        path[0] = (byte)'/';
        Encoding.UTF8.GetBytes(name, path.AsSpan(1));
        return path;
    }

    private static Exception Failure(string action, string name, int errno, string detail = "") =>
        errno is EINVAL or ENAMETOOLONG
            ? new ArgumentException($"could not {action} the shared memory segment '{name}'{detail}: {Message(errno)} (a name is at most 255 bytes of UTF-8, with no '/')", nameof(name))
            : new IOException($"could not {action} the shared memory segment '{name}'{detail}: {Message(errno)}", errno);

    private static string Message(int errno) => $"{Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})";

    private static void Require()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("named shared memory arrays (NDArray.CreateShared/OpenShared) are implemented for Linux only, where a segment is /dev/shm/<name>");
        }

        if (!s_bound)
        {
            throw new PlatformNotSupportedException(
                "named shared memory arrays need shm_open, shm_unlink, ftruncate, mmap, munmap and close from libc.so.6 (glibc 2.34 or later) on x86-64 or arm64, and they could not be bound");
        }
    }

    // The bound C library functions; s_bound is false when any but fstat is missing.
    private static delegate* unmanaged<byte*, int, uint, int> s_shmOpen;
    private static delegate* unmanaged<byte*, int> s_shmUnlink;
    private static delegate* unmanaged<int, long, int> s_ftruncate;
    private static delegate* unmanaged<int, byte*, int> s_fstat;
    private static delegate* unmanaged<int, long, int, long> s_lseek;
    private static delegate* unmanaged<void*, nuint, int, int, int, long, void*> s_mmap;
    private static delegate* unmanaged<void*, nuint, int> s_munmap;
    private static delegate* unmanaged<int, int> s_close;

    private static bool Bind()
    {
        // struct stat's layout and the flag values above are those of x86-64 and arm64.
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return false;
        }

        nint libc;
        try
        {
            libc = NativeLibrary.Load("libc.so.6");
        }
        catch (DllNotFoundException)
        {
            return false;
        }

        if (!NativeLibrary.TryGetExport(libc, "shm_open", out nint shmOpen)
            || !NativeLibrary.TryGetExport(libc, "shm_unlink", out nint shmUnlink)
            || !NativeLibrary.TryGetExport(libc, "ftruncate", out nint ftruncate)
            || !NativeLibrary.TryGetExport(libc, "lseek", out nint lseek)
            || !NativeLibrary.TryGetExport(libc, "mmap", out nint mmap)
            || !NativeLibrary.TryGetExport(libc, "munmap", out nint munmap)
            || !NativeLibrary.TryGetExport(libc, "close", out nint close))
        {
            return false;
        }

        s_shmOpen = (delegate* unmanaged<byte*, int, uint, int>)shmOpen;
        s_shmUnlink = (delegate* unmanaged<byte*, int>)shmUnlink;
        s_ftruncate = (delegate* unmanaged<int, long, int>)ftruncate;
        s_lseek = (delegate* unmanaged<int, long, int, long>)lseek;
        s_mmap = (delegate* unmanaged<void*, nuint, int, int, int, long, void*>)mmap;
        s_munmap = (delegate* unmanaged<void*, nuint, int>)munmap;
        s_close = (delegate* unmanaged<int, int>)close;
        s_fstat = NativeLibrary.TryGetExport(libc, "fstat", out nint fstat) ? (delegate* unmanaged<int, byte*, int>)fstat : null;
        return true;
    }
}

using NativeBlas = ArrayBridge.Native.Interop.Blas;

namespace ArrayBridge;

/// <summary>
/// The BLAS library that <see cref="NDArray.MatMul(NDArray, NDArray, NDArray?, DType?)"/>,
/// <see cref="NDArray.Dot(NDArray, NDArray, NDArray?)"/> and <see cref="NDArray.Einsum(string, NDArray[])"/>
/// use for float32, float64, complex64 and complex128, found at run time.
/// </summary>
/// <remarks>
/// <para>
/// On first use ArrayBridge looks for a CBLAS library in this order: the path in
/// <see cref="LibraryPath"/> if set, else the <c>ARRAYBRIDGE_BLAS</c> environment variable (a path
/// or soname, or <c>none</c> to use the managed kernel only), else OpenBLAS
/// (<c>libopenblas.so.0</c>, Debian's <c>openblas-pthread</c> directory), then the system's
/// <c>libcblas.so.3</c> and <c>libblas.so.3</c> when they export the <c>cblas_*</c> functions
/// (Debian's reference <c>libblas.so.3</c> does; its speed is the reference implementation's).
/// Without a BLAS every product runs in ArrayBridge's managed blocked kernel, which also serves
/// the integer, bool and float16 dtypes, as NumPy uses its own loops for them.
/// </para>
/// <para>
/// OpenBLAS picks its thread count when it loads, from <c>OPENBLAS_NUM_THREADS</c> (or
/// <c>OMP_NUM_THREADS</c>), defaulting to the number of cores; ArrayBridge leaves it as is. Set the
/// variable before the process starts (or before the first product) to change it. When NumPy runs
/// in the same process (ArrayBridge.Interop), Debian's NumPy loads the same OpenBLAS through the
/// <c>libblas.so.3</c> alternative, so both share one thread pool.
/// </para>
/// </remarks>
public static class Blas
{
    /// <summary>The environment variable read on first use: a library path or name, or <c>none</c>.</summary>
    public const string EnvironmentVariable = "ARRAYBRIDGE_BLAS";

    private static readonly Lock s_gate = new();
    private static volatile bool s_resolved;
    private static string? s_libraryPath;
    private static string? s_loadError;

    [ThreadStatic]
    private static bool t_forceManaged;

    /// <summary>
    /// The BLAS library to load instead of searching (a file path or a name the loader searches
    /// for); <c>"none"</c> uses the managed kernel only. Must be set before the first product.
    /// </summary>
    /// <exception cref="InvalidOperationException">Set after the library was already chosen.</exception>
    public static string? LibraryPath
    {
        get => s_libraryPath;
        set
        {
            lock (s_gate)
            {
                if (s_resolved)
                {
                    ThrowHelper.ThrowInvalidOperation($"The BLAS library was already chosen ({Description}); set Blas.LibraryPath before the first matrix product, or call Blas.Load.");
                }

                s_libraryPath = value;
            }
        }
    }

    /// <summary>Whether a CBLAS library is loaded (this triggers the search on first use).</summary>
    public static bool IsAvailable
    {
        get
        {
            EnsureResolved();
            return NativeBlas.IsBound;
        }
    }

    /// <summary>The name or path the loaded library was opened by, or null when none is loaded.</summary>
    public static string? LibraryName
    {
        get
        {
            EnsureResolved();
            return NativeBlas.LibraryName;
        }
    }

    /// <summary>
    /// The file the loaded library came from as the dynamic loader resolved <see cref="LibraryName"/>
    /// (e.g. <c>/usr/lib/x86_64-linux-gnu/libopenblas.so.0</c>), or null when none is loaded or the
    /// loader cannot say.
    /// </summary>
    public static string? LibraryFile
    {
        get
        {
            EnsureResolved();
            return NativeBlas.IsBound ? NativeBlas.LibraryFile : null;
        }
    }

    /// <summary>OpenBLAS's build configuration (<c>openblas_get_config()</c>), or null when the library is not OpenBLAS.</summary>
    public static string? OpenBlasConfig
    {
        get
        {
            EnsureResolved();
            return NativeBlas.IsBound ? NativeBlas.OpenBlasConfig : null;
        }
    }

    /// <summary>OpenBLAS's thread count (<c>openblas_get_num_threads()</c>), or 0 when the library is not OpenBLAS.</summary>
    public static int OpenBlasThreads
    {
        get
        {
            EnsureResolved();
            return NativeBlas.IsBound ? NativeBlas.OpenBlasThreads : 0;
        }
    }

    /// <summary>Why the configured library could not be used, or null (also when the search simply found none).</summary>
    public static string? LoadError
    {
        get
        {
            EnsureResolved();
            return s_loadError;
        }
    }

    /// <summary>
    /// One line for logs and benchmark headers: the library and, for OpenBLAS, its configuration
    /// and thread count; or why the managed kernel is in use.
    /// </summary>
    public static string Description
    {
        get
        {
            EnsureResolved();
            if (!NativeBlas.IsBound)
            {
                return s_loadError is null ? "managed kernel (no CBLAS library found)" : $"managed kernel ({s_loadError})";
            }

            string? config = NativeBlas.OpenBlasConfig;
            string name = NativeBlas.LibraryFile is { } file && file != NativeBlas.LibraryName
                ? $"{NativeBlas.LibraryName} = {file}"
                : NativeBlas.LibraryName!;
            return config is null ? name : $"{name} ({config.Trim()}; {NativeBlas.OpenBlasThreads} threads)";
        }
    }

    /// <summary>
    /// Loads <paramref name="path"/> as the BLAS library now, instead of searching on first use.
    /// </summary>
    /// <param name="path">A file path or a name the dynamic loader searches for.</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="DllNotFoundException">The library cannot be loaded or lacks the CBLAS functions.</exception>
    /// <exception cref="InvalidOperationException">Another BLAS library is already loaded.</exception>
    public static void Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            ThrowHelper.ThrowArgument("The BLAS library path is empty.", nameof(path));
        }

        lock (s_gate)
        {
            if (NativeBlas.IsBound)
            {
                if (NativeBlas.LibraryName == path)
                {
                    return;
                }

                ThrowHelper.ThrowInvalidOperation($"A BLAS library is already loaded ({NativeBlas.LibraryName}); only one can be used per process.");
            }

            if (!NativeBlas.TryBind(path, out string? error))
            {
                ThrowHelper.ThrowDllNotFound(error!);
            }

            s_loadError = null;
            s_resolved = true;
        }
    }

    /// <summary>
    /// When true, products started on the calling thread use the managed kernel even when a BLAS is
    /// loaded (per thread, so other threads keep BLAS): to compare both paths, or to get the
    /// managed kernel's results on one thread. False by default.
    /// </summary>
    public static bool ForceManaged
    {
        get => t_forceManaged;
        set => t_forceManaged = value;
    }

    /// <summary>Whether products started on this thread may call CBLAS.</summary>
    internal static bool UseNative
    {
        get
        {
            if (!s_resolved)
            {
                EnsureResolved();
            }

            return !t_forceManaged && NativeBlas.IsBound;
        }
    }

    private static void EnsureResolved()
    {
        if (s_resolved)
        {
            return;
        }

        lock (s_gate)
        {
            if (s_resolved)
            {
                return;
            }

            string? configured = s_libraryPath ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrEmpty(configured))
            {
                if (string.Equals(configured, "none", StringComparison.OrdinalIgnoreCase))
                {
                    s_loadError = $"BLAS disabled by {(s_libraryPath is null ? EnvironmentVariable : "Blas.LibraryPath")}=none";
                }
                else if (!NativeBlas.TryBind(configured, out string? error))
                {
                    // A named library that cannot be used is reported, not silently replaced by
                    // another BLAS: products still work through the managed kernel.
                    s_loadError = error;
                }
            }
            else
            {
                foreach (string candidate in NativeBlas.DefaultCandidates)
                {
                    if (NativeBlas.TryBind(candidate, out _))
                    {
                        break;
                    }
                }
            }

            s_resolved = true;
        }
    }
}

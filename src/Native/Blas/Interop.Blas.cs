using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    /// <summary>
    /// The CBLAS C interface (<c>cblas.h</c>) of a BLAS found at run time: OpenBLAS first, then the
    /// system's <c>libcblas.so.3</c> / <c>libblas.so.3</c>, as function pointers bound by name.
    /// </summary>
    /// <remarks>
    /// Dimensions and leading dimensions are C <c>int</c> (the LP64 interface every Linux
    /// distribution ships); callers keep every value within <see cref="int.MaxValue"/>. The complex
    /// dot products are bound through their <c>_sub</c> variants, which write the result through a
    /// pointer, so no complex struct is returned by value across the ABI. OpenBLAS threads as its
    /// <c>OPENBLAS_NUM_THREADS</c> (or <c>OMP_NUM_THREADS</c>) environment variable says, read
    /// once when the library loads; nothing here changes it.
    /// </remarks>
    internal static unsafe class Blas
    {
        /// <summary><c>CblasRowMajor</c>.</summary>
        internal const int RowMajor = 101;

        /// <summary><c>CblasColMajor</c>.</summary>
        internal const int ColMajor = 102;

        /// <summary><c>CblasNoTrans</c>.</summary>
        internal const int NoTrans = 111;

        /// <summary><c>CblasTrans</c>.</summary>
        internal const int Trans = 112;

        /// <summary><c>CblasConjTrans</c>.</summary>
        internal const int ConjTrans = 113;

        /// <summary>The libraries tried in order when no path is given: OpenBLAS's names first, then the generic BLAS.</summary>
        internal static readonly string[] DefaultCandidates =
        [
            "libopenblas.so.0",
            "libopenblasp-r0.3.so",
            "libopenblasp.so.0",
            "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0",
            "/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3",
            "/usr/lib/aarch64-linux-gnu/openblas-pthread/libopenblas.so.0",
            "libcblas.so.3",
            "libblas.so.3",
            "libopenblas.dylib",
            "/System/Library/Frameworks/Accelerate.framework/Accelerate",
        ];

        /// <summary><c>cblas_sgemm</c>.</summary>
        internal static delegate* unmanaged<int, int, int, int, int, int, float, float*, int, float*, int, float, float*, int, void> sgemm;

        /// <summary><c>cblas_dgemm</c>.</summary>
        internal static delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void> dgemm;

        /// <summary><c>cblas_cgemm</c>: alpha and beta by pointer, as CBLAS takes them.</summary>
        internal static delegate* unmanaged<int, int, int, int, int, int, void*, void*, int, void*, int, void*, void*, int, void> cgemm;

        /// <summary><c>cblas_zgemm</c>: alpha and beta by pointer, as CBLAS takes them.</summary>
        internal static delegate* unmanaged<int, int, int, int, int, int, void*, void*, int, void*, int, void*, void*, int, void> zgemm;

        /// <summary><c>cblas_sgemv</c>.</summary>
        internal static delegate* unmanaged<int, int, int, int, float, float*, int, float*, int, float, float*, int, void> sgemv;

        /// <summary><c>cblas_dgemv</c>.</summary>
        internal static delegate* unmanaged<int, int, int, int, double, double*, int, double*, int, double, double*, int, void> dgemv;

        /// <summary><c>cblas_cgemv</c>.</summary>
        internal static delegate* unmanaged<int, int, int, int, void*, void*, int, void*, int, void*, void*, int, void> cgemv;

        /// <summary><c>cblas_zgemv</c>.</summary>
        internal static delegate* unmanaged<int, int, int, int, void*, void*, int, void*, int, void*, void*, int, void> zgemv;

        /// <summary><c>cblas_sdot</c>.</summary>
        internal static delegate* unmanaged<int, float*, int, float*, int, float> sdot;

        /// <summary><c>cblas_ddot</c>.</summary>
        internal static delegate* unmanaged<int, double*, int, double*, int, double> ddot;

        /// <summary><c>cblas_cdotu_sub</c>.</summary>
        internal static delegate* unmanaged<int, void*, int, void*, int, void*, void> cdotu_sub;

        /// <summary><c>cblas_zdotu_sub</c>.</summary>
        internal static delegate* unmanaged<int, void*, int, void*, int, void*, void> zdotu_sub;

        /// <summary><c>cblas_cdotc_sub</c>.</summary>
        internal static delegate* unmanaged<int, void*, int, void*, int, void*, void> cdotc_sub;

        /// <summary><c>cblas_zdotc_sub</c>.</summary>
        internal static delegate* unmanaged<int, void*, int, void*, int, void*, void> zdotc_sub;

        /// <summary>OpenBLAS's <c>char* openblas_get_config(void)</c>, or null for another BLAS.</summary>
        private static delegate* unmanaged<byte*> s_openblasGetConfig;

        /// <summary>OpenBLAS's <c>int openblas_get_num_threads(void)</c>, or null for another BLAS.</summary>
        private static delegate* unmanaged<int> s_openblasGetNumThreads;

        /// <summary>The names of the CBLAS functions every bound library must export.</summary>
        internal static readonly string[] RequiredSymbols =
        [
            "cblas_sgemm", "cblas_dgemm", "cblas_cgemm", "cblas_zgemm",
            "cblas_sgemv", "cblas_dgemv", "cblas_cgemv", "cblas_zgemv",
            "cblas_sdot", "cblas_ddot", "cblas_cdotu_sub", "cblas_zdotu_sub", "cblas_cdotc_sub", "cblas_zdotc_sub",
        ];

        /// <summary>Whether a library is bound.</summary>
        internal static bool IsBound => dgemm != null;

        /// <summary>The name or path the bound library was opened by, or null.</summary>
        internal static string? LibraryName { get; private set; }

        /// <summary>
        /// The file the bound library was loaded from, as the loader resolved the name
        /// (<c>dladdr</c> of <c>cblas_dgemm</c>, symbolic links followed to the file), or null.
        /// </summary>
        internal static string? LibraryFile { get; private set; }

        /// <summary>OpenBLAS's build configuration (<c>openblas_get_config()</c>), or null for another BLAS.</summary>
        internal static string? OpenBlasConfig =>
            s_openblasGetConfig == null ? null : Marshal.PtrToStringUTF8((nint)s_openblasGetConfig());

        /// <summary>OpenBLAS's thread count (<c>openblas_get_num_threads()</c>), or 0 for another BLAS.</summary>
        internal static int OpenBlasThreads => s_openblasGetNumThreads == null ? 0 : s_openblasGetNumThreads();

        /// <summary>
        /// Opens <paramref name="path"/> (a file path or a soname the loader searches for) and binds the
        /// CBLAS functions from it.
        /// </summary>
        /// <param name="path">The library to open.</param>
        /// <param name="error">Why the library could not be used, when the result is false.</param>
        /// <returns>Whether the library was opened and exports every CBLAS function used here.</returns>
        internal static bool TryBind(string path, out string? error)
        {
            if (!NativeLibrary.TryLoad(path, out nint handle))
            {
                error = $"'{path}' could not be loaded.";
                return false;
            }

            List<string>? missing = null;
            foreach (string name in RequiredSymbols)
            {
                if (!NativeLibrary.TryGetExport(handle, name, out _))
                {
                    (missing ??= []).Add(name);
                }
            }

            if (missing != null)
            {
                // A Fortran-only BLAS (reference libblas.so.3 without the C interface) lands here.
                NativeLibrary.Free(handle);
                error = $"'{path}' does not export the CBLAS functions {string.Join(", ", missing)}.";
                return false;
            }

            sgemm = (delegate* unmanaged<int, int, int, int, int, int, float, float*, int, float*, int, float, float*, int, void>)Export(handle, "cblas_sgemm");
            cgemm = (delegate* unmanaged<int, int, int, int, int, int, void*, void*, int, void*, int, void*, void*, int, void>)Export(handle, "cblas_cgemm");
            zgemm = (delegate* unmanaged<int, int, int, int, int, int, void*, void*, int, void*, int, void*, void*, int, void>)Export(handle, "cblas_zgemm");
            sgemv = (delegate* unmanaged<int, int, int, int, float, float*, int, float*, int, float, float*, int, void>)Export(handle, "cblas_sgemv");
            dgemv = (delegate* unmanaged<int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)Export(handle, "cblas_dgemv");
            cgemv = (delegate* unmanaged<int, int, int, int, void*, void*, int, void*, int, void*, void*, int, void>)Export(handle, "cblas_cgemv");
            zgemv = (delegate* unmanaged<int, int, int, int, void*, void*, int, void*, int, void*, void*, int, void>)Export(handle, "cblas_zgemv");
            sdot = (delegate* unmanaged<int, float*, int, float*, int, float>)Export(handle, "cblas_sdot");
            ddot = (delegate* unmanaged<int, double*, int, double*, int, double>)Export(handle, "cblas_ddot");
            cdotu_sub = (delegate* unmanaged<int, void*, int, void*, int, void*, void>)Export(handle, "cblas_cdotu_sub");
            zdotu_sub = (delegate* unmanaged<int, void*, int, void*, int, void*, void>)Export(handle, "cblas_zdotu_sub");
            cdotc_sub = (delegate* unmanaged<int, void*, int, void*, int, void*, void>)Export(handle, "cblas_cdotc_sub");
            zdotc_sub = (delegate* unmanaged<int, void*, int, void*, int, void*, void>)Export(handle, "cblas_zdotc_sub");
            s_openblasGetConfig = (delegate* unmanaged<byte*>)Export(handle, "openblas_get_config");
            s_openblasGetNumThreads = (delegate* unmanaged<int>)Export(handle, "openblas_get_num_threads");
            LibraryName = path;
            LibraryFile = FileOf(Export(handle, "cblas_dgemm"));

            // Written last: a non-null dgemm is the "bound" flag other threads test.
            dgemm = (delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)Export(handle, "cblas_dgemm");
            error = null;
            return true;
        }

        /// <summary>The path of the loaded object that contains <paramref name="address"/> (<c>dladdr</c>), or null.</summary>
        private static string? FileOf(nint address)
        {
            if (!NativeLibrary.TryLoad("libc.so.6", out nint libc) || !NativeLibrary.TryGetExport(libc, "dladdr", out nint dladdr))
            {
                return null;
            }

            // Dl_info: dli_fname, dli_fbase, dli_sname, dli_saddr.
            nint* info = stackalloc nint[4];
            int found = ((delegate* unmanaged<nint, nint*, int>)dladdr)(address, info);
            string? file = found != 0 && info[0] != 0 ? Marshal.PtrToStringUTF8(info[0]) : null;
            try
            {
                // Through Debian's alternatives symlinks to the file itself (which OpenBLAS build).
                return file is null ? null : File.ResolveLinkTarget(file, returnFinalTarget: true)?.FullName ?? file;
            }
            catch (IOException)
            {
                return file;
            }
        }

        private static nint Export(nint library, string name) =>
            NativeLibrary.TryGetExport(library, name, out nint address) ? address : 0;
    }
}

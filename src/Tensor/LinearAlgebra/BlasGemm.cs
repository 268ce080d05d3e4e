using System.Numerics;
using System.Runtime.InteropServices;
using NativeBlas = ArrayBridge.Native.Interop.Blas;

namespace ArrayBridge.LinearAlgebra;

/// <summary>
/// <c>C = A·B</c> through CBLAS for float32, float64, complex64 and complex128, choosing the call
/// as NumPy's matmul does: <c>?dot</c> for vector·vector, <c>?gemv</c> when one side is a vector,
/// <c>?gemm</c> otherwise.
/// </summary>
/// <remarks>
/// An operand goes to BLAS in place when it is "blasable" (NumPy's <c>is_blasable2d</c>): one
/// stride is the element size and the other a positive multiple of it at least the row length, in
/// either C or Fortran layout (the latter passed as a transposed operand), with an aligned start.
/// Any other operand (negative, zero or odd strides) is first copied to a contiguous buffer. An
/// output in neither layout is computed into a buffer and copied out.
/// </remarks>
internal static unsafe class BlasGemm
{
    private static readonly double* s_one = AllocConstant(1.0);
    private static readonly double* s_zero = AllocConstant(0.0);

    private static double* AllocConstant(double re)
    {
        // Complex alpha/beta for ?gemm/?gemv are passed by pointer; 16 bytes serve both widths
        // (complex64 reads the first two floats, which must then hold (1, 0) as floats).
        double* p = (double*)NativeMemory.AlignedAlloc(32, 16);
        p[0] = re;
        p[1] = 0;
        ((float*)(p + 2))[0] = (float)re;
        ((float*)(p + 2))[1] = 0;
        return p;
    }

    /// <summary>Whether the dtype and the sizes can go to CBLAS (C <c>int</c> dimensions).</summary>
    internal static bool Supports(ScalarType type, nint n, nint k, nint m) =>
        type is ScalarType.Float32 or ScalarType.Float64 or ScalarType.Complex64 or ScalarType.Complex128
        && n <= int.MaxValue && k <= int.MaxValue && m <= int.MaxValue;

    /// <summary>C[n×m] = A[n×k]·B[k×m]; n, k, m positive; strides in bytes.</summary>
    internal static void Multiply(ScalarType type, int size, byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m)
    {
        byte* aBuf = null, bBuf = null, cBuf = null;
        try
        {
            // Length-1 axes: any stride is as good as another; pick the one that makes the operand blasable.
            Normalize(ref as0, ref as1, n, k, size);
            Normalize(ref bs0, ref bs1, k, m, size);
            Normalize(ref cs0, ref cs1, n, m, size);
            if (!IsBlasable(a, as0, as1, n, k, size, out _, out _))
            {
                aBuf = CopyContiguous(a, as0, as1, n, k, size);
                a = aBuf;
                as0 = k * size;
                as1 = size;
            }

            if (!IsBlasable(b, bs0, bs1, k, m, size, out _, out _))
            {
                bBuf = CopyContiguous(b, bs0, bs1, k, m, size);
                b = bBuf;
                bs0 = m * size;
                bs1 = size;
            }

            byte* cTarget = c;
            nint cTs0 = cs0, cTs1 = cs1;
            if (!IsBlasable(c, cs0, cs1, n, m, size, out _, out _))
            {
                cBuf = (byte*)NativeMemory.AlignedAlloc((nuint)(n * m * size), 64);
                cTarget = cBuf;
                cTs0 = m * size;
                cTs1 = size;
            }

            if (n == 1 && m == 1)
            {
                Dot(type, (int)k, a, (int)(as1 / size), b, (int)(bs0 / size), cTarget);
            }
            else if (m == 1)
            {
                // y(n) = A(n×k)·x(k)
                IsBlasable(a, as0, as1, n, k, size, out bool aRow, out nint lda);
                Gemv(type, aRow ? NativeBlas.NoTrans : NativeBlas.Trans, aRow ? (int)n : (int)k, aRow ? (int)k : (int)n, a, lda,
                    b, (int)(bs0 / size), cTarget, (int)(cTs0 / size));
            }
            else if (n == 1)
            {
                // y(m) = B(k×m)ᵀ·x(k)
                IsBlasable(b, bs0, bs1, k, m, size, out bool bRow, out nint ldb);
                Gemv(type, bRow ? NativeBlas.Trans : NativeBlas.NoTrans, bRow ? (int)k : (int)m, bRow ? (int)m : (int)k, b, ldb,
                    a, (int)(as1 / size), cTarget, (int)(cTs1 / size));
            }
            else
            {
                IsBlasable(a, as0, as1, n, k, size, out bool aRow, out nint lda);
                IsBlasable(b, bs0, bs1, k, m, size, out bool bRow, out nint ldb);
                IsBlasable(cTarget, cTs0, cTs1, n, m, size, out bool cRow, out nint ldc);
                if (cRow)
                {
                    Gemm(type, aRow ? NativeBlas.NoTrans : NativeBlas.Trans, bRow ? NativeBlas.NoTrans : NativeBlas.Trans,
                        (int)n, (int)m, (int)k, a, lda, b, ldb, cTarget, ldc);
                }
                else
                {
                    // A Fortran-ordered C is a C-ordered Cᵀ = Bᵀ·Aᵀ: swap the operands and flip each transpose.
                    Gemm(type, bRow ? NativeBlas.Trans : NativeBlas.NoTrans, aRow ? NativeBlas.Trans : NativeBlas.NoTrans,
                        (int)m, (int)n, (int)k, b, ldb, a, lda, cTarget, ldc);
                }
            }

            if (cBuf != null)
            {
                CopyStrided(cBuf, m * size, size, c, cs0, cs1, n, m, size);
            }
        }
        finally
        {
            NativeMemory.AlignedFree(aBuf);
            NativeMemory.AlignedFree(bBuf);
            NativeMemory.AlignedFree(cBuf);
        }
    }

    private static void Normalize(ref nint s0, ref nint s1, nint rows, nint cols, int size)
    {
        if (cols == 1)
        {
            s1 = size;
        }

        if (rows == 1)
        {
            s0 = cols * s1;
        }
    }

    /// <summary>
    /// NumPy's <c>is_blasable2d</c> in either layout: <paramref name="rowMajor"/> tells which, and
    /// <paramref name="ld"/> is the leading dimension in elements.
    /// </summary>
    private static bool IsBlasable(byte* p, nint s0, nint s1, nint rows, nint cols, int size, out bool rowMajor, out nint ld)
    {
        int align = size >= 8 ? 8 : size;
        rowMajor = false;
        ld = 0;
        if ((nint)p % align != 0)
        {
            return false;
        }

        if (s1 == size && s0 > 0 && s0 % size == 0 && s0 / size >= Math.Max(cols, 1) && s0 / size <= int.MaxValue)
        {
            rowMajor = true;
            ld = s0 / size;
            return true;
        }

        if (s0 == size && s1 > 0 && s1 % size == 0 && s1 / size >= Math.Max(rows, 1) && s1 / size <= int.MaxValue)
        {
            ld = s1 / size;
            return true;
        }

        return false;
    }

    private static byte* CopyContiguous(byte* src, nint s0, nint s1, nint rows, nint cols, int size)
    {
        byte* dst = (byte*)NativeMemory.AlignedAlloc((nuint)(rows * cols * size), 64);
        CopyStrided(src, s0, s1, dst, cols * size, size, rows, cols, size);
        return dst;
    }

    private static void CopyStrided(byte* src, nint ss0, nint ss1, byte* dst, nint ds0, nint ds1, nint rows, nint cols, int size)
    {
        for (nint i = 0; i < rows; i++)
        {
            byte* s = src + i * ss0;
            byte* d = dst + i * ds0;
            switch (size)
            {
                case 4:
                    for (nint j = 0; j < cols; j++)
                    {
                        *(int*)(d + j * ds1) = *(int*)(s + j * ss1);
                    }

                    break;
                case 8:
                    for (nint j = 0; j < cols; j++)
                    {
                        *(long*)(d + j * ds1) = *(long*)(s + j * ss1);
                    }

                    break;
                default:
                    for (nint j = 0; j < cols; j++)
                    {
                        *(Int128*)(d + j * ds1) = *(Int128*)(s + j * ss1);
                    }

                    break;
            }
        }
    }

    private static void Dot(ScalarType type, int k, byte* x, int incx, byte* y, int incy, byte* result)
    {
        switch (type)
        {
            case ScalarType.Float32:
                *(float*)result = NativeBlas.sdot(k, (float*)x, incx, (float*)y, incy);
                break;
            case ScalarType.Float64:
                *(double*)result = NativeBlas.ddot(k, (double*)x, incx, (double*)y, incy);
                break;
            case ScalarType.Complex64:
                NativeBlas.cdotu_sub(k, x, incx, y, incy, result);
                break;
            default:
                NativeBlas.zdotu_sub(k, x, incx, y, incy, result);
                break;
        }
    }

    /// <summary>The conjugated dot product <c>Σ conj(x)·y</c> of two contiguous complex vectors (<c>?dotc_sub</c>).</summary>
    internal static void DotConjugate(ScalarType type, int k, byte* x, byte* y, byte* result)
    {
        if (type == ScalarType.Complex64)
        {
            NativeBlas.cdotc_sub(k, x, 1, y, 1, result);
        }
        else
        {
            NativeBlas.zdotc_sub(k, x, 1, y, 1, result);
        }
    }

    private static void Gemv(ScalarType type, int trans, int rows, int cols, byte* a, nint lda, byte* x, int incx, byte* y, int incy)
    {
        switch (type)
        {
            case ScalarType.Float32:
                NativeBlas.sgemv(NativeBlas.RowMajor, trans, rows, cols, 1f, (float*)a, (int)lda, (float*)x, incx, 0f, (float*)y, incy);
                break;
            case ScalarType.Float64:
                NativeBlas.dgemv(NativeBlas.RowMajor, trans, rows, cols, 1.0, (double*)a, (int)lda, (double*)x, incx, 0.0, (double*)y, incy);
                break;
            case ScalarType.Complex64:
                NativeBlas.cgemv(NativeBlas.RowMajor, trans, rows, cols, s_one + 2, a, (int)lda, x, incx, s_zero + 2, y, incy);
                break;
            default:
                NativeBlas.zgemv(NativeBlas.RowMajor, trans, rows, cols, s_one, a, (int)lda, x, incx, s_zero, y, incy);
                break;
        }
    }

    private static void Gemm(ScalarType type, int transA, int transB, int n, int m, int k, byte* a, nint lda, byte* b, nint ldb, byte* c, nint ldc)
    {
        switch (type)
        {
            case ScalarType.Float32:
                NativeBlas.sgemm(NativeBlas.RowMajor, transA, transB, n, m, k, 1f, (float*)a, (int)lda, (float*)b, (int)ldb, 0f, (float*)c, (int)ldc);
                break;
            case ScalarType.Float64:
                NativeBlas.dgemm(NativeBlas.RowMajor, transA, transB, n, m, k, 1.0, (double*)a, (int)lda, (double*)b, (int)ldb, 0.0, (double*)c, (int)ldc);
                break;
            case ScalarType.Complex64:
                NativeBlas.cgemm(NativeBlas.RowMajor, transA, transB, n, m, k, s_one + 2, a, (int)lda, b, (int)ldb, s_zero + 2, c, (int)ldc);
                break;
            default:
                NativeBlas.zgemm(NativeBlas.RowMajor, transA, transB, n, m, k, s_one, a, (int)lda, b, (int)ldb, s_zero, c, (int)ldc);
                break;
        }
    }
}

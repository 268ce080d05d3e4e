using System.Runtime.CompilerServices;

namespace ArrayBridge.LinearAlgebra;

/// <summary>
/// The batched matrix product behind matmul, dot, tensordot and einsum: one 2-d product per batch
/// index over raw strided memory, sent to CBLAS or to <see cref="ManagedGemm"/>.
/// </summary>
internal static unsafe class MatMulEngine
{
    /// <summary>
    /// C = A·B for every index of a broadcast batch. All three operands have the compute dtype
    /// <paramref name="type"/> in native order; batch strides are already broadcast (0 on
    /// stretched axes); every stride is in bytes.
    /// </summary>
    internal static void Run(ScalarType type, int size, ReadOnlySpan<nint> batch,
        ReadOnlySpan<nint> aBatch, ReadOnlySpan<nint> bBatch, ReadOnlySpan<nint> cBatch,
        byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m)
    {
        int nd = batch.Length;
        nint total = 1;
        foreach (nint len in batch)
        {
            total *= len;
        }

        if (total == 0 || n == 0 || m == 0)
        {
            return;
        }

        // A batch over a shared B whose A and C stack evenly on the row axis is one tall product.
        int folded = nd;
        nint rows = n;
        while (folded > 0 && bBatch[folded - 1] == 0
            && (batch[folded - 1] == 1 || (aBatch[folded - 1] == rows * as0 && cBatch[folded - 1] == rows * cs0)))
        {
            rows *= batch[folded - 1];
            folded--;
        }

        if (folded == 0)
        {
            Multiply(type, size, a, as0, as1, b, bs0, bs1, c, cs0, cs1, rows, k, m);
            return;
        }

        // Tiny products (batches of 4x4 matrices) pick their loop once rather than per matrix.
        var small = (long)n * k * m <= ManagedGemm.SmallProduct ? ManagedGemm.SmallKernel(type) : null;
        Span<nint> index = stackalloc nint[nd];
        index.Clear();
        for (nint t = 0; t < total; t++)
        {
            nint ao = 0, bo = 0, co = 0;
            for (int d = 0; d < nd; d++)
            {
                ao += index[d] * aBatch[d];
                bo += index[d] * bBatch[d];
                co += index[d] * cBatch[d];
            }

            if (small != null)
            {
                small(a + ao, as0, as1, b + bo, bs0, bs1, c + co, cs0, cs1, n, k, m);
            }
            else
            {
                Multiply(type, size, a + ao, as0, as1, b + bo, bs0, bs1, c + co, cs0, cs1, n, k, m);
            }

            for (int d = nd - 1; d >= 0; d--)
            {
                if (++index[d] < batch[d])
                {
                    break;
                }

                index[d] = 0;
            }
        }
    }

    /// <summary>One 2-d product C[n×m] = A[n×k]·B[k×m] of dtype <paramref name="type"/>.</summary>
    internal static void Multiply(ScalarType type, int size, byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m)
    {
        if (n == 0 || m == 0)
        {
            return;
        }

        if (k == 0)
        {
            // An empty sum is zero in every dtype (false for bool): clear each element's bytes.
            for (nint i = 0; i < n; i++)
            {
                for (nint j = 0; j < m; j++)
                {
                    Unsafe.InitBlockUnaligned(c + i * cs0 + j * cs1, 0, (uint)size);
                }
            }

            return;
        }

        // A CBLAS call costs a few hundred nanoseconds before any arithmetic; tiny products
        // (batches of 4x4 matrices) are cheaper in the managed loops.
        if ((long)n * k * m > ManagedGemm.SmallProduct && BlasGemm.Supports(type, n, k, m) && Blas.UseNative)
        {
            BlasGemm.Multiply(type, size, a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m);
            return;
        }

        switch (type)
        {
            case ScalarType.Bool: ManagedGemm.MultiplyBool(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.Int8: ManagedGemm.Multiply<sbyte>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.UInt8: ManagedGemm.Multiply<byte>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.Int16: ManagedGemm.Multiply<short>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.UInt16: ManagedGemm.Multiply<ushort>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.Int32: ManagedGemm.Multiply<int>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.UInt32: ManagedGemm.Multiply<uint>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.Int64: ManagedGemm.Multiply<long>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.UInt64: ManagedGemm.Multiply<ulong>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.Float16: ManagedGemm.MultiplyHalf(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.Float32: ManagedGemm.Multiply<float>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.Float64: ManagedGemm.Multiply<double>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            case ScalarType.Complex64: ManagedGemm.MultiplyComplex64(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
            default: ManagedGemm.MultiplyComplex128(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m); break;
        }
    }
}

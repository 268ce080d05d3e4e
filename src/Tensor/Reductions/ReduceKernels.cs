using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// The reduction kernels per operation and element family: NumPy's <c>add</c>, <c>multiply</c>,
/// <c>maximum</c>, <c>minimum</c>, <c>logical_or</c> and <c>logical_and</c> loops in their reduce form.
/// Integer arithmetic wraps as NumPy's C loops do; maximum and minimum propagate NaN.
/// </summary>
internal static unsafe class ReduceKernels
{
    /// <summary>Integer <c>add</c>: wraps on overflow; addition is associative, so lanes may add in any order.</summary>
    public readonly struct IntAdd<T> : IReduceKernel<IntAdd<T>, T>
        where T : unmanaged, IBinaryInteger<T>
    {
        public static bool HasIdentity => true;

        public static T Identity => T.Zero;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Combine(T acc, T x) => unchecked(acc + x);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static T Run(T acc, byte* x, nint stride, nint n)
        {
            if (stride == sizeof(T) && Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported && n >= Vector256<T>.Count)
            {
                var v = Vector256<T>.Zero;
                nint i = 0;
                for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
                {
                    v += Vector256.Load((T*)x + i);
                }

                acc = unchecked(acc + Vector256.Sum(v));
                return ReduceLoops.Run<IntAdd<T>, T>(acc, x + i * sizeof(T), stride, n - i);
            }

            return ReduceLoops.Run<IntAdd<T>, T>(acc, x, stride, n);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            VectorRows<IntAdd<T>, T, AddLanes<T>>(acc, accStride, x, stride, n);
    }

    /// <summary>Integer <c>multiply</c>: wraps on overflow.</summary>
    public readonly struct IntMultiply<T> : IReduceKernel<IntMultiply<T>, T>
        where T : unmanaged, IBinaryInteger<T>
    {
        public static bool HasIdentity => true;

        public static T Identity => T.One;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Combine(T acc, T x) => unchecked(acc * x);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static T Run(T acc, byte* x, nint stride, nint n) => ReduceLoops.Run<IntMultiply<T>, T>(acc, x, stride, n);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            ReduceLoops.Rows<IntMultiply<T>, T>(acc, accStride, x, stride, n);
    }

    /// <summary>Integer <c>maximum</c>.</summary>
    public readonly struct IntMax<T> : IReduceKernel<IntMax<T>, T>
        where T : unmanaged, IBinaryInteger<T>
    {
        public static bool HasIdentity => false;

        public static T Identity => default;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Combine(T acc, T x) => acc >= x ? acc : x;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static T Run(T acc, byte* x, nint stride, nint n)
        {
            if (stride == sizeof(T) && Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported && n >= Vector256<T>.Count)
            {
                var v = Vector256.Load((T*)x);
                nint i = Vector256<T>.Count;
                for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
                {
                    v = Vector256.Max(v, Vector256.Load((T*)x + i));
                }

                for (int l = 0; l < Vector256<T>.Count; l++)
                {
                    acc = Combine(acc, v[l]);
                }

                return ReduceLoops.Run<IntMax<T>, T>(acc, x + i * sizeof(T), stride, n - i);
            }

            return ReduceLoops.Run<IntMax<T>, T>(acc, x, stride, n);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            VectorRows<IntMax<T>, T, MaxLanes<T>>(acc, accStride, x, stride, n);
    }

    /// <summary>Integer <c>minimum</c>.</summary>
    public readonly struct IntMin<T> : IReduceKernel<IntMin<T>, T>
        where T : unmanaged, IBinaryInteger<T>
    {
        public static bool HasIdentity => false;

        public static T Identity => default;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Combine(T acc, T x) => acc <= x ? acc : x;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static T Run(T acc, byte* x, nint stride, nint n)
        {
            if (stride == sizeof(T) && Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported && n >= Vector256<T>.Count)
            {
                var v = Vector256.Load((T*)x);
                nint i = Vector256<T>.Count;
                for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
                {
                    v = Vector256.Min(v, Vector256.Load((T*)x + i));
                }

                for (int l = 0; l < Vector256<T>.Count; l++)
                {
                    acc = Combine(acc, v[l]);
                }

                return ReduceLoops.Run<IntMin<T>, T>(acc, x + i * sizeof(T), stride, n - i);
            }

            return ReduceLoops.Run<IntMin<T>, T>(acc, x, stride, n);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            VectorRows<IntMin<T>, T, MinLanes<T>>(acc, accStride, x, stride, n);
    }

    /// <summary>float32/float64 <c>add</c>: pairwise over a run, element-wise over rows.</summary>
    public readonly struct FloatAdd<T> : IReduceKernel<FloatAdd<T>, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public static bool HasIdentity => true;

        public static T Identity => T.Zero;

        public static bool Pairwise => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Combine(T acc, T x) => acc + x;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static T Run(T acc, byte* x, nint stride, nint n) => acc + PairwiseSum.Sum<T>(x, n, stride);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            VectorRows<FloatAdd<T>, T, AddLanes<T>>(acc, accStride, x, stride, n);
    }

    /// <summary>float32/float64 <c>multiply</c>, in order.</summary>
    public readonly struct FloatMultiply<T> : IReduceKernel<FloatMultiply<T>, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public static bool HasIdentity => true;

        public static T Identity => T.One;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Combine(T acc, T x) => acc * x;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static T Run(T acc, byte* x, nint stride, nint n) => ReduceLoops.Run<FloatMultiply<T>, T>(acc, x, stride, n);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            VectorRows<FloatMultiply<T>, T, MultiplyLanes<T>>(acc, accStride, x, stride, n);
    }

    /// <summary>float32/float64 <c>maximum</c>: <c>(acc &gt;= x || isnan(acc)) ? acc : x</c>, so NaN propagates.</summary>
    public readonly struct FloatMax<T> : IReduceKernel<FloatMax<T>, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public static bool HasIdentity => false;

        public static T Identity => default;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Combine(T acc, T x) => acc >= x || T.IsNaN(acc) ? acc : x;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static T Run(T acc, byte* x, nint stride, nint n)
        {
            if (stride == sizeof(T) && Vector256.IsHardwareAccelerated && n >= Vector256<T>.Count)
            {
                var v = Vector256.Load((T*)x);
                nint i = Vector256<T>.Count;
                for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
                {
                    v = NaNMaxLanes<T>.Apply(v, Vector256.Load((T*)x + i));
                }

                for (int l = 0; l < Vector256<T>.Count; l++)
                {
                    acc = Combine(acc, v[l]);
                }

                return ReduceLoops.Run<FloatMax<T>, T>(acc, x + i * sizeof(T), stride, n - i);
            }

            return ReduceLoops.Run<FloatMax<T>, T>(acc, x, stride, n);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            VectorRows<FloatMax<T>, T, NaNMaxLanes<T>>(acc, accStride, x, stride, n);
    }

    /// <summary>float32/float64 <c>minimum</c>: <c>(acc &lt;= x || isnan(acc)) ? acc : x</c>, so NaN propagates.</summary>
    public readonly struct FloatMin<T> : IReduceKernel<FloatMin<T>, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public static bool HasIdentity => false;

        public static T Identity => default;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Combine(T acc, T x) => acc <= x || T.IsNaN(acc) ? acc : x;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static T Run(T acc, byte* x, nint stride, nint n)
        {
            if (stride == sizeof(T) && Vector256.IsHardwareAccelerated && n >= Vector256<T>.Count)
            {
                var v = Vector256.Load((T*)x);
                nint i = Vector256<T>.Count;
                for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
                {
                    v = NaNMinLanes<T>.Apply(v, Vector256.Load((T*)x + i));
                }

                for (int l = 0; l < Vector256<T>.Count; l++)
                {
                    acc = Combine(acc, v[l]);
                }

                return ReduceLoops.Run<FloatMin<T>, T>(acc, x + i * sizeof(T), stride, n - i);
            }

            return ReduceLoops.Run<FloatMin<T>, T>(acc, x, stride, n);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            VectorRows<FloatMin<T>, T, NaNMinLanes<T>>(acc, accStride, x, stride, n);
    }

    /// <summary>
    /// float16 <c>add</c> as NumPy's <c>HALF_add</c>: a run is summed pairwise in float32 and added to
    /// the accumulator in float32, rounded to float16 once per run; rows add in float32 and round per element.
    /// </summary>
    public readonly struct HalfAdd : IReduceKernel<HalfAdd, Half>
    {
        public static bool HasIdentity => true;

        public static Half Identity => Half.Zero;

        public static bool Pairwise => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Half Combine(Half acc, Half x) => (Half)((float)acc + (float)x);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Half Run(Half acc, byte* x, nint stride, nint n) => (Half)((float)acc + PairwiseSum.SumHalf(x, n, stride));

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            ReduceLoops.Rows<HalfAdd, Half>(acc, accStride, x, stride, n);
    }

    /// <summary>float16 <c>multiply</c>: each product in float32, rounded to float16.</summary>
    public readonly struct HalfMultiply : IReduceKernel<HalfMultiply, Half>
    {
        public static bool HasIdentity => true;

        public static Half Identity => Half.One;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Half Combine(Half acc, Half x) => (Half)((float)acc * (float)x);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Half Run(Half acc, byte* x, nint stride, nint n) => ReduceLoops.Run<HalfMultiply, Half>(acc, x, stride, n);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            ReduceLoops.Rows<HalfMultiply, Half>(acc, accStride, x, stride, n);
    }

    /// <summary>float16 <c>maximum</c>, NaN propagating.</summary>
    public readonly struct HalfMax : IReduceKernel<HalfMax, Half>
    {
        public static bool HasIdentity => false;

        public static Half Identity => default;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Half Combine(Half acc, Half x) => acc >= x || Half.IsNaN(acc) ? acc : x;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Half Run(Half acc, byte* x, nint stride, nint n) => ReduceLoops.Run<HalfMax, Half>(acc, x, stride, n);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            ReduceLoops.Rows<HalfMax, Half>(acc, accStride, x, stride, n);
    }

    /// <summary>float16 <c>minimum</c>, NaN propagating.</summary>
    public readonly struct HalfMin : IReduceKernel<HalfMin, Half>
    {
        public static bool HasIdentity => false;

        public static Half Identity => default;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Half Combine(Half acc, Half x) => acc <= x || Half.IsNaN(acc) ? acc : x;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Half Run(Half acc, byte* x, nint stride, nint n) => ReduceLoops.Run<HalfMin, Half>(acc, x, stride, n);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            ReduceLoops.Rows<HalfMin, Half>(acc, accStride, x, stride, n);
    }

    /// <summary>complex128 <c>add</c>: pairwise as NumPy's <c>CDOUBLE_pairwise_sum</c>.</summary>
    public readonly struct Complex128Add : IReduceKernel<Complex128Add, Complex>
    {
        public static bool HasIdentity => true;

        public static Complex Identity => Complex.Zero;

        public static bool Pairwise => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Complex Combine(Complex acc, Complex x) => new(acc.Real + x.Real, acc.Imaginary + x.Imaginary);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Complex Run(Complex acc, byte* x, nint stride, nint n)
        {
            PairwiseSum.SumComplex(out double rr, out double ri, x, n * 2, stride);
            return new Complex(acc.Real + rr, acc.Imaginary + ri);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            ReduceLoops.Rows<Complex128Add, Complex>(acc, accStride, x, stride, n);
    }

    /// <summary>complex64 <c>add</c>: pairwise in float32 as NumPy's <c>CFLOAT_pairwise_sum</c>.</summary>
    public readonly struct Complex64Add : IReduceKernel<Complex64Add, Complex64>
    {
        public static bool HasIdentity => true;

        public static Complex64 Identity => default;

        public static bool Pairwise => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Complex64 Combine(Complex64 acc, Complex64 x) => acc + x;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Complex64 Run(Complex64 acc, byte* x, nint stride, nint n)
        {
            PairwiseSum.SumComplex(out float rr, out float ri, x, n * 2, stride);
            return new Complex64(acc.Real + rr, acc.Imaginary + ri);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            ReduceLoops.Rows<Complex64Add, Complex64>(acc, accStride, x, stride, n);
    }

    /// <summary>complex128 <c>multiply</c>: <c>(ar·br − ai·bi, ar·bi + ai·br)</c> in order.</summary>
    public readonly struct Complex128Multiply : IReduceKernel<Complex128Multiply, Complex>
    {
        public static bool HasIdentity => true;

        public static Complex Identity => Complex.One;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Complex Combine(Complex a, Complex b) =>
            new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Complex Run(Complex acc, byte* x, nint stride, nint n) => ReduceLoops.Run<Complex128Multiply, Complex>(acc, x, stride, n);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            ReduceLoops.Rows<Complex128Multiply, Complex>(acc, accStride, x, stride, n);
    }

    /// <summary>complex64 <c>multiply</c>, in float32.</summary>
    public readonly struct Complex64Multiply : IReduceKernel<Complex64Multiply, Complex64>
    {
        public static bool HasIdentity => true;

        public static Complex64 Identity => new(1f, 0f);

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Complex64 Combine(Complex64 a, Complex64 b) =>
            new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Complex64 Run(Complex64 acc, byte* x, nint stride, nint n) => ReduceLoops.Run<Complex64Multiply, Complex64>(acc, x, stride, n);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            ReduceLoops.Rows<Complex64Multiply, Complex64>(acc, accStride, x, stride, n);
    }

    /// <summary>
    /// Complex <c>maximum</c> or <c>minimum</c> (<typeparamref name="TPart"/> the parts' type):
    /// lexicographic as NumPy's <c>CGE</c>/<c>CLE</c>, the accumulator kept when it has a NaN part.
    /// </summary>
    public readonly struct ComplexExtreme<T, TPart, TMax> : IReduceKernel<ComplexExtreme<T, TPart, TMax>, T>
        where T : unmanaged
        where TPart : unmanaged, IFloatingPointIeee754<TPart>
        where TMax : IFlag
    {
        public static bool HasIdentity => false;

        public static T Identity => default;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Combine(T acc, T x)
        {
            TPart ar = Unsafe.As<T, TPart>(ref acc), ai = Unsafe.Add(ref Unsafe.As<T, TPart>(ref acc), 1);
            TPart xr = Unsafe.As<T, TPart>(ref x), xi = Unsafe.Add(ref Unsafe.As<T, TPart>(ref x), 1);
            if (TPart.IsNaN(ar) || TPart.IsNaN(ai))
            {
                return acc;
            }

            bool keep = TMax.Value
                ? (ar > xr && !TPart.IsNaN(ai) && !TPart.IsNaN(xi)) || (ar == xr && ai >= xi)
                : (ar < xr && !TPart.IsNaN(ai) && !TPart.IsNaN(xi)) || (ar == xr && ai <= xi);
            return keep ? acc : x;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static T Run(T acc, byte* x, nint stride, nint n) => ReduceLoops.Run<ComplexExtreme<T, TPart, TMax>, T>(acc, x, stride, n);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n) =>
            ReduceLoops.Rows<ComplexExtreme<T, TPart, TMax>, T>(acc, accStride, x, stride, n);
    }

    /// <summary>A compile-time flag for kernels that come in two flavours.</summary>
    public interface IFlag
    {
        /// <summary>The flag's value.</summary>
        static abstract bool Value { get; }
    }

    /// <summary><see cref="IFlag"/> true.</summary>
    public readonly struct True : IFlag
    {
        public static bool Value => true;
    }

    /// <summary><see cref="IFlag"/> false.</summary>
    public readonly struct False : IFlag
    {
        public static bool Value => false;
    }

    /// <summary>
    /// Bool <c>logical_or</c> (also bool <c>add</c> and <c>maximum</c>) when <typeparamref name="TOr"/>
    /// is true, <c>logical_and</c> (also <c>multiply</c> and <c>minimum</c>) when false. A run stops at
    /// the first element that decides it.
    /// </summary>
    public readonly struct BoolLogic<TOr> : IReduceKernel<BoolLogic<TOr>, bool>
        where TOr : IFlag
    {
        public static bool HasIdentity => true;

        public static bool Identity => !TOr.Value;

        public static bool Pairwise => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Combine(bool acc, bool x) => TOr.Value ? acc | x : acc & x;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool Run(bool acc, byte* x, nint stride, nint n)
        {
            // Bool arrays may hold any nonzero byte for true (a view of other data), so test bytes.
            if (acc == TOr.Value)
            {
                return acc;
            }

            if (stride == 1 && n <= int.MaxValue)
            {
                var span = new ReadOnlySpan<byte>(x, (int)n);
                return TOr.Value ? span.IndexOfAnyExcept((byte)0) >= 0 : span.IndexOf((byte)0) < 0;
            }

            for (nint i = 0; i < n; i++)
            {
                if ((x[i * stride] != 0) == TOr.Value)
                {
                    return TOr.Value;
                }
            }

            return !TOr.Value;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Rows(byte* acc, nint accStride, byte* x, nint stride, nint n)
        {
            for (nint i = 0; i < n; i++)
            {
                byte* a = acc + i * accStride;
                bool v = TOr.Value ? (*a != 0) | (x[i * stride] != 0) : (*a != 0) & (x[i * stride] != 0);
                *a = v ? (byte)1 : (byte)0;
            }
        }
    }

    /// <summary>A lane-wise vector operation for <see cref="VectorRows"/>.</summary>
    public interface ILanes<T>
    {
        /// <summary>The operation on each pair of lanes.</summary>
        static abstract Vector256<T> Apply(Vector256<T> a, Vector256<T> b);
    }

    /// <summary>Lane-wise addition.</summary>
    public readonly struct AddLanes<T> : ILanes<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<T> Apply(Vector256<T> a, Vector256<T> b) => a + b;
    }

    /// <summary>Lane-wise multiplication.</summary>
    public readonly struct MultiplyLanes<T> : ILanes<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<T> Apply(Vector256<T> a, Vector256<T> b) => a * b;
    }

    /// <summary>Lane-wise integer maximum.</summary>
    public readonly struct MaxLanes<T> : ILanes<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<T> Apply(Vector256<T> a, Vector256<T> b) => Vector256.Max(a, b);
    }

    /// <summary>Lane-wise integer minimum.</summary>
    public readonly struct MinLanes<T> : ILanes<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<T> Apply(Vector256<T> a, Vector256<T> b) => Vector256.Min(a, b);
    }

    /// <summary>Lane-wise <c>(a &gt;= b || isnan(a)) ? a : b</c>.</summary>
    public readonly struct NaNMaxLanes<T> : ILanes<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<T> Apply(Vector256<T> a, Vector256<T> b) =>
            Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(a, b) | ~Vector256.Equals(a, a), a, b);
    }

    /// <summary>Lane-wise <c>(a &lt;= b || isnan(a)) ? a : b</c>.</summary>
    public readonly struct NaNMinLanes<T> : ILanes<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<T> Apply(Vector256<T> a, Vector256<T> b) =>
            Vector256.ConditionalSelect(Vector256.LessThanOrEqual(a, b) | ~Vector256.Equals(a, a), a, b);
    }

    /// <summary>Rows with a vector operation when both runs are contiguous, else the scalar loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void VectorRows<TKernel, T, TLanes>(byte* acc, nint accStride, byte* x, nint stride, nint n)
        where TKernel : IReduceKernel<TKernel, T>
        where T : unmanaged
        where TLanes : ILanes<T>
    {
        nint i = 0;
        if (accStride == sizeof(T) && stride == sizeof(T) && Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                T* a = (T*)acc + i;
                Vector256.Store(TLanes.Apply(Vector256.Load(a), Vector256.Load((T*)x + i)), a);
            }
        }

        ReduceLoops.Rows<TKernel, T>(acc + i * accStride, accStride, x + i * stride, stride, n - i);
    }
}

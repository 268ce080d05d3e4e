using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using static ArrayBridge.ReduceKernels;

namespace ArrayBridge;

/// <summary>
/// Walks a reduction's input and accumulators as NumPy's nditer does with a reduction operand
/// (accumulator strides 0 along reduced axes; axes ordered by memory, negative strides flipped,
/// contiguous axes merged): when the innermost axis is reduced each run folds into one accumulator
/// (pairwise for float sums), otherwise each run folds element-wise into a run of accumulators
/// (NumPy's row-wise accumulation along a non-contiguous reduced axis). Large inputs split across
/// cores: along kept axes when accumulators are disjoint, else into partial results combined in
/// order (float sums split only at the pairwise tree's own halving points, so the bits do not change).
/// </summary>
internal static unsafe class ReductionRunner
{
    /// <summary>Elements from which a reduction is split across cores.</summary>
    public const nint ParallelThreshold = 1 << 17;

    // Below this a pairwise half is summed by one thread.
    private const nint TreeLeaf = 1 << 15;

    /// <summary>Runs <paramref name="op"/> over <paramref name="args"/> in the accumulator type <paramref name="type"/>.</summary>
    /// <returns>Floating-point flags raised on worker threads.</returns>
    public static FloatingPointFlags Run(ReduceOp op, ScalarType type, ref ReduceArgs args) => op switch
    {
        ReduceOp.Add => type switch
        {
            ScalarType.Bool => Run<BoolLogic<True>, bool>(ref args),
            ScalarType.Int8 => Run<IntAdd<sbyte>, sbyte>(ref args),
            ScalarType.UInt8 => Run<IntAdd<byte>, byte>(ref args),
            ScalarType.Int16 => Run<IntAdd<short>, short>(ref args),
            ScalarType.UInt16 => Run<IntAdd<ushort>, ushort>(ref args),
            ScalarType.Int32 => Run<IntAdd<int>, int>(ref args),
            ScalarType.UInt32 => Run<IntAdd<uint>, uint>(ref args),
            ScalarType.Int64 => Run<IntAdd<long>, long>(ref args),
            ScalarType.UInt64 => Run<IntAdd<ulong>, ulong>(ref args),
            ScalarType.Float16 => Run<HalfAdd, Half>(ref args),
            ScalarType.Float32 => Run<FloatAdd<float>, float>(ref args),
            ScalarType.Float64 => Run<FloatAdd<double>, double>(ref args),
            ScalarType.Complex64 => Run<Complex64Add, Complex64>(ref args),
            _ => Run<Complex128Add, Complex>(ref args),
        },
        ReduceOp.Multiply => type switch
        {
            ScalarType.Bool => Run<BoolLogic<False>, bool>(ref args),
            ScalarType.Int8 => Run<IntMultiply<sbyte>, sbyte>(ref args),
            ScalarType.UInt8 => Run<IntMultiply<byte>, byte>(ref args),
            ScalarType.Int16 => Run<IntMultiply<short>, short>(ref args),
            ScalarType.UInt16 => Run<IntMultiply<ushort>, ushort>(ref args),
            ScalarType.Int32 => Run<IntMultiply<int>, int>(ref args),
            ScalarType.UInt32 => Run<IntMultiply<uint>, uint>(ref args),
            ScalarType.Int64 => Run<IntMultiply<long>, long>(ref args),
            ScalarType.UInt64 => Run<IntMultiply<ulong>, ulong>(ref args),
            ScalarType.Float16 => Run<HalfMultiply, Half>(ref args),
            ScalarType.Float32 => Run<FloatMultiply<float>, float>(ref args),
            ScalarType.Float64 => Run<FloatMultiply<double>, double>(ref args),
            ScalarType.Complex64 => Run<Complex64Multiply, Complex64>(ref args),
            _ => Run<Complex128Multiply, Complex>(ref args),
        },
        ReduceOp.Maximum => type switch
        {
            ScalarType.Bool => Run<BoolLogic<True>, bool>(ref args),
            ScalarType.Int8 => Run<IntMax<sbyte>, sbyte>(ref args),
            ScalarType.UInt8 => Run<IntMax<byte>, byte>(ref args),
            ScalarType.Int16 => Run<IntMax<short>, short>(ref args),
            ScalarType.UInt16 => Run<IntMax<ushort>, ushort>(ref args),
            ScalarType.Int32 => Run<IntMax<int>, int>(ref args),
            ScalarType.UInt32 => Run<IntMax<uint>, uint>(ref args),
            ScalarType.Int64 => Run<IntMax<long>, long>(ref args),
            ScalarType.UInt64 => Run<IntMax<ulong>, ulong>(ref args),
            ScalarType.Float16 => Run<HalfMax, Half>(ref args),
            ScalarType.Float32 => Run<FloatMax<float>, float>(ref args),
            ScalarType.Float64 => Run<FloatMax<double>, double>(ref args),
            ScalarType.Complex64 => Run<ComplexExtreme<Complex64, float, True>, Complex64>(ref args),
            _ => Run<ComplexExtreme<Complex, double, True>, Complex>(ref args),
        },
        ReduceOp.Minimum => type switch
        {
            ScalarType.Bool => Run<BoolLogic<False>, bool>(ref args),
            ScalarType.Int8 => Run<IntMin<sbyte>, sbyte>(ref args),
            ScalarType.UInt8 => Run<IntMin<byte>, byte>(ref args),
            ScalarType.Int16 => Run<IntMin<short>, short>(ref args),
            ScalarType.UInt16 => Run<IntMin<ushort>, ushort>(ref args),
            ScalarType.Int32 => Run<IntMin<int>, int>(ref args),
            ScalarType.UInt32 => Run<IntMin<uint>, uint>(ref args),
            ScalarType.Int64 => Run<IntMin<long>, long>(ref args),
            ScalarType.UInt64 => Run<IntMin<ulong>, ulong>(ref args),
            ScalarType.Float16 => Run<HalfMin, Half>(ref args),
            ScalarType.Float32 => Run<FloatMin<float>, float>(ref args),
            ScalarType.Float64 => Run<FloatMin<double>, double>(ref args),
            ScalarType.Complex64 => Run<ComplexExtreme<Complex64, float, False>, Complex64>(ref args),
            _ => Run<ComplexExtreme<Complex, double, False>, Complex>(ref args),
        },
        ReduceOp.LogicalOr => Run<BoolLogic<True>, bool>(ref args),
        _ => Run<BoolLogic<False>, bool>(ref args),
    };

    private static FloatingPointFlags Run<TKernel, T>(ref ReduceArgs args)
        where TKernel : IReduceKernel<TKernel, T>
        where T : unmanaged
    {
        Initialize<TKernel, T>(ref args);
        if (args.Size == 0)
        {
            return FloatingPointFlags.None;
        }

        int nd = args.Shape.Length;
        bool masked = args.Mask != null;
        int nop = masked ? 3 : 2;
        Span<nint> opStrides = stackalloc nint[nop * nd];
        args.XStrides.CopyTo(opStrides[..nd]);
        args.AccStrides.CopyTo(opStrides.Slice(nd, nd));
        if (masked)
        {
            args.MaskStrides.CopyTo(opStrides.Slice(2 * nd, nd));
        }

        byte** bases = stackalloc byte*[3];
        bases[0] = args.X;
        bases[1] = args.Acc;
        bases[2] = args.Mask;
        nint* planShape = stackalloc nint[nd + 1];
        nint* planStrides = stackalloc nint[(nd + 1) * nop];
        var plan = default(IterationPlan);
        IterationPlan.Build(ref plan, args.Shape, opStrides, bases, nop, planShape, planStrides);
        delegate*<byte**, nint*, nint, void> row = masked ? &RowMasked<TKernel, T> : &Row<TKernel, T>;
        if (args.Size < ParallelThreshold || Environment.ProcessorCount < 2)
        {
            Walk(&plan, plan.Base, row, 0, plan.OuterCount, 0, plan.InnerCount);
            return FloatingPointFlags.None;
        }

        return RunParallel<TKernel, T>(&plan, row, masked, args.Watch);
    }

    /// <summary>Starts every accumulator from the identity, <c>initial</c>, or the first element along the reduced axes.</summary>
    private static void Initialize<TKernel, T>(ref ReduceArgs args)
        where TKernel : IReduceKernel<TKernel, T>
        where T : unmanaged
    {
        if (args.Init == ReduceInit.None)
        {
            return;
        }

        int nd = args.Shape.Length;
        T value = args.Init == ReduceInit.Initial ? Unsafe.ReadUnaligned<T>(args.Initial) : TKernel.Identity;
        Span<nint> opStrides = stackalloc nint[2 * nd];
        args.AccStrides.CopyTo(opStrides[..nd]);
        byte** bases = stackalloc byte*[2];
        bases[0] = args.Acc;
        if (args.Init == ReduceInit.First)
        {
            // Index 0 along every reduced axis is the input's base pointer moved along kept axes only.
            args.XStrides.CopyTo(opStrides.Slice(nd, nd));
            bases[1] = args.X;
        }
        else
        {
            opStrides.Slice(nd, nd).Clear();
            bases[1] = (byte*)&value;
        }

        nint* planShape = stackalloc nint[nd + 1];
        nint* planStrides = stackalloc nint[(nd + 1) * 2];
        var plan = default(IterationPlan);
        IterationPlan.Build(ref plan, args.KeepShape, opStrides, bases, 2, planShape, planStrides);
        Walk(&plan, plan.Base, &CopyRow<T>, 0, plan.OuterCount, 0, plan.InnerCount);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CopyRow<T>(byte** ptrs, nint* strides, nint n)
        where T : unmanaged
    {
        byte* d = ptrs[0], s = ptrs[1];
        nint sd = strides[0], ss = strides[1];
        for (nint i = 0; i < n; i++)
        {
            Unsafe.WriteUnaligned(d + i * sd, Unsafe.ReadUnaligned<T>(s + i * ss));
        }
    }

    /// <summary>One run: folded into one accumulator when its stride is 0, else element-wise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Row<TKernel, T>(byte** ptrs, nint* strides, nint n)
        where TKernel : IReduceKernel<TKernel, T>
        where T : unmanaged
    {
        byte* acc = ptrs[1];
        if (strides[1] == 0)
        {
            Unsafe.WriteUnaligned(acc, TKernel.Run(Unsafe.ReadUnaligned<T>(acc), ptrs[0], strides[0], n));
        }
        else
        {
            TKernel.Rows(acc, strides[1], ptrs[0], strides[0], n);
        }
    }

    /// <summary>One run under the mask: each stretch the mask selects, as NumPy's masked loop calls the plain loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RowMasked<TKernel, T>(byte** ptrs, nint* strides, nint n)
        where TKernel : IReduceKernel<TKernel, T>
        where T : unmanaged
    {
        byte* mask = ptrs[2];
        nint ms = strides[2], sx = strides[0], sa = strides[1];
        nint i = 0;
        while (i < n)
        {
            while (i < n && mask[i * ms] == 0)
            {
                i++;
            }

            nint start = i;
            while (i < n && mask[i * ms] != 0)
            {
                i++;
            }

            if (i > start)
            {
                byte* x = ptrs[0] + start * sx;
                byte* acc = ptrs[1] + start * sa;
                if (sa == 0)
                {
                    Unsafe.WriteUnaligned(acc, TKernel.Run(Unsafe.ReadUnaligned<T>(acc), x, sx, i - start));
                }
                else
                {
                    TKernel.Rows(acc, sa, x, sx, i - start);
                }
            }
        }
    }

    /// <summary>Walks outer rows [<paramref name="outerStart"/>, <paramref name="outerEnd"/>) over inner elements [<paramref name="innerStart"/>, <paramref name="innerEnd"/>) from <paramref name="bases"/>.</summary>
    private static void Walk(IterationPlan* plan, byte** bases, delegate*<byte**, nint*, nint, void> row,
        nint outerStart, nint outerEnd, nint innerStart, nint innerEnd)
    {
        var visit = new PointerRow(row);
        IterationPlan.WalkRows(plan, bases, ref visit, outerStart, outerEnd, innerStart, innerEnd);
    }

    /// <summary>A row function pointer as the walker's row.</summary>
    private readonly struct PointerRow(delegate*<byte**, nint*, nint, void> row) : IPlanRow
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Run(byte** ptrs, nint* innerStrides, nint count) => row(ptrs, innerStrides, count);
    }

    /// <summary>The address of operand <paramref name="op"/> at outer row <paramref name="row"/>, inner element <paramref name="innerIndex"/>.</summary>
    private static byte* Address(IterationPlan* plan, int op, nint row, nint innerIndex)
    {
        int nop = plan->NOp;
        byte* p = plan->Base[op] + innerIndex * plan->InnerStrides[op];
        for (int axis = plan->NDim - 2; axis >= 0; axis--)
        {
            nint n = plan->Shape[axis];
            p += row % n * plan->Strides[axis * nop + op];
            row /= n;
        }

        return p;
    }

    private static FloatingPointFlags RunParallel<TKernel, T>(IterationPlan* plan, delegate*<byte**, nint*, nint, void> row, bool masked, bool watch)
        where TKernel : IReduceKernel<TKernel, T>
        where T : unmanaged
    {
        int workers = Environment.ProcessorCount;
        nint outer = plan->OuterCount, inner = plan->InnerCount;
        int nop = plan->NOp;
        bool outerDisjoint = true, single = plan->InnerStrides[1] == 0;
        for (int axis = 0; axis < plan->NDim - 1; axis++)
        {
            nint s = plan->Strides[axis * nop + 1];
            outerDisjoint &= s != 0;
            single &= s == 0;
        }

        var state = new ParallelState<TKernel, T>((nint)plan, (nint)row, watch, workers);
        if (plan->InnerStrides[1] != 0 && inner >= workers * 64)
        {
            // Accumulator rows: each part owns a slice of every row's accumulators.
            state.Run(ParallelMode.Inner, inner);
        }
        else if (outerDisjoint && outer >= workers)
        {
            // Each outer row owns its accumulators.
            state.Run(ParallelMode.Outer, outer);
        }
        else if (single && TKernel.Pairwise && typeof(T) != typeof(Half) && plan->NDim == 1)
        {
            int depth = BitOperations.Log2((uint)workers - 1) + 1;
            nint mask = masked ? (nint)plan->Base[2] : 0, maskStride = masked ? plan->InnerStrides[2] : 0;
            T total = state.Tree((nint)plan->Base[0], plan->InnerStrides[0], mask, maskStride, inner, depth);
            byte* acc = plan->Base[1];
            Unsafe.WriteUnaligned(acc, TKernel.Combine(Unsafe.ReadUnaligned<T>(acc), total));
        }
        else if (single && (TKernel.HasIdentity || !masked))
        {
            // One accumulator: partial results per part, combined in order.
            bool byRows = outer >= workers;
            T[] partials = state.Partials(byRows ? ParallelMode.Outer : ParallelMode.Inner, byRows ? outer : inner);
            byte* acc = plan->Base[1];
            T value = Unsafe.ReadUnaligned<T>(acc);
            foreach (T p in partials)
            {
                value = TKernel.Combine(value, p);
            }

            Unsafe.WriteUnaligned(acc, value);
        }
        else
        {
            Walk(plan, plan->Base, row, 0, outer, 0, inner);
        }

        return (FloatingPointFlags)state.Flags;
    }

    private enum ParallelMode
    {
        Outer,
        Inner,
    }

    /// <summary>The shared state of one parallel reduction; the plan lives on the caller's stack, which outlives the workers.</summary>
    private sealed class ParallelState<TKernel, T>(nint plan, nint row, bool watch, int workers)
        where TKernel : IReduceKernel<TKernel, T>
        where T : unmanaged
    {
        private int _flags;

        public int Flags => Volatile.Read(ref _flags);

        public void Run(ParallelMode mode, nint span)
        {
            int parts = (int)Math.Min(workers, span);
            For(parts, part =>
            {
                var p = (IterationPlan*)plan;
                nint start = span * part / parts, end = span * (part + 1) / parts;
                Begin();
                if (mode == ParallelMode.Outer)
                {
                    Walk(p, p->Base, (delegate*<byte**, nint*, nint, void>)row, start, end, 0, p->InnerCount);
                }
                else
                {
                    Walk(p, p->Base, (delegate*<byte**, nint*, nint, void>)row, 0, p->OuterCount, start, end);
                }

                End();
            });
        }

        public T[] Partials(ParallelMode mode, nint span)
        {
            int parts = (int)Math.Min(workers, span);
            var partials = new T[parts];
            For(parts, part =>
            {
                var p = (IterationPlan*)plan;
                nint start = span * part / parts, end = span * (part + 1) / parts;
                T local = TKernel.HasIdentity
                    ? TKernel.Identity
                    : Unsafe.ReadUnaligned<T>(mode == ParallelMode.Outer ? Address(p, 0, start, 0) : Address(p, 0, 0, start));
                byte** bases = stackalloc byte*[3];
                bases[0] = p->Base[0];
                bases[1] = (byte*)&local;
                bases[2] = p->NOp > 2 ? p->Base[2] : null;
                Begin();
                if (mode == ParallelMode.Outer)
                {
                    Walk(p, bases, (delegate*<byte**, nint*, nint, void>)row, start, end, 0, p->InnerCount);
                }
                else
                {
                    Walk(p, bases, (delegate*<byte**, nint*, nint, void>)row, 0, p->OuterCount, start, end);
                }

                End();
                partials[part] = local;
            });
            return partials;
        }

        /// <summary>
        /// The pairwise sum of a run with its two halves on different cores, down to
        /// <paramref name="depth"/> levels; under a mask (<paramref name="mask"/> non-zero) each
        /// leaf folds the stretches its part of the mask selects.
        /// </summary>
        public T Tree(nint x, nint stride, nint mask, nint maskStride, nint n, int depth)
        {
            if (depth == 0 || n < TreeLeaf)
            {
                Begin();
                T leaf = TKernel.Identity;
                if (mask == 0)
                {
                    leaf = TKernel.Run(leaf, (byte*)x, stride, n);
                }
                else
                {
                    byte** ptrs = stackalloc byte*[3];
                    nint* strides = stackalloc nint[3];
                    ptrs[0] = (byte*)x;
                    ptrs[1] = (byte*)&leaf;
                    ptrs[2] = (byte*)mask;
                    strides[0] = stride;
                    strides[1] = 0;
                    strides[2] = maskStride;
                    RowMasked<TKernel, T>(ptrs, strides, n);
                }

                End();
                return leaf;
            }

            // A complex run halves by its parts' count, as NumPy's complex pairwise sum does.
            bool complex = typeof(T) == typeof(Complex) || typeof(T) == typeof(Complex64);
            nint n2 = complex ? PairwiseSum.Half(2 * n) / 2 : PairwiseSum.Half(n);
            nint rightMask = mask == 0 ? 0 : mask + n2 * maskStride;
            T left = default, right = default;
            Invoke(
                () => left = Tree(x, stride, mask, maskStride, n2, depth - 1),
                () => right = Tree(x + n2 * stride, stride, rightMask, maskStride, n - n2, depth - 1));
            return TKernel.Combine(left, right);
        }

        // Each part clears its thread's flags first and collects them after.
        private void Begin()
        {
            if (watch)
            {
                FloatingPointStatus.Clear();
            }
        }

        private void End()
        {
            if (watch)
            {
                Interlocked.Or(ref _flags, (int)FloatingPointStatus.Read());
            }
        }

        private static void For(int parts, Action<int> body)
        {
            try
            {
                Parallel.For(0, parts, body);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }

        private static void Invoke(Action a, Action b)
        {
            try
            {
                Parallel.Invoke(a, b);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }
    }
}

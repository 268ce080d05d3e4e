namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>The linear-ramp, statistic and odd-reflection fills of <see cref="Padder"/>, each NumPy 1.24's arithmetic on the same dtypes.</summary>
    private readonly partial struct Padder
    {
        /// <summary>
        /// NumPy's <c>_get_linear_ramps</c>: <c>np.linspace(end, edge, width, endpoint=False)</c> per
        /// side, in the dtype linspace computes in — the float or complex dtype of the array for
        /// rank above one, float64 (complex128) for a 1-d array (whose edge is a 0-d scalar), float64
        /// for integers and bool — floored for integers, then cast.
        /// </summary>
        public void LinearRamp(int axis, (nint Before, nint After) width, (double Before, double After) ends)
        {
            nint total = padded._shape[axis];
            if (width.Before > 0)
                Ramp(axis, width.Before, 0, 1, width.Before, ends.Before);
            if (width.After > 0)
                Ramp(axis, total - width.After - 1, total - 1, -1, width.After, ends.After);
        }

        private void Ramp(int axis, nint edgeIndex, nint start, int step, nint num, double end)
        {
            DType dtype = padded._dtype;
            bool wide = padded.NDim == 1;
            DType dt = dtype.Kind switch
            {
                'c' => wide || dtype.Type == ScalarType.Complex128 ? DType.Complex128 : DType.Complex64,
                'f' => wide ? DType.Float64 : DType.Create(dtype.Type),
                _ => DType.Float64,
            };
            using NDArray edge = Region(axis, edgeIndex, 1);
            using NDArray target = Region(axis, start, num, step);
            using NDArray stop = edge.AsType(dt, Casting.Unsafe, ArrayOrder.C);
            nint outer = 1, inner = 1;
            for (int d = 0; d < axis; d++)
                outer *= stop._shape[d];
            for (int d = axis + 1; d < stop.NDim; d++)
                inner *= stop._shape[d];
            var shape = (nint[])stop._shape.Clone();
            shape[axis] = num;
            using NDArray y = Empty(dt, shape);
            bool floor = dtype.Kind is 'i' or 'u';
            switch (dt.Type)
            {
                case ScalarType.Complex128: ComplexRampValues((double*)stop._data, outer, inner, num, end, (double*)y._data); break;
                case ScalarType.Complex64: ComplexRampValues((float*)stop._data, outer, inner, num, end, (float*)y._data); break;
                case ScalarType.Float64: RampValues((double*)stop._data, outer, inner, num, end, (double*)y._data, floor); break;
                case ScalarType.Float32: RampValues((float*)stop._data, outer, inner, num, end, (float*)y._data, floor); break;
                default: RampValues((Half*)stop._data, outer, inner, num, end, (Half*)y._data, floor); break;
            }

            AssignCore(y, target);
        }

        /// <summary>
        /// linspace's arithmetic in <typeparamref name="T"/>, each operation rounded to it as NumPy's
        /// loops round (float16 through float): <c>step = (stop - start) / num</c>, <c>i * step + start</c>,
        /// or <c>i / num * delta + start</c> for every lane when any step is 0; floored for integers.
        /// </summary>
        private static void RampValues<T>(T* stop, nint outer, nint inner, nint num, double end, T* y, bool floor)
            where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        {
            T first = T.CreateChecked(end);
            T count = T.CreateTruncating(num);
            nint lanes = outer * inner;
            var deltas = new T[lanes];
            var steps = new T[lanes];
            bool anyZero = false;
            for (nint j = 0; j < lanes; j++)
            {
                deltas[j] = stop[j] - first;
                steps[j] = deltas[j] / count;
                anyZero |= steps[j] == T.Zero;
            }

            for (nint o = 0; o < outer; o++)
            {
                for (nint i = 0; i < num; i++)
                {
                    T position = T.CreateTruncating(i);
                    T* row = y + ((o * num) + i) * inner;
                    for (nint k = 0; k < inner; k++)
                    {
                        nint j = (o * inner) + k;
                        T value = (anyZero ? position / count * deltas[j] : position * steps[j]) + first;
                        row[k] = floor ? T.Floor(value) : value;
                    }
                }
            }
        }

        /// <summary>
        /// The complex ramp with NumPy's complex loops written out on interleaved parts: the edge is
        /// multiplied by <c>complex(1, 0)</c>, the start is <c>complex(end, 0)</c>, the division by the count is Smith's by <c>complex(num, 0)</c> (so an
        /// infinite part makes the other part NaN), the products are full complex products.
        /// </summary>
        private static void ComplexRampValues<T>(T* stop, nint outer, nint inner, nint num, double end, T* y)
            where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        {
            T first = T.CreateChecked(end);
            T zero = T.Zero;
            T count = T.CreateTruncating(num);
            T scale = T.One / (count + (zero * zero));
            nint lanes = outer * inner;
            var deltas = new T[2 * lanes];
            var steps = new T[2 * lanes];
            bool anyZero = false;
            for (nint j = 0; j < lanes; j++)
            {
                // linspace's stop * 1.0 is a full complex product with (1, 0): an infinite part makes the other NaN.
                T er = stop[2 * j], ei = stop[(2 * j) + 1];
                T dr = ((er * T.One) - (ei * zero)) - first, di = ((er * zero) + (ei * T.One)) - zero;
                deltas[2 * j] = dr;
                deltas[(2 * j) + 1] = di;
                T sr = (dr + (di * zero)) * scale, si = (di - (dr * zero)) * scale;
                steps[2 * j] = sr;
                steps[(2 * j) + 1] = si;
                anyZero |= sr == zero && si == zero;
            }

            for (nint o = 0; o < outer; o++)
            {
                for (nint i = 0; i < num; i++)
                {
                    T position = T.CreateTruncating(i);
                    T* row = y + (2 * ((o * num) + i) * inner);
                    for (nint k = 0; k < inner; k++)
                    {
                        nint j = (o * inner) + k;
                        T ar, ai, br, bi;
                        if (anyZero)
                        {
                            (ar, ai) = ((position + (zero * zero)) * scale, (zero - (position * zero)) * scale);
                            (br, bi) = (deltas[2 * j], deltas[(2 * j) + 1]);
                        }
                        else
                        {
                            (ar, ai) = (position, zero);
                            (br, bi) = (steps[2 * j], steps[(2 * j) + 1]);
                        }

                        row[2 * k] = ((ar * br) - (ai * bi)) + first;
                        row[(2 * k) + 1] = ((ar * bi) + (ai * br)) + zero;
                    }
                }
            }
        }

        /// <summary>
        /// NumPy's <c>_get_stats</c> and <c>_set_pad_area</c>: the statistic over up to
        /// <paramref name="length"/> elements next to each edge (-1: all), rounded half to even for
        /// integer arrays, broadcast over the side. Computed even for a side of width 0, as NumPy does.
        /// </summary>
        public void Statistic(int axis, (nint Before, nint After) width, (nint Before, nint After) length, PadMode mode)
        {
            nint leftIndex = width.Before;
            nint rightIndex = padded._shape[axis] - width.After;
            nint maxLength = rightIndex - leftIndex;
            nint leftLength = length.Before < 0 || maxLength < length.Before ? maxLength : length.Before;
            nint rightLength = length.After < 0 || maxLength < length.After ? maxLength : length.After;
            if ((leftLength == 0 || rightLength == 0) && mode is PadMode.Maximum or PadMode.Minimum)
                ThrowHelper.ThrowPadEmptyStatistic();

            using NDArray leftStat = Stat(axis, leftIndex, leftLength, mode);
            if (leftLength == maxLength && rightLength == maxLength)
            {
                Fill(axis, 0, width.Before, leftStat);
                Fill(axis, rightIndex, width.After, leftStat);
                return;
            }

            using NDArray rightStat = Stat(axis, rightIndex - rightLength, rightLength, mode);
            Fill(axis, 0, width.Before, leftStat);
            Fill(axis, rightIndex, width.After, rightStat);
        }

        private NDArray Stat(int axis, nint start, nint length, PadMode mode)
        {
            using NDArray chunk = Region(axis, start, length);
            NDArray stat = mode switch
            {
                PadMode.Maximum => Max(chunk, axis, keepdims: true),
                PadMode.Minimum => Min(chunk, axis, keepdims: true),
                PadMode.Mean => Mean(chunk, axis, keepdims: true),
                _ => Median(chunk, axis, keepdims: true),
            };

            // NumPy's _round_if_needed: arr.round(out=arr) when the padded array is integer.
            if (padded._dtype.Kind is 'i' or 'u' && stat._dtype.Kind is 'f' or 'c')
                Rint(stat, @out: stat);
            return stat;
        }

        /// <summary>Assigns <paramref name="value"/> (length 1 along <paramref name="axis"/>) to every slab of <c>[start, start + length)</c>, cast to the dtype.</summary>
        private void Fill(int axis, nint start, nint length, NDArray value)
        {
            if (length == 0)
                return;
            using NDArray target = Region(axis, start, length);
            var strides = (nint[])value._strides.Clone();
            strides[axis] = 0;
            using NDArray broadcast = value.ViewOf(value._data, (nint[])target._shape.Clone(), strides);
            AssignCore(broadcast, target);
        }

        /// <summary>
        /// <c>reflect_type='odd'</c>: <c>2 * edge - chunk</c> in the array's dtype (the Python 2 weak),
        /// the reflected chunk read from <paramref name="from"/> backwards.
        /// </summary>
        private void MoveOdd(int axis, nint from, nint to, nint length, nint edgeIndex)
        {
            using NDArray target = Region(axis, to, length);
            using NDArray source = Region(axis, from, length, -1);
            using NDArray edge = Region(axis, edgeIndex, 1);
            using NDArray twice = Multiply(edge, 2);
            using NDArray odd = Subtract(twice, source);
            AssignCore(odd, target);
        }
    }
}

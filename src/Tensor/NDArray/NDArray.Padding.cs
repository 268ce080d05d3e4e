namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary><c>np.pad(a, pad_width, mode, constant_values=constantValue)</c> with the same width on both sides of every axis.</summary>
    /// <inheritdoc cref="Pad(ReadOnlySpan{ValueTuple{nint, nint}}, PadMode, ReadOnlySpan{ValueTuple{double, double}}, ReadOnlySpan{ValueTuple{double, double}}, ReadOnlySpan{ValueTuple{nint, nint}}, PadReflectType)"/>
    public NDArray Pad(nint padWidth, PadMode mode = PadMode.Constant, double constantValue = 0) =>
        Pad([(padWidth, padWidth)], mode, mode == PadMode.Constant ? [(constantValue, constantValue)] : default);

    /// <summary><c>np.pad(a, (before, after), mode, constant_values=constantValue)</c>: one pair for every axis.</summary>
    /// <inheritdoc cref="Pad(ReadOnlySpan{ValueTuple{nint, nint}}, PadMode, ReadOnlySpan{ValueTuple{double, double}}, ReadOnlySpan{ValueTuple{double, double}}, ReadOnlySpan{ValueTuple{nint, nint}}, PadReflectType)"/>
    public NDArray Pad((nint Before, nint After) padWidth, PadMode mode = PadMode.Constant, double constantValue = 0) =>
        Pad([padWidth], mode, mode == PadMode.Constant ? [(constantValue, constantValue)] : default);

    /// <summary>
    /// A new array with <paramref name="padWidth"/> elements added before and after each axis
    /// (<c>np.pad</c> of NumPy 1.24): one pair per axis, or one pair for all. The area is filled axis
    /// by axis as NumPy fills it (each axis over the already padded earlier axes), by
    /// <paramref name="mode"/>. <see cref="PadMode.Constant"/> takes <paramref name="constantValues"/>
    /// (one pair, or one per axis; 0 when empty), cast to the dtype as NumPy's assignment casts a
    /// float; <see cref="PadMode.LinearRamp"/> takes <paramref name="endValues"/> likewise;
    /// <see cref="PadMode.Maximum"/>, <see cref="PadMode.Minimum"/>, <see cref="PadMode.Mean"/> and
    /// <see cref="PadMode.Median"/> take <paramref name="statLength"/> (how many edge elements the
    /// statistic covers on each side; the whole axis when empty); <see cref="PadMode.Reflect"/> and
    /// <see cref="PadMode.Symmetric"/> take <paramref name="reflectType"/>. The result is F order
    /// when the array is F- and not C-contiguous, else C. For pads wider than the array the
    /// reflecting and wrapping modes repeat NumPy 1.24's iterative fill exactly.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A negative width or statistic length ("index can't contain negative values"), a number of
    /// pairs that is neither 1 nor the rank (NumPy's broadcasting message), an option the mode does
    /// not take ("unsupported keyword arguments for mode 'edge': {'constant_values'}"), a mode other
    /// than constant or empty extending an empty axis ("can't extend empty axis 0 using modes other
    /// than 'constant' or 'empty'"), or a maximum or minimum over no element ("stat_length of 0
    /// yields no value for padding").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined <paramref name="mode"/> or <paramref name="reflectType"/>.</exception>
    public NDArray Pad(
        ReadOnlySpan<(nint Before, nint After)> padWidth,
        PadMode mode = PadMode.Constant,
        ReadOnlySpan<(double Before, double After)> constantValues = default,
        ReadOnlySpan<(double Before, double After)> endValues = default,
        ReadOnlySpan<(nint Before, nint After)> statLength = default,
        PadReflectType reflectType = PadReflectType.Even)
    {
        ThrowIfDisposed();
        if ((uint)mode > (uint)PadMode.Empty)
        {
            ThrowHelper.ThrowUndefinedEnum(nameof(mode), (int)mode, nameof(PadMode));
        }

        if ((uint)reflectType > (uint)PadReflectType.Odd)
        {
            ThrowHelper.ThrowUndefinedEnum(nameof(reflectType), (int)reflectType, nameof(PadReflectType));
        }

        int nd = NDim;
        foreach ((nint b, nint a) in padWidth)
        {
            if (b < 0 || a < 0)
            {
                ThrowHelper.ThrowArgument("index can't contain negative values", nameof(padWidth));
            }
        }

        (nint Before, nint After)[] widths = PadPairs(padWidth, nd, nameof(padWidth), (0, 0));
        bool statistic = mode is PadMode.Maximum or PadMode.Minimum or PadMode.Mean or PadMode.Median;
        if (mode != PadMode.Constant && !constantValues.IsEmpty)
        {
            ThrowHelper.ThrowPadKeyword(ModeName(mode), "constant_values", nameof(constantValues));
        }

        if (mode != PadMode.LinearRamp && !endValues.IsEmpty)
        {
            ThrowHelper.ThrowPadKeyword(ModeName(mode), "end_values", nameof(endValues));
        }

        if (!statistic && !statLength.IsEmpty)
        {
            ThrowHelper.ThrowPadKeyword(ModeName(mode), "stat_length", nameof(statLength));
        }

        if (mode is not (PadMode.Reflect or PadMode.Symmetric) && reflectType != PadReflectType.Even)
        {
            ThrowHelper.ThrowPadKeyword(ModeName(mode), "reflect_type", nameof(reflectType));
        }

        (double Before, double After)[] values = PadPairs(constantValues, nd, nameof(constantValues), (0.0, 0.0));
        var shape = new nint[nd];
        for (int d = 0; d < nd; d++)
        {
            shape[d] = _shape[d] + widths[d].Before + widths[d].After;
            if (shape[d] < _shape[d])
            {
                ThrowHelper.ThrowArgument("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.", nameof(padWidth));
            }
        }

        NDArray padded = Allocate(_dtype, shape, IsFContiguous && !IsCContiguous ? ArrayOrder.F : ArrayOrder.C, zero: false);
        try
        {
            var pad = new Padder(padded, widths, _shape);
            using (NDArray original = pad.Region(-1, 0, 0))
            {
                AssignCore(this, original);
            }

            if (mode == PadMode.Constant)
            {
                for (int d = 0; d < nd; d++)
                {
                    pad.Constant(d, 0, widths[d].Before, values[d].Before);
                    pad.Constant(d, shape[d] - widths[d].After, widths[d].After, values[d].After);
                }

                return padded;
            }

            if (mode == PadMode.Empty)
            {
                return padded;
            }

            if (_size == 0)
            {
                for (int d = 0; d < nd; d++)
                {
                    if (_shape[d] == 0 && (widths[d].Before != 0 || widths[d].After != 0))
                    {
                        ThrowHelper.ThrowArgument($"can't extend empty axis {d} using modes other than 'constant' or 'empty'", nameof(mode));
                    }
                }

                return padded;
            }

            if (mode == PadMode.LinearRamp)
            {
                (double Before, double After)[] ends = PadPairs(endValues, nd, nameof(endValues), (0.0, 0.0));
                for (int d = 0; d < nd; d++)
                {
                    pad.LinearRamp(d, widths[d], ends[d]);
                }

                return padded;
            }

            if (statistic)
            {
                // NumPy checks the lengths only once the array is known to be non-empty.
                foreach ((nint b, nint a) in statLength)
                {
                    if (b < 0 || a < 0)
                    {
                        ThrowHelper.ThrowArgument("index can't contain negative values", nameof(statLength));
                    }
                }

                (nint Before, nint After)[]? lengths = statLength.IsEmpty ? null : PadPairs(statLength, nd, nameof(statLength), (0, 0));
                for (int d = 0; d < nd; d++)
                {
                    pad.Statistic(d, widths[d], lengths is null ? (-1, -1) : lengths[d], mode);
                }

                return padded;
            }

            for (int d = 0; d < nd; d++)
            {
                (nint left, nint right) = widths[d];
                if (mode == PadMode.Edge || (mode is PadMode.Reflect or PadMode.Symmetric && _shape[d] == 1))
                {
                    pad.Broadcast(d, left, left, 0);
                    pad.Broadcast(d, shape[d] - right - 1, right, shape[d] - right);
                    continue;
                }

                while (left > 0 || right > 0)
                {
                    (left, right) = mode == PadMode.Wrap
                        ? pad.WrapBoth(d, left, right)
                        : pad.ReflectBoth(d, left, right, includeEdge: mode == PadMode.Symmetric, odd: reflectType == PadReflectType.Odd);
                }
            }

            return padded;
        }
        catch
        {
            padded.Dispose();
            throw;
        }
    }

    private static string ModeName(PadMode mode) => mode switch
    {
        PadMode.Constant => "constant",
        PadMode.Edge => "edge",
        PadMode.Reflect => "reflect",
        PadMode.Symmetric => "symmetric",
        PadMode.Wrap => "wrap",
        PadMode.LinearRamp => "linear_ramp",
        PadMode.Maximum => "maximum",
        PadMode.Mean => "mean",
        PadMode.Median => "median",
        PadMode.Minimum => "minimum",
        _ => "empty",
    };

    /// <summary>NumPy's <c>_as_pairs</c>: one pair for every axis, or one per axis, or the broadcasting error.</summary>
    private static T[] PadPairs<T>(ReadOnlySpan<T> pairs, int ndim, string paramName, T empty)
    {
        var result = new T[ndim];
        if (pairs.IsEmpty)
        {
            result.AsSpan().Fill(empty);
        }
        else if (pairs.Length == 1)
        {
            result.AsSpan().Fill(pairs[0]);
        }
        else if (pairs.Length == ndim)
        {
            pairs.CopyTo(result);
        }
        else
        {
            ThrowHelper.ThrowArgument($"operands could not be broadcast together with remapped shapes [original->remapped]: ({pairs.Length},2)  and requested shape ({ndim},2)", paramName);
        }

        return result;
    }

    /// <summary>
    /// Copies between regions of a padded array along one axis: for axis <c>d</c> a region spans every
    /// earlier axis in full and every later axis over its original area only (NumPy's <c>_view_roi</c>).
    /// </summary>
    private readonly partial struct Padder(NDArray padded, (nint Before, nint After)[] widths, nint[] original)
    {
        /// <summary>A view of indices <c>[start, start + length)</c> of axis <paramref name="axis"/> in its region; <paramref name="axis"/> = -1 gives the original area.</summary>
        public NDArray Region(int axis, nint start, nint length, int step = 1)
        {
            int nd = padded.NDim;
            var shape = new nint[nd];
            var strides = (nint[])padded._strides.Clone();
            byte* data = padded._data;
            for (int e = 0; e < nd; e++)
            {
                if (e < axis)
                {
                    shape[e] = padded._shape[e];
                }
                else if (e > axis)
                {
                    shape[e] = original[e];
                    data += widths[e].Before * strides[e];
                }
                else
                {
                    shape[e] = length;
                    data += start * strides[e];
                    strides[e] *= step;
                }
            }

            return padded.ViewOf(data, shape, strides);
        }

        /// <summary>Fills <c>[start, start + length)</c> of axis <paramref name="axis"/> with <paramref name="value"/> cast to the dtype.</summary>
        public void Constant(int axis, nint start, nint length, double value)
        {
            if (length == 0)
            {
                return;
            }

            using NDArray target = Region(axis, start, length);
            using NDArray source = Full<double>([1], value);
            using NDArray cast = Empty(padded._dtype, [1]);
            AssignCore(source, cast);
            using NDArray broadcast = cast.ViewOf(cast._data, (nint[])target._shape.Clone(), new nint[target.NDim]);
            AssignCore(broadcast, target);
        }

        /// <summary>Fills <c>[start, start + length)</c> of axis <paramref name="axis"/> with the slab at <paramref name="from"/> repeated.</summary>
        public void Broadcast(int axis, nint from, nint length, nint start)
        {
            if (length == 0)
            {
                return;
            }

            using NDArray target = Region(axis, start, length);
            using NDArray slab = Region(axis, from, 1);
            var strides = (nint[])slab._strides.Clone();
            strides[axis] = 0;
            if (target._size != 0)
            {
                StridedCopy.Copy(slab._data, strides, target._data, target._strides, target._shape, padded.ItemSize);
            }

            GC.KeepAlive(slab);
            GC.KeepAlive(target);
        }

        /// <summary>Copies <paramref name="length"/> slabs from <paramref name="from"/> (stepping by <paramref name="step"/>) to <c>[to, to + length)</c>.</summary>
        private void Move(int axis, nint from, int step, nint to, nint length)
        {
            using NDArray target = Region(axis, to, length);
            using NDArray source = Region(axis, from, length, step);
            if (target._size != 0)
            {
                StridedCopy.Copy(source._data, source._strides, target._data, target._strides, target._shape, padded.ItemSize);
            }

            GC.KeepAlive(source);
            GC.KeepAlive(target);
        }

        /// <summary>One pass of NumPy's <c>_set_reflect_both</c>; returns the widths still unfilled.</summary>
        public (nint Left, nint Right) ReflectBoth(int axis, nint left, nint right, bool includeEdge, bool odd)
        {
            nint total = padded._shape[axis];
            nint oldLength = total - right - left;
            nint edgeOffset = includeEdge ? 1 : 0;
            if (!includeEdge)
            {
                oldLength--;
            }

            if (left > 0)
            {
                nint chunk = Math.Min(oldLength, left);
                nint first = left - edgeOffset + chunk;
                if (odd)
                    MoveOdd(axis, first, left - chunk, chunk, left);
                else
                    Move(axis, first, -1, left - chunk, chunk);
                left -= chunk;
            }

            if (right > 0)
            {
                nint chunk = Math.Min(oldLength, right);
                nint first = total - right + edgeOffset - 2;
                if (odd)
                    MoveOdd(axis, first, total - right, chunk, total - right - 1);
                else
                    Move(axis, first, -1, total - right, chunk);
                right -= chunk;
            }

            return (left, right);
        }

        /// <summary>One pass of NumPy's <c>_set_wrap_both</c>; returns the widths still unfilled.</summary>
        public (nint Left, nint Right) WrapBoth(int axis, nint left, nint right)
        {
            nint total = padded._shape[axis];
            nint period = total - right - left;
            nint newLeft = 0, newRight = 0;
            if (left > 0)
            {
                nint chunk = Math.Min(period, left);
                nint to = left > period ? left - period : 0;
                newLeft = left > period ? left - period : 0;
                Move(axis, total - right - chunk, 1, to, chunk);
            }

            if (right > 0)
            {
                nint chunk = Math.Min(period, right);
                newRight = right > period ? right - period : 0;
                Move(axis, left, 1, total - right, chunk);
            }

            return (newLeft, newRight);
        }
    }
}

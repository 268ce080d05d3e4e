using System.Numerics;
using System.Runtime.InteropServices;

namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>A new uninitialized array (<c>np.empty(shape, dtype, order)</c>), 64-byte aligned.</summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxDimensions"/> axes, or an order other than C or F.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative length, or an undefined <paramref name="order"/>.</exception>
    /// <exception cref="OverflowException">The byte size does not fit in <see cref="nint"/>.</exception>
    public static NDArray Empty(DType dtype, ReadOnlySpan<nint> shape, ArrayOrder order = ArrayOrder.C) => Allocate(dtype, shape, order, zero: false);

    /// <summary>A new array of zeros (<c>np.zeros(shape, dtype, order)</c>).</summary>
    /// <inheritdoc cref="Empty(DType, ReadOnlySpan{nint}, ArrayOrder)"/>
    public static NDArray Zeros(DType dtype, ReadOnlySpan<nint> shape, ArrayOrder order = ArrayOrder.C) => Allocate(dtype, shape, order, zero: true);

    /// <summary>A new uninitialized C-order array of <typeparamref name="T"/> (<c>np.empty</c>).</summary>
    public static NDArray<T> Empty<T>(params ReadOnlySpan<nint> shape) where T : unmanaged => (NDArray<T>)Allocate(DType.Of<T>(), shape, ArrayOrder.C, zero: false);

    /// <summary>A new uninitialized array of <typeparamref name="T"/> in <paramref name="order"/>.</summary>
    public static NDArray<T> Empty<T>(ReadOnlySpan<nint> shape, ArrayOrder order) where T : unmanaged => (NDArray<T>)Allocate(DType.Of<T>(), shape, order, zero: false);

    /// <summary>A new C-order array of zeros of <typeparamref name="T"/> (<c>np.zeros</c>).</summary>
    public static NDArray<T> Zeros<T>(params ReadOnlySpan<nint> shape) where T : unmanaged => (NDArray<T>)Allocate(DType.Of<T>(), shape, ArrayOrder.C, zero: true);

    /// <summary>A new array of zeros of <typeparamref name="T"/> in <paramref name="order"/>.</summary>
    public static NDArray<T> Zeros<T>(ReadOnlySpan<nint> shape, ArrayOrder order) where T : unmanaged => (NDArray<T>)Allocate(DType.Of<T>(), shape, order, zero: true);

    /// <summary>A new array with every element <paramref name="value"/> (<c>np.full</c>).</summary>
    public static NDArray<T> Full<T>(ReadOnlySpan<nint> shape, T value, ArrayOrder order = ArrayOrder.C) where T : unmanaged
    {
        var array = (NDArray<T>)Allocate(DType.Of<T>(), shape, order, zero: false);
        T* p = (T*)array._data;
        for (nint left = array._size; left > 0;)
        {
            int n = (int)Math.Min(left, int.MaxValue);
            new Span<T>(p, n).Fill(value);
            p += n;
            left -= n;
        }

        return array;
    }

    /// <summary><c>np.arange(stop)</c>: 0, 1, ..., stop - 1.</summary>
    public static NDArray<T> Arange<T>(T stop) where T : unmanaged, INumber<T> => Arange(T.Zero, stop, T.One);

    /// <summary>
    /// <c>np.arange(start, stop, step)</c>: <c>ceil((stop - start) / step)</c> values (exact for
    /// integer types), the first <paramref name="start"/>, the second <c>start + step</c> and
    /// element <c>i</c> from then on <c>start + i * delta</c> with <c>delta = (start + step) - start</c>,
    /// as NumPy fills them.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="step"/> is zero (NumPy's ZeroDivisionError, "division by zero"); the length is
    /// NaN ("arange: cannot compute length", from a NaN bound or step, or infinities that cancel);
    /// or the length does not fit in <see cref="nint"/> ("Maximum allowed size exceeded", e.g. an
    /// infinite bound).
    /// </exception>
    /// <exception cref="OverflowException">The array's byte size does not fit in <see cref="nint"/>.</exception>
    public static NDArray<T> Arange<T>(T start, T stop, T step) where T : unmanaged, INumber<T>
    {
        DType dtype = DType.Of<T>();
        nint length = ArangeLength(start, stop, step, integer: dtype.Kind is 'i' or 'u');
        var array = (NDArray<T>)Allocate(dtype, [length], ArrayOrder.C, zero: false);
        T* p = (T*)array._data;
        if (length > 0)
        {
            // NumPy sets the first two elements from start and start + step and fills the rest
            // from their difference (PyArray_ArangeObj, then the dtype's fill function).
            p[0] = start;
            T next = start + step;
            if (length > 1)
            {
                p[1] = next;
            }

            if (typeof(T) == typeof(Half))
            {
                // HALF_fill computes in float and rounds once per element.
                float first = float.CreateTruncating(start), step32 = float.CreateTruncating(next) - first;
                for (nint i = 2; i < length; i++)
                {
                    p[i] = T.CreateTruncating(first + i * step32);
                }
            }
            else
            {
                T delta = next - start;
                for (nint i = 2; i < length; i++)
                {
                    p[i] = start + T.CreateTruncating(i) * delta;
                }
            }
        }

        return array;
    }

    /// <summary>NumPy's <c>_calc_length</c> with its errors, exactly for integer types.</summary>
    private static nint ArangeLength<T>(T start, T stop, T step, bool integer) where T : unmanaged, INumber<T>
    {
        if (T.IsZero(step))
        {
            ThrowHelper.ThrowArgument("division by zero: the arange step must not be zero", nameof(step));
        }

        // By the type, not the value: T.IsInteger(1.0) is true for a double.
        if (integer)
        {
            // ceil((stop - start) / step) without going through double.
            Int128 range = Int128.CreateTruncating(stop) - Int128.CreateTruncating(start);
            Int128 s = Int128.CreateTruncating(step);
            Int128 q = range / s;
            if (q * s != range && (range > 0) == (s > 0))
            {
                q += 1;
            }

            if (q > nint.MaxValue)
            {
                ThrowHelper.ThrowArgument($"Maximum allowed size exceeded: arange({start}, {stop}, {step}) would have {q} elements", nameof(stop));
            }

            return q > 0 ? (nint)(long)q : 0;
        }

        double delta = double.CreateTruncating(stop) - double.CreateTruncating(start);
        double value = delta / double.CreateTruncating(step);
        if (value == 0 && delta != 0)
        {
            // The quotient underflowed, or the step is infinite: one element when it points the
            // way of stop, none otherwise (the sign of the zero says which).
            return double.IsNegative(value) ? 0 : 1;
        }

        double length = Math.Ceiling(value);
        if (double.IsNaN(length))
        {
            ThrowHelper.ThrowArgument($"arange: cannot compute length of arange({start}, {stop}, {step})", double.IsNaN(double.CreateTruncating(step)) ? nameof(step) : nameof(stop));
        }

        // (double)nint.MaxValue rounds up to 2^63, which is itself out of range.
        if (!(length >= (double)nint.MinValue && length < (double)nint.MaxValue))
        {
            ThrowHelper.ThrowArgument($"Maximum allowed size exceeded: arange({start}, {stop}, {step}) would have {length} elements", nameof(stop));
        }

        return length > 0 ? (nint)length : 0;
    }

    /// <summary>A new array holding a copy of <paramref name="values"/> (<c>np.array(values)</c>).</summary>
    public static NDArray<T> FromArray<T>(T[] values) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckExactElementType<T>(values, nameof(values));
        var array = (NDArray<T>)Allocate(DType.Of<T>(), [values.Length], ArrayOrder.C, zero: false);
        values.AsSpan().CopyTo(new Span<T>(array._data, values.Length));
        return array;
    }

    /// <summary>A new array holding a copy of <paramref name="values"/>, any rank, in C order.</summary>
    public static NDArray<T> FromArray<T>(Array values) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.GetType().GetElementType() != typeof(T))
        {
            ThrowHelper.ThrowArgument($"the array's element type is {values.GetType().GetElementType()}, not {typeof(T)}", nameof(values));
        }

        nint[] shape = ShapeOf(values);
        var array = (NDArray<T>)Allocate(DType.Of<T>(), shape, ArrayOrder.C, zero: false);
        ref byte src = ref MemoryMarshal.GetArrayDataReference(values);
        Buffer.MemoryCopy(System.Runtime.CompilerServices.Unsafe.AsPointer(ref src), array._data, array.NBytes, array.NBytes);
        GC.KeepAlive(values);
        return array;
    }

    /// <summary>A new array holding a copy of a rectangular <paramref name="values"/> (<c>np.array</c> of nested lists).</summary>
    public static NDArray<T> FromArray<T>(T[,] values) where T : unmanaged => FromArray<T>((Array)values);

    /// <summary>A new array holding a copy of a 3-d <paramref name="values"/>.</summary>
    public static NDArray<T> FromArray<T>(T[,,] values) where T : unmanaged => FromArray<T>((Array)values);

    /// <summary>A zero-copy 1-d view of <paramref name="array"/>, which stays pinned while any view is alive.</summary>
    public static NDArray<T> Wrap<T>(T[] array) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(array);
        CheckExactElementType<T>(array, nameof(array));
        return Wrap(array, [array.Length], default, 0);
    }

    /// <summary>
    /// A zero-copy view of <paramref name="array"/> with any shape, byte strides (C-contiguous when
    /// empty) and byte offset: <c>np.ndarray(shape, dtype, buffer, offset, strides)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxDimensions"/> axes, or strides that do not match the shape.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A negative length, an offset outside <c>[0, array length in bytes]</c>, or a layout that reaches
    /// outside the array, all computed without overflow.
    /// </exception>
    public static NDArray<T> Wrap<T>(T[] array, ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides = default, nint byteOffset = 0) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(array);
        CheckExactElementType<T>(array, nameof(array));
        DType dtype = DType.Of<T>();
        return (NDArray<T>)WrapMemory(PinnedArrayMemory.Pin(array, sizeof(T), writeable: true), dtype, shape, strides, byteOffset);
    }

    /// <summary>A zero-copy 2-d view of a rectangular array in its row-major layout.</summary>
    public static NDArray<T> Wrap<T>(T[,] array) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(array);
        CheckExactElementType<T>(array, nameof(array));
        return (NDArray<T>)WrapMemory(PinnedArrayMemory.Pin(array, sizeof(T), writeable: true), DType.Of<T>(), ShapeOf(array), default, 0);
    }

    /// <summary>A zero-copy 3-d view of a rectangular array in its row-major layout.</summary>
    public static NDArray<T> Wrap<T>(T[,,] array) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(array);
        CheckExactElementType<T>(array, nameof(array));
        return (NDArray<T>)WrapMemory(PinnedArrayMemory.Pin(array, sizeof(T), writeable: true), DType.Of<T>(), ShapeOf(array), default, 0);
    }

    /// <summary>
    /// A zero-copy view of <paramref name="memory"/>, pinned while any view is alive. An empty
    /// <paramref name="shape"/> means 1-d over the whole memory.
    /// </summary>
    /// <inheritdoc cref="Wrap{T}(T[], ReadOnlySpan{nint}, ReadOnlySpan{nint}, nint)" path="/exception"/>
    public static NDArray<T> Wrap<T>(Memory<T> memory, ReadOnlySpan<nint> shape = default, ReadOnlySpan<nint> strides = default, nint byteOffset = 0) where T : unmanaged
        => (NDArray<T>)WrapMemory(PinMemory(memory, writeable: true), DType.Of<T>(), shape.IsEmpty && strides.IsEmpty ? [memory.Length] : shape, strides, byteOffset);

    /// <summary>A zero-copy read-only view of <paramref name="memory"/>; WRITEABLE can never be set.</summary>
    /// <inheritdoc cref="Wrap{T}(T[], ReadOnlySpan{nint}, ReadOnlySpan{nint}, nint)" path="/exception"/>
    public static NDArray<T> Wrap<T>(ReadOnlyMemory<T> memory, ReadOnlySpan<nint> shape = default, ReadOnlySpan<nint> strides = default, nint byteOffset = 0) where T : unmanaged
        => (NDArray<T>)WrapMemory(PinMemory(MemoryMarshal.AsMemory(memory), writeable: false), DType.Of<T>(), shape.IsEmpty && strides.IsEmpty ? [memory.Length] : shape, strides, byteOffset);

    /// <summary>
    /// An array over memory of unknown extent at <paramref name="data"/>: the analogue of
    /// <c>PyArray_SimpleNewFromData</c> / <c>PyArray_NewFromDescr</c> with a data pointer. Empty
    /// <paramref name="strides"/> mean C-contiguous. <paramref name="owner"/>, if given, is disposed
    /// exactly once when the last array over the memory is disposed (<c>PyArray_SetBaseObject</c>).
    /// The caller vouches that every byte the layout reaches is valid; only a layout that would run
    /// past either end of the address space is refused.
    /// </summary>
    /// <exception cref="ArgumentException">A null pointer for a non-empty shape, more than <see cref="MaxDimensions"/> axes, or strides that do not match the shape.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative length, a byte size beyond the address space, or a layout that runs past either end of the address space.</exception>
    public static NDArray FromPointer(void* data, DType dtype, ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides = default, bool writeable = true, IDisposable? owner = null)
    {
        if (data is null && !ContainsZero(shape))
        {
            ThrowHelper.ThrowArgument("a null data pointer can only back an empty array", nameof(data));
        }

        return WrapMemory(new ExternalArrayMemory((byte*)data, -1, writeable, owner), dtype, shape, strides, 0);
    }

    /// <summary>
    /// An array over a buffer of known length: the layout at <paramref name="byteOffset"/> with
    /// <paramref name="strides"/> is checked to stay inside <c>[buffer, buffer + bufferLength)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxDimensions"/> axes, or strides that do not match the shape.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A negative length, a buffer that runs past the end of the address space, an offset outside
    /// <c>[0, bufferLength]</c>, or a layout that reaches outside the buffer, all computed without overflow.
    /// </exception>
    public static NDArray FromPointer(void* buffer, nint bufferLength, nint byteOffset, DType dtype, ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides = default, bool writeable = true, IDisposable? owner = null)
    {
        if (bufferLength < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(bufferLength), $"buffer length {bufferLength} is negative");
        }

        if (buffer is null && bufferLength != 0)
        {
            ThrowHelper.ThrowArgument("a null buffer must have length 0", nameof(buffer));
        }

        if ((nuint)buffer > nuint.MaxValue - (nuint)bufferLength)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(bufferLength), $"a buffer of {bufferLength} bytes at 0x{(nuint)buffer:x} would run past the end of the address space");
        }

        return WrapMemory(new ExternalArrayMemory((byte*)buffer, bufferLength, writeable, owner), dtype, shape, strides, byteOffset);
    }

    private static NDArray Allocate(DType dtype, ReadOnlySpan<nint> shape, ArrayOrder order, bool zero)
    {
        EnumChecks.Check(order);
        Layout.ValidateShape(shape, dtype.ItemSize, out nint nbytes);
        bool fortran = order switch
        {
            ArrayOrder.C => false,
            ArrayOrder.F => true,
            _ => ThrowHelper.ThrowArgument<bool>($"only 'C' or 'F' order is permitted for a new array, not '{order}'", nameof(order)),
        };
        nint[] strides = new nint[shape.Length];
        if (nbytes != 0)
        {
            Layout.FillStrides(shape, dtype.ItemSize, fortran, strides); // zero-byte arrays keep all-zero strides, as NumPy's allocator gives them
        }

        var memory = NativeArrayMemory.Allocate(nbytes, zero);
        return Create(memory, memory.Start, shape.ToArray(), strides, dtype, ArrayFlags.Writeable | ArrayFlags.OwnData, null);
    }

    /// <summary>
    /// Refuses an array whose elements are not <typeparamref name="T"/> although the CLR lets it pass
    /// as a <typeparamref name="T"/> array (a <c>uint[]</c> as <c>int[]</c>, an <c>sbyte[]</c> as
    /// <c>byte[]</c>): its data would get the wrong dtype.
    /// </summary>
    private static void CheckExactElementType<T>(Array array, string paramName) where T : unmanaged
    {
        Type? element = array.GetType().GetElementType();
        if (element != typeof(T))
        {
            ThrowHelper.ThrowArgument($"the array's elements are {element?.Name}, not {typeof(T).Name}: the CLR lets such an array pass as a {typeof(T).Name} array, but its data would get the wrong dtype", paramName);
        }
    }

    /// <summary>Validates a layout against a memory block and builds the wrapping array.</summary>
    private static NDArray WrapMemory(ArrayMemory memory, DType dtype, ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, nint byteOffset)
    {
        try
        {
            Layout.ValidateLayoutShape(shape, dtype.ItemSize, out _);
            nint[] stridesArray;
            if (strides.IsEmpty && shape.Length > 0)
            {
                stridesArray = Layout.NewStrides(shape, dtype.ItemSize, fortran: false);
            }
            else
            {
                CheckStridesLength(shape, strides);
                stridesArray = strides.ToArray();
            }

            byte* data = PlaceLayout(memory, byteOffset, shape, stridesArray, dtype.ItemSize, nameof(byteOffset));
            return Create(memory, data, shape.ToArray(), stridesArray, dtype, memory.IsWriteable ? ArrayFlags.Writeable : 0, null);
        }
        catch
        {
            // Nothing holds the memory yet: release the pin or handle now.
            memory.AddHolder();
            memory.RemoveHolder();
            throw;
        }
    }

    /// <exception cref="ArgumentException">The strides have a different length than the shape.</exception>
    private static void CheckStridesLength(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides)
    {
        if (strides.Length != shape.Length)
        {
            ThrowHelper.ThrowArgument($"strides has {strides.Length} entries but the shape {Layout.Format(shape)} has {shape.Length} dimensions", nameof(strides));
        }
    }

    /// <summary>
    /// The data pointer of a layout that starts <paramref name="offset"/> bytes after the start of
    /// <paramref name="memory"/>, once checked in exact arithmetic: the offset lies in
    /// <c>[0, length]</c> and every byte the layout reaches in <c>[0, length)</c> when the length is
    /// known; otherwise no address the layout reaches runs past either end of the address space.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset or the layout is outside those bounds.</exception>
    private static byte* PlaceLayout(ArrayMemory memory, Int128 offset, ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, int itemSize, string offsetName)
    {
        if (!Layout.TryGetExtent(shape, strides, itemSize, out nint low, out nint high))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(strides), $"strides {Layout.Format(strides)} with shape {Layout.Format(shape)} reach further than the address space");
        }

        bool empty = low == high;
        if (memory.Length >= 0)
        {
            if (offset < 0 || offset > memory.Length)
            {
                ThrowHelper.ThrowArgumentOutOfRange(offsetName, $"offset must be non-negative and no greater than buffer length ({memory.Length}): the layout would start at byte {offset}");
            }

            if (!empty && (offset + low < 0 || offset + high > memory.Length))
            {
                ThrowHelper.ThrowArgumentOutOfRange(nameof(strides),
                    $"shape {Layout.Format(shape)} with strides {Layout.Format(strides)} at byte offset {offset} reaches bytes [{offset + low}, {offset + high}), outside the buffer of {memory.Length} bytes");
            }
        }
        else
        {
            Int128 address = (Int128)(nuint)memory.Start + offset;
            Int128 end = (Int128)nuint.MaxValue + 1;
            if (address < 0 || address >= end || (!empty && (address + low < 0 || address + high > end)))
            {
                ThrowHelper.ThrowArgumentOutOfRange(empty ? offsetName : nameof(strides),
                    $"shape {Layout.Format(shape)} with strides {Layout.Format(strides)} from address 0x{(nuint)memory.Start:x} plus {offset} bytes runs past an end of the address space");
            }
        }

        return (byte*)(nuint)(ulong)((Int128)(nuint)memory.Start + offset);
    }

    private static ArrayMemory PinMemory<T>(Memory<T> memory, bool writeable) where T : unmanaged =>
        new MemoryHandleArrayMemory(memory.Pin(), (nint)memory.Length * sizeof(T), writeable, $"Memory<{typeof(T).Name}>");

    private static nint[] ShapeOf(Array array)
    {
        var shape = new nint[array.Rank];
        for (int i = 0; i < shape.Length; i++)
        {
            shape[i] = array.GetLength(i);
        }

        return shape;
    }

    private static bool ContainsZero(ReadOnlySpan<nint> shape) => shape.Contains(0);
}

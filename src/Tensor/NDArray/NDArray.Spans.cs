using System.Numerics.Tensors;
using CommunityToolkit.HighPerformance;

namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// The elements of a C- or F-contiguous array as one span in MEMORY order, the zero-copy
    /// equivalent of <c>arr.ravel(order='K')</c>'s buffer. For an F-contiguous array (a transpose,
    /// or an F-order <see cref="Copy"/> or <see cref="AsType(DType, Casting, ArrayOrder)"/> of one)
    /// that is column-major order, not the row-major order of <c>arr.ravel()</c>: check
    /// <see cref="IsCContiguous"/>, or use <see cref="ToArray{T}(ArrayOrder)"/>, which copies in the
    /// order asked for.
    /// </summary>
    /// <exception cref="InvalidCastException">The dtype is not <typeparamref name="T"/> in native order.</exception>
    /// <exception cref="InvalidOperationException">The array is not contiguous, is read-only, or has more than <see cref="int.MaxValue"/> elements.</exception>
    public Span<T> AsSpan<T>() where T : unmanaged
    {
        ThrowIfNotWriteable();
        return new Span<T>(ContiguousStart<T>(), (int)_size);
    }

    /// <summary>Like <see cref="AsSpan{T}"/> for reading (memory order too); works on read-only arrays.</summary>
    public ReadOnlySpan<T> AsReadOnlySpan<T>() where T : unmanaged
    {
        ThrowIfDisposed();
        return new ReadOnlySpan<T>(ContiguousStart<T>(), (int)_size);
    }

    /// <summary>
    /// The elements as a new .NET array, read in <paramref name="order"/> (<c>arr.flatten(order)</c>,
    /// <c>arr.ravel(order)</c>): C (row-major, the default, whatever the layout), F (column-major),
    /// A (F when the array is F- and not C-contiguous, else C) or K (as the elements lie in memory,
    /// NumPy's <c>flatten('K')</c>; for a contiguous array the order of <see cref="AsSpan{T}"/>).
    /// </summary>
    /// <exception cref="InvalidCastException">The dtype is not <typeparamref name="T"/> in native order.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined <paramref name="order"/>.</exception>
    public T[] ToArray<T>(ArrayOrder order = ArrayOrder.C) where T : unmanaged
    {
        ThrowIfDisposed();
        EnumChecks.Check(order);
        CheckElementType<T>();
        var result = new T[_size];
        NDArray source = InReadingOrder(order);
        try
        {
            fixed (T* p = result)
            {
                using NDArray target = FromPointer(p, _dtype, source._shape, default, writeable: true);
                AssignCore(source, target);
            }
        }
        finally
        {
            if (!ReferenceEquals(source, this))
            {
                source.Dispose();
            }
        }

        return result;
    }

    /// <summary>
    /// A <see cref="TensorSpan{T}"/> over the same memory. System.Numerics.Tensors takes element
    /// strides that are not negative, so this works for native-order arrays whose byte strides are
    /// non-negative multiples of the item size (zero strides from broadcasting included).
    /// </summary>
    /// <exception cref="InvalidOperationException">The layout is one TensorSpan cannot express, or the array is read-only.</exception>
    public TensorSpan<T> AsTensorSpan<T>() where T : unmanaged
    {
        ThrowIfNotWriteable();
        CheckElementType<T>();
        nint[] strides = TensorStrides(out nint span);
        return new TensorSpan<T>((T*)_data, span, _shape, strides);
    }

    /// <summary>A <see cref="ReadOnlyTensorSpan{T}"/> over the same memory; works on read-only arrays.</summary>
    /// <inheritdoc cref="AsTensorSpan{T}"/>
    public ReadOnlyTensorSpan<T> AsReadOnlyTensorSpan<T>() where T : unmanaged
    {
        ThrowIfDisposed();
        CheckElementType<T>();
        nint[] strides = TensorStrides(out nint span);
        return new ReadOnlyTensorSpan<T>((T*)_data, span, _shape, strides);
    }

    /// <summary>
    /// A CommunityToolkit <see cref="Span2D{T}"/> over a 2-d array whose inner stride is one element
    /// and whose row stride is a positive whole number of elements at least the row length.
    /// </summary>
    /// <exception cref="InvalidOperationException">The array is not 2-d or its layout does not fit Span2D.</exception>
    public Span2D<T> AsSpan2D<T>() where T : unmanaged
    {
        ThrowIfNotWriteable();
        CheckSpan2D<T>(out int height, out int width, out int pitch);
        return new Span2D<T>(_data, height, width, pitch);
    }

    /// <summary>A read-only <see cref="ReadOnlySpan2D{T}"/>; see <see cref="AsSpan2D{T}"/>.</summary>
    public ReadOnlySpan2D<T> AsReadOnlySpan2D<T>() where T : unmanaged
    {
        ThrowIfDisposed();
        CheckSpan2D<T>(out int height, out int width, out int pitch);
        return new ReadOnlySpan2D<T>(_data, height, width, pitch);
    }

    private void CheckElementType<T>() where T : unmanaged
    {
        if (!_dtype.Matches<T>())
        {
            ThrowHelper.ThrowDTypeMismatch(_dtype, typeof(T));
        }
    }

    private T* ContiguousStart<T>() where T : unmanaged
    {
        CheckElementType<T>();
        if (!IsContiguous)
        {
            ThrowHelper.ThrowInvalidOperation($"a span needs a C- or F-contiguous array; this one has shape {Layout.Format(_shape)} and strides {Layout.Format(_strides)} (use Copy first)");
        }

        if (_size > int.MaxValue)
        {
            ThrowHelper.ThrowInvalidOperation($"the array has {_size} elements, more than a span can hold");
        }

        return (T*)_data;
    }

    private nint[] TensorStrides(out nint span)
    {
        var strides = new nint[NDim];
        span = _size == 0 ? 0 : 1;
        for (int i = 0; i < strides.Length; i++)
        {
            nint s = _strides[i];
            if (s < 0 || s % ItemSize != 0)
            {
                ThrowHelper.ThrowInvalidOperation($"TensorSpan needs non-negative strides in whole elements; this array has strides {Layout.Format(_strides)} for item size {ItemSize} (use Copy first)");
            }

            strides[i] = _shape[i] == 1 ? 0 : s / ItemSize;
            if (_size != 0)
            {
                span += (_shape[i] - 1) * strides[i];
            }
        }

        return strides;
    }

    private void CheckSpan2D<T>(out int height, out int width, out int pitch) where T : unmanaged
    {
        CheckElementType<T>();
        if (NDim != 2)
        {
            ThrowHelper.ThrowInvalidOperation($"Span2D needs a 2-d array, not {NDim}-d");
        }

        nint rows = _shape[0], cols = _shape[1];
        nint inner = cols <= 1 ? ItemSize : _strides[1];
        nint outer = rows <= 1 ? cols * ItemSize : _strides[0];
        if (inner != ItemSize || outer % ItemSize != 0 || outer / ItemSize < cols || rows > int.MaxValue || cols > int.MaxValue || outer / ItemSize - cols > int.MaxValue)
        {
            ThrowHelper.ThrowInvalidOperation($"Span2D needs rows of contiguous elements at a positive, whole-element row stride; this array has shape {Layout.Format(_shape)} and strides {Layout.Format(_strides)}");
        }

        height = (int)rows;
        width = (int)cols;
        pitch = (int)(outer / ItemSize - cols);
    }
}

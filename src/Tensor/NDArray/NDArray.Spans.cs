using System.Numerics.Tensors;
using CommunityToolkit.HighPerformance;

namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// The elements of a C- or F-contiguous array as one span in memory order, the zero-copy
    /// equivalent of <c>arr.reshape(-1, order='A')</c>'s buffer.
    /// </summary>
    /// <exception cref="InvalidCastException">The dtype is not <typeparamref name="T"/> in native order.</exception>
    /// <exception cref="InvalidOperationException">The array is not contiguous, is read-only, or has more than <see cref="int.MaxValue"/> elements.</exception>
    public Span<T> AsSpan<T>() where T : unmanaged
    {
        ThrowIfNotWriteable();
        return new Span<T>(ContiguousStart<T>(), (int)_size);
    }

    /// <summary>Like <see cref="AsSpan{T}"/> for reading; works on read-only arrays.</summary>
    public ReadOnlySpan<T> AsReadOnlySpan<T>() where T : unmanaged
    {
        ThrowIfDisposed();
        return new ReadOnlySpan<T>(ContiguousStart<T>(), (int)_size);
    }

    /// <summary>The elements in C order as a new .NET array (<c>arr.ravel().tolist()</c> without boxing).</summary>
    public T[] ToArray<T>() where T : unmanaged
    {
        ThrowIfDisposed();
        CheckElementType<T>();
        var result = new T[_size];
        fixed (T* p = result)
        {
            NDArray target = FromPointer(p, _dtype, _shape, default, writeable: true);
            try
            {
                AssignCore(this, target);
            }
            finally
            {
                target.Dispose();
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

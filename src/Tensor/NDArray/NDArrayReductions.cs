using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// Full reductions as C# values: <c>a.Sum()</c> on an <see cref="NDArray{T}"/> returns the number
/// itself, typed as NumPy types the result, never narrower (an <c>NDArray&lt;int&gt;</c> sums to
/// <see cref="long"/> because NumPy sums int32 in int64; its mean is a <see cref="double"/>). On an
/// untyped <see cref="NDArray"/> the same calls return NumPy's 0-d array. The overloads that take an
/// axis and NumPy's keywords are the members of <see cref="NDArray"/> (<c>a.Sum(axis: 0)</c>,
/// <c>NDArray.Sum(a, keepdims: true)</c>).
/// </summary>
/// <remarks>
/// These are C# 14 extension members, one block per element type, so that each result type is
/// exactly NumPy's: a member of <see cref="NDArray{T}"/> would have one result type for every
/// <c>T</c>. C# picks the block of the most specific receiver type; inside generic code over
/// <c>NDArray&lt;T&gt;</c> the untyped block applies and the result is an array.
/// </remarks>
public static unsafe class NDArrayReductions
{
    /// <summary>Full reductions of an untyped array, as 0-d arrays of NumPy's result dtype.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray a)
    {
        /// <summary>The sum of every element as a 0-d array: NumPy's <c>a.sum()</c>.</summary>
        /// <returns>A new 0-d array (dispose it, or use <see cref="NDArray.Scope"/>).</returns>
        public NDArray Sum() => NDArray.Sum(a);

        /// <summary>The product of every element as a 0-d array: NumPy's <c>a.prod()</c>.</summary>
        /// <returns>A new 0-d array.</returns>
        public NDArray Prod() => NDArray.Prod(a);

        /// <summary>The largest element as a 0-d array: NumPy's <c>a.max()</c>.</summary>
        /// <returns>A new 0-d array.</returns>
        /// <exception cref="ArgumentException">The array is empty (NumPy's "zero-size array to reduction operation maximum which has no identity").</exception>
        public NDArray Max() => NDArray.Max(a);

        /// <summary>The smallest element as a 0-d array: NumPy's <c>a.min()</c>.</summary>
        /// <returns>A new 0-d array.</returns>
        /// <exception cref="ArgumentException">The array is empty.</exception>
        public NDArray Min() => NDArray.Min(a);

        /// <summary>The mean of every element as a 0-d array: NumPy's <c>a.mean()</c>.</summary>
        /// <returns>A new 0-d array.</returns>
        public NDArray Mean() => NDArray.Mean(a);

        /// <summary>The variance of every element as a 0-d array: NumPy's <c>a.var(ddof=ddof)</c>.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>A new 0-d array.</returns>
        public NDArray Var(double ddof = 0) => NDArray.Var(a, ddof: ddof);

        /// <summary>The standard deviation of every element as a 0-d array: NumPy's <c>a.std(ddof=ddof)</c>.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>A new 0-d array.</returns>
        public NDArray Std(double ddof = 0) => NDArray.Std(a, ddof: ddof);

        /// <summary>Maximum minus minimum as a 0-d array: NumPy's <c>np.ptp(a)</c>.</summary>
        /// <returns>A new 0-d array.</returns>
        /// <exception cref="ArgumentException">The array is empty.</exception>
        public NDArray Ptp() => NDArray.Ptp(a);

        /// <summary>Whether any element is true: NumPy's <c>a.any()</c>.</summary>
        /// <returns>The truth value.</returns>
        public bool Any()
        {
            using NDArray r = NDArray.Any(a);
            return *r.Data != 0;
        }

        /// <summary>Whether every element is true: NumPy's <c>a.all()</c>.</summary>
        /// <returns>The truth value.</returns>
        public bool All()
        {
            using NDArray r = NDArray.All(a);
            return *r.Data != 0;
        }

        /// <summary>The number of nonzero elements: NumPy's <c>np.count_nonzero(a)</c>.</summary>
        /// <returns>The count.</returns>
        public long CountNonzero()
        {
            using NDArray r = NDArray.CountNonzero(a);
            return *(long*)r.Data;
        }

        /// <summary>The flat (C order) index of the first largest element: NumPy's <c>a.argmax()</c>.</summary>
        /// <returns>The index.</returns>
        /// <exception cref="ArgumentException">The array is empty.</exception>
        public long ArgMax()
        {
            using NDArray r = NDArray.ArgMax(a);
            return *(long*)r.Data;
        }

        /// <summary>The flat (C order) index of the first smallest element: NumPy's <c>a.argmin()</c>.</summary>
        /// <returns>The index.</returns>
        /// <exception cref="ArgumentException">The array is empty.</exception>
        public long ArgMin()
        {
            using NDArray r = NDArray.ArgMin(a);
            return *(long*)r.Data;
        }
    }

    /// <summary>The largest and smallest element and the range, in the element type (NumPy keeps the dtype).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The array to reduce.</param>
    extension<T>(NDArray<T> a)
        where T : unmanaged
    {
        /// <summary>The largest element: NumPy's <c>a.max()</c>, NaN if any element is NaN.</summary>
        /// <returns>The element.</returns>
        /// <exception cref="ArgumentException">The array is empty.</exception>
        public T Max() => Value<T>(NDArray.Max(a));

        /// <summary>The smallest element: NumPy's <c>a.min()</c>, NaN if any element is NaN.</summary>
        /// <returns>The element.</returns>
        /// <exception cref="ArgumentException">The array is empty.</exception>
        public T Min() => Value<T>(NDArray.Min(a));
    }

    /// <summary>Full reductions of a bool array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<bool> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for bool is long.</summary>
        /// <returns>The sum.</returns>
        public long Sum() => Value<long>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for bool is long.</summary>
        /// <returns>The product.</returns>
        public long Prod() => Value<long>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for bool is double; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public double Mean() => Value<double>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for bool is double.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public double Var(double ddof = 0) => Value<double>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for bool is double.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public double Std(double ddof = 0) => Value<double>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a int8 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<sbyte> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for int8 is long.</summary>
        /// <returns>The sum.</returns>
        public long Sum() => Value<long>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for int8 is long.</summary>
        /// <returns>The product.</returns>
        public long Prod() => Value<long>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for int8 is double; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public double Mean() => Value<double>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for int8 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public double Var(double ddof = 0) => Value<double>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for int8 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public double Std(double ddof = 0) => Value<double>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a uint8 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<byte> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for uint8 is ulong.</summary>
        /// <returns>The sum.</returns>
        public ulong Sum() => Value<ulong>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for uint8 is ulong.</summary>
        /// <returns>The product.</returns>
        public ulong Prod() => Value<ulong>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for uint8 is double; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public double Mean() => Value<double>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for uint8 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public double Var(double ddof = 0) => Value<double>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for uint8 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public double Std(double ddof = 0) => Value<double>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a int16 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<short> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for int16 is long.</summary>
        /// <returns>The sum.</returns>
        public long Sum() => Value<long>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for int16 is long.</summary>
        /// <returns>The product.</returns>
        public long Prod() => Value<long>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for int16 is double; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public double Mean() => Value<double>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for int16 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public double Var(double ddof = 0) => Value<double>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for int16 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public double Std(double ddof = 0) => Value<double>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a uint16 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<ushort> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for uint16 is ulong.</summary>
        /// <returns>The sum.</returns>
        public ulong Sum() => Value<ulong>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for uint16 is ulong.</summary>
        /// <returns>The product.</returns>
        public ulong Prod() => Value<ulong>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for uint16 is double; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public double Mean() => Value<double>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for uint16 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public double Var(double ddof = 0) => Value<double>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for uint16 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public double Std(double ddof = 0) => Value<double>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a int32 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<int> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for int32 is long.</summary>
        /// <returns>The sum.</returns>
        public long Sum() => Value<long>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for int32 is long.</summary>
        /// <returns>The product.</returns>
        public long Prod() => Value<long>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for int32 is double; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public double Mean() => Value<double>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for int32 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public double Var(double ddof = 0) => Value<double>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for int32 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public double Std(double ddof = 0) => Value<double>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a uint32 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<uint> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for uint32 is ulong.</summary>
        /// <returns>The sum.</returns>
        public ulong Sum() => Value<ulong>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for uint32 is ulong.</summary>
        /// <returns>The product.</returns>
        public ulong Prod() => Value<ulong>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for uint32 is double; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public double Mean() => Value<double>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for uint32 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public double Var(double ddof = 0) => Value<double>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for uint32 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public double Std(double ddof = 0) => Value<double>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a int64 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<long> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for int64 is long.</summary>
        /// <returns>The sum.</returns>
        public long Sum() => Value<long>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for int64 is long.</summary>
        /// <returns>The product.</returns>
        public long Prod() => Value<long>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for int64 is double; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public double Mean() => Value<double>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for int64 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public double Var(double ddof = 0) => Value<double>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for int64 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public double Std(double ddof = 0) => Value<double>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a uint64 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<ulong> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for uint64 is ulong.</summary>
        /// <returns>The sum.</returns>
        public ulong Sum() => Value<ulong>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for uint64 is ulong.</summary>
        /// <returns>The product.</returns>
        public ulong Prod() => Value<ulong>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for uint64 is double; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public double Mean() => Value<double>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for uint64 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public double Var(double ddof = 0) => Value<double>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for uint64 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public double Std(double ddof = 0) => Value<double>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a float16 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<Half> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for float16 is Half.</summary>
        /// <returns>The sum.</returns>
        public Half Sum() => Value<Half>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for float16 is Half.</summary>
        /// <returns>The product.</returns>
        public Half Prod() => Value<Half>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for float16 is Half; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public Half Mean() => Value<Half>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for float16 is Half.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public Half Var(double ddof = 0) => Value<Half>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for float16 is Half.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public Half Std(double ddof = 0) => Value<Half>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a float32 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<float> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for float32 is float.</summary>
        /// <returns>The sum.</returns>
        public float Sum() => Value<float>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for float32 is float.</summary>
        /// <returns>The product.</returns>
        public float Prod() => Value<float>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for float32 is float; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public float Mean() => Value<float>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for float32 is float.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public float Var(double ddof = 0) => Value<float>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for float32 is float.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public float Std(double ddof = 0) => Value<float>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a float64 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<double> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for float64 is double.</summary>
        /// <returns>The sum.</returns>
        public double Sum() => Value<double>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for float64 is double.</summary>
        /// <returns>The product.</returns>
        public double Prod() => Value<double>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for float64 is double; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public double Mean() => Value<double>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for float64 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public double Var(double ddof = 0) => Value<double>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for float64 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public double Std(double ddof = 0) => Value<double>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a complex64 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<Complex64> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for complex64 is Complex64.</summary>
        /// <returns>The sum.</returns>
        public Complex64 Sum() => Value<Complex64>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for complex64 is Complex64.</summary>
        /// <returns>The product.</returns>
        public Complex64 Prod() => Value<Complex64>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for complex64 is Complex64; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public Complex64 Mean() => Value<Complex64>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for complex64 is float.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public float Var(double ddof = 0) => Value<float>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for complex64 is float.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public float Std(double ddof = 0) => Value<float>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Full reductions of a complex128 array as C# values of NumPy's result dtypes.</summary>
    /// <param name="a">The array to reduce.</param>
    extension(NDArray<Complex> a)
    {
        /// <summary>The sum of every element: NumPy's <c>a.sum()</c>, whose dtype for complex128 is Complex.</summary>
        /// <returns>The sum.</returns>
        public Complex Sum() => Value<Complex>(NDArray.Sum(a));

        /// <summary>The product of every element: NumPy's <c>a.prod()</c>, whose dtype for complex128 is Complex.</summary>
        /// <returns>The product.</returns>
        public Complex Prod() => Value<Complex>(NDArray.Prod(a));

        /// <summary>The mean: NumPy's <c>a.mean()</c>, whose dtype for complex128 is Complex; NaN for an empty array.</summary>
        /// <returns>The mean.</returns>
        public Complex Mean() => Value<Complex>(NDArray.Mean(a));

        /// <summary>The variance: NumPy's <c>a.var(ddof=ddof)</c>, whose dtype for complex128 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
        /// <returns>The variance.</returns>
        public double Var(double ddof = 0) => Value<double>(NDArray.Var(a, ddof: ddof));

        /// <summary>The standard deviation: NumPy's <c>a.std(ddof=ddof)</c>, whose dtype for complex128 is double.</summary>
        /// <param name="ddof">Delta degrees of freedom.</param>
        /// <returns>The standard deviation.</returns>
        public double Std(double ddof = 0) => Value<double>(NDArray.Std(a, ddof: ddof));
    }

    /// <summary>Reads and disposes a 0-d result, refusing a dtype other than <typeparamref name="TResult"/> (never a silent narrowing).</summary>
    private static TResult Value<TResult>(NDArray result)
        where TResult : unmanaged
    {
        using (result)
        {
            if (!result.DType.Matches<TResult>())
            {
                ThrowHelper.ThrowDTypeMismatch(result.DType, typeof(TResult));
            }

            return *(TResult*)result.Data;
        }
    }
}

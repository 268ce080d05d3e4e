using System.Numerics;

namespace ArrayBridge.Testing;

/// <summary>An array's elements read in C order for comparisons: exact integers, or complex128 (exact for every float type).</summary>
internal sealed class Elements
{
    private readonly Int128[]? _integers;
    private readonly Complex[]? _values;

    private Elements(Int128[]? integers, Complex[]? values)
    {
        _integers = integers;
        _values = values;
    }

    public int Count => _integers?.Length ?? _values!.Length;

    public bool IsInteger => _integers is not null;

    public static Elements Read(NDArray a)
    {
        switch (a.DType.Kind)
        {
            case 'b' or 'i':
            {
                using NDArray wide = a.AsType(DType.Int64, Casting.Unsafe, ArrayOrder.C);
                return new Elements(Array.ConvertAll(wide.ToArray<long>(), v => (Int128)v), null);
            }

            case 'u':
            {
                using NDArray wide = a.AsType(DType.UInt64, Casting.Unsafe, ArrayOrder.C);
                return new Elements(Array.ConvertAll(wide.ToArray<ulong>(), v => (Int128)v), null);
            }

            default:
            {
                using NDArray wide = a.AsType(DType.Complex128, Casting.Unsafe, ArrayOrder.C);
                return new Elements(null, wide.ToArray<Complex>());
            }
        }
    }

    public Int128 IntegerAt(int i) => _integers![i];

    public Complex ComplexAt(int i) => _integers is not null ? new Complex((double)_integers[i], 0) : _values![i];

    public bool IsNaN(int i) => _values is not null && (double.IsNaN(_values[i].Real) || double.IsNaN(_values[i].Imaginary));

    public bool IsPositiveInfinity(int i) => _values is not null && _values[i].Real == double.PositiveInfinity && _values[i].Imaginary == 0;

    public bool IsNegativeInfinity(int i) => _values is not null && _values[i].Real == double.NegativeInfinity && _values[i].Imaginary == 0;

    public bool EqualTo(int i, Elements other, int j) =>
        IsInteger && other.IsInteger ? _integers![i] == other._integers![j] : ComplexAt(i) == other.ComplexAt(j);

    /// <summary>np.isclose's test: <c>|a - b| &lt;= atol + rtol * |b|</c> (infinities equal only themselves).</summary>
    public bool Close(int i, Elements other, int j, double rtol, double atol)
    {
        if (IsInteger && other.IsInteger && rtol == 0 && atol == 0)
        {
            return _integers![i] == other._integers![j];
        }

        Complex a = ComplexAt(i), b = other.ComplexAt(j);
        if (a == b)
        {
            return true;
        }

        return Complex.Abs(a - b) <= atol + rtol * Complex.Abs(b);
    }
}

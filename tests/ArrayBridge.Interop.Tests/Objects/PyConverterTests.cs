using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

[Collection(PythonCollection.Name)]
public class PyConverterTests
{
    private static T RoundTrip<T>(T value)
    {
        using PyObject python = PyObject.From(value);
        return python.As<T>();
    }

    /// <summary>Longs of every magnitude: FsCheck's default integers stay within +-100.</summary>
    private static Arbitrary<long> AnyLong { get; } = Arb.From(
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from shift in Gen.Choose(0, 63)
        select (((long)hi << 32) | (uint)lo) >> shift);

    [Fact]
    public void Integers_of_every_width_round_trip()
    {
        Prop.ForAll<long>(v => RoundTrip(v) == v).QuickCheckThrowOnFailure();
        Prop.ForAll(AnyLong, v => RoundTrip(v) == v).QuickCheckThrowOnFailure();
        Prop.ForAll(AnyLong, v => RoundTrip(unchecked((ulong)v)) == unchecked((ulong)v)).QuickCheckThrowOnFailure();
        Prop.ForAll<int>(v => RoundTrip(v) == v).QuickCheckThrowOnFailure();
        Prop.ForAll<short>(v => RoundTrip(v) == v).QuickCheckThrowOnFailure();
        Prop.ForAll<sbyte>(v => RoundTrip(v) == v).QuickCheckThrowOnFailure();
        Prop.ForAll<ulong>(v => RoundTrip(v) == v).QuickCheckThrowOnFailure();
        Prop.ForAll<uint>(v => RoundTrip(v) == v).QuickCheckThrowOnFailure();
        Prop.ForAll<ushort>(v => RoundTrip(v) == v).QuickCheckThrowOnFailure();
        Prop.ForAll<byte>(v => RoundTrip(v) == v).QuickCheckThrowOnFailure();

        foreach (long edge in new[] { long.MinValue, long.MaxValue, 0, -1 })
        {
            Assert.Equal(edge, RoundTrip(edge));
        }

        Assert.Equal(ulong.MaxValue, RoundTrip(ulong.MaxValue));
        Assert.Equal(nint.MinValue, RoundTrip(nint.MinValue));
        Assert.Equal(nuint.MaxValue, RoundTrip(nuint.MaxValue));
    }

    [Fact]
    public void Doubles_round_trip_exactly_including_nan_and_infinities()
    {
        Prop.ForAll<double>(v => RoundTrip(v).Equals(v)).QuickCheckThrowOnFailure();
        Prop.ForAll<float>(v => RoundTrip(v).Equals(v)).QuickCheckThrowOnFailure();

        foreach (double edge in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon, double.MaxValue })
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(edge), BitConverter.DoubleToInt64Bits(RoundTrip(edge)));
        }

        Assert.Equal((Half)1.5, RoundTrip((Half)1.5));
    }

    [Fact]
    public void Strings_round_trip_exactly_including_lone_surrogates()
    {
        Prop.ForAll<string>(v => RoundTrip(v) == v).QuickCheckThrowOnFailure();

        foreach (string edge in new[] { "", "\0", "héllo", "日本語", "😀 astral", "lone \ud800 high", "lone \udc00 low", new string('x', 10_000) + "€" })
        {
            Assert.Equal(edge, RoundTrip(edge));
        }

        using PyObject astral = Python.Eval("'\\U0001F600'");
        Assert.Equal(1, astral.Length);
        Assert.Equal("😀", astral.As<string>());
    }

    [Fact]
    public void Booleans_chars_bytes_and_complex_round_trip()
    {
        Prop.ForAll<bool>(v => RoundTrip(v) == v).QuickCheckThrowOnFailure();
        Prop.ForAll<byte[]>(v => v is null || RoundTrip(v).AsSpan().SequenceEqual(v)).QuickCheckThrowOnFailure();

        Assert.Equal('λ', RoundTrip('λ'));
        Assert.Equal(new Complex(1.5, -2), RoundTrip(new Complex(1.5, -2)));
        using PyObject bytes = PyObject.From(new byte[] { 0, 255 });
        Assert.Equal("bytes", bytes.TypeName);
    }

    [Fact]
    public void Big_integers_round_trip_beyond_64_bits_and_the_digit_limit()
    {
        BigInteger huge = BigInteger.Pow(3, 20_000); // ~9500 decimal digits, past sys.int_max_str_digits
        using PyObject python = PyObject.From(-huge);
        using PyObject same = Python.Eval("-(3 ** 20000)");

        Assert.Equal(-huge, python.As<BigInteger>());
        Assert.True(python.Invoke("__eq__", same).As<bool>());
        Assert.Equal(BigInteger.Pow(2, 100), Python.Eval("2 ** 100").ToClr());
        Assert.Equal(Int128.MinValue, RoundTrip(Int128.MinValue));
        Assert.Equal(UInt128.MaxValue, RoundTrip(UInt128.MaxValue));
    }

    [Fact]
    public void Integer_conversion_that_does_not_fit_throws_OverflowException()
    {
        Assert.Throws<OverflowException>(() => Python.Eval("2 ** 31").As<int>());
        Assert.Throws<OverflowException>(() => Python.Eval("-2 ** 31 - 1").As<int>());
        Assert.Throws<OverflowException>(() => Python.Eval("2 ** 63").As<long>());
        Assert.Throws<OverflowException>(() => Python.Eval("2 ** 100").As<long>());
        Assert.Throws<OverflowException>(() => Python.Eval("-1").As<uint>());
        Assert.Throws<OverflowException>(() => Python.Eval("-(2 ** 70)").As<ulong>());
        Assert.Throws<OverflowException>(() => Python.Eval("2 ** 64").As<ulong>());
        Assert.Throws<OverflowException>(() => Python.Eval("256").As<byte>());
        Assert.Throws<OverflowException>(() => Python.Eval("-129").As<sbyte>());
        Assert.Throws<OverflowException>(() => Python.Eval("2 ** 128").As<UInt128>());
        Assert.Throws<OverflowException>(() => Python.Eval("10 ** 400").As<double>());
        Prop.ForAll(AnyLong, v => Fits(v, int.MinValue, int.MaxValue) == Converts<int>(v)).QuickCheckThrowOnFailure();
        Prop.ForAll(AnyLong, v => Fits(v, 0, uint.MaxValue) == Converts<uint>(v)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Values_of_the_wrong_kind_throw_InvalidCastException()
    {
        Assert.Throws<InvalidCastException>(() => Python.Eval("1.5").As<int>());
        Assert.Throws<InvalidCastException>(() => Python.Eval("'12'").As<int>());
        Assert.Throws<InvalidCastException>(() => Python.Eval("'1.5'").As<double>());
        Assert.Throws<InvalidCastException>(() => Python.Eval("12").As<string>());
        Assert.Throws<InvalidCastException>(() => Python.Eval("1").As<bool>());
        Assert.Throws<InvalidCastException>(() => Python.Eval("object()").As<DateTime>());
    }

    [Fact]
    public void None_and_null_convert_both_ways()
    {
        using PyObject none = PyObject.From(null);

        Assert.True(none.IsNone);
        Assert.Null(none.ToClr());
        Assert.Null(none.As<string>());
        Assert.Null(none.As<int?>());
        Assert.Equal(3, Python.Eval("3").As<int?>());
    }

    [Fact]
    public void Tuples_lists_and_dicts_convert_both_ways()
    {
        using PyObject tuple = PyObject.From((1, "two", 3.0, (4, (object?)null)));
        using PyObject list = PyObject.From(new List<object?> { 1, new List<int> { 2, 3 }, "x" });
        using PyObject dict = PyObject.From(new Dictionary<string, object?> { ["k"] = new object?[] { 1, true } });

        Assert.Equal("(1, 'two', 3.0, (4, None))", tuple.Repr());
        Assert.Equal("[1, [2, 3], 'x']", list.Repr());
        Assert.Equal("{'k': [1, True]}", dict.Repr());

        object?[] items = tuple.As<object?[]>();
        Assert.Equal(1L, items[0]);
        Assert.Equal("two", items[1]);
        Assert.Equal(3.0, items[2]);
        Assert.Equal(new object?[] { 4L, null }, items[3]);

        var back = Assert.IsType<List<object?>>(list.ToClr());
        Assert.Equal(new List<object?> { 2L, 3L }, back[1]);
        var map = Assert.IsType<Dictionary<object, object?>>(dict.ToClr());
        Assert.Equal(new List<object?> { 1L, true }, map["k"]);
    }

    [Fact]
    public void Other_objects_come_back_as_PyObject_and_PyObject_passes_through()
    {
        using PyObject original = Python.Eval("object()");

        using PyObject wrapped = PyObject.From(original);
        using var clr = Assert.IsType<PyObject>(original.ToClr());

        Assert.Equal(original.Handle, wrapped.Handle);
        Assert.Equal(original.Handle, clr.Handle);
    }

    [Fact]
    public void NumPy_scalars_convert_through_the_number_protocol()
    {
        using PyObject numpy = Python.Import("numpy");

        Assert.Equal(5, numpy.Invoke("int64", 5).As<int>());
        Assert.Equal(200, numpy.Invoke("uint8", 200).As<byte>());
        Assert.Equal(1.5, numpy.Invoke("float32", 1.5).As<double>());
        Assert.True(numpy.Invoke("bool_", true).As<bool>());
        Assert.Throws<OverflowException>(() => numpy.Invoke("int64", 300).As<byte>());
    }

    [Fact]
    public void Unsupported_and_self_containing_values_are_rejected_cleanly()
    {
        var cycle = new List<object?>();
        cycle.Add(cycle);
        using PyObject pythonCycle = Python.Eval("(lambda l: (l.append(l), l)[1])([])");

        Assert.Throws<NotSupportedException>(() => PyObject.From(new object()));
        Assert.Throws<ArgumentException>(() => PyObject.From(cycle));
        Assert.Throws<InvalidCastException>(() => pythonCycle.ToClr());
        using PyObject after = Python.Eval("1 + 1");
        Assert.Equal(2, after.As<int>());
    }

    [Fact]
    public void Enums_become_ints()
    {
        Assert.Equal(2, PyObject.From(DayOfWeek.Tuesday).As<int>());
        Assert.Equal(ulong.MaxValue, PyObject.From((BigEnum)ulong.MaxValue).As<ulong>());
    }

    private enum BigEnum : ulong
    {
    }

    private static bool Fits(long v, long min, long max) => v >= min && v <= max;

    private static bool Converts<T>(long value)
    {
        using PyObject python = PyObject.From(value);
        try
        {
            python.As<T>();
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}

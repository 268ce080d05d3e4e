using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// <see cref="NDArray.ToString()"/> against NumPy 1.24.2's <c>repr(arr)</c> with default print options.
/// Every expected string was produced by running NumPy (Debian's <c>/usr/bin/python3</c>); the
/// random cases come from <c>Data/generate_format_cases.py</c>.
/// </summary>
public class NDArrayFormatTests
{
    private static void AssertRepr(string expected, NDArray array) =>
        Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal), array.ToString());

    // ---- integers ----

    [Fact]
    public void Int64_array_prints_without_dtype_like_numpy() =>
        AssertRepr("array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])", NDArray.Arange<long>(0, 10, 1));

    [Fact]
    public void Int32_array_right_aligns_negative_values_and_names_its_dtype() =>
        AssertRepr("array([   -5,    12,   300, -7000], dtype=int32)", NDArray.FromArray(new[] { -5, 12, 300, -7000 }));

    [Fact]
    public void Int8_extremes_are_aligned_to_the_widest() =>
        AssertRepr("array([-128,    0,  127], dtype=int8)", NDArray.FromArray(new sbyte[] { -128, 0, 127 }));

    [Fact]
    public void Int16_matrix_aligns_columns_across_rows() =>
        AssertRepr("""
            array([[  1,  -2],
                   [300,   4]], dtype=int16)
            """, NDArray.FromArray(new short[,] { { 1, -2 }, { 300, 4 } }));

    [Fact]
    public void Uint8_array_names_its_dtype() =>
        AssertRepr("array([  0,   7, 255], dtype=uint8)", NDArray.FromArray(new byte[] { 0, 7, 255 }));

    [Fact]
    public void Uint16_uint32_and_uint64_print_their_full_range()
    {
        AssertRepr("array([65535,     1], dtype=uint16)", NDArray.FromArray(new ushort[] { 65535, 1 }));
        AssertRepr("array([4294967295,          0], dtype=uint32)", NDArray.FromArray(new uint[] { uint.MaxValue, 0 }));
        AssertRepr("array([18446744073709551615,                    0], dtype=uint64)", NDArray.FromArray(new ulong[] { ulong.MaxValue, 0 }));
    }

    [Fact]
    public void Int64_extremes_print_in_full() =>
        AssertRepr("array([-9223372036854775808,  9223372036854775807])", NDArray.FromArray(new[] { long.MinValue, long.MaxValue }));

    [Fact]
    public void Filled_uint8_matrix_prints_like_numpy() =>
        AssertRepr("""
            array([[7, 7],
                   [7, 7]], dtype=uint8)
            """, NDArray.Full<byte>([2, 2], 7));

    // ---- bool ----

    [Fact]
    public void Bool_array_pads_true_to_the_width_of_false() =>
        AssertRepr("array([ True, False,  True])", NDArray.FromArray(new[] { true, false, true }));

    [Fact]
    public void Bool_matrix_aligns_like_numpy() =>
        AssertRepr("""
            array([[ True, False],
                   [False, False]])
            """, NDArray.FromArray(new[,] { { true, false }, { false, false } }));

    [Fact]
    public void Zero_dimensional_bool_prints_true_without_padding()
    {
        AssertRepr("array(True)", NDArray.Full<bool>([], true));
        AssertRepr("array(False)", NDArray.Zeros<bool>());
    }

    // ---- float64 ----

    [Theory]
    [InlineData("array([0. , 0.5, 1. ])", new[] { 0.0, 0.5, 1.0 })]
    [InlineData("array([0., 1., 2.])", new[] { 0.0, 1.0, 2.0 })]
    [InlineData("array([  1.5  , -22.25 , 333.125])", new[] { 1.5, -22.25, 333.125 })]
    [InlineData("array([0.33333333, 0.66666667, 1.        ])", new[] { 1.0 / 3, 2.0 / 3, 1.0 })]
    [InlineData("array([0.12345679, 1.        ])", new[] { 0.123456789123, 1.0 })]
    [InlineData("array([0.1, 0.2, 0.3])", new[] { 0.1, 0.2, 0.30000000000000004 })]
    [InlineData("array([-0.,  0.])", new[] { -0.0, 0.0 })]
    public void Float_array_pads_to_the_decimal_point_like_numpy(string expected, double[] values) =>
        AssertRepr(expected, NDArray.FromArray(values));

    [Theory]
    [InlineData("array([1.00000e-05, 1.00000e+00, 1.23456e+05])", new[] { 1e-5, 1.0, 123456.0 })]
    [InlineData("array([1.e+08, 1.e+00])", new[] { 1e8, 1.0 })]
    [InlineData("array([1.0000e+00, 1.0005e+03])", new[] { 1.0, 1000.5 })]
    [InlineData("array([4.94065646e-324, 1.79769313e+308])", new[] { double.Epsilon, double.MaxValue })]
    [InlineData("array([1.e-10,    nan, 3.e+10])", new[] { 1e-10, double.NaN, 3e10 })]
    public void Float_array_switches_to_scientific_notation_like_numpy(string expected, double[] values) =>
        AssertRepr(expected, NDArray.FromArray(values));

    [Theory]
    [InlineData("array([ nan,  inf, -inf])", new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })]
    [InlineData("array([ nan,  1.5, -inf])", new[] { double.NaN, 1.5, double.NegativeInfinity })]
    public void Nan_and_infinities_are_padded_into_the_columns(string expected, double[] values) =>
        AssertRepr(expected, NDArray.FromArray(values));

    [Fact]
    public void Zero_dimensional_float_prints_the_bare_value()
    {
        AssertRepr("array(3.5)", NDArray.Full<double>([], 3.5));
        AssertRepr("array(nan)", NDArray.Full<double>([], double.NaN));
    }

    [Fact]
    public void Float_matrix_aligns_decimal_points_across_rows()
    {
        var a = NDArray.Arange<double>(0, 6, 1).Reshape(2, 3);
        for (nint i = 0; i < 2; i++)
        {
            for (nint j = 0; j < 3; j++)
            {
                a[i, j] /= 4;
            }
        }

        AssertRepr("""
            array([[0.  , 0.25, 0.5 ],
                   [0.75, 1.  , 1.25]])
            """, a);
    }

    // ---- float32 / float16 ----

    [Fact]
    public void Float32_uses_its_own_shortest_digits() =>
        AssertRepr("array([0.1, 0.2, 0.3], dtype=float32)", NDArray.FromArray(new[] { 0.1f, 0.2f, 0.3f }));

    [Fact]
    public void Float32_prints_up_to_eight_fractional_digits() =>
        AssertRepr("array([ 3.1415927, -2.7182817], dtype=float32)", NDArray.FromArray(new[] { (float)Math.PI, (float)-Math.E }));

    [Fact]
    public void Zero_dimensional_float32_names_its_dtype() =>
        AssertRepr("array(0.1, dtype=float32)", NDArray.Full<float>([], 0.1f));

    [Fact]
    public void Float16_uses_its_own_shortest_digits()
    {
        AssertRepr("array([1.00e-01, 2.00e-01, 6.55e+04], dtype=float16)", NDArray.FromArray(new[] { (Half)0.1, (Half)0.2, (Half)65504 }));
        AssertRepr("array([1.e-05, 2.e+00], dtype=float16)", NDArray.FromArray(new[] { (Half)1e-5, (Half)2 }));
    }

    // ---- complex ----

    [Fact]
    public void Complex128_aligns_real_and_imaginary_parts_separately() =>
        AssertRepr("array([ 1. +2.j  , -3.5-0.25j])", NDArray.FromArray(new[] { new Complex(1, 2), new Complex(-3.5, -0.25) }));

    [Fact]
    public void Complex128_with_nan_and_infinities_prints_like_numpy() =>
        AssertRepr("array([nan +1.j,  1.+infj,  0.-infj])", NDArray.FromArray(new[]
        {
            new Complex(double.NaN, 1), new Complex(1, double.PositiveInfinity), new Complex(0, double.NegativeInfinity),
        }));

    [Fact]
    public void Complex128_in_scientific_notation_prints_like_numpy() =>
        AssertRepr("array([1.e-06+1.j, 1.e+06-2.j])", NDArray.FromArray(new[] { new Complex(1e-6, 1), new Complex(1e6, -2) }));

    [Fact]
    public void Complex64_uses_float32_digits_and_names_its_dtype() =>
        AssertRepr("array([0.1+0.2j, 1. -1.j ], dtype=complex64)", NDArray.FromArray(new[] { new Complex64(0.1f, 0.2f), new Complex64(1, -1) }));

    [Fact]
    public void Zero_dimensional_complex_prints_the_bare_value()
    {
        AssertRepr("array(1.+0.j)", NDArray.Full<Complex>([], new Complex(1, 0)));
        AssertRepr("array(0.5-1.j, dtype=complex64)", NDArray.Full<Complex64>([], new Complex64(0.5f, -1)));
    }

    // ---- shapes ----

    [Fact]
    public void Three_dimensional_array_separates_blocks_with_a_blank_line() =>
        AssertRepr("""
            array([[[ 0,  1,  2,  3],
                    [ 4,  5,  6,  7],
                    [ 8,  9, 10, 11]],

                   [[12, 13, 14, 15],
                    [16, 17, 18, 19],
                    [20, 21, 22, 23]]])
            """, NDArray.Arange<long>(0, 24, 1).Reshape(2, 3, 4));

    [Fact]
    public void Three_dimensional_float32_array_prints_like_numpy()
    {
        var values = new float[3, 2, 2];
        for (int i = 0; i < 12; i++)
        {
            values[i / 4, (i / 2) % 2, i % 2] = ((float)i - 5f) / 3f;
        }

        AssertRepr("""
            array([[[-1.6666666 , -1.3333334 ],
                    [-1.        , -0.6666667 ]],

                   [[-0.33333334,  0.        ],
                    [ 0.33333334,  0.6666667 ]],

                   [[ 1.        ,  1.3333334 ],
                    [ 1.6666666 ,  2.        ]]], dtype=float32)
            """, NDArray.FromArray(values));
    }

    [Fact]
    public void Zero_dimensional_int8_names_its_dtype() =>
        AssertRepr("array(5, dtype=int8)", NDArray.Full<sbyte>([], 5));

    [Fact]
    public void Empty_one_dimensional_arrays_always_name_their_dtype()
    {
        AssertRepr("array([], dtype=float64)", NDArray.Zeros<double>(0));
        AssertRepr("array([], dtype=int32)", NDArray.Zeros<int>(0));
    }

    [Fact]
    public void Empty_multidimensional_arrays_show_their_shape()
    {
        AssertRepr("array([], shape=(0, 3), dtype=float64)", NDArray.Zeros<double>(0, 3));
        AssertRepr("array([], shape=(2, 0), dtype=int16)", NDArray.Zeros<short>(2, 0));
        AssertRepr("array([], shape=(2, 0, 4), dtype=bool)", NDArray.Zeros<bool>(2, 0, 4));
    }

    // ---- summarisation and wrapping ----

    [Fact]
    public void Array_over_the_threshold_is_summarised_with_edge_items() =>
        AssertRepr("array([   0,    1,    2, ..., 1997, 1998, 1999])", NDArray.Arange<long>(0, 2000, 1));

    [Fact]
    public void Summarised_float_array_is_formatted_from_its_shown_items_only()
    {
        var a = NDArray.Arange<double>(0, 1001, 1);
        for (int i = 0; i < 1001; i++)
        {
            a[i] /= 7;
        }

        AssertRepr("""
            array([0.00000000e+00, 1.42857143e-01, 2.85714286e-01, ...,
                   1.42571429e+02, 1.42714286e+02, 1.42857143e+02])
            """, a);

        // A hidden huge value must not change the notation or widths of the shown ones.
        var b = NDArray.Arange<double>(0, 2000, 1);
        b[1000] = 1e20;
        AssertRepr("""
            array([0.000e+00, 1.000e+00, 2.000e+00, ..., 1.997e+03, 1.998e+03,
                   1.999e+03])
            """, b);
    }

    [Fact]
    public void Summarised_matrix_elides_rows_and_columns() =>
        AssertRepr("""
            array([[   0,    1,    2, ...,   27,   28,   29],
                   [  30,   31,   32, ...,   57,   58,   59],
                   [  60,   61,   62, ...,   87,   88,   89],
                   ...,
                   [1110, 1111, 1112, ..., 1137, 1138, 1139],
                   [1140, 1141, 1142, ..., 1167, 1168, 1169],
                   [1170, 1171, 1172, ..., 1197, 1198, 1199]])
            """, NDArray.Arange<long>(0, 1200, 1).Reshape(40, 30));

    [Fact]
    public void Summarised_three_dimensional_array_elides_blocks() =>
        AssertRepr(ReadExpected("summary_3d_int16.txt"), NDArray.Arange<short>(0, 1100, 1).Reshape(11, 10, 10));

    [Fact]
    public void Long_float_array_wraps_lines_at_75_characters()
    {
        var a = NDArray.Arange<double>(0, 40, 1);
        for (int i = 0; i < 40; i++)
        {
            a[i] *= 1.25;
        }

        AssertRepr("""
            array([ 0.  ,  1.25,  2.5 ,  3.75,  5.  ,  6.25,  7.5 ,  8.75, 10.  ,
                   11.25, 12.5 , 13.75, 15.  , 16.25, 17.5 , 18.75, 20.  , 21.25,
                   22.5 , 23.75, 25.  , 26.25, 27.5 , 28.75, 30.  , 31.25, 32.5 ,
                   33.75, 35.  , 36.25, 37.5 , 38.75, 40.  , 41.25, 42.5 , 43.75,
                   45.  , 46.25, 47.5 , 48.75])
            """, a);
    }

    [Fact]
    public void Long_int_array_wraps_lines_at_75_characters() =>
        AssertRepr("""
            array([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112,
                   113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125,
                   126, 127, 128, 129])
            """, NDArray.Arange<long>(100, 130, 1));

    [Fact]
    public void Dtype_moves_to_its_own_line_when_it_would_pass_the_width()
    {
        var values = new float[20];
        for (int i = 0; i < 20; i++)
        {
            values[i] = i / 19f;
        }

        AssertRepr("""
            array([0.        , 0.05263158, 0.10526316, 0.15789473, 0.21052632,
                   0.2631579 , 0.31578946, 0.36842105, 0.42105263, 0.47368422,
                   0.5263158 , 0.57894737, 0.6315789 , 0.68421054, 0.7368421 ,
                   0.7894737 , 0.84210527, 0.8947368 , 0.94736844, 1.        ],
                  dtype=float32)
            """, NDArray.FromArray(values));
    }

    [Fact]
    public void Dtype_stays_on_the_last_line_when_it_fits() =>
        AssertRepr("""
            array([    0,  1000,  2000,  3000,  4000,  5000,  6000,  7000,  8000,
                    9000, 10000, 11000, 12000, 13000, 14000, 15000, 16000, 17000,
                   18000, 19000], dtype=int32)
            """, NDArray.Arange<int>(0, 20000, 1000));

    // ---- byte order and views ----

    [Fact]
    public void Byte_swapped_float64_reads_its_values_and_omits_the_dtype_like_numpy() =>
        AssertRepr("array([ 1.50e+00, -2.25e+00,  1.00e-09])", NDArray.FromArray(new[] { 1.5, -2.25, 1e-9 }).AsType(DType.Parse(">f8")));

    [Fact]
    public void Byte_swapped_int32_prints_dtype_by_name_like_numpy() =>
        AssertRepr("array([    1,    -2, 70000], dtype=int32)", NDArray.FromArray(new[] { 1, -2, 70000 }).AsType(DType.Parse(">i4")));

    [Fact]
    public void Byte_swapped_small_and_complex_types_read_their_values()
    {
        AssertRepr("array([1. +2.j, 0.5-1.j], dtype=complex64)",
            NDArray.FromArray(new[] { new Complex64(1, 2), new Complex64(0.5f, -1) }).AsType(DType.Parse(">c8")));
        AssertRepr("array([0.1, 3. ], dtype=float16)", NDArray.FromArray(new[] { (Half)0.1, (Half)3 }).AsType(DType.Parse(">f2")));
        AssertRepr("array([    1, 65535], dtype=uint16)", NDArray.FromArray(new ushort[] { 1, 65535 }).AsType(DType.Parse(">u2")));
    }

    [Fact]
    public void Negative_stride_view_prints_in_view_order() =>
        AssertRepr("array([4., 3., 2., 1., 0.])", NDArray.Arange<double>(0, 5, 1)["::-1"]);

    [Fact]
    public void Transposed_view_prints_in_view_order() =>
        AssertRepr("""
            array([[0, 3],
                   [1, 4],
                   [2, 5]])
            """, NDArray.Arange<long>(0, 6, 1).Reshape(2, 3).Transpose());

    [Fact]
    public void Strided_slice_prints_only_its_elements() =>
        AssertRepr("""
            array([[ 1.,  2.,  3.],
                   [ 9., 10., 11.]])
            """, NDArray.Arange<double>(0, 12, 1).Reshape(3, 4)["::2, 1:"]);

    [Fact]
    public void Reversed_and_transposed_three_dimensional_view_prints_like_numpy() =>
        AssertRepr("""
            array([[[ 8., 20.],
                    [ 4., 16.],
                    [ 0., 12.]],

                   [[10., 22.],
                    [ 6., 18.],
                    [ 2., 14.]]])
            """, NDArray.Arange<double>(0, 24, 1).Reshape(2, 3, 4)[":, ::-1, ::2"].Transpose());

    [Fact]
    public void Disposed_array_prints_a_placeholder_instead_of_reading_freed_memory()
    {
        var a = NDArray.Zeros<float>(2, 3);
        a.Dispose();
        Assert.Equal("<disposed NDArray, dtype=float32>", a.ToString());
    }

    // ---- broad comparison against NumPy ----

    public static TheoryData<int> RandomCaseIndices()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < RandomCases.Value.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RandomCaseIndices))]
    public unsafe void Random_array_prints_exactly_as_numpy(int index)
    {
        RandomCase c = RandomCases.Value[index];
        using NDArray a = NDArray.Zeros(DType.Parse(c.DType), c.Shape);
        byte[] bytes = Convert.FromHexString(c.Hex);
        Assert.Equal(a.NBytes, bytes.Length);
        bytes.CopyTo(new Span<byte>((void*)a.DataPointer, bytes.Length));
        Assert.Equal(c.Repr, a.ToString());
    }

    [Fact]
    public void Random_cases_cover_every_float_and_complex_dtype_and_both_byte_orders()
    {
        var dtypes = RandomCases.Value.Select(c => c.DType).ToHashSet();
        foreach (string d in new[] { "<f8", ">f8", "<f4", ">f4", "<f2", ">f2", "<c16", ">c16", "<c8", ">c8" })
        {
            Assert.Contains(d, dtypes);
        }

        Assert.True(RandomCases.Value.Length >= 200);
        Assert.Contains(RandomCases.Value, c => c.Repr.Contains("...", StringComparison.Ordinal));
        Assert.Contains(RandomCases.Value, c => c.Repr.Contains("e+", StringComparison.Ordinal));
    }

    private sealed record RandomCase(string DType, nint[] Shape, string Hex, string Repr);

    private static readonly Lazy<RandomCase[]> RandomCases = new(LoadRandomCases);

    private static RandomCase[] LoadRandomCases()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(DataPath("format_random_cases.json")));
        return doc.RootElement.EnumerateArray().Select(e => new RandomCase(
            e.GetProperty("dtype").GetString()!,
            e.GetProperty("shape").EnumerateArray().Select(s => (nint)s.GetInt64()).ToArray(),
            e.GetProperty("hex").GetString()!,
            e.GetProperty("repr").GetString()!)).ToArray();
    }

    private static string ReadExpected(string name) => File.ReadAllText(DataPath(name)).TrimEnd('\n', '\r');

    private static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);
}

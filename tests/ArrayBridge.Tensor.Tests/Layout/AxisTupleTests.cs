using System.Globalization;

namespace ArrayBridge.Tests;

/// <summary>
/// <see cref="NDArray.Shape"/> and <see cref="NDArray.Strides"/> print as Python prints a tuple of
/// ints, through every way .NET turns a value into text, and still work where a span did.
/// </summary>
public class AxisTupleTests
{
    /// <summary>Python's <c>str(tuple)</c> for ints: <c>()</c>, <c>(3,)</c>, <c>(3, 4)</c>.</summary>
    private static string PythonTuple(ReadOnlySpan<nint> values) => values.Length switch
    {
        0 => "()",
        1 => $"({values[0]},)",
        _ => "(" + string.Join(", ", values.ToArray()) + ")",
    };

    /// <summary>Arrays of rank 0 to 4, with empty axes, transposed, negative and zero strides.</summary>
    public static TheoryData<string> Layouts => new(LayoutCases.Keys);

    private static readonly Dictionary<string, Func<NDArray>> LayoutCases = new()
    {
        ["0-d"] = () => NDArray.Zeros<double>(),
        ["1-d"] = () => NDArray.Zeros<float>(3),
        ["2-d"] = () => NDArray.Zeros<int>(3, 4),
        ["empty axis"] = () => NDArray.Zeros<byte>(0, 5),
        ["4-d"] = () => NDArray.Zeros<long>(2, 1, 3, 4),
        ["transposed"] = () => NDArray.Zeros<short>(3, 4).Transpose(),
        ["negative strides"] = () => NDArray.Zeros<double>(4, 6)["::-1, ::-2"],
        ["broadcast zero strides"] = () => NDArray.Zeros<int>(3).BroadcastTo(2, 3),
        ["big lengths"] = () => NDArray.Zeros<byte>(1).BroadcastTo(100000, 1),
    };

    /// <summary>Every way an interpolation, format call or writer may render the value.</summary>
    private static IEnumerable<(string Entry, string Text)> Renderings(AxisTuple t)
    {
        yield return ("interpolation", $"{t}");
        yield return ("interpolation into a span", RenderIntoSpan(t));
        yield return ("ToString()", t.ToString());
        yield return ("string.Format", string.Format(CultureInfo.InvariantCulture, "{0}", t));
        yield return ("IFormattable, German culture", t.ToString(null, CultureInfo.GetCultureInfo("de-DE")));
        yield return ("object.ToString", ((object)t).ToString()!);
        yield return ("StringBuilder.Append", new System.Text.StringBuilder().Append(t).ToString());
        yield return ("TryFormat", TryFormatExact(t));
    }

    private static string RenderIntoSpan(AxisTuple t)
    {
        Span<char> buffer = stackalloc char[256];
        Assert.True(buffer.TryWrite(CultureInfo.InvariantCulture, $"{t}", out int written));
        return buffer[..written].ToString();
    }

    private static string TryFormatExact(AxisTuple t)
    {
        string expected = t.ToString();
        var buffer = new char[expected.Length];
        Assert.True(t.TryFormat(buffer, out int written, default, null));
        Assert.Equal(expected.Length, written);

        // Every shorter buffer is refused rather than written past or truncated silently.
        for (int n = 0; n < expected.Length; n++)
        {
            Assert.False(t.TryFormat(new char[n], out int w, default, null));
            Assert.Equal(0, w);
        }

        return new string(buffer, 0, written);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Shape_and_strides_print_as_python_tuples_through_every_entry_point(string layout)
    {
        using NDArray a = LayoutCases[layout]();
        foreach ((string name, AxisTuple tuple) in new[] { ("Shape", a.Shape), ("Strides", a.Strides) })
        {
            string expected = PythonTuple(tuple);
            foreach ((string entry, string text) in Renderings(tuple))
            {
                Assert.True(expected == text, $"{layout} {name} via {entry}: expected {expected}, got {text}");
            }

            Assert.DoesNotContain("ReadOnlySpan", $"{tuple}", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Known_shapes_print_as_numpy_prints_them()
    {
        using var a = NDArray.Zeros<double>(3, 4);
        using var v = NDArray.Zeros<double>(3);
        using var s = NDArray.Zeros<double>();
        Assert.Equal("(3, 4) (32, 8)", $"{a.Shape} {a.Strides}");
        Assert.Equal("(3,) (8,)", $"{v.Shape} {v.Strides}");
        Assert.Equal("() ()", $"{s.Shape} {s.Strides}");
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_tuple_works_where_a_span_did(string layout)
    {
        using NDArray a = LayoutCases[layout]();
        AxisTuple shape = a.Shape;
        ReadOnlySpan<nint> span = shape;
        Assert.Equal(a.NDim, shape.Length);
        Assert.Equal(a.NDim, span.Length);
        Assert.Equal(shape.IsEmpty, span.IsEmpty);
        var seen = new List<nint>();
        foreach (nint n in shape)
        {
            seen.Add(n);
        }

        Assert.Equal(span.ToArray(), seen);
        Assert.Equal(span.ToArray(), shape.ToArray());
        Assert.True(shape.SequenceEqual(span));
        Assert.True(shape == a.Shape);
        Assert.Equal(shape.GetHashCode(), AxisTuple.Create(span).GetHashCode());
        for (int i = 0; i < shape.Length; i++)
        {
            Assert.Equal(span[i], shape[i]);
            Assert.Equal(span[i..].ToArray(), shape[i..].ToArray());
            Assert.True(shape.Contains(span[i]));
            Assert.Equal(span.IndexOf(span[i]), shape.IndexOf(span[i]));
        }

        if (shape.Length > 0)
        {
            Assert.Equal(span[^1], shape[^1]);
        }

        Span<nint> copy = stackalloc nint[shape.Length];
        shape.CopyTo(copy);
        Assert.True(copy.SequenceEqual(span));
        Assert.Throws<IndexOutOfRangeException>(() => a.Shape[a.NDim]);
    }

    [Fact]
    public void Tuples_with_different_values_or_lengths_differ()
    {
        AxisTuple a = [3, 4], b = [4, 3], c = [3, 4, 1], d = [3, 4];
        Assert.NotEqual(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(a, d);
        Assert.True(a != b);
        Assert.Equal("()", default(AxisTuple).ToString());
        Assert.Equal(0, default(AxisTuple).Length);
    }
}

using System.Numerics;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>Layouts, reshapes, views and Require checked against results recorded from NumPy 1.24.</summary>
public class NumPyOracleTests
{
    [Fact]
    public void Random_view_chains_match_numpy_shape_strides_offset_flags_and_values()
    {
        var failures = new List<string>();
        JsonElement[] cases = NumPyOracle.Load("numpy_layouts.json");
        Assert.True(cases.Length >= 1000);
        foreach (JsonElement c in cases)
        {
            string? failure;
            try
            {
                failure = Check(c);
            }
            catch (Exception e)
            {
                failure = $"{e.GetType().Name}: {e.Message}";
            }

            if (failure is not null)
            {
                failures.Add(failure + "\n  case: " + NumPyOracle.Describe(c));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length} cases differ from NumPy:\n" + string.Join("\n", failures.Take(10)));
    }

    private static string? Check(JsonElement c)
    {
        using NDArray baseArray = NumPyOracle.BuildBase(c);
        var created = new List<NDArray>();
        try
        {
            NDArray a = baseArray;
            foreach (JsonElement op in c.GetProperty("ops").EnumerateArray())
            {
                try
                {
                    a = NumPyOracle.Apply(a, op);
                    created.Add(a);
                }
                catch (Exception e) when (c.TryGetProperty("error", out _))
                {
                    return e is ArgumentException ? null : $"NumPy raised {c.GetProperty("error")}, ArrayBridge threw {e.GetType().Name}";
                }
            }

            if (c.TryGetProperty("error", out JsonElement err))
            {
                return $"NumPy raised {err}, ArrayBridge did not";
            }

            JsonElement e2 = c.GetProperty("expected");
            nint[] shape = NumPyOracle.Ints(e2.GetProperty("shape"));
            nint[] strides = NumPyOracle.Ints(e2.GetProperty("strides"));
            if (!a.Shape.SequenceEqual(shape))
            {
                return $"shape {Layout.Format(a.Shape)} != NumPy {Layout.Format(shape)}";
            }

            if (!a.Strides.SequenceEqual(strides))
            {
                return $"strides {Layout.Format(a.Strides)} != NumPy {Layout.Format(strides)}";
            }

            // Where NumPy returned the very same object (a no-op squeeze), ArrayBridge returns a new
            // view of it, which differs only in OWNDATA.
            var flags = (ArrayFlags)e2.GetProperty("flags").GetInt32();
            ArrayFlags mask = e2.GetProperty("same_object").GetBoolean() ? NumPyOracle.ComparedFlags & ~ArrayFlags.OwnData : NumPyOracle.ComparedFlags;
            if ((a.Flags & mask) != (flags & mask))
            {
                return $"flags {a.Flags & mask} != NumPy {flags & mask}";
            }

            JsonElement offset = e2.GetProperty("offset");
            if (offset.ValueKind != JsonValueKind.Null)
            {
                nint actual = a.DataPointer - baseArray.DataPointer;
                if (actual != (nint)offset.GetInt64())
                {
                    return $"data offset {actual} != NumPy {offset} (or ArrayBridge copied where NumPy did not)";
                }
            }
            else if (a.Size > 0 && ReferenceEquals(a.Memory, baseArray.Memory))
            {
                return "ArrayBridge made a view where NumPy copied";
            }

            Complex[] values = ArrayValues.Of(a);
            Complex[] expected = NumPyOracle.ExpectedValues(e2.GetProperty("values"));
            if (!values.SequenceEqual(expected))
            {
                return $"values differ: [{string.Join(", ", values.Take(8))}...] != NumPy [{string.Join(", ", expected.Take(8))}...]";
            }

            return null;
        }
        finally
        {
            foreach (NDArray x in created)
            {
                x.Dispose();
            }
        }
    }

    [Fact]
    public void Require_copies_exactly_when_numpy_check_from_any_does()
    {
        var failures = new List<string>();
        JsonElement[] cases = NumPyOracle.Load("numpy_require.json");
        Assert.True(cases.Length >= 600);
        foreach (JsonElement c in cases)
        {
            string? failure;
            try
            {
                failure = CheckRequire(c);
            }
            catch (Exception e)
            {
                failure = $"{e.GetType().Name}: {e.Message}";
            }

            if (failure is not null)
            {
                failures.Add(failure + "\n  case: " + NumPyOracle.Describe(c));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length} Require cases differ from NumPy:\n" + string.Join("\n", failures.Take(10)));
    }

    private static string? CheckRequire(JsonElement c)
    {
        using NDArray baseArray = NumPyOracle.BuildBase(c);
        var created = new List<NDArray>();
        try
        {
            NDArray a = baseArray;
            foreach (JsonElement op in c.GetProperty("ops").EnumerateArray())
            {
                a = NumPyOracle.Apply(a, op);
                created.Add(a);
            }

            JsonElement target = c.GetProperty("target");
            DType? dtype = target.ValueKind == JsonValueKind.Null ? null : DType.Parse(target.GetString()!);
            var requirements = (ArrayFlags)c.GetProperty("requirements").GetInt32();
            NDArray r;
            try
            {
                r = a.Require(dtype, requirements);
                created.Add(r);
            }
            catch (Exception e)
            {
                if (!c.TryGetProperty("error", out JsonElement err))
                {
                    return $"ArrayBridge threw {e.GetType().Name}: {e.Message}; NumPy succeeded";
                }

                bool matches = err.GetString() == "TypeError" ? e is InvalidCastException : e is InvalidOperationException or ArgumentException;
                return matches ? null : $"NumPy raised {err}, ArrayBridge threw {e.GetType().Name}: {e.Message}";
            }

            if (c.TryGetProperty("error", out JsonElement err2))
            {
                return $"NumPy raised {err2}, ArrayBridge returned";
            }

            JsonElement x = c.GetProperty("expected");
            bool copied = !ReferenceEquals(r.Memory, a.Memory);
            if (copied != x.GetProperty("copied").GetBoolean())
            {
                return $"copied={copied}, NumPy copied={x.GetProperty("copied").GetBoolean()}";
            }

            if (r.DType.TypeStr != x.GetProperty("dtype").GetString())
            {
                return $"dtype {r.DType.TypeStr} != NumPy {x.GetProperty("dtype")}";
            }

            var flags = (ArrayFlags)x.GetProperty("flags").GetInt32();
            ArrayFlags mask = copied ? NumPyOracle.ComparedFlags : NumPyOracle.ComparedFlags & ~ArrayFlags.OwnData;
            if ((r.Flags & mask) != (flags & mask))
            {
                return $"flags {r.Flags & mask} != NumPy {flags & mask}";
            }

            if (copied && !r.Strides.SequenceEqual(NumPyOracle.Ints(x.GetProperty("strides"))))
            {
                return $"strides {Layout.Format(r.Strides)} != NumPy {x.GetProperty("strides")}";
            }

            if (a.IsWriteable != x.GetProperty("source_writeable").GetBoolean())
            {
                return $"source writeable {a.IsWriteable} != NumPy {x.GetProperty("source_writeable")}";
            }

            if (!ArrayValues.Of(r).SequenceEqual(NumPyOracle.ExpectedValues(x.GetProperty("values"))))
            {
                return "values differ";
            }

            if ((r.Flags & ArrayFlags.WritebackIfCopy) != 0)
            {
                r.ResolveWritebackIfCopy();
            }

            return null;
        }
        finally
        {
            for (int i = created.Count - 1; i >= 0; i--)
            {
                created[i].Dispose();
            }
        }
    }

    [Fact]
    public void Can_cast_matches_numpy_for_every_pair_and_casting_level()
    {
        var failures = new List<string>();
        Casting[] levels = [Casting.No, Casting.Equiv, Casting.Safe, Casting.SameKind, Casting.Unsafe];
        JsonElement[] cases = NumPyOracle.Load("numpy_can_cast.json");
        Assert.True(cases.Length >= 256);
        foreach (JsonElement c in cases)
        {
            DType from = DType.Parse(c[0].GetString()!), to = DType.Parse(c[1].GetString()!);
            for (int k = 0; k < levels.Length; k++)
            {
                bool expected = c[2 + k].GetBoolean();
                if (DType.CanCast(from, to, levels[k]) != expected)
                {
                    failures.Add($"{from.TypeStr} -> {to.TypeStr} under {levels[k]}: NumPy says {expected}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

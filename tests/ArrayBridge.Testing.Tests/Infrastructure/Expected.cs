using System.Numerics;

namespace ArrayBridge.Testing.Tests;

/// <summary>What a recipe's view must hold, computed from the recipe alone (no NDArray code).</summary>
internal static class Expected
{
    /// <summary>The base's elements in C order as complex128 (exact for every dtype the tests read this way).</summary>
    public static Complex[] BaseValues(ArraySpec spec)
    {
        ElementKind kind = ElementKind.Of(spec.DType);
        int n = (int)spec.BaseSize;
        var memory = new Complex[n];
        for (int i = 0; i < n; i++)
        {
            memory[i] = kind.Kind switch
            {
                'b' or 'i' or 'u' => new Complex((double)kind.ToInteger(spec.Components[i]), 0),
                'f' => new Complex(kind.ToDouble(spec.Components[i]), 0),
                _ => new Complex(kind.ToDouble(spec.Components[2 * i]), kind.ToDouble(spec.Components[2 * i + 1])),
            };
        }

        if (spec.Order == ArrayOrder.C || spec.BaseShape.Length < 2)
        {
            return memory;
        }

        // Memory holds F order: element (i0, ..., ik) sits at sum(i_j * prod(shape[:j])).
        var c = new Complex[n];
        int nd = spec.BaseShape.Length;
        var index = new long[nd];
        for (int flat = 0; flat < n; flat++)
        {
            long offset = 0, stride = 1;
            for (int j = 0; j < nd; j++)
            {
                offset += index[j] * stride;
                stride *= spec.BaseShape[j];
            }

            c[flat] = memory[offset];
            for (int axis = nd - 1; axis >= 0 && ++index[axis] == spec.BaseShape[axis]; axis--)
            {
                index[axis] = 0;
            }
        }

        return c;
    }
}

using System.Text;

namespace ArrayBridge.LinearAlgebra;

/// <summary>
/// Evaluates <see cref="NDArray.Einsum(string, NDArray[])"/>: parses the subscripts into one label
/// per axis (ellipsis axes get private labels, aligned from the right), then reduces each operand
/// (diagonals, sums of labels used nowhere else) and contracts operands pairwise through
/// <see cref="NDArray.MatMul(NDArray, NDArray, NDArray?, DType?)"/>.
/// </summary>
internal static class EinsumEvaluator
{
    // Labels of ellipsis axes, counted from the right so operands of different ranks broadcast.
    private const char EllipsisBase = '\u0100';

    /// <summary>The result of the einsum described by <paramref name="subscripts"/>.</summary>
    internal static NDArray Evaluate(string subscripts, NDArray[] operands)
    {
        string spec = subscripts.Replace(" ", "", StringComparison.Ordinal);
        int arrow = spec.IndexOf("->", StringComparison.Ordinal);
        string inputs = arrow >= 0 ? spec[..arrow] : spec;
        string? output = arrow >= 0 ? spec[(arrow + 2)..] : null;
        string[] terms = inputs.Split(',');
        // NumPy's texts, whose wording reads inverted: fewer terms than operands is "fewer operands".
        if (terms.Length < operands.Length)
        {
            ThrowHelper.ThrowArgument("fewer operands provided to einstein sum function than specified in the subscripts string", nameof(operands));
        }

        if (terms.Length > operands.Length)
        {
            ThrowHelper.ThrowArgument("more operands provided to einstein sum function than specified in the subscripts string", nameof(operands));
        }

        var labels = new List<char>[operands.Length];
        int maxEllipsis = 0;
        bool anyEllipsis = false;
        for (int i = 0; i < operands.Length; i++)
        {
            labels[i] = ParseTerm(terms[i], operands[i].NDim, i, out int ellipsisDims, out bool hasEllipsis);
            maxEllipsis = Math.Max(maxEllipsis, ellipsisDims);
            anyEllipsis |= hasEllipsis;
        }

        List<char> outLabels = output is null ? ImplicitOutput(labels, maxEllipsis) : ParseOutput(output, labels, maxEllipsis);
        var sizes = new Dictionary<char, nint>();
        for (int i = 0; i < operands.Length; i++)
        {
            for (int d = 0; d < labels[i].Count; d++)
            {
                char label = labels[i][d];
                nint len = operands[i].Shape[d];
                int firstInTerm = labels[i].IndexOf(label);
                if (firstInTerm < d && operands[i].Shape[firstInTerm] != len)
                {
                    ThrowHelper.ThrowArgument($"dimensions in operand {i} for collapsing index '{label}' don't match ({operands[i].Shape[firstInTerm]} != {len})", nameof(operands));
                }

                if (sizes.TryGetValue(label, out nint seen) && seen != len && seen != 1 && len != 1)
                {
                    ThrowHelper.ThrowArgument(label >= EllipsisBase
                        ? $"operands could not be broadcast together: a broadcast ('...') dimension of operand {i} has length {len}, another operand's {seen}"
                        : $"einstein sum subscript '{label}' has length {len} in operand {i} but {seen} in an earlier operand", nameof(operands));
                }

                if (!sizes.ContainsKey(label) || seen == 1)
                {
                    sizes[label] = len;
                }
            }
        }

        // Operands reduced in place of the inputs: owned intermediates are disposed as they are consumed.
        var current = new List<(NDArray Array, List<char> Labels, bool Owned)>();
        for (int i = 0; i < operands.Length; i++)
        {
            current.Add((operands[i], labels[i], false));
        }

        try
        {
            while (current.Count > 1)
            {
                var needed = new HashSet<char>(outLabels);
                for (int i = 2; i < current.Count; i++)
                {
                    needed.UnionWith(current[i].Labels);
                }

                var (x, lx, ox) = current[0];
                var (y, ly, oy) = current[1];
                (NDArray z, List<char> lz) = Contract(x, lx, y, ly, needed);
                if (ox)
                {
                    x.Dispose();
                }

                if (oy)
                {
                    y.Dispose();
                }

                current.RemoveRange(0, 2);
                current.Insert(0, (z, lz, true));
            }

            var (r, lr, owned) = current[0];
            current.Clear();
            (NDArray reduced, List<char> lred) = Reduce(r, lr, new HashSet<char>(outLabels), 0);
            if (owned && !ReferenceEquals(reduced, r))
            {
                r.Dispose();
            }

            int[] perm = outLabels.Select(l => lred.IndexOf(l)).ToArray();
            using NDArray transposed = reduced.Transpose(perm);
            NDArray result = transposed.Copy();
            if (!operands.Any(o => ReferenceEquals(o, reduced)))
            {
                reduced.Dispose();
            }

            return result;
        }
        finally
        {
            foreach (var (array, _, owned) in current)
            {
                if (owned)
                {
                    array.Dispose();
                }
            }
        }
    }

    private static List<char> ParseTerm(string term, int ndim, int operand, out int ellipsisDims, out bool hasEllipsis)
    {
        var result = new List<char>();
        int ellipsisAt = -1;
        int letters = 0;
        for (int i = 0; i < term.Length; i++)
        {
            char ch = term[i];
            if (ch == '.')
            {
                if (ellipsisAt >= 0 || i + 2 >= term.Length || term[i + 1] != '.' || term[i + 2] != '.')
                {
                    ThrowHelper.ThrowArgument($"einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand {operand}", "subscripts");
                }

                ellipsisAt = letters;
                i += 2;
                continue;
            }

            if (!char.IsAsciiLetter(ch))
            {
                ThrowHelper.ThrowArgument($"invalid subscript '{ch}' in einstein sum subscripts string, subscripts must be letters", "subscripts");
            }

            letters++;
        }

        hasEllipsis = ellipsisAt >= 0;
        if (letters > ndim)
        {
            ThrowHelper.ThrowArgument($"einstein sum subscripts string contains too many subscripts for operand {operand}", "subscripts");
        }

        if (!hasEllipsis && letters < ndim)
        {
            ThrowHelper.ThrowArgument($"operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.", "subscripts");
        }

        ellipsisDims = ndim - letters;
        int seenLetters = 0;
        for (int i = 0; i < term.Length; i++)
        {
            if (term[i] == '.')
            {
                for (int e = ellipsisDims - 1; e >= 0; e--)
                {
                    result.Add((char)(EllipsisBase + e));
                }

                i += 2;
                continue;
            }

            result.Add(term[i]);
            seenLetters++;
        }

        return result;
    }

    private static List<char> ImplicitOutput(List<char>[] labels, int maxEllipsis)
    {
        var counts = new Dictionary<char, int>();
        foreach (List<char> term in labels)
        {
            foreach (char label in term)
            {
                if (label < EllipsisBase)
                {
                    counts[label] = counts.GetValueOrDefault(label) + 1;
                }
            }
        }

        var result = new List<char>();
        for (int e = maxEllipsis - 1; e >= 0; e--)
        {
            result.Add((char)(EllipsisBase + e));
        }

        // Sorted as NumPy sorts them: by character code, so upper case before lower case.
        result.AddRange(counts.Where(kv => kv.Value == 1).Select(kv => kv.Key).Order());
        return result;
    }

    private static List<char> ParseOutput(string output, List<char>[] labels, int maxEllipsis)
    {
        var result = new List<char>();
        var seen = new HashSet<char>();
        bool ellipsis = false;
        for (int i = 0; i < output.Length; i++)
        {
            char ch = output[i];
            if (ch == '.')
            {
                if (ellipsis || i + 2 >= output.Length || output[i + 1] != '.' || output[i + 2] != '.')
                {
                    ThrowHelper.ThrowArgument("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output", "subscripts");
                }

                ellipsis = true;
                for (int e = maxEllipsis - 1; e >= 0; e--)
                {
                    result.Add((char)(EllipsisBase + e));
                }

                i += 2;
                continue;
            }

            if (!char.IsAsciiLetter(ch))
            {
                ThrowHelper.ThrowArgument($"invalid subscript '{ch}' in einstein sum subscripts string, subscripts must be letters", "subscripts");
            }

            if (!seen.Add(ch))
            {
                ThrowHelper.ThrowArgument($"einstein sum subscripts string includes output subscript '{ch}' multiple times", "subscripts");
            }

            if (!labels.Any(term => term.Contains(ch)))
            {
                ThrowHelper.ThrowArgument($"einstein sum subscripts string included output subscript '{ch}' which never appeared in an input", "subscripts");
            }

            result.Add(ch);
        }

        if (!ellipsis && maxEllipsis > 0)
        {
            ThrowHelper.ThrowArgument("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.", "subscripts");
        }

        return result;
    }

    /// <summary>
    /// Takes the diagonal of every repeated label and sums every label not in <paramref name="keep"/>.
    /// Returns <paramref name="x"/> itself when there is nothing to do.
    /// </summary>
    private static (NDArray Array, List<char> Labels) Reduce(NDArray x, List<char> labels, HashSet<char> keep, int operand)
    {
        NDArray current = x;
        var lc = new List<char>(labels);
        try
        {
            while (true)
            {
                int first = -1, second = -1;
                for (int i = 0; i < lc.Count && first < 0; i++)
                {
                    int j = lc.IndexOf(lc[i], i + 1);
                    if (j > 0)
                    {
                        (first, second) = (i, j);
                    }
                }

                if (first < 0)
                {
                    break;
                }

                nint n1 = current.Shape[first], n2 = current.Shape[second];
                if (n1 != n2)
                {
                    ThrowHelper.ThrowArgument($"dimensions in operand {operand} for collapsing index '{lc[first]}' don't match ({n1} != {n2})", "operands");
                }

                NDArray diagonal = current.Diagonal(0, first, second);
                char label = lc[first];
                lc.RemoveAt(second);
                lc.RemoveAt(first);
                lc.Add(label);
                Replace(ref current, diagonal, x);
            }

            var kept = new List<int>();
            var summed = new List<int>();
            for (int d = 0; d < lc.Count; d++)
            {
                (keep.Contains(lc[d]) ? kept : summed).Add(d);
            }

            if (summed.Count == 0)
            {
                return (current, lc);
            }

            nint[] keptShape = kept.Select(d => current.Shape[d]).ToArray();
            using NDArray moved = current.Transpose([.. kept, .. summed]);
            using NDArray flat = moved.Reshape([.. keptShape, -1]);
            NDArray sums = NDArray.SumLastAxis(flat, current.DType.AsNative());
            Replace(ref current, sums, x);
            return (current, kept.Select(d => lc[d]).ToList());
        }
        catch
        {
            if (!ReferenceEquals(current, x))
            {
                current.Dispose();
            }

            throw;
        }
    }

    /// <summary>Replaces <paramref name="array"/> by a view whose length-1 axis <paramref name="axis"/> repeats <paramref name="length"/> times.</summary>
    private static void Stretch(ref NDArray array, NDArray original, int axis, nint length)
    {
        nint[] shape = array.Shape.ToArray();
        nint[] strides = array.Strides.ToArray();
        shape[axis] = length;
        strides[axis] = 0;
        NDArray stretched = array.AsStrided(shape, strides, 0, writeable: false);
        Replace(ref array, stretched, original);
    }

    private static void Replace(ref NDArray current, NDArray next, NDArray original)
    {
        if (!ReferenceEquals(current, original))
        {
            current.Dispose();
        }

        current = next;
    }

    /// <summary>Contracts two operands into one whose labels are those of either that <paramref name="needed"/> holds.</summary>
    private static (NDArray, List<char>) Contract(NDArray x, List<char> lx, NDArray y, List<char> ly, HashSet<char> needed)
    {
        var keepX = new HashSet<char>(needed);
        keepX.UnionWith(ly);
        var keepY = new HashSet<char>(needed);
        keepY.UnionWith(lx);
        (NDArray a, List<char> la) = Reduce(x, lx, keepX, 0);
        (NDArray b, List<char> lb) = Reduce(y, ly, keepY, 1);
        try
        {
            List<char> batch = la.Where(l => lb.Contains(l) && needed.Contains(l)).ToList();
            List<char> contracted = la.Where(l => lb.Contains(l) && !needed.Contains(l)).ToList();
            List<char> freeA = la.Where(l => !lb.Contains(l)).ToList();
            List<char> freeB = lb.Where(l => !la.Contains(l)).ToList();
            foreach (char l in contracted)
            {
                int da = la.IndexOf(l), db = lb.IndexOf(l);
                nint na = a.Shape[da], nb = b.Shape[db];
                if (na != nb)
                {
                    // Sizes were checked to agree or be 1: a length-1 side broadcasts over the other's
                    // length (stride 0), as NumPy's einsum broadcasts it.
                    if (na == 1)
                    {
                        Stretch(ref a, x, da, nb);
                    }
                    else
                    {
                        Stretch(ref b, y, db, na);
                    }
                }
            }

            nint Product(NDArray arr, List<char> labels, List<char> which)
            {
                nint p = 1;
                foreach (char l in which)
                {
                    p *= arr.Shape[labels.IndexOf(l)];
                }

                return p;
            }

            int[] permA = [.. batch.Select(l => la.IndexOf(l)), .. freeA.Select(l => la.IndexOf(l)), .. contracted.Select(l => la.IndexOf(l))];
            int[] permB = [.. batch.Select(l => lb.IndexOf(l)), .. contracted.Select(l => lb.IndexOf(l)), .. freeB.Select(l => lb.IndexOf(l))];
            nint[] batchA = batch.Select(l => a.Shape[la.IndexOf(l)]).ToArray();
            nint[] batchB = batch.Select(l => b.Shape[lb.IndexOf(l)]).ToArray();
            nint fa = Product(a, la, freeA), fb = Product(b, lb, freeB), k = Product(a, la, contracted);
            using NDArray at = a.Transpose(permA);
            using NDArray a3 = at.Reshape([.. batchA, fa, k]);
            using NDArray bt = b.Transpose(permB);
            using NDArray b3 = bt.Reshape([.. batchB, k, fb]);
            using NDArray product = NDArray.MatMul(a3, b3);
            nint[] shape = [.. product.Shape[..batch.Count], .. freeA.Select(l => a.Shape[la.IndexOf(l)]), .. freeB.Select(l => b.Shape[lb.IndexOf(l)])];
            NDArray result = product.Reshape(shape);
            return (result, [.. batch, .. freeA, .. freeB]);
        }
        finally
        {
            if (!ReferenceEquals(a, x))
            {
                a.Dispose();
            }

            if (!ReferenceEquals(b, y))
            {
                b.Dispose();
            }
        }
    }
}

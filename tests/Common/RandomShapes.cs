namespace ArrayBridge.Tests;

/// <summary>Random shapes for property tests, shared by the test projects.</summary>
internal static class RandomShapes
{
    /// <summary>
    /// A random shape with <paramref name="size"/> elements: the prime factors of the size shuffled
    /// into at most <paramref name="maxDims"/> axes, sometimes with a length-1 axis inserted and,
    /// when <paramref name="allowUnknown"/>, one length replaced by -1. Size 0 gives (0, k).
    /// </summary>
    public static nint[] OfSize(Random rng, nint size, int maxDims, bool allowUnknown)
    {
        if (size == 0)
        {
            return [0, rng.Next(1, 4)];
        }

        var dims = new List<nint>();
        nint left = size;
        foreach (nint p in new nint[] { 2, 3, 5, 7 })
        {
            while (left % p == 0)
            {
                dims.Add(p);
                left /= p;
            }
        }

        if (left > 1)
        {
            dims.Add(left);
        }

        dims = dims.OrderBy(_ => rng.Next()).ToList();
        while (dims.Count > maxDims)
        {
            nint last = dims[^1];
            dims.RemoveAt(dims.Count - 1);
            dims[rng.Next(dims.Count)] *= last;
        }

        if (rng.Next(3) == 0)
        {
            dims.Insert(rng.Next(dims.Count + 1), 1);
        }

        if (allowUnknown && dims.Count > 0 && rng.Next(4) == 0)
        {
            dims[rng.Next(dims.Count)] = -1;
        }

        return [.. dims];
    }
}

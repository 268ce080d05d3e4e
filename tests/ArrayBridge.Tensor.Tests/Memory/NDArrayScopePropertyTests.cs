using FsCheck.Xunit;

namespace ArrayBridge.Tests;

/// <summary>
/// Random programs of array creations, nested scopes, moves, detaches and manual disposals, run
/// against a model of who owns what: every scope that ends disposes exactly the arrays the model
/// says it owns, newest first, and nothing else; each open scope's count agrees with the model.
/// Each array has its own memory whose release is logged, so the log is the disposal order.
/// </summary>
public class NDArrayScopePropertyTests
{
    private const int None = -1;

    /// <summary>One array of the program and who the model says owns it (a scope's index, or <see cref="None"/>).</summary>
    private sealed class ModelArray(NDArray<double> array, int id, int owner)
    {
        public NDArray<double> Array { get; } = array;

        public int Id { get; } = id;

        public int Owner { get; set; } = owner;

        public bool Disposed { get; set; }
    }

    [Property(MaxTest = 600, Replay = FixedSeed.Replay)]
    public void Exactly_the_owned_arrays_are_disposed_newest_first_when_each_scope_ends(byte[] program)
    {
        var log = new List<int>();
        var arrays = new List<ModelArray>();
        var scopes = new List<NDArrayScope>(); // every scope opened; open ones form a stack
        var open = new List<int>();            // indices into scopes, outermost first

        int Innermost() => open.Count == 0 ? None : open[^1];
        int OuterOf(int scope) => open.IndexOf(scope) is int at and > 0 ? open[at - 1] : None;

        try
        {
            foreach (byte instruction in program)
            {
                int op = instruction % 9;
                int arg = instruction / 9;
                ModelArray? target = arrays.Count == 0 ? null : arrays[arg % arrays.Count];
                switch (op)
                {
                    case 0 or 1:
                        int id = arrays.Count;
                        arrays.Add(new ModelArray(RecordingOwner.CreateArray(log, id), id, Innermost()));
                        break;
                    case 2:
                        scopes.Add(NDArray.Scope());
                        open.Add(scopes.Count - 1);
                        break;
                    case 3 when open.Count > 0:
                        EndInnermost(scopes, open, arrays, log);
                        break;
                    case 4 when target is not null && open.Count > 0:
                    {
                        // Through any open scope, not only the innermost; a no-op unless it owns the array.
                        int scope = open[arg % open.Count];
                        Assert.Same(target.Array, scopes[scope].MoveToOuter(target.Array));
                        target.Owner = target.Owner == scope ? OuterOf(scope) : target.Owner;
                        break;
                    }

                    case 5 when target is not null:
                        Assert.Same(target.Array, target.Array.MoveToOuterScope());
                        target.Owner = target.Owner == None ? None : OuterOf(target.Owner);
                        break;
                    case 6 when target is not null && open.Count > 0:
                    {
                        int scope = Innermost();
                        Assert.Same(target.Array, scopes[scope].Detach(target.Array));
                        target.Owner = target.Owner == scope ? None : target.Owner;
                        break;
                    }

                    case 7 when target is not null:
                        Assert.Same(target.Array, target.Array.DetachFromScope());
                        target.Owner = None;
                        break;
                    case 8 when target is not null:
                        int logged = log.Count;
                        target.Array.Dispose();
                        Assert.Equal(target.Disposed ? Array.Empty<int>() : new[] { target.Id }, log[logged..]);
                        target.Disposed = true;
                        break;
                }

                foreach (int scope in open)
                {
                    Assert.Equal(arrays.Count(a => a.Owner == scope), scopes[scope].OwnedCount);
                }

                Assert.All(arrays, a => Assert.Equal(a.Disposed, a.Array.IsDisposed));
            }

            while (open.Count > 0)
            {
                EndInnermost(scopes, open, arrays, log);
            }

            Assert.Null(NDArrayScope.Current);
            Assert.All(arrays, a => Assert.Equal(a.Disposed, a.Array.IsDisposed));
        }
        finally
        {
            // A failed run must not leave this thread inside a scope for the next test.
            for (int i = open.Count - 1; i >= 0; i--)
            {
                scopes[open[i]].Dispose();
            }

            arrays.ForEach(a => a.Array.Dispose());
        }
    }

    private static void EndInnermost(List<NDArrayScope> scopes, List<int> open, List<ModelArray> arrays, List<int> log)
    {
        int scope = open[^1];
        List<ModelArray> owned = arrays.Where(a => a.Owner == scope).ToList();
        int[] expected = owned.Where(a => !a.Disposed).OrderByDescending(a => a.Id).Select(a => a.Id).ToArray();
        int logged = log.Count;

        scopes[scope].Dispose();
        open.RemoveAt(open.Count - 1);

        Assert.Equal(expected, log[logged..]);
        Assert.Equal(0, scopes[scope].OwnedCount);
        foreach (ModelArray a in owned)
        {
            a.Owner = None;
            a.Disposed = true;
        }

        Assert.Same(open.Count == 0 ? null : scopes[open[^1]], NDArrayScope.Current);
    }
}

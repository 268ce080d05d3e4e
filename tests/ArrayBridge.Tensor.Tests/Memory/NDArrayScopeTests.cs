namespace ArrayBridge.Tests;

/// <summary>
/// NDArray.Scope(): which arrays a scope owns, moving them out, and how it ends. Scopes are
/// per-thread, so these run in parallel with other tests; the one reading process-wide memory
/// counters is in <see cref="NDArrayScopeMemoryTests"/>.
/// </summary>
public class NDArrayScopeTests
{
    [Fact]
    public void Arrays_and_views_created_in_a_scope_are_disposed_and_their_memory_released_when_it_ends()
    {
        NDArray<double> range, matrix, transposed, indexed, copied;
        NDArray cast;
        using (NDArrayScope scope = NDArray.Scope())
        {
            range = NDArray.Arange<double>(12);
            matrix = range.Reshape(3, 4);
            transposed = matrix.Transpose();
            indexed = matrix["::-1, 1::2"];
            copied = transposed.Copy();
            cast = indexed.AsType(DType.Float32);
            Assert.Equal(6, scope.OwnedCount);
            Assert.True(scope.Owns(indexed));
        }

        NDArray[] all = [range, matrix, transposed, indexed, copied, cast];
        Assert.All(all, a => Assert.True(a.IsDisposed));
        Assert.All(all, a => Assert.True(a.Memory.IsReleased));
    }

    [Fact]
    public void Arrays_created_outside_any_scope_are_unaffected_and_views_of_them_made_inside_are_owned()
    {
        Assert.Null(NDArrayScope.Current);
        using NDArray<double> outside = NDArray.Arange<double>(6);
        NDArray<double> view;
        using (NDArrayScope scope = NDArray.Scope())
        {
            view = outside.Reshape(2, 3);
            Assert.False(scope.Owns(outside));
            Assert.Equal(1, scope.OwnedCount);
        }

        Assert.True(view.IsDisposed);
        Assert.False(outside.IsDisposed);
        Assert.False(outside.Memory.IsReleased);
        Assert.Equal(5.0, outside[5]);
    }

    [Fact]
    public void An_array_belongs_to_the_innermost_scope_and_only_that_scope_disposes_it()
    {
        using NDArrayScope outer = NDArray.Scope();
        NDArray<int> a = NDArray.Zeros<int>(3);
        NDArray<int> b;
        using (NDArrayScope inner = NDArray.Scope())
        {
            Assert.Same(inner, NDArrayScope.Current);
            Assert.Same(outer, inner.Outer);
            Assert.Equal(2, inner.Depth);
            b = NDArray.Zeros<int>(3);
            Assert.True(inner.Owns(b));
            Assert.False(inner.Owns(a));
            Assert.Equal(1, outer.OwnedCount);
            Assert.Equal(1, inner.OwnedCount);
        }

        Assert.Same(outer, NDArrayScope.Current);
        Assert.True(b.IsDisposed);
        Assert.False(a.IsDisposed);
        outer.Dispose();
        Assert.True(a.IsDisposed);
        Assert.Null(NDArrayScope.Current);
    }

    [Fact]
    public void MoveToOuter_hands_the_array_to_the_enclosing_scope_keeping_its_type()
    {
        NDArray<double> moved;
        using (NDArrayScope outer = NDArray.Scope())
        {
            using (NDArrayScope inner = NDArray.Scope())
            {
                NDArray<double> t = NDArray.Arange<double>(6).Reshape(2, 3).Transpose();
                moved = inner.MoveToOuter(t); // statically NDArray<double>
                Assert.False(inner.Owns(moved));
                Assert.True(outer.Owns(moved));
                Assert.Equal(2, inner.OwnedCount);
            }

            Assert.False(moved.IsDisposed);
            moved[2, 1] = 42;
            Assert.Equal(42.0, moved.At(2, 1));
            Assert.Equal(1, outer.OwnedCount);
        }

        Assert.True(moved.IsDisposed);
    }

    [Fact]
    public void MoveToOuter_from_an_outermost_scope_and_Detach_leave_the_array_to_no_scope()
    {
        NDArray<float> fromOutermost, detached, detachedByInstance;
        using (NDArrayScope outer = NDArray.Scope())
        {
            fromOutermost = outer.MoveToOuter(NDArray.Full<float>([2], 1f));
            using (NDArrayScope inner = NDArray.Scope())
            {
                detached = inner.Detach(NDArray.Full<float>([2], 1f));
                detachedByInstance = NDArray.Full<float>([2], 1f).DetachFromScope();
                Assert.Equal(0, inner.OwnedCount);
            }

            Assert.Equal(0, outer.OwnedCount);
        }

        NDArray[] survivors = [fromOutermost, detached, detachedByInstance];
        Assert.All(survivors, a => Assert.False(a.IsDisposed));
        Assert.All(survivors, a => Assert.Equal(1f, a.As<float>()[1]));
        Assert.All(survivors, a => a.Dispose());
    }

    [Fact]
    public void MoveToOuterScope_moves_one_level_and_MoveAllToOuter_and_DetachAll_take_several()
    {
        using NDArrayScope outer = NDArray.Scope();
        NDArray<long> one, two, three, four, stays;
        using (NDArrayScope inner = NDArray.Scope())
        {
            one = NDArray.Zeros<long>(1).MoveToOuterScope();
            two = NDArray.Zeros<long>(1);
            three = NDArray.Zeros<long>(1);
            four = NDArray.Zeros<long>(1);
            stays = NDArray.Zeros<long>(1);
            inner.MoveAllToOuter(two, three);
            inner.DetachAll([four]);
            Assert.Equal(1, inner.OwnedCount);
        }

        Assert.True(stays.IsDisposed);
        Assert.Equal(3, outer.OwnedCount);
        Assert.True(outer.Owns(one) && outer.Owns(two) && outer.Owns(three));
        Assert.False(four.IsDisposed);
        four.Dispose();
    }

    [Fact]
    public void Moving_or_detaching_an_array_the_scope_does_not_own_leaves_it_where_it_is()
    {
        using NDArray<byte> unscoped = NDArray.Zeros<byte>(2);
        using NDArrayScope outer = NDArray.Scope();
        NDArray<byte> outerOwned = NDArray.Zeros<byte>(2);
        using NDArrayScope inner = NDArray.Scope();
        NDArray<byte> innerOwned = NDArray.Zeros<byte>(2);
        NDArray<byte> otherThreads = RunOnNewThread(() => NDArray.Zeros<byte>(2));

        Assert.Same(unscoped, inner.MoveToOuter(unscoped));
        Assert.Same(outerOwned, inner.MoveToOuter(outerOwned));
        Assert.Same(outerOwned, inner.Detach(outerOwned));
        Assert.Same(innerOwned, outer.MoveToOuter(innerOwned));
        Assert.Same(innerOwned, outer.Detach(innerOwned));
        Assert.Same(otherThreads, inner.Detach(otherThreads));
        inner.MoveAllToOuter(unscoped, outerOwned, otherThreads);
        Assert.Same(unscoped, unscoped.DetachFromScope());
        Assert.Same(unscoped, unscoped.MoveToOuterScope());

        Assert.True(outer.Owns(outerOwned));
        Assert.True(inner.Owns(innerOwned));
        Assert.Equal(1, outer.OwnedCount);
        Assert.Equal(1, inner.OwnedCount);
        Assert.False(inner.Owns(unscoped) || outer.Owns(unscoped) || inner.Owns(otherThreads));
        otherThreads.Dispose();
    }

    [Fact]
    public void Arrays_created_on_another_thread_while_a_scope_is_open_here_are_not_owned_by_it()
    {
        NDArray<double> mine, theirs, theirsScoped;
        using (NDArrayScope scope = NDArray.Scope())
        {
            mine = NDArray.Zeros<double>(2);
            (theirs, theirsScoped) = RunOnNewThread(() =>
            {
                Assert.Null(NDArrayScope.Current);
                NDArray<double> unscoped = NDArray.Zeros<double>(2);
                NDArray<double> scoped;
                using (NDArray.Scope())
                {
                    scoped = NDArray.Zeros<double>(2);
                }

                return (unscoped, scoped);
            });
            Assert.Equal(1, scope.OwnedCount);
            Assert.Same(scope, NDArrayScope.Current);
        }

        Assert.True(mine.IsDisposed);
        Assert.False(theirs.IsDisposed);
        Assert.True(theirsScoped.IsDisposed);
        theirs.Dispose();
    }

    [Fact]
    public void Arrays_are_disposed_in_reverse_creation_order_even_when_moved_out_in_another_order()
    {
        var log = new List<int>();
        using (NDArrayScope outer = NDArray.Scope())
        {
            RecordingOwner.CreateArray(log, 1);
            using (NDArrayScope inner = NDArray.Scope())
            {
                NDArray<double> two = RecordingOwner.CreateArray(log, 2);
                NDArray<double> three = RecordingOwner.CreateArray(log, 3);
                RecordingOwner.CreateArray(log, 4);
                inner.MoveToOuter(three);
                inner.MoveToOuter(two);
            }

            Assert.Equal([4], log);
            RecordingOwner.CreateArray(log, 5);
        }

        Assert.Equal([4, 5, 3, 2, 1], log);
    }

    [Fact]
    public void Arrays_disposed_before_the_scope_ends_are_skipped()
    {
        var log = new List<int>();
        using (NDArray.Scope())
        {
            RecordingOwner.CreateArray(log, 1);
            RecordingOwner.CreateArray(log, 2).Dispose();
            RecordingOwner.CreateArray(log, 3);
            Assert.Equal([2], log);
        }

        Assert.Equal([2, 3, 1], log);
    }

    [Fact]
    public void Disposing_a_scope_twice_does_nothing_the_second_time()
    {
        NDArrayScope outer = NDArray.Scope();
        NDArrayScope scope = NDArray.Scope();
        NDArray<int> a = NDArray.Zeros<int>(1);
        scope.Dispose();
        Assert.True(scope.IsDisposed);
        Assert.Equal(0, scope.OwnedCount);
        NDArray<int> b = NDArray.Zeros<int>(1);
        scope.Dispose();
        Assert.Same(outer, NDArrayScope.Current);
        Assert.True(a.IsDisposed);
        Assert.False(b.IsDisposed);
        outer.Dispose();
        Assert.True(b.IsDisposed);
    }

    [Fact]
    public void Disposing_a_scope_while_one_opened_inside_it_is_open_throws_and_changes_nothing()
    {
        NDArrayScope outer = NDArray.Scope();
        NDArray<int> a = NDArray.Zeros<int>(1);
        NDArrayScope middle = NDArray.Scope();
        NDArrayScope inner = NDArray.Scope();

        var e = Assert.Throws<InvalidOperationException>(outer.Dispose);
        Assert.Contains("out of order", e.Message);
        Assert.Contains("2 scope(s) opened inside it are still open", e.Message);
        Assert.False(outer.IsDisposed);
        Assert.False(a.IsDisposed);
        Assert.Same(inner, NDArrayScope.Current);

        inner.Dispose();
        middle.Dispose();
        outer.Dispose();
        Assert.True(a.IsDisposed);
        Assert.Null(NDArrayScope.Current);
    }

    [Fact]
    public void Disposing_or_using_a_scope_on_another_thread_throws_and_changes_nothing()
    {
        NDArrayScope scope = NDArray.Scope();
        NDArray<int> a = NDArray.Zeros<int>(1);

        Exception?[] failures = RunOnNewThread(() => new[]
        {
            Record(scope.Dispose),
            Record(() => scope.MoveToOuter(a)),
            Record(() => scope.Detach(a)),
            Record(() => a.DetachFromScope()),
            Record(() => a.MoveToOuterScope()),
            Record(() => scope.MoveAllToOuter(a)),
        });

        Assert.All(failures, f => Assert.Contains("on another thread", Assert.IsType<InvalidOperationException>(f).Message));
        Assert.False(scope.IsDisposed);
        Assert.True(scope.Owns(a));
        Assert.False(a.IsDisposed);
        scope.Dispose();
        Assert.True(a.IsDisposed);
        RunOnNewThread(() =>
        {
            scope.Dispose(); // already ended: a no-op on any thread
            return 0;
        });
    }

    [Fact]
    public void Using_a_scope_after_it_ended_throws_ObjectDisposedException()
    {
        NDArrayScope scope = NDArray.Scope();
        NDArray<int> a = NDArray.Zeros<int>(1);
        scope.Dispose();
        Assert.Throws<ObjectDisposedException>(() => scope.MoveToOuter(a));
        Assert.Throws<ObjectDisposedException>(() => scope.Detach(a));
        Assert.Throws<ObjectDisposedException>(() => scope.MoveAllToOuter(a));
        Assert.Throws<ObjectDisposedException>(() => scope.DetachAll(a));
        Assert.Same(a, a.DetachFromScope()); // no longer owned by anything
    }

    [Fact]
    public void Null_arrays_are_refused()
    {
        using NDArrayScope scope = NDArray.Scope();
        NDArray<int> a = NDArray.Zeros<int>(1);
        Assert.Throws<ArgumentNullException>(() => scope.MoveToOuter<NDArray>(null!));
        Assert.Throws<ArgumentNullException>(() => scope.Detach<NDArray>(null!));
        Assert.Throws<ArgumentNullException>(() => scope.Owns(null!));
        Assert.Throws<ArgumentNullException>(() => scope.MoveAllToOuter(a, null!));
        Assert.Throws<ArgumentNullException>(() => scope.DetachAll(a, null!));
        Assert.True(scope.Owns(a)); // a null anywhere moves none
    }

    [Fact]
    public void An_array_that_throws_while_being_disposed_does_not_stop_the_others()
    {
        var log = new List<int>();
        NDArrayScope outer = NDArray.Scope();
        NDArrayScope scope = NDArray.Scope();
        NDArray<double> first = RecordingOwner.CreateArray(log, 1);
        RecordingOwner.CreateArray(log, 2, fail: true);
        NDArray<double> third = RecordingOwner.CreateArray(log, 3);

        var e = Assert.Throws<IOException>(scope.Dispose);
        Assert.Equal("release of array 2 failed", e.Message);
        Assert.Equal([3, 2, 1], log);
        Assert.True(first.IsDisposed && third.IsDisposed);
        Assert.True(scope.IsDisposed);
        Assert.Same(outer, NDArrayScope.Current);
        outer.Dispose();
    }

    [Fact]
    public void Several_arrays_that_throw_while_being_disposed_come_back_together()
    {
        var log = new List<int>();
        NDArrayScope scope = NDArray.Scope();
        RecordingOwner.CreateArray(log, 1, fail: true);
        RecordingOwner.CreateArray(log, 2);
        RecordingOwner.CreateArray(log, 3, fail: true);

        var e = Assert.Throws<AggregateException>(scope.Dispose);
        Assert.Equal(["release of array 3 failed", "release of array 1 failed"], e.InnerExceptions.Select(x => x.Message));
        Assert.Contains("2 arrays of an NDArrayScope threw", e.Message);
        Assert.Equal([3, 2, 1], log);
        Assert.Null(NDArrayScope.Current);
    }

    [Fact]
    public void Moving_out_and_detaching_many_arrays_keeps_the_count_and_disposes_the_rest()
    {
        var kept = new List<NDArray<int>>();
        var dropped = new List<NDArray<int>>();
        using (NDArrayScope outer = NDArray.Scope())
        {
            using (NDArrayScope inner = NDArray.Scope())
            {
                for (int i = 0; i < 1000; i++)
                {
                    NDArray<int> a = NDArray.Zeros<int>(1);
                    if (i % 3 == 0)
                    {
                        dropped.Add(a);
                    }
                    else
                    {
                        kept.Add(i % 3 == 1 ? a.DetachFromScope() : a.MoveToOuterScope().DetachFromScope());
                    }
                }

                Assert.Equal(dropped.Count, inner.OwnedCount);
                Assert.Equal(0, outer.OwnedCount);
            }
        }

        Assert.All(dropped, a => Assert.True(a.IsDisposed));
        Assert.All(kept, a => Assert.False(a.IsDisposed));
        kept.ForEach(a => a.Dispose());
    }

    [Fact]
    public void The_documented_pattern_returns_only_the_result()
    {
        using NDArray<double> range = NDArray.Arange<double>(6);
        using NDArray<double> a = range.Reshape(2, 3);
        NDArray<float> result;
        using (NDArrayScope caller = NDArray.Scope())
        {
            result = ReversedColumnsAsFloat32(a);
            Assert.True(caller.Owns(result));
            Assert.Equal(1, caller.OwnedCount);
            Assert.Equal(new float[] { 2, 5, 1, 4, 0, 3 }, result.ToArray<float>());
        }

        Assert.True(result.IsDisposed);
    }

    [Fact]
    public void The_readme_example_disposes_every_temporary()
    {
        using NDArray<double> range = NDArray.Arange<double>(12);
        using NDArray<double> a = range.Reshape(3, 4);
        NDArray<float> kept;
        NDArray<double> t;
        using (NDArrayScope scope = NDArray.Scope())
        {
            t = a.Transpose();                       // views and copies made here...
            NDArray<double> c = t.Copy()["::-1"];    // ...even unnamed ones like t.Copy()...
            kept = c.AsType<float>().MoveToOuterScope(); // ...are disposed, except what is moved out
        }

        Assert.True(t.IsDisposed);
        Assert.False(kept.IsDisposed);
        Assert.Equal(11f, kept[0, 2]);
        kept.Dispose();

        using (NDArrayScope caller = NDArray.Scope())
        {
            NDArray<float> result = ReadmeReversedColumnsAsFloat32(a);
            Assert.Equal(1, caller.OwnedCount);
            Assert.Equal(new float[] { 3, 7, 11, 2, 6, 10, 1, 5, 9, 0, 4, 8 }, result.ToArray<float>());
        }
    }

    private static NDArray<float> ReversedColumnsAsFloat32(NDArray<double> a)
    {
        using var scope = NDArray.Scope();
        NDArray<double> t = a.Transpose();           // a view, owned by the scope
        NDArray<double> r = t["::-1"];               // another view, owned by the scope
        NDArray<float> result = r.AsType<float>();   // a copy, owned until moved out
        return scope.MoveToOuter(result);            // t and r are disposed; result is the caller's
    }

    /// <summary>The README's version of the pattern, verbatim.</summary>
    private static NDArray<float> ReadmeReversedColumnsAsFloat32(NDArray<double> a)
    {
        using var scope = NDArray.Scope();
        NDArray<double> r = a.Transpose()["::-1"];   // two views, both owned by the scope
        return scope.MoveToOuter(r.AsType<float>()); // the copy goes to the caller's scope (or none)
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static T RunOnNewThread<T>(Func<T> body)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = body();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("the other thread failed", failure);
        }

        return result;
    }
}

using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// A memory-mapped array handed to the embedded NumPy with <see cref="NumPy.ToNumPy"/>: NumPy views
/// the mapped file itself, keeps the mapping alive after the .NET array is disposed, sees the mode's
/// WRITEABLE flag, and the mapping is unmapped once NumPy lets go too.
/// </summary>
[Collection(PythonCollection.Name)]
public class NpyMmapLiveTests
{
    static NpyMmapLiveTests() => Python.Initialize();

    private static bool IsMapped(string path) =>
        File.ReadAllLines("/proc/self/maps").Any(line => line.EndsWith(" " + path, StringComparison.Ordinal));

    [Theory]
    [InlineData(MmapMode.ReadOnly, "C")]
    [InlineData(MmapMode.ReadWrite, "C")]
    [InlineData(MmapMode.CopyOnWrite, "C")]
    [InlineData(MmapMode.ReadWrite, "F")]
    [InlineData(MmapMode.CopyOnWrite, "F")]
    public void NumPy_views_the_mapping_and_keeps_it_alive_after_the_dotnet_array_is_disposed(MmapMode mode, string order)
    {
        string dir = Path.Combine(Path.GetTempPath(), "ab_mmap_live_" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string path = Path.Combine(dir, "a.npy");
            using (NDArray<double> values = NDArray.Arange<double>(12))
            using (NDArray grid = values.Reshape(3, 4))
            using (NDArray seed = grid.Copy(order == "F" ? ArrayOrder.F : ArrayOrder.C))
            {
                NDArray.Save(path, seed);
            }

            byte[] before = File.ReadAllBytes(path);
            NDArray a = NDArray.Load(path, mode);
            ArrayMemory memory = a.Memory;
            nint address = a.DataPointer;
            PyObject p = NumPy.ToNumPy(a);
            a.Dispose();
            Assert.False(memory.IsReleased);
            Assert.True(IsMapped(path));

            using (var scope = new PyScope(("p", p), ("address", (long)address)))
            {
                scope.Exec(
                    "ok = p.ctypes.data == address and p.shape == (3, 4) and (p == np.arange(12.0).reshape(3, 4)).all()\n" +
                    "order_ok = p.flags.f_contiguous if " + (order == "F" ? "True" : "False") + " else p.flags.c_contiguous\n" +
                    "writeable = p.flags.writeable\n" +
                    "try:\n" +
                    "    p[2, 3] = 99.0\n" +
                    "    error = ''\n" +
                    "except ValueError as e:\n" +
                    "    error = str(e)\n");
                Assert.True(scope.Eval<bool>("bool(ok and order_ok)"));
                Assert.Equal(mode != MmapMode.ReadOnly, scope.Eval<bool>("writeable"));
                Assert.Equal(mode == MmapMode.ReadOnly ? "assignment destination is read-only" : "", scope.Eval<string>("error"));
                if (mode != MmapMode.ReadOnly)
                {
                    Assert.Equal(99.0, scope.Eval<double>("float(p[2, 3])"));
                }
            }

            Assert.False(memory.IsReleased, "the NumPy array still holds the mapping");
            p.Dispose();
            Assert.True(memory.IsReleased);
            Assert.False(IsMapped(path));

            byte[] after = File.ReadAllBytes(path);
            if (mode == MmapMode.ReadWrite)
            {
                using var loaded = (NDArray<double>)NDArray.Load(path);
                Assert.Equal(99.0, loaded.At(2, 3));
                Assert.Equal(5.0, loaded.At(1, 1));
            }
            else
            {
                Assert.Equal(before, after);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

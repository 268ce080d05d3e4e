using NumPyC = ArrayBridge.Native.Interop.NumPy;

namespace ArrayBridge.Tests;

/// <summary>
/// Every way an NDArray reaches Python refuses more dimensions than the running NumPy supports
/// (NumPy 1.x: 32; its <c>__array_interface__</c> reader overflows a stack array past that), with
/// NumPy's message, and takes every rank up to the limit.
/// </summary>
[Collection(PythonCollection.Name)]
public class NumPyLimitsTests
{
    public NumPyLimitsTests()
    {
        using GilScope gil = Python.Gil();
        NumPyApi.EnsureLoaded();
    }

    /// <summary>The export paths: .NET calls, and Python code run on <c>x = PythonArrays.Export(a)</c>.</summary>
    public enum ExportPath
    {
        ToNumPy,
        ToDLPack,
        ToDLPackVersioned,
        ToMemoryView,
        PythonMemoryView,
        PythonArrayInterface,
        PythonAsArray,
        PythonDLPack,
        PythonDLPackVersioned,
        PythonFromDLPack,
    }

    public static TheoryData<ExportPath, int> PathsAndRanks()
    {
        var data = new TheoryData<ExportPath, int>();
        foreach (ExportPath path in Enum.GetValues<ExportPath>())
        {
            for (int rank = 30; rank <= NDArray.MaxDimensions; rank++)
            {
                data.Add(path, rank);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PathsAndRanks))]
    public void Exports_refuse_more_dimensions_than_the_running_numpy_and_take_the_rest(ExportPath path, int rank)
    {
        // Values 0..5 in a (2, 1, ..., 1, 3) array: every rank holds the same data.
        nint[] shape = [2, .. Enumerable.Repeat((nint)1, rank - 2), 3];
        using NDArray a = NDArray.Arange<double>(6).Reshape(shape);
        string refusal = $"maximum supported dimension for an ndarray is {NumPyC.MaxDims}, found {rank}";
        bool refused = rank > NumPyC.MaxDims;

        switch (path)
        {
            case ExportPath.ToNumPy:
                if (refused)
                {
                    var e = Assert.Throws<ArgumentException>(() => NumPy.ToNumPy(a));
                    Assert.StartsWith(refusal, e.Message);
                    Assert.Equal("array", e.ParamName);
                }
                else
                {
                    using PyObject p = NumPy.ToNumPy(a);
                    AssertHoldsTheValues(p, rank);
                }

                break;

            case ExportPath.ToDLPack or ExportPath.ToDLPackVersioned:
                bool versioned = path == ExportPath.ToDLPackVersioned;
                if (refused)
                {
                    var e = Assert.Throws<BufferRefusedException>(() => PythonArrays.ToDLPack(a, versioned));
                    Assert.Equal(refusal, e.Message);
                }
                else
                {
                    using PyObject capsule = PythonArrays.ToDLPack(a, versioned);
                    using NDArray back = PythonArrays.Import(capsule);
                    Assert.Equal(rank, back.NDim);
                    Assert.Equal(a.ToArray<double>(), back.ToArray<double>());
                }

                break;

            case ExportPath.ToMemoryView:
                if (refused)
                {
                    var e = Assert.Throws<PythonException>(() => PythonArrays.ToMemoryView(a));
                    Assert.Equal("BufferError", e.PythonTypeName);
                    Assert.Equal(refusal, e.PythonMessage);
                }
                else
                {
                    using PyObject view = PythonArrays.ToMemoryView(a);
                    Assert.Equal(rank, view.GetAttr("ndim").As<int>());
                    Assert.Equal("[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]", view.Invoke("cast", "B").Invoke("cast", "d").Invoke("tolist").Repr());
                }

                break;

            default:
                using (PyObject x = PythonArrays.Export(a))
                using (var scope = new PyScope(("x", x)))
                {
                    (string code, string error) = path switch
                    {
                        ExportPath.PythonMemoryView => ("r = np.asarray(memoryview(x))", "BufferError"),
                        ExportPath.PythonArrayInterface => ("i = type('I', (), {})(); i.__array_interface__ = x.__array_interface__; r = np.asarray(i)", "ValueError"),
                        ExportPath.PythonAsArray => ("r = np.asarray(x)", "ValueError"),
                        ExportPath.PythonDLPack => ("r = x.__dlpack__(); r = np.from_dlpack(x)", "BufferError"),
                        ExportPath.PythonDLPackVersioned => ("r = x.__dlpack__(max_version=(1, 0)); r = np.asarray(x)", "BufferError"),
                        _ => ("r = np.from_dlpack(x)", "BufferError"),
                    };
                    PythonException? e = scope.Raises(code);
                    if (refused)
                    {
                        Assert.NotNull(e);
                        Assert.Equal(error, e.PythonTypeName);
                        Assert.Equal(refusal, e.PythonMessage);
                    }
                    else
                    {
                        Assert.Null(e);
                        AssertHoldsTheValues(scope.Get("r"), rank);
                    }
                }

                break;
        }
    }

    private static void AssertHoldsTheValues(PyObject numpyArray, int rank)
    {
        using (numpyArray)
        {
            Assert.Equal(rank, numpyArray.GetAttr("ndim").As<int>());
            Assert.Equal("[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]", numpyArray.Invoke("ravel").Invoke("tolist").Repr());
        }
    }
}

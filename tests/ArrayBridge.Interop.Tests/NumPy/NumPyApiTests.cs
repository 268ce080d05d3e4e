using System.Runtime.InteropServices;
using CPython = ArrayBridge.Native.Interop.Python;
using NumPyC = ArrayBridge.Native.Interop.NumPy;

namespace ArrayBridge.Tests;

[Collection(PythonCollection.Name)]
public unsafe class NumPyApiTests
{
    public NumPyApiTests() => NumPyApi.EnsureLoaded();

    [Fact]
    public void The_C_API_table_loads_and_reports_the_installed_numpy_abi()
    {
        string version = Python.Environment.NumPyVersion!;

        Assert.True(NumPyC.IsLoaded);
        Assert.True(NumPyC.Api != null);
        if (version.StartsWith("1.", StringComparison.Ordinal))
        {
            Assert.Equal(0x01000009u, NumPyC.AbiVersion);
            Assert.False(NumPyC.UsesNumPy2DescrLayout);
            Assert.Equal(32, NumPyC.MaxDims);
            if (version.StartsWith("1.23.", StringComparison.Ordinal) || version.StartsWith("1.24.", StringComparison.Ordinal))
            {
                Assert.Equal(0x10u, NumPyC.FeatureVersion);
            }
        }
        else
        {
            Assert.Equal(0x02000000u, NumPyC.AbiVersion);
            Assert.True(NumPyC.UsesNumPy2DescrLayout);
        }

        Assert.Equal(NumPyC.AbiVersion, NumPyC.PyArray_GetNDArrayCVersion());
        Assert.Equal(NumPyC.FeatureVersion, NumPyC.PyArray_GetNDArrayCFeatureVersion());
        Assert.Equal(NumPyC.NPY_CPU_LITTLE, NumPyC.PyArray_GetEndianness());
    }

    [Fact]
    public void DescrFromType_double_has_elsize_8_through_the_layout_accessor()
    {
        using (Python.Gil())
        {
            using NewReference reference = NumPyC.PyArray_DescrFromType(NumPyC.NPY_DOUBLE);
            nint descr = reference.DangerousGetAddress();
            Assert.NotEqual(0, descr);
            Assert.True(NumPyC.PyArray_DescrCheck(reference));
            Assert.Equal(8, NumPyC.PyDataType_ELSIZE(descr));
            Assert.Equal(8, NumPyC.PyDataType_ALIGNMENT(descr));
            Assert.Equal(NumPyC.NPY_DOUBLE, NumPyC.PyDataType_TYPENUM(descr));
            Assert.Equal('f', NumPyC.PyDataType_KIND(descr));
            Assert.Equal('d', NumPyC.PyDataType_TYPE(descr));
            Assert.Equal('=', NumPyC.PyDataType_BYTEORDER(descr));
        }
    }

    [Theory]
    [InlineData(NumPyC.NPY_BOOL, 1)]
    [InlineData(NumPyC.NPY_SHORT, 2)]
    [InlineData(NumPyC.NPY_FLOAT, 4)]
    [InlineData(NumPyC.NPY_CDOUBLE, 16)]
    [InlineData(NumPyC.NPY_HALF, 2)]
    public void Descriptor_item_sizes_match_numpy(int typeNumber, int itemSize)
    {
        using (Python.Gil())
        {
            using PyObject dtype = PyObject.Steal(NumPyC.PyArray_DescrFromType(typeNumber).Steal());
            nint descr = dtype.Handle;

            Assert.Equal(itemSize, NumPyC.PyDataType_ELSIZE(descr));
            Assert.Equal(itemSize, dtype.GetAttr("itemsize").As<int>());
            Assert.Equal(typeNumber, dtype.GetAttr("num").As<int>());
        }
    }

    [Fact]
    public void An_array_over_native_memory_exposes_its_fields_through_the_layout_accessors()
    {
        double* data = (double*)NativeMemory.AlignedAlloc(6 * sizeof(double), 64);
        try
        {
            for (int i = 0; i < 6; i++)
            {
                data[i] = i + 1;
            }

            using (Python.Gil())
            {
                nint* dims = stackalloc nint[] { 2, 3 };
                using PyObject array = PyObject.Steal(NumPyC.PyArray_SimpleNewFromData(2, dims, NumPyC.NPY_DOUBLE, data).Steal());
                nint raw = array.Handle;

                Assert.True(NumPyC.PyArray_Check(array.Reference));
                Assert.Equal(2, NumPyC.PyArray_NDIM(raw));
                Assert.Equal(2, NumPyC.PyArray_DIMS(raw)[0]);
                Assert.Equal(3, NumPyC.PyArray_DIMS(raw)[1]);
                Assert.Equal(24, NumPyC.PyArray_STRIDES(raw)[0]);
                Assert.Equal(8, NumPyC.PyArray_STRIDES(raw)[1]);
                Assert.Equal((nint)data, (nint)NumPyC.PyArray_DATA(raw));
                Assert.Equal(0, NumPyC.PyArray_BASE(raw));
                Assert.Equal(8, NumPyC.PyDataType_ELSIZE(NumPyC.PyArray_DESCR(raw)));
                int flags = NumPyC.PyArray_FLAGS(raw);
                Assert.Equal(NumPyC.NPY_ARRAY_CARRAY, flags & NumPyC.NPY_ARRAY_CARRAY);
                Assert.Equal(0, flags & NumPyC.NPY_ARRAY_OWNDATA);

                Assert.Equal(21.0, array.Invoke("sum").As<double>());
                Assert.Equal("(2, 3)", array.GetAttr("shape").Repr());
                array[(1, 2)] = PyObject.From(42.0);
                Assert.Equal(42.0, data[5]); // no copy: Python wrote our memory

                using PyObject transposed = array.GetAttr("T");
                Assert.Equal(raw, NumPyC.PyArray_BASE(transposed.Handle));
                Assert.Equal(8, NumPyC.PyArray_STRIDES(transposed.Handle)[0]);
            }
        }
        finally
        {
            NativeMemory.AlignedFree(data);
        }
    }
}

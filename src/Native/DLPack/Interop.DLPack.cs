using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    /// <summary>
    /// DLPack's C ABI (<c>dlpack.h</c>, v0.x for <c>DLManagedTensor</c> and v1.0 for
    /// <c>DLManagedTensorVersioned</c>): the structs a <c>"dltensor"</c> or <c>"dltensor_versioned"</c>
    /// capsule points at, their device and type codes, and the capsule names of the Python exchange
    /// protocol (<c>__dlpack__</c>). The structs are sequential mirrors of the C declarations, so they
    /// follow the platform's C layout; the sizes and offsets quoted are a 64-bit process's.
    /// </summary>
    internal static unsafe class DLPack
    {
        // ---- DLDeviceType ----

        /// <summary><c>kDLCPU</c>: host memory.</summary>
        internal const int kDLCPU = 1;

        /// <summary><c>kDLCUDA</c>: CUDA device memory.</summary>
        internal const int kDLCUDA = 2;

        /// <summary><c>kDLCUDAHost</c>: pinned CUDA host memory (readable from the CPU).</summary>
        internal const int kDLCUDAHost = 3;

        /// <summary><c>kDLOpenCL</c>.</summary>
        internal const int kDLOpenCL = 4;

        /// <summary><c>kDLVulkan</c>.</summary>
        internal const int kDLVulkan = 7;

        /// <summary><c>kDLMetal</c>.</summary>
        internal const int kDLMetal = 8;

        /// <summary><c>kDLVPI</c>.</summary>
        internal const int kDLVPI = 9;

        /// <summary><c>kDLROCM</c>.</summary>
        internal const int kDLROCM = 10;

        /// <summary><c>kDLROCMHost</c>: pinned ROCm host memory (readable from the CPU).</summary>
        internal const int kDLROCMHost = 11;

        /// <summary><c>kDLExtDev</c>.</summary>
        internal const int kDLExtDev = 12;

        /// <summary><c>kDLCUDAManaged</c>: CUDA unified memory (readable from the CPU).</summary>
        internal const int kDLCUDAManaged = 13;

        /// <summary><c>kDLOneAPI</c>.</summary>
        internal const int kDLOneAPI = 14;

        // ---- DLDataTypeCode ----

        /// <summary><c>kDLInt</c>: signed integer.</summary>
        internal const byte kDLInt = 0;

        /// <summary><c>kDLUInt</c>: unsigned integer.</summary>
        internal const byte kDLUInt = 1;

        /// <summary><c>kDLFloat</c>: IEEE floating point.</summary>
        internal const byte kDLFloat = 2;

        /// <summary><c>kDLOpaqueHandle</c>.</summary>
        internal const byte kDLOpaqueHandle = 3;

        /// <summary><c>kDLBfloat</c>: bfloat16.</summary>
        internal const byte kDLBfloat = 4;

        /// <summary><c>kDLComplex</c>: complex of two IEEE floats.</summary>
        internal const byte kDLComplex = 5;

        /// <summary><c>kDLBool</c> (DLPack 0.8+): one byte, 0 or 1.</summary>
        internal const byte kDLBool = 6;

        // ---- DLManagedTensorVersioned.flags ----

        /// <summary><c>DLPACK_FLAG_BITMASK_READ_ONLY</c>: the consumer must not write.</summary>
        internal const ulong DLPACK_FLAG_BITMASK_READ_ONLY = 1UL << 0;

        /// <summary><c>DLPACK_FLAG_BITMASK_IS_COPIED</c>: the producer made a copy for this export.</summary>
        internal const ulong DLPACK_FLAG_BITMASK_IS_COPIED = 1UL << 1;

        /// <summary><c>DLPACK_MAJOR_VERSION</c> of the versioned struct ArrayBridge produces and reads.</summary>
        internal const uint DLPACK_MAJOR_VERSION = 1;

        /// <summary><c>DLPACK_MINOR_VERSION</c> ArrayBridge produces.</summary>
        internal const uint DLPACK_MINOR_VERSION = 0;

        /// <summary><c>DLDevice</c>: <c>{ DLDeviceType device_type; int32_t device_id; }</c> (8 bytes).</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct DLDevice
        {
            public int device_type;
            public int device_id;
        }

        /// <summary><c>DLDataType</c>: <c>{ uint8_t code; uint8_t bits; uint16_t lanes; }</c> (4 bytes).</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct DLDataType
        {
            public byte code;
            public byte bits;
            public ushort lanes;
        }

        /// <summary>
        /// <c>DLTensor</c> (48 bytes): data @0, device @8, ndim @16, dtype @20, shape @24, strides @32
        /// (in elements; NULL means compact row-major), byte_offset @40.
        /// </summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct DLTensor
        {
            public void* data;
            public DLDevice device;
            public int ndim;
            public DLDataType dtype;
            public long* shape;
            public long* strides;
            public ulong byte_offset;
        }

        /// <summary><c>DLManagedTensor</c> (64 bytes): dl_tensor @0, manager_ctx @48, deleter @56.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct DLManagedTensor
        {
            public DLTensor dl_tensor;
            public void* manager_ctx;
            public delegate* unmanaged<DLManagedTensor*, void> deleter;
        }

        /// <summary><c>DLPackVersion</c>: <c>{ uint32_t major; uint32_t minor; }</c>.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct DLPackVersion
        {
            public uint major;
            public uint minor;
        }

        /// <summary>
        /// <c>DLManagedTensorVersioned</c> (80 bytes): version @0, manager_ctx @8, deleter @16,
        /// flags @24, dl_tensor @32.
        /// </summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct DLManagedTensorVersioned
        {
            public DLPackVersion version;
            public void* manager_ctx;
            public delegate* unmanaged<DLManagedTensorVersioned*, void> deleter;
            public ulong flags;
            public DLTensor dl_tensor;
        }

        /// <summary><c>"dltensor"</c>: a capsule holding an unconsumed <c>DLManagedTensor*</c>.</summary>
        internal static readonly byte* CapsuleName = Permanent("dltensor"u8);

        /// <summary><c>"used_dltensor"</c>: the name a consumer gives the capsule once it owns the tensor.</summary>
        internal static readonly byte* UsedCapsuleName = Permanent("used_dltensor"u8);

        /// <summary><c>"dltensor_versioned"</c>: a capsule holding an unconsumed <c>DLManagedTensorVersioned*</c>.</summary>
        internal static readonly byte* VersionedCapsuleName = Permanent("dltensor_versioned"u8);

        /// <summary><c>"used_dltensor_versioned"</c>.</summary>
        internal static readonly byte* UsedVersionedCapsuleName = Permanent("used_dltensor_versioned"u8);

        /// <summary>The device name DLPack's headers use for a <c>DLDeviceType</c> (for messages).</summary>
        internal static string DeviceName(int deviceType) => deviceType switch
        {
            kDLCPU => "kDLCPU",
            kDLCUDA => "kDLCUDA",
            kDLCUDAHost => "kDLCUDAHost",
            kDLOpenCL => "kDLOpenCL",
            kDLVulkan => "kDLVulkan",
            kDLMetal => "kDLMetal",
            kDLVPI => "kDLVPI",
            kDLROCM => "kDLROCM",
            kDLROCMHost => "kDLROCMHost",
            kDLExtDev => "kDLExtDev",
            kDLCUDAManaged => "kDLCUDAManaged",
            kDLOneAPI => "kDLOneAPI",
            _ => "device type " + deviceType,
        };

        /// <summary>Whether host code can read memory of this device type (CPU, pinned and managed host memory), as NumPy's <c>from_dlpack</c> accepts.</summary>
        internal static bool IsHostAccessible(int deviceType) =>
            deviceType is kDLCPU or kDLCUDAHost or kDLROCMHost or kDLCUDAManaged;

        /// <summary>A NUL-terminated copy that lives for the process (capsules keep name pointers).</summary>
        private static byte* Permanent(ReadOnlySpan<byte> text)
        {
            byte* p = (byte*)NativeMemory.Alloc((nuint)text.Length + 1);
            text.CopyTo(new Span<byte>(p, text.Length));
            p[text.Length] = 0;
            return p;
        }
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// The FPU's sticky exception flags of the current thread (x86's MXCSR and x87 status word, ARM's
/// FPSR), read and cleared through the C library, as NumPy's <c>npy_get_floatstatus</c> and
/// <c>npy_clear_floatstatus</c> do.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Linux, macOS and other Unix: C99 <c>fetestexcept</c>/<c>feclearexcept</c>, found in the
/// process's global scope (musl's libc) or in <c>libm.so.6</c> (glibc, which exports them from libm,
/// not libc) or <c>libSystem.B.dylib</c>. The <c>FE_*</c> bits differ per architecture: x86 and x64
/// put invalid at 0x01, divide-by-zero 0x04, overflow 0x08, underflow 0x10; ARM and ARM64 invalid
/// 0x01, divide-by-zero 0x02, overflow 0x04, underflow 0x08 (the FPSR's cumulative bits); RISC-V and
/// LoongArch have their own.</item>
/// <item>Windows: the UCRT's <c>_clearfp</c>, whose <c>_SW_*</c> status bits are the same on every
/// architecture and which reads and clears in one call.</item>
/// </list>
/// The functions are bound once through <see cref="NativeLibrary"/> as unmanaged function pointers
/// (no reflection, so trimming and Native AOT keep them) and called without a GC transition: they only
/// read or write a control register. Binding ends with a self-test that divides by zero, overflows,
/// underflows and computes 0/0 and requires exactly the matching flag each time. Where no library
/// exports the functions, the architecture's bits are unknown, or the self-test fails (an emulator
/// that does not track the flags), <see cref="IsAvailable"/> is false and only the software flags of
/// <see cref="FloatingPointStatus"/> are reported: integer errors still warn or raise, floating-point
/// ones do not.
/// </remarks>
internal static unsafe class FloatingPointHardware
{
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<int, int> s_fetestexcept;
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<int, int> s_feclearexcept;
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<uint> s_clearfp;

    // The native bits of divide, over, under and invalid, and their union (inexact is never read).
    private static readonly int s_divide, s_overflow, s_underflow, s_invalid, s_mask;

    // The self-test needs real instructions: operands in a heap array, which neither the JIT nor Native
    // AOT's compiler can fold (Native AOT folds static fields that are never written after
    // initialization, and then 1.0 / 0.0 raises nothing at run time), and a result that cannot be dropped.
    private static double[]? s_operands;
    private static double s_sink;

    static FloatingPointHardware()
    {
        Description = Bind(out nint test, out nint clear, out nint clearfp, out (int Divide, int Overflow, int Underflow, int Invalid) bits);
        s_fetestexcept = (delegate* unmanaged[Cdecl, SuppressGCTransition]<int, int>)test;
        s_feclearexcept = (delegate* unmanaged[Cdecl, SuppressGCTransition]<int, int>)clear;
        s_clearfp = (delegate* unmanaged[Cdecl, SuppressGCTransition]<uint>)clearfp;
        (s_divide, s_overflow, s_underflow, s_invalid) = bits;
        s_mask = bits.Divide | bits.Overflow | bits.Underflow | bits.Invalid;
        if (IsAvailable && SelfTest() is { } failure)
        {
            s_fetestexcept = null;
            s_feclearexcept = null;
            s_clearfp = null;
            s_mask = 0;
            Description = $"software flags only: {Description} failed its self-test ({failure})";
        }
    }

    /// <summary>Whether the FPU's flags are read; false means only software flags are reported.</summary>
    internal static bool IsAvailable => s_mask != 0;

    /// <summary>Which functions are used, or why none is.</summary>
    internal static string Description { get; }

    /// <summary>Clears this thread's divide-by-zero, overflow, underflow and invalid flags.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Clear()
    {
        if (s_fetestexcept != null)
        {
            // Testing is a register read; clearing rewrites the x87 environment too, so only when needed.
            if (s_fetestexcept(s_mask) != 0)
            {
                s_feclearexcept(s_mask);
            }
        }
        else if (s_clearfp != null)
        {
            s_clearfp();
        }
    }

    /// <summary>This thread's raised flags, which are then cleared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static FloatingPointFlags ReadAndClear()
    {
        int raised;
        if (s_fetestexcept != null)
        {
            raised = s_fetestexcept(s_mask);
            if (raised == 0)
            {
                return FloatingPointFlags.None;
            }

            s_feclearexcept(raised);
        }
        else if (s_clearfp != null)
        {
            raised = (int)s_clearfp() & s_mask;
        }
        else
        {
            return FloatingPointFlags.None;
        }

        return Map(raised);
    }

    private static FloatingPointFlags Map(int raised)
    {
        var flags = FloatingPointFlags.None;
        if ((raised & s_divide) != 0)
        {
            flags |= FloatingPointFlags.DivideByZero;
        }

        if ((raised & s_overflow) != 0)
        {
            flags |= FloatingPointFlags.Overflow;
        }

        if ((raised & s_underflow) != 0)
        {
            flags |= FloatingPointFlags.Underflow;
        }

        if ((raised & s_invalid) != 0)
        {
            flags |= FloatingPointFlags.Invalid;
        }

        return flags;
    }

    private static string Bind(out nint test, out nint clear, out nint clearfp, out (int Divide, int Overflow, int Underflow, int Invalid) bits)
    {
        (test, clear, clearfp, bits) = (0, 0, 0, default);
        if (OperatingSystem.IsWindows())
        {
            if (!NativeLibrary.TryLoad("ucrtbase.dll", out nint ucrt) || !NativeLibrary.TryGetExport(ucrt, "_clearfp", out clearfp))
            {
                return "software flags only: ucrtbase.dll does not export _clearfp";
            }

            // _SW_ZERODIVIDE, _SW_OVERFLOW, _SW_UNDERFLOW, _SW_INVALID (float.h), on every architecture.
            bits = (0x08, 0x04, 0x02, 0x10);
            return "_clearfp (ucrtbase.dll)";
        }

        Architecture architecture = RuntimeInformation.ProcessArchitecture;
        (int Divide, int Overflow, int Underflow, int Invalid) native = architecture switch
        {
            Architecture.X64 or Architecture.X86 => (0x04, 0x08, 0x10, 0x01),
            Architecture.Arm64 or Architecture.Arm => (0x02, 0x04, 0x08, 0x01),
            Architecture.RiscV64 => (0x08, 0x04, 0x02, 0x10),
            Architecture.LoongArch64 => (0x080000, 0x040000, 0x020000, 0x100000),
            _ => (0, 0, 0, 0),
        };
        if (native.Divide == 0)
        {
            return $"software flags only: the FE_* constants of {architecture} are not known";
        }

        foreach (string name in (ReadOnlySpan<string>)["", "libm.so.6", "/usr/lib/libSystem.B.dylib"])
        {
            nint library = name.Length == 0 ? NativeLibrary.GetMainProgramHandle() : NativeLibrary.TryLoad(name, out nint loaded) ? loaded : 0;
            if (library != 0
                && NativeLibrary.TryGetExport(library, "fetestexcept", out nint testExport)
                && NativeLibrary.TryGetExport(library, "feclearexcept", out nint clearExport))
            {
                (test, clear, bits) = (testExport, clearExport, native);
                return $"fetestexcept/feclearexcept ({(name.Length == 0 ? "the process's global scope" : name)}, {architecture})";
            }
        }

        return "software flags only: no fetestexcept/feclearexcept in the process, libm.so.6 or libSystem";
    }

    // Null when each probe raises exactly its flag; otherwise what went wrong.
    private static string? SelfTest()
    {
        // Flags the calling thread had already raised are raised again afterwards, by the same operations.
        s_operands = [1.0, 0.0, 1e308, 10.0, 1e-308, 1e10];
        FloatingPointFlags before = ReadAndClear();
        string? failure = null;
        Probe(-1);
        if (ReadAndClear() is var quiet && quiet != FloatingPointFlags.None)
        {
            failure = $"1 + 1 raised {quiet}";
        }

        for (int category = 0; category < 4 && failure is null; category++)
        {
            Probe(category);
            var expected = (FloatingPointFlags)(1 << category);
            if (ReadAndClear() is var seen && seen != expected)
            {
                failure = $"the {expected} probe raised {seen}";
            }
        }

        for (int category = 0; category < 4; category++)
        {
            if (((int)before & (1 << category)) != 0)
            {
                Probe(category);
            }
        }

        return failure;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Probe(int category)
    {
        double[] x = s_operands!;
        Volatile.Write(ref s_sink, category switch
        {
            0 => x[0] / x[1],
            1 => x[2] * x[3],
            2 => x[4] / x[5],
            3 => x[1] / x[1],
            _ => x[0] + x[0],
        });
    }
}

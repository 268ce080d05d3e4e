using System.Runtime.InteropServices;

namespace ArrayBridge.Tests;

/// <summary>
/// The FPU's sticky flags, as <see cref="FloatingPointStatus"/> reads them: JIT-compiled .NET code
/// raises them, reading clears them, and they belong to the thread.
/// </summary>
public class FloatingPointHardwareTests
{
    public static TheoryData<string> CaseNames => new(FloatingPointProbe.Cases.Select(c => c.Name));

    // Where the flags must be read: the platforms ArrayBridge is built and tested for.
    private static bool IsTargetPlatform =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    [Fact]
    public void The_flags_are_read_from_the_fpu_on_x64_and_arm64()
    {
        if (IsTargetPlatform)
        {
            Assert.True(FloatingPointHardware.IsAvailable, FloatingPointHardware.Description);
        }

        Assert.Equal(FloatingPointHardware.IsAvailable, !FloatingPointHardware.Description.StartsWith("software flags only", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Jit_compiled_double_arithmetic_raises_the_flag_NumPy_reports(string name)
    {
        var (_, a, b, flag) = FloatingPointProbe.Cases.Single(c => c.Name == name);
        FloatingPointStatus.Clear();
        FloatingPointProbe.Run(name, a, b);
        FloatingPointFlags seen = FloatingPointStatus.Read();
        // Without the FPU's flags (an unknown platform) nothing is seen: degraded, never wrong.
        Assert.Equal(FloatingPointHardware.IsAvailable ? flag : FloatingPointFlags.None, seen);
    }

    [Theory]
    [InlineData("1.0 / 0.0", 1f, 0f, FloatingPointFlags.DivideByZero)]
    [InlineData("3e38 * 10", 3e38f, 10f, FloatingPointFlags.Overflow)]
    [InlineData("1e-38 / 1e10", 1e-38f, 1e10f, FloatingPointFlags.Underflow)]
    [InlineData("0.0 / 0.0", 0f, 0f, FloatingPointFlags.Invalid)]
    [InlineData("sqrt(-1)", -1f, 0f, FloatingPointFlags.Invalid)]
    [InlineData("1.0 / 3.0", 1f, 3f, FloatingPointFlags.None)]
    public void Jit_compiled_single_arithmetic_raises_the_flag_NumPy_reports(string name, float a, float b, FloatingPointFlags flag)
    {
        FloatingPointStatus.Clear();
        FloatingPointProbe.RunSingle(name, a, b);
        Assert.Equal(FloatingPointHardware.IsAvailable ? flag : FloatingPointFlags.None, FloatingPointStatus.Read());
    }

    [Fact]
    public void Flags_accumulate_until_read_and_reading_clears_them()
    {
        FloatingPointStatus.Clear();
        FloatingPointProbe.Run("1.0 / 0.0", 1.0, 0.0);
        FloatingPointProbe.Run("2.0 * 3.0", 2.0, 3.0);
        FloatingPointProbe.Run("0.0 / 0.0", 0.0, 0.0);
        FloatingPointFlags expected = FloatingPointHardware.IsAvailable ? FloatingPointFlags.DivideByZero | FloatingPointFlags.Invalid : FloatingPointFlags.None;
        Assert.Equal(expected, FloatingPointStatus.Read());
        Assert.Equal(FloatingPointFlags.None, FloatingPointStatus.Read());
    }

    [Fact]
    public void Clear_discards_flags_raised_before_it()
    {
        FloatingPointProbe.Run("1e308 * 10", 1e308, 10.0);
        FloatingPointStatus.SetInvalid();
        FloatingPointStatus.Clear();
        FloatingPointProbe.Run("2.0 * 3.0", 2.0, 3.0);
        Assert.Equal(FloatingPointFlags.None, FloatingPointStatus.Read());
    }

    [Fact]
    public void Each_thread_reads_only_its_own_flags()
    {
        FloatingPointStatus.Clear();
        FloatingPointFlags other = FloatingPointFlags.None;
        var thread = new Thread(() =>
        {
            FloatingPointStatus.Clear();
            FloatingPointProbe.Run("1.0 / 0.0", 1.0, 0.0);
            FloatingPointStatus.SetOverflow();
            other = FloatingPointStatus.Read();
        });
        thread.Start();
        thread.Join();
        FloatingPointFlags hardware = FloatingPointHardware.IsAvailable ? FloatingPointFlags.DivideByZero : FloatingPointFlags.None;
        Assert.Equal(hardware | FloatingPointFlags.Overflow, other);
        Assert.Equal(FloatingPointFlags.None, FloatingPointStatus.Read());
    }

    public static TheoryData<string> SetterNames => new(["SetDivideByZero", "SetOverflow", "SetInvalid"]);

    [Theory]
    [MemberData(nameof(SetterNames))]
    public void Software_flags_are_reported_with_the_hardware_flags_and_cleared_by_read(string setter)
    {
        (Action set, FloatingPointFlags flag) = setter switch
        {
            "SetDivideByZero" => ((Action)FloatingPointStatus.SetDivideByZero, FloatingPointFlags.DivideByZero),
            "SetOverflow" => (FloatingPointStatus.SetOverflow, FloatingPointFlags.Overflow),
            _ => (FloatingPointStatus.SetInvalid, FloatingPointFlags.Invalid),
        };
        FloatingPointStatus.Clear();
        set();
        set();
        Assert.Equal(flag, FloatingPointStatus.Read());
        Assert.Equal(FloatingPointFlags.None, FloatingPointStatus.Read());

        // Together with an FPU flag of another category.
        FloatingPointStatus.Clear();
        set();
        FloatingPointProbe.Run("1e-308 / 1e10", 1e-308, 1e10);
        Assert.Equal(flag | (FloatingPointHardware.IsAvailable ? FloatingPointFlags.Underflow : FloatingPointFlags.None), FloatingPointStatus.Read());
    }
}

using System.Diagnostics;
using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// The fixed-capacity unsigned big integer that NumPy's Dragon4 (<c>dragon4.c</c>, after Ryan Juckett)
/// computes with: little-endian 32-bit blocks and a length with no zero high blocks. It lives on the
/// stack, so formatting a float allocates nothing, and its blocks are bounds-checked.
/// </summary>
/// <remarks>
/// NumPy sizes its <c>BigInt</c> for 128-bit long doubles; the widest value needed here is a
/// float64 (about 1100 bits including Dragon4's scaling), so <see cref="Capacity"/> blocks suffice.
/// </remarks>
internal struct Dragon4BigInt
{
    /// <summary>The number of 32-bit blocks: 1536 bits, above the ~1160 a float64 can need.</summary>
    public const int Capacity = 48;

    /// <summary>The number of blocks in use; the highest one is non-zero.</summary>
    public int Length;

    /// <summary>The blocks, lowest first.</summary>
    public Dragon4Blocks Blocks;

    /// <summary>10^8, 10^16, 10^32, ..., 10^256 (NumPy's <c>g_PowerOf10_Big</c>, enough for float64 exponents below 512).</summary>
    private static readonly uint[][] PowersOf10Big = BuildPowersOf10();

    private static readonly uint[] PowersOf10Small = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000];

    public void Set(ulong value)
    {
        if (value > uint.MaxValue)
        {
            Blocks[0] = (uint)value;
            Blocks[1] = (uint)(value >> 32);
            Length = 2;
        }
        else if (value != 0)
        {
            Blocks[0] = (uint)value;
            Length = 1;
        }
        else
        {
            Length = 0;
        }
    }

    public static void Copy(ref Dragon4BigInt destination, ref Dragon4BigInt source)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination.Blocks[i] = source.Blocks[i];
        }

        destination.Length = source.Length;
    }

    /// <summary>Sign of <c>lhs - rhs</c> (NumPy's <c>BigInt_Compare</c>).</summary>
    public static int Compare(ref Dragon4BigInt lhs, ref Dragon4BigInt rhs)
    {
        if (lhs.Length != rhs.Length)
        {
            return lhs.Length - rhs.Length;
        }

        for (int i = lhs.Length - 1; i >= 0; i--)
        {
            uint l = lhs.Blocks[i];
            uint r = rhs.Blocks[i];
            if (l != r)
            {
                return l > r ? 1 : -1;
            }
        }

        return 0;
    }

    /// <summary><c>result = lhs + rhs</c>; result may not alias an operand.</summary>
    public static void Add(ref Dragon4BigInt result, ref Dragon4BigInt lhs, ref Dragon4BigInt rhs)
    {
        ref Dragon4BigInt large = ref lhs;
        ref Dragon4BigInt small = ref rhs;
        if (lhs.Length < rhs.Length)
        {
            large = ref rhs;
            small = ref lhs;
        }

        ulong carry = 0;
        int i = 0;
        for (; i < small.Length; i++)
        {
            ulong sum = carry + large.Blocks[i] + small.Blocks[i];
            result.Blocks[i] = (uint)sum;
            carry = sum >> 32;
        }

        for (; i < large.Length; i++)
        {
            ulong sum = carry + large.Blocks[i];
            result.Blocks[i] = (uint)sum;
            carry = sum >> 32;
        }

        if (carry != 0)
        {
            result.Blocks[i] = 1;
            result.Length = large.Length + 1;
        }
        else
        {
            result.Length = large.Length;
        }
    }

    /// <summary><c>result = lhs * rhs</c> by long multiplication; result may not alias an operand.</summary>
    public static void Multiply(ref Dragon4BigInt result, ref Dragon4BigInt lhs, ReadOnlySpan<uint> rhs)
    {
        int lhsLength = lhs.Length;
        int maxLength = lhsLength + rhs.Length;
        Debug.Assert(maxLength <= Capacity);
        for (int i = 0; i < maxLength; i++)
        {
            result.Blocks[i] = 0;
        }

        for (int s = 0; s < rhs.Length; s++)
        {
            uint multiplier = rhs[s];
            if (multiplier == 0)
            {
                continue;
            }

            ulong carry = 0;
            int r = s;
            for (int l = 0; l < lhsLength; l++, r++)
            {
                ulong product = result.Blocks[r] + ((ulong)lhs.Blocks[l] * multiplier) + carry;
                result.Blocks[r] = (uint)product;
                carry = product >> 32;
            }

            result.Blocks[r] = (uint)carry;
        }

        result.Length = maxLength > 0 && result.Blocks[maxLength - 1] == 0 ? maxLength - 1 : maxLength;
    }

    /// <summary><c>value *= factor</c> for a small factor.</summary>
    public static void MultiplyInPlace(ref Dragon4BigInt value, uint factor)
    {
        ulong carry = 0;
        int length = value.Length;
        for (int i = 0; i < length; i++)
        {
            ulong product = ((ulong)value.Blocks[i] * factor) + carry;
            value.Blocks[i] = (uint)product;
            carry = product >> 32;
        }

        if (carry != 0)
        {
            Debug.Assert(length < Capacity);
            value.Blocks[length] = (uint)carry;
            value.Length = length + 1;
        }
    }

    /// <summary><c>value *= 10</c> (NumPy's <c>BigInt_Multiply10</c>).</summary>
    public static void Multiply10(ref Dragon4BigInt value) => MultiplyInPlace(ref value, 10);

    /// <summary><c>result = source * 2</c>; result may not alias source.</summary>
    public static void Multiply2(ref Dragon4BigInt result, ref Dragon4BigInt source)
    {
        uint carry = 0;
        int length = source.Length;
        for (int i = 0; i < length; i++)
        {
            uint block = source.Blocks[i];
            result.Blocks[i] = (block << 1) | carry;
            carry = block >> 31;
        }

        if (carry != 0)
        {
            result.Blocks[length] = carry;
            result.Length = length + 1;
        }
        else
        {
            result.Length = length;
        }
    }

    /// <summary><c>value *= 2</c>.</summary>
    public static void Multiply2InPlace(ref Dragon4BigInt value) => MultiplyInPlace(ref value, 2);

    /// <summary><c>value *= 10^exponent</c> (NumPy's <c>BigInt_MultiplyPow10</c>): the low three bits by a
    /// 32-bit power, the rest by the table of 10^(8·2^i).</summary>
    public static void MultiplyPow10(ref Dragon4BigInt value, int exponent)
    {
        Debug.Assert(exponent >= 0 && exponent < 512);
        int small = exponent & 7;
        if (small != 0)
        {
            MultiplyInPlace(ref value, PowersOf10Small[small]);
        }

        Dragon4BigInt temp = default;
        exponent >>= 3;
        for (int table = 0; exponent != 0; table++, exponent >>= 1)
        {
            if ((exponent & 1) != 0)
            {
                Multiply(ref temp, ref value, PowersOf10Big[table]);
                Copy(ref value, ref temp);
            }
        }
    }

    /// <summary><c>result = 10^exponent</c>.</summary>
    public static void Pow10(ref Dragon4BigInt result, int exponent)
    {
        result.Set(1);
        MultiplyPow10(ref result, exponent);
    }

    /// <summary><c>result = 2^exponent</c>.</summary>
    public static void Pow2(ref Dragon4BigInt result, int exponent)
    {
        int blockIndex = exponent / 32;
        Debug.Assert(blockIndex < Capacity);
        for (int i = 0; i < blockIndex; i++)
        {
            result.Blocks[i] = 0;
        }

        result.Blocks[blockIndex] = 1u << (exponent % 32);
        result.Length = blockIndex + 1;
    }

    /// <summary>
    /// <c>quotient = floor(dividend / divisor)</c>, <c>dividend %= divisor</c>, for a quotient known to
    /// be in [0, 9] and a divisor whose top block is in [8, 429496729] (NumPy's
    /// <c>BigInt_DivideWithRemainder_MaxQuotient9</c>). The first estimate from the top blocks is
    /// exact or one low, and is corrected by one more subtraction.
    /// </summary>
    public static uint DivideWithRemainderMaxQuotient9(ref Dragon4BigInt dividend, ref Dragon4BigInt divisor)
    {
        int length = divisor.Length;
        Debug.Assert(length > 0 && dividend.Length <= length);
        if (dividend.Length < length)
        {
            return 0;
        }

        uint quotient = dividend.Blocks[length - 1] / (divisor.Blocks[length - 1] + 1);
        Debug.Assert(quotient <= 9);
        if (quotient != 0)
        {
            ulong borrow = 0;
            ulong carry = 0;
            for (int i = 0; i < length; i++)
            {
                ulong product = ((ulong)divisor.Blocks[i] * quotient) + carry;
                carry = product >> 32;
                ulong difference = (ulong)dividend.Blocks[i] - (uint)product - borrow;
                borrow = (difference >> 32) & 1;
                dividend.Blocks[i] = (uint)difference;
            }

            TrimTo(ref dividend, length);
        }

        if (Compare(ref dividend, ref divisor) >= 0)
        {
            quotient++;
            ulong borrow = 0;
            for (int i = 0; i < length; i++)
            {
                ulong difference = (ulong)dividend.Blocks[i] - divisor.Blocks[i] - borrow;
                borrow = (difference >> 32) & 1;
                dividend.Blocks[i] = (uint)difference;
            }

            TrimTo(ref dividend, length);
        }

        return quotient;
    }

    /// <summary><c>value &lt;&lt;= shift</c>, in place.</summary>
    public static void ShiftLeft(ref Dragon4BigInt value, int shift)
    {
        int length = value.Length;
        if (length == 0 || shift == 0)
        {
            return;
        }

        int shiftBlocks = shift / 32;
        int shiftBits = shift % 32;
        Debug.Assert(length + shiftBlocks < Capacity);
        if (shiftBits == 0)
        {
            for (int i = length - 1; i >= 0; i--)
            {
                value.Blocks[i + shiftBlocks] = value.Blocks[i];
            }

            value.Length = length + shiftBlocks;
        }
        else
        {
            // High to low, so every source block is read before its slot is overwritten.
            int top = length + shiftBlocks;
            value.Blocks[top] = 0;
            for (int i = length - 1; i >= 0; i--)
            {
                uint block = value.Blocks[i];
                value.Blocks[i + shiftBlocks + 1] |= block >> (32 - shiftBits);
                value.Blocks[i + shiftBlocks] = block << shiftBits;
            }

            value.Length = value.Blocks[top] == 0 ? top : top + 1;
        }

        for (int i = 0; i < shiftBlocks; i++)
        {
            value.Blocks[i] = 0;
        }
    }

    /// <summary>The index of the highest set bit of a non-zero block (NumPy's <c>LogBase2_32</c>).</summary>
    public static int Log2(uint block) => BitOperations.Log2(block);

    /// <summary>The blocks in use, for <see cref="Multiply"/>'s right operand.</summary>
    public static ReadOnlySpan<uint> AsSpan(ref Dragon4BigInt value) => ((ReadOnlySpan<uint>)value.Blocks)[..value.Length];

    private static void TrimTo(ref Dragon4BigInt value, int length)
    {
        while (length > 0 && value.Blocks[length - 1] == 0)
        {
            length--;
        }

        value.Length = length;
    }

    private static uint[][] BuildPowersOf10()
    {
        // 10^8, then repeated squaring: 10^16, 10^32, 10^64, 10^128, 10^256.
        var table = new uint[6][];
        Dragon4BigInt current = default;
        current.Set(100_000_000);
        Dragon4BigInt next = default;
        for (int i = 0; i < table.Length; i++)
        {
            var blocks = new uint[current.Length];
            for (int b = 0; b < blocks.Length; b++)
            {
                blocks[b] = current.Blocks[b];
            }

            table[i] = blocks;
            if (i + 1 < table.Length)
            {
                Multiply(ref next, ref current, blocks);
                Copy(ref current, ref next);
            }
        }

        return table;
    }
}

using System.Buffers.Binary;

namespace ArrayBridge.Tests;

/// <summary>
/// Where each member of a small (non-ZIP64, comment-free) zip archive lies, read from the central
/// directory by hand so the tests do not take the layout from the code under test.
/// </summary>
internal static class ZipLayout
{
    public sealed record Member(string Name, long LocalHeader, long DataStart, long DataEnd, int CentralEntry);

    public static int CentralDirectoryOffset(byte[] zip) => BinaryPrimitives.ReadInt32LittleEndian(zip.AsSpan(zip.Length - 22 + 16));

    public static List<Member> Members(byte[] zip)
    {
        ReadOnlySpan<byte> eocd = zip.AsSpan(zip.Length - 22);
        Assert.Equal(0x06054b50u, BinaryPrimitives.ReadUInt32LittleEndian(eocd));
        int count = BinaryPrimitives.ReadUInt16LittleEndian(eocd[10..]);
        int at = BinaryPrimitives.ReadInt32LittleEndian(eocd[16..]);
        var members = new List<Member>();
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> cd = zip.AsSpan(at);
            Assert.Equal(0x02014b50u, BinaryPrimitives.ReadUInt32LittleEndian(cd));
            uint compressed = BinaryPrimitives.ReadUInt32LittleEndian(cd[20..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(cd[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(cd[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(cd[32..]);
            int local = BinaryPrimitives.ReadInt32LittleEndian(cd[42..]);
            string name = System.Text.Encoding.UTF8.GetString(cd.Slice(46, nameLength));
            int localName = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(local + 26));
            int localExtra = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(local + 28));
            long start = local + 30 + localName + localExtra;
            members.Add(new Member(name, local, start, start + compressed, at));
            at += 46 + nameLength + extraLength + commentLength;
        }

        return members;
    }
}

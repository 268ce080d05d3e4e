using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>The zip CRC-32 that NpzFile checks members with: the standard check value, and the vector path equal to the table path for every length and split.</summary>
public class ZipCrc32Tests
{
    [Fact]
    public void The_check_value_of_123456789_is_the_standards()
    {
        Assert.Equal(0xCBF43926u, ZipCrc32.Update(0, "123456789"u8));
        Assert.Equal(0u, ZipCrc32.Update(0, []));
        byte[] big = [.. Enumerable.Range(0, 100_000).Select(i => (byte)(i * 31 + (i >> 7)))];
        Assert.Equal(ZipCrc32.UpdateScalar(0, big), ZipCrc32.Update(0, big));
    }

    [Fact]
    public void Any_length_in_any_split_gives_the_table_result_and_ZipArchives_stored_crc()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            byte[] data = new byte[rng.Next(0, rng.Next(2) == 0 ? 300 : 5000)];
            rng.NextBytes(data);
            uint whole = ZipCrc32.Update(0, data);
            Assert.Equal(ZipCrc32.UpdateScalar(0, data), whole);
            int split = rng.Next(0, data.Length + 1);
            Assert.Equal(whole, ZipCrc32.Update(ZipCrc32.Update(0, data.AsSpan(0, split)), data.AsSpan(split)));

            var ms = new MemoryStream();
            using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            using (Stream s = zip.CreateEntry("m").Open())
                s.Write(data);
            ms.Position = 0;
            using var read = new ZipArchive(ms, ZipArchiveMode.Read);
            Assert.Equal(read.Entries[0].Crc32, whole);
        }));
    }
}

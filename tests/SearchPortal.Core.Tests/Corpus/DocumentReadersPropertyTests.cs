using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SearchPortal.Core.Corpus;
using static SearchPortal.Core.Tests.Corpus.ReaderTestHelpers;

namespace SearchPortal.Core.Tests.Corpus;

/// <summary>Bad input never crashes a reader: anything that goes wrong surfaces as a <see cref="DocumentReadException"/>.</summary>
public class DocumentReadersPropertyTests
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".docx"];

    [Property(MaxTest = 400)]
    public void Random_bytes_only_ever_raise_DocumentReadException(byte[] bytes, NonNegativeInt extension)
    {
        AssertReadsOrReports("random" + Extensions[extension.Get % Extensions.Length], bytes ?? []);
    }

    [Property(MaxTest = 300)]
    public void Random_strings_only_ever_raise_DocumentReadException(string text, NonNegativeInt extension)
    {
        AssertReadsOrReports("random" + Extensions[extension.Get % Extensions.Length], Encoding.UTF8.GetBytes(text ?? ""));
    }

    [Property(MaxTest = 200)]
    public void Random_zip_prefixed_bytes_are_reported_as_corrupt_docx(byte[] tail)
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, .. tail ?? []];
        var ex = Assert.Throws<DocumentReadException>(() => Read("broken.docx", bytes));
        Assert.False(string.IsNullOrWhiteSpace(ex.Reason));
    }

    private static void AssertReadsOrReports(string name, byte[] bytes)
    {
        try
        {
            var doc = Read(name, bytes);
            Assert.NotNull(doc.Blocks);
            Assert.All(doc.Blocks, b => Assert.False(string.IsNullOrWhiteSpace(b.Text)));
        }
        catch (DocumentReadException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Reason));
            // DocumentReaders wraps unexpected exceptions too; readers themselves must not rely on that.
            Assert.False(ex.Reason.StartsWith("无法读取 ("), $"{name}: unexpected {ex.InnerException?.GetType().Name}: {ex.Reason}");
        }
    }
}

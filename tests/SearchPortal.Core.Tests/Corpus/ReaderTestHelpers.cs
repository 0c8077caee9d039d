using System.Text;
using SearchPortal.Core.Corpus;

namespace SearchPortal.Core.Tests.Corpus;

internal static class ReaderTestHelpers
{
    public static readonly DocumentReaders Readers = DocumentReaders.CreateDefault();

    public static CorpusFile FileNamed(string name, long length = 0) => new(name, Path.Combine(Path.GetTempPath(), name), length, DateTime.UtcNow);

    public static RawDocument Read(string name, byte[] bytes) => Readers.Read(FileNamed(name, bytes.Length), bytes);

    public static RawDocument Read(string name, string text) => Read(name, Encoding.UTF8.GetBytes(text));

    public static RawDocument ReadFile(string path) =>
        Readers.Read(new CorpusFile(Path.GetFileName(path), path, new FileInfo(path).Length, DateTime.UtcNow), File.ReadAllBytes(path));
}

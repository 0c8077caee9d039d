using System.Security.Cryptography;
using SearchPortal.Core.Corpus;

namespace SearchPortal.Core.Documents;

/// <summary>file → reader → cleaner → structure → metadata: the whole path from bytes to a <see cref="ParsedDocument"/>.</summary>
public sealed class DocumentParser(DocumentReaders readers, NoiseCleaner cleaner, StructureParser structure, MetadataExtractor metadata)
{
    /// <param name="facets">The facet catalogue whose keyword facets are tagged; default <see cref="FacetCatalog.Default"/>.</param>
    public static DocumentParser CreateDefault(string dataPath, FacetCatalog? facets = null) =>
        new(DocumentReaders.CreateDefault(), new NoiseCleaner(dataPath), new StructureParser(), new MetadataExtractor(dataPath, null, facets));

    public bool CanRead(string path) => readers.CanRead(path);

    public static string HashBytes(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <summary>Parses bytes already read from <paramref name="file"/>; throws <see cref="DocumentReadException"/> on unreadable input.</summary>
    public ParsedDocument Parse(CorpusFile file, byte[] bytes, string? hash = null)
    {
        var raw = readers.Read(file, bytes);
        var blocks = cleaner.Clean(raw.Blocks);
        var paragraphs = structure.Parse(blocks);
        if (paragraphs.Count == 0 || paragraphs.All(p => string.IsNullOrWhiteSpace(p.Text)))
            throw new DocumentReadException("没有可索引的正文 (no text after cleaning)");
        var meta = metadata.Extract(raw, paragraphs);
        return new ParsedDocument
        {
            Id = file.Id,
            Format = raw.Format,
            Metadata = meta,
            Paragraphs = paragraphs,
            OriginalText = raw.OriginalText,
            ContentHash = hash ?? HashBytes(bytes),
            Length = bytes.LongLength,
        };
    }

    public ParsedDocument Parse(CorpusFile file)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(file.FullPath); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException($"无法打开文件 ({ex.Message})", ex);
        }
        return Parse(file, bytes);
    }
}

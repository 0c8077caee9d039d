namespace SearchPortal.Core.Corpus;

/// <summary>Picks the reader for a file by its extension and turns any failure into a <see cref="DocumentReadException"/>.</summary>
public sealed class DocumentReaders
{
    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DocumentReaders(IEnumerable<IDocumentReader> readers)
    {
        foreach (var reader in readers)
            foreach (var ext in reader.Extensions)
                _byExtension[ext] = reader;
    }

    public static DocumentReaders CreateDefault()
    {
        var decoder = new TextDecoder();
        return new DocumentReaders([new PlainTextReader(decoder), new MarkdownReader(decoder), new HtmlReader(decoder), new DocxReader(),
            new PdfReader(), new LegacyWordReader()]);
    }

    public IReadOnlyCollection<string> SupportedExtensions => _byExtension.Keys;

    public bool CanRead(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    public RawDocument Read(CorpusFile file, byte[] bytes)
    {
        if (!_byExtension.TryGetValue(file.Extension, out var reader))
            throw new DocumentReadException($"不支持的文件类型 {file.Extension} (unsupported format)");
        try
        {
            return reader.Read(file, bytes);
        }
        catch (DocumentReadException) { throw; }
        catch (Exception ex)
        {
            throw new DocumentReadException($"无法读取 ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }
}

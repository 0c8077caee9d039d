namespace SearchPortal.Core.Corpus;

/// <summary>.txt: one paragraph block per non-empty line, text as written (cleaning happens later).</summary>
public sealed class PlainTextReader(TextDecoder decoder) : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public RawDocument Read(CorpusFile file, byte[] bytes)
    {
        var (text, encoding) = decoder.Decode(bytes);
        var blocks = TextLines.NonBlank(text).Select(l => new TextBlock(BlockKind.Paragraph, l)).ToList();
        return new RawDocument { Id = file.Id, Format = "txt", OriginalText = text, Blocks = blocks, EncodingName = encoding };
    }
}

using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>Parses corpus files the way the indexer does and runs the quotation extractor over them.</summary>
internal sealed class QuoteTestCorpus
{
    private readonly DocumentParser _parser = DocumentParser.CreateDefault(TestPaths.Data);
    // Until a Markdown reader exists, .md files are read line by line like .txt (their text is what matters here).
    private readonly DocumentParser _fallback = new(
        new DocumentReaders([new PlainTextAs(".md")]), new NoiseCleaner(), new StructureParser(), new MetadataExtractor(TestPaths.Data));

    public QuoteExtractor Extractor { get; } = QuoteExtractor.Load(TestPaths.Data);

    public ParsedDocument Parse(string root, string fullPath)
    {
        var info = new FileInfo(fullPath);
        var id = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        var file = new CorpusFile(id, fullPath, info.Length, info.LastWriteTimeUtc);
        return (_parser.CanRead(fullPath) ? _parser : _fallback).Parse(file);
    }

    public IReadOnlyList<Quote> Extract(string root, string fullPath) => Extractor.Extract(Parse(root, fullPath));

    private sealed class PlainTextAs(string extension) : IDocumentReader
    {
        private readonly PlainTextReader _inner = new(new TextDecoder());
        public IReadOnlyCollection<string> Extensions { get; } = [extension];
        public RawDocument Read(CorpusFile file, byte[] bytes) => _inner.Read(file, bytes);
    }
}

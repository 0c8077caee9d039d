using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>Parses corpus files with the indexer's own parser (Markdown with raw-HTML paragraphs included) and runs the quotation extractor over them.</summary>
internal sealed class QuoteTestCorpus
{
    private readonly DocumentParser _parser = DocumentParser.CreateDefault(TestPaths.Data);

    public QuoteExtractor Extractor { get; } = QuoteExtractor.Load(TestPaths.Data);

    public ParsedDocument Parse(string root, string fullPath)
    {
        var info = new FileInfo(fullPath);
        var id = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        return _parser.Parse(new CorpusFile(id, fullPath, info.Length, info.LastWriteTimeUtc));
    }

    public IReadOnlyList<Quote> Extract(string root, string fullPath) => Extractor.Extract(Parse(root, fullPath));
}

using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Tests.Documents;

/// <summary>Builds in-memory documents from lines, the way the plain-text reader would.</summary>
internal static class DocumentBuilder
{
    private static readonly Lazy<MetadataExtractor> Extractor = new(() => new MetadataExtractor(TestPaths.Data, 2026));

    public static MetadataExtractor Metadata => Extractor.Value;

    public static RawDocument Raw(string id, IEnumerable<string> lines, string? title = null,
        IReadOnlyDictionary<string, string>? frontMatter = null)
    {
        var list = lines.ToList();
        return new RawDocument
        {
            Id = id,
            Format = "txt",
            OriginalText = string.Join('\n', list),
            Blocks = list.Select(l => new TextBlock(BlockKind.Paragraph, l)).ToList(),
            Title = title,
            FrontMatter = frontMatter ?? new Dictionary<string, string>(),
        };
    }

    public static IReadOnlyList<Paragraph> Structure(params string[] lines) =>
        new StructureParser().Parse(lines.Select(l => new TextBlock(BlockKind.Paragraph, l)).ToList());

    public static DocumentMetadata Extract(string id, params string[] lines) => Extract(Raw(id, lines));

    public static DocumentMetadata Extract(RawDocument raw) =>
        Metadata.Extract(raw, new StructureParser().Parse(raw.Blocks));
}

using SearchPortal.Core.Corpus;

namespace SearchPortal.Core.Documents;

/// <summary>Extracts title, date, type, speaker, role, level, occasion and topics using the rule files in the data folder.</summary>
public sealed class MetadataExtractor
{
    public MetadataExtractor(string dataPath) { }

    // PLACEHOLDER: title only; the understanding work implements the rules.
    public DocumentMetadata Extract(RawDocument raw, IReadOnlyList<Paragraph> paragraphs) =>
        new() { Title = raw.Title ?? paragraphs.FirstOrDefault()?.Text ?? Path.GetFileNameWithoutExtension(raw.Id) };
}

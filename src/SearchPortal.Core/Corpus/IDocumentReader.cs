namespace SearchPortal.Core.Corpus;

/// <summary>Reads one file format into a <see cref="RawDocument"/>. Throws <see cref="DocumentReadException"/> with a reason a person can act on.</summary>
public interface IDocumentReader
{
    IReadOnlyCollection<string> Extensions { get; }
    RawDocument Read(CorpusFile file, byte[] bytes);
}

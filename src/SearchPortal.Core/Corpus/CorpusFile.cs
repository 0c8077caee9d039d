namespace SearchPortal.Core.Corpus;

/// <summary>A file found under the corpus folder. <see cref="Id"/> is its path relative to the corpus, with '/' separators.</summary>
public sealed record CorpusFile(string Id, string FullPath, long Length, DateTime LastWriteUtc)
{
    public string Extension => Path.GetExtension(FullPath).ToLowerInvariant();
}

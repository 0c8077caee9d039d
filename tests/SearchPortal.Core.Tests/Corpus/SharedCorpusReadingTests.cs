using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Tests.Corpus;

/// <summary>Every real document in ../shared/corpus reads and cleans; nothing with letters in it is cleaned away.</summary>
[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
public class SharedCorpusReadingTests
{
    [SkippableFact]
    public void Every_shared_corpus_file_reads_and_keeps_text()
    {
        Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
        var readers = DocumentReaders.CreateDefault();
        var cleaner = new NoiseCleaner(TestPaths.Data);
        var failures = new List<string>();
        var files = 0;
        foreach (var path in Directory.EnumerateFiles(TestPaths.SharedCorpus, "*", SearchOption.AllDirectories))
        {
            if (!readers.CanRead(path)) continue;
            files++;
            var bytes = File.ReadAllBytes(path);
            try
            {
                var doc = readers.Read(new CorpusFile(Path.GetRelativePath(TestPaths.SharedCorpus, path), path, bytes.Length, DateTime.UtcNow), bytes);
                var cleaned = cleaner.Clean(doc.Blocks);
                // A file may end up empty only if it never had a letter (e.g. a Markdown file holding just "-").
                if (cleaned.Count == 0 && doc.OriginalText.Any(char.IsLetter)) failures.Add($"{path}: all text cleaned away");
            }
            catch (DocumentReadException ex) { failures.Add($"{path}: {ex.Reason}"); }
        }
        Assert.True(files > 4000, $"only {files} readable files found");
        Assert.Empty(failures);
    }
}

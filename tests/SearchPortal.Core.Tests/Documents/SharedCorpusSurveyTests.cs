using System.Diagnostics;
using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using Xunit.Abstractions;

namespace SearchPortal.Core.Tests.Documents;

/// <summary>
/// Parses every readable .txt/.md file of ../shared/corpus (4,577 real documents) and checks that extraction is
/// sensible as a whole; prints the per-type, per-level and per-decade counts so extraction quality can be judged.
/// </summary>
[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
public class SharedCorpusSurveyTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Every_shared_document_parses_with_sensible_metadata()
    {
        Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
        var parser = DocumentParser.CreateDefault(TestPaths.Data);
        var root = TestPaths.SharedCorpus;
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var readable = files.Where(parser.CanRead).ToList();
        Skip.If(readable.Count == 0, "no reader for .txt/.md yet");

        var types = new Dictionary<string, int>();
        var levels = new Dictionary<string, int>();
        var occasions = new Dictionary<string, int>();
        var decades = new Dictionary<string, int>();
        var years = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var untitled = new List<string>();
        int withYear = 0, withSpeaker = 0, withRole = 0, withOccasion = 0, withTopics = 0, paragraphs = 0, headed = 0;
        long bytes = 0;
        var watch = Stopwatch.StartNew();

        foreach (var path in readable)
        {
            var id = Path.GetRelativePath(root, path).Replace('\\', '/');
            var content = File.ReadAllBytes(path);
            bytes += content.Length;
            ParsedDocument doc;
            try
            {
                doc = parser.Parse(new CorpusFile(id, path, content.Length, DateTime.UtcNow), content);
            }
            catch (DocumentReadException ex)
            {
                // A file without text is reported, not a crash; count it as a failure to keep an eye on.
                failures.Add($"{id}: {ex.Reason}");
                continue;
            }
            var m = doc.Metadata;
            Count(types, m.Type);
            Count(levels, m.Level.Length > 0 ? m.Level : "(无)");
            if (m.Occasion.Length > 0) Count(occasions, m.Occasion);
            Count(decades, m.Year is { } y ? $"{y / 10 * 10}s" : "(无)");
            if (string.IsNullOrWhiteSpace(m.Title)) untitled.Add(id);
            if (m.Year is { } year)
            {
                withYear++;
                years[year] = years.GetValueOrDefault(year) + 1;
                Assert.InRange(year, DateExtractor.MinYear, DateTime.UtcNow.Year + 1);
            }
            if (m.Speaker.Length > 0) withSpeaker++;
            if (m.Role.Length > 0) withRole++;
            if (m.Occasion.Length > 0) withOccasion++;
            if (m.Topics.Count > 0) withTopics++;
            Assert.InRange(m.Topics.Count, 0, 8);
            Assert.Equal(Enumerable.Range(1, doc.Paragraphs.Count), doc.Paragraphs.Select(p => p.Ordinal));
            paragraphs += doc.Paragraphs.Count;
            headed += doc.Paragraphs.Count(p => p.HeadingPath.Length > 0);
        }
        watch.Stop();

        var parsed = readable.Count - failures.Count;
        output.WriteLine($"{files.Count} .txt/.md files, {readable.Count} readable, {parsed} parsed, {failures.Count} without text; " +
                         $"{bytes / 1e6:F1} MB in {watch.Elapsed.TotalSeconds:F1}s (read+clean+structure+metadata)");
        output.WriteLine("type:  " + Format(types));
        output.WriteLine("level: " + Format(levels));
        output.WriteLine("occasion: " + Format(occasions));
        output.WriteLine("decade: " + string.Join("  ", decades.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}")));
        output.WriteLine("year:  " + string.Join(" ", years.Select(kv => $"{kv.Key}:{kv.Value}")));
        output.WriteLine($"with year {withYear}, speaker {withSpeaker}, role {withRole}, occasion {withOccasion}, topics {withTopics}; " +
                         $"paragraphs {paragraphs}, with a heading path {headed}");
        foreach (var f in failures.Take(20)) output.WriteLine("  no text: " + f);

        Assert.Empty(untitled);
        Assert.True(failures.Count <= parsed / 100, $"{failures.Count} documents without text");
        Assert.True(types.GetValueOrDefault("其他") < parsed * 0.15, $"其他 = {types.GetValueOrDefault("其他")} of {parsed}");
        Assert.True(withYear > parsed / 2, $"only {withYear} of {parsed} documents have a year");
        Assert.True(withTopics > parsed / 3, $"only {withTopics} of {parsed} documents have topics");
        Assert.True(headed > paragraphs / 4, $"only {headed} of {paragraphs} paragraphs have a heading path");
        // Each type that the corpus is known to hold shows up (all readable files are .txt 毛选 until the .md reader lands).
        Assert.True(types.GetValueOrDefault("讲话") >= 20, "毛选 speeches (note: 这是毛泽东在…的讲话/讲演)");
        if (readable.Any(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            Assert.True(types.GetValueOrDefault("条例") >= 500, "party and state regulations");
            Assert.True(types.GetValueOrDefault("法律") >= 200, "laws and judicial interpretations");
            Assert.True(types.GetValueOrDefault("问答") >= 200, "你问我答 and other Q&A");
            Assert.Equal(285, types.GetValueOrDefault("新闻")); // 新闻联播 transcripts, one per file
        }
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Format(Dictionary<string, int> counts) =>
        string.Join("  ", counts.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}"));
}

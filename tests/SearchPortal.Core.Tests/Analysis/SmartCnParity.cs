using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Analysis.FastSmartCn;

namespace SearchPortal.Core.Tests.Analysis;

/// <summary>One emitted token, everything the index sees of it.</summary>
public readonly record struct TokenInfo(string Term, int Start, int End, int PositionIncrement, string Type);

/// <summary>Runs Lucene.Net's SmartChineseAnalyzer and FastSmartChineseAnalyzer side by side with the same stop set.</summary>
public sealed class SmartCnParity
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public Analyzer Reference { get; }
    public Analyzer Fast { get; }

    public SmartCnParity()
    {
        // The product's stop set: SmartCn's defaults plus the data folder's list (as IndexSchema.Load builds it).
        var stops = new CharArraySet(Version, SmartChineseAnalyzer.DefaultStopSet, ignoreCase: true);
        var file = Path.Combine(TestPaths.Data, "stopwords.txt");
        foreach (var line in File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
            stops.Add(line);
        Reference = new SmartChineseAnalyzer(Version, stops);
        Fast = new FastSmartChineseAnalyzer(Version, stops);
    }

    public static List<TokenInfo> Tokens(Analyzer analyzer, string text)
    {
        var list = new List<TokenInfo>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var posInc = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            list.Add(new TokenInfo(term.ToString(), offset.StartOffset, offset.EndOffset, posInc.PositionIncrement, type.Type));
        stream.End();
        list.Add(new TokenInfo("<end>", offset.StartOffset, offset.EndOffset, posInc.PositionIncrement, ""));
        return list;
    }

    /// <summary>Null when both analyzers agree on <paramref name="text"/>, else a description of the first difference.</summary>
    public string? Compare(string text)
    {
        var expected = Tokens(Reference, text);
        var actual = Tokens(Fast, text);
        if (expected.SequenceEqual(actual)) return null;
        int k = 0;
        while (k < Math.Min(expected.Count, actual.Count) && expected[k] == actual[k]) k++;
        string At(List<TokenInfo> l) => k < l.Count ? l[k].ToString() : "(none)";
        return $"token {k}: SmartCn {At(expected)} vs fast {At(actual)} in \"{Shorten(text)}\"";
    }

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..120] + "…";
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SearchPortal.LuceneEngine.Analysis.FastSmartCn;

/// <summary>
/// Same output as Lucene.Net's SmartChineseAnalyzer (LUCENE_48 path: HMM tokenizer → PorterStemFilter →
/// StopFilter), faster thanks to <see cref="FastSmartChineseTokenizer"/>. Components are reused per thread
/// (Lucene's default reuse strategy); the dictionaries are shared read-only.
/// </summary>
public sealed class FastSmartChineseAnalyzer : Analyzer
{
    private readonly LuceneVersion _version;
    private readonly CharArraySet _stopWords;
    private readonly SmartCnDictionaries? _dictionaries; // null: the shared copy, loaded on first use (keeps start-up cheap)

    public FastSmartChineseAnalyzer(LuceneVersion version, CharArraySet? stopWords, SmartCnDictionaries? dictionaries = null)
    {
        if (!version.OnOrAfter(LuceneVersion.LUCENE_48))
            throw new ArgumentOutOfRangeException(nameof(version), "Only the LUCENE_48 SmartCn pipeline is reproduced.");
        _version = version;
        _stopWords = stopWords ?? CharArraySet.Empty;
        _dictionaries = dictionaries;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new FastSmartChineseTokenizer(reader, _dictionaries ?? SmartCnDictionaries.Shared);
        TokenStream result = new PorterStemFilter(tokenizer);
        if (_stopWords.Count > 0) result = new StopFilter(_version, result, _stopWords);
        return new TokenStreamComponents(tokenizer, result);
    }
}

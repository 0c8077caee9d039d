using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SearchPortal.LuceneEngine.Analysis;

/// <summary>
/// Overlapping CJK bigrams (金山银山 → 金山 山银 银山). Indexed beside SmartCn because SmartCn segments the same
/// characters differently in a short query and in a sentence; a phrase of bigrams is an exact substring match.
/// Sentences are <see cref="SentenceGapFilter.Gap"/> positions apart, so spans of a few words stay within one.
/// </summary>
public sealed class BigramAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => SentenceGapFilter.Mark(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader) { MaxTokenLength = 255 };
        TokenStream stream = new CJKWidthFilter(source);
        stream = new FastLowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream);
        stream = new SentenceGapFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}

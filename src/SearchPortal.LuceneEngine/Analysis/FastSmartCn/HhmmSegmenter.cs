using Lucene.Net.Analysis.Cn.Smart;

namespace SearchPortal.LuceneEngine.Analysis.FastSmartCn;

/// <summary>
/// SmartCn's hidden-Markov segmentation of one sentence (Lucene's HHMMSegmenter + SegGraph + BiSegGraph), rebuilt
/// over flat arrays reused from sentence to sentence: candidate words from the dictionary, edges weighted by the
/// smoothed bigram formula, and the cheapest path. Token order, tie-breaking and floating-point arithmetic follow
/// Lucene's code step by step so the chosen path is identical. Not thread-safe: one instance per tokenizer.
/// </summary>
public sealed class HhmmSegmenter
{
    private const int MaxFrequence = 2079997 + 80000;
    private const char WordSegmentChar = '@';
    // Keys used for the bigram lookup of non-dictionary tokens, at fixed offsets at the start of the key pool.
    private const string ConstantKeys = "未##串未##数始##始末##末";
    private const int StringKeyOffset = 0, NumberKeyOffset = 4, StartKeyOffset = 8, EndKeyOffset = 12, ConstantKeyLength = 4;

    private readonly WordLexicon _words;
    private readonly BigramTable _bigrams;
    private readonly int _stringFrequency, _numberFrequency, _startFrequency, _endFrequency;

    // Per sentence, grown on demand.
    private CharType[] _types = new CharType[256];
    private int[] _firstAt = new int[257];   // first token index starting at a position (position p → slot p)
    private int[] _countAt = new int[257];
    private int[] _nextStart = new int[257]; // smallest start ≥ p that has tokens
    private char[] _wordBuffer = new char[256];
    private char[] _keyPool = new char[1024];
    private int _keyPoolLength;

    private int _tokenCount;
    private int[] _start = new int[512], _end = new int[512], _frequency = new int[512], _keyOffset = new int[512], _keyLength = new int[512];
    private WordType[] _type = new WordType[512];
    private double[] _distance = new double[512];
    private int[] _previous = new int[512];

    private int[] _path = new int[256];
    private int _pathLength;

    public HhmmSegmenter(SmartCnDictionaries dictionaries)
    {
        _words = dictionaries.Words;
        _bigrams = dictionaries.Bigrams;
        ConstantKeys.CopyTo(_keyPool);
        _stringFrequency = _words.GetFrequency(ConstantKeys.AsSpan(StringKeyOffset, ConstantKeyLength));
        _numberFrequency = _words.GetFrequency(ConstantKeys.AsSpan(NumberKeyOffset, ConstantKeyLength));
        _startFrequency = _words.GetFrequency(ConstantKeys.AsSpan(StartKeyOffset, ConstantKeyLength));
        _endFrequency = _words.GetFrequency(ConstantKeys.AsSpan(EndKeyOffset, ConstantKeyLength));
    }

    /// <summary>Number of words of the last segmented sentence.</summary>
    public int Count => _pathLength;

    /// <summary>Start of word <paramref name="i"/>, relative to the sentence.</summary>
    public int StartOf(int i) => _start[_path[i]];
    /// <summary>End (exclusive) of word <paramref name="i"/>, relative to the sentence.</summary>
    public int EndOf(int i) => _end[_path[i]];
    public WordType TypeOf(int i) => _type[_path[i]];
    /// <summary>The dictionary form of word <paramref name="i"/>: for Chinese words, its characters without inner spaces.</summary>
    public ReadOnlySpan<char> KeyOf(int i) { int t = _path[i]; return _keyPool.AsSpan(_keyOffset[t], _keyLength[t]); }

    /// <summary>Segments <paramref name="text"/>[<paramref name="offset"/>, +<paramref name="length"/>); read the words with <see cref="Count"/> and the accessors.</summary>
    public void Segment(char[] text, int offset, int length)
    {
        var sentence = new ReadOnlySpan<char>(text, offset, length);
        Prepare(length);
        BuildGraph(sentence);
        FindShortestPath(length);
    }

    private void Prepare(int length)
    {
        if (_types.Length < length)
        {
            int size = Math.Max(length, _types.Length * 2);
            _types = new CharType[size];
            _firstAt = new int[size + 1];
            _countAt = new int[size + 1];
            _nextStart = new int[size + 1];
            _wordBuffer = new char[size];
        }
        Array.Clear(_countAt, 0, length + 1);
        _tokenCount = 0;
        _keyPoolLength = ConstantKeys.Length;
        _pathLength = 0;
    }

    private void BuildGraph(ReadOnlySpan<char> sentence)
    {
        int length = sentence.Length;
        var types = _types;
        for (int k = 0; k < length; k++) types[k] = SmartCnCharTypes.Of(sentence[k]);

        AddToken(-1, 0, WordType.SENTENCE_BEGIN, _startFrequency, StartKeyOffset, ConstantKeyLength);
        int i = 0;
        while (i < length)
        {
            int j;
            bool fullWidth = false;
            switch (types[i])
            {
                case CharType.SPACE_LIKE:
                    i++;
                    break;
                case CharType.HANZI:
                    AddHanziWords(sentence, i);
                    i++;
                    break;
                case CharType.FULLWIDTH_LETTER:
                case CharType.LETTER:
                    fullWidth = types[i] == CharType.FULLWIDTH_LETTER;
                    j = i + 1;
                    while (j < length && (types[j] == CharType.LETTER || types[j] == CharType.FULLWIDTH_LETTER))
                    {
                        if (types[j] == CharType.FULLWIDTH_LETTER) fullWidth = true;
                        j++;
                    }
                    AddToken(i, j, fullWidth ? WordType.FULLWIDTH_STRING : WordType.STRING, _stringFrequency, StringKeyOffset, ConstantKeyLength);
                    i = j;
                    break;
                case CharType.FULLWIDTH_DIGIT:
                case CharType.DIGIT:
                    fullWidth = types[i] == CharType.FULLWIDTH_DIGIT;
                    j = i + 1;
                    while (j < length && (types[j] == CharType.DIGIT || types[j] == CharType.FULLWIDTH_DIGIT))
                    {
                        if (types[j] == CharType.FULLWIDTH_DIGIT) fullWidth = true;
                        j++;
                    }
                    AddToken(i, j, fullWidth ? WordType.FULLWIDTH_NUMBER : WordType.NUMBER, _numberFrequency, NumberKeyOffset, ConstantKeyLength);
                    i = j;
                    break;
                case CharType.DELIMITER:
                    AddToken(i, i + 1, WordType.DELIMITER, MaxFrequence, AppendKey(sentence.Slice(i, 1)), 1);
                    i++;
                    break;
                default:
                    AddToken(i, i + 1, WordType.STRING, _stringFrequency, StringKeyOffset, ConstantKeyLength);
                    i++;
                    break;
            }
        }
        AddToken(length, length + 1, WordType.SENTENCE_END, _endFrequency, EndKeyOffset, ConstantKeyLength);
    }

    // Every dictionary word starting at i (spaces inside a word are skipped, as SmartCn does), single char first.
    private void AddHanziWords(ReadOnlySpan<char> sentence, int i)
    {
        int length = sentence.Length;
        var types = _types;
        var word = _wordBuffer;
        int wordLength = 1;
        word[0] = sentence[i];
        int j = i + 1;
        AddToken(i, j, WordType.CHINESE_WORD, _words.SingleFrequency(word[0]), AppendKey(word.AsSpan(0, 1)), 1);
        int node = _words.RootOf(word[0]);
        while (node >= 0)
        {
            int frequency;
            if (wordLength > 1 && (frequency = _words.WordFrequency(node)) >= 0)
                AddToken(i, j, WordType.CHINESE_WORD, frequency, AppendKey(word.AsSpan(0, wordLength)), wordLength);
            while (j < length && types[j] == CharType.SPACE_LIKE) j++;
            if (j < length && types[j] == CharType.HANZI)
            {
                word[wordLength++] = sentence[j];
                node = _words.Child(node, sentence[j]);
                j++;
            }
            else break;
        }
    }

    private int AppendKey(ReadOnlySpan<char> key)
    {
        if (_keyPoolLength + key.Length > _keyPool.Length)
            Array.Resize(ref _keyPool, Math.Max(_keyPool.Length * 2, _keyPoolLength + key.Length));
        int offset = _keyPoolLength;
        key.CopyTo(_keyPool.AsSpan(offset));
        _keyPoolLength += key.Length;
        return offset;
    }

    private void AddToken(int start, int end, WordType type, int frequency, int keyOffset, int keyLength)
    {
        int t = _tokenCount;
        if (t == _start.Length) GrowTokens();
        _start[t] = start;
        _end[t] = end;
        _type[t] = type;
        _frequency[t] = frequency;
        _keyOffset[t] = keyOffset;
        _keyLength[t] = keyLength;
        _tokenCount = t + 1;
        if (start >= 0)
        {
            if (_countAt[start] == 0) _firstAt[start] = t;
            _countAt[start]++;
        }
    }

    private void GrowTokens()
    {
        int size = _start.Length * 2;
        Array.Resize(ref _start, size);
        Array.Resize(ref _end, size);
        Array.Resize(ref _type, size);
        Array.Resize(ref _frequency, size);
        Array.Resize(ref _keyOffset, size);
        Array.Resize(ref _keyLength, size);
        _distance = new double[size];
        _previous = new int[size];
    }

    // BiSegGraph: every token links to all tokens at the next start position; Lucene relaxes edges into each node in
    // increasing source order with a strict '<', which this forward pass reproduces (sources always precede targets).
    private void FindShortestPath(int length)
    {
        const double smooth = 0.1;
        const double tinyDouble = 1.0 / MaxFrequence;
        int count = _tokenCount;
        var next = _nextStart;
        next[length] = length;
        for (int p = length - 1; p >= 0; p--) next[p] = _countAt[p] > 0 ? p : next[p + 1];

        var distance = _distance;
        var previous = _previous;
        distance[0] = 0;
        for (int t = 1; t < count; t++) distance[t] = double.MaxValue;
        var pool = _keyPool;

        for (int t1 = 0; t1 < count - 1; t1++)
        {
            double oneWordFreq = _frequency[t1];
            int target = next[_end[t1]];
            int first = _firstAt[target], last = first + _countAt[target];

            long h1 = SmartCnHash.FnvOffset;
            int h2 = SmartCnHash.DjbSeed;
            for (int k = _keyOffset[t1], e = k + _keyLength[t1]; k < e; k++)
            {
                h1 = SmartCnHash.Fnv(h1, pool[k]);
                h2 = SmartCnHash.Djb(h2, pool[k]);
            }
            h1 = SmartCnHash.Fnv(h1, WordSegmentChar);
            h2 = SmartCnHash.Djb(h2, WordSegmentChar);

            double baseDistance = distance[t1];
            double unseenWeight = double.NaN; // weight of a pair absent from the bigram table, computed once per source
            for (int t2 = first; t2 < last; t2++)
            {
                long k1 = h1;
                int k2 = h2;
                for (int k = _keyOffset[t2], e = k + _keyLength[t2]; k < e; k++)
                {
                    k1 = SmartCnHash.Fnv(k1, pool[k]);
                    k2 = SmartCnHash.Djb(k2, pool[k]);
                }
                int wordPairFreq = _bigrams.GetFrequency(k1, k2);
                double weight;
                if (wordPairFreq == 0 && !double.IsNaN(unseenWeight)) weight = unseenWeight;
                else
                {
                    weight = -Math.Log(smooth * (1.0 + oneWordFreq) / (MaxFrequence + 0.0)
                        + (1.0 - smooth) * ((1.0 - tinyDouble) * wordPairFreq / (1.0 + oneWordFreq) + tinyDouble));
                    if (wordPairFreq == 0) unseenWeight = weight;
                }
                double candidate = baseDistance + weight;
                if (candidate < distance[t2])
                {
                    distance[t2] = candidate;
                    previous[t2] = t1;
                }
            }
        }

        // Walk back from the sentence end; keep the words between the begin and end markers.
        int n = 0;
        for (int t = previous[count - 1]; t != 0; t = previous[t]) n++;
        if (_path.Length < n) _path = new int[Math.Max(n, _path.Length * 2)];
        int i = n;
        for (int t = previous[count - 1]; t != 0; t = previous[t]) _path[--i] = t;
        _pathLength = n;
    }
}

namespace SearchPortal.LuceneEngine.Analysis.FastSmartCn;

/// <summary>
/// SmartCn's core word dictionary (words grouped by first character, the rest sorted), with the same lookups as
/// Lucene's WordDictionary (GetPrefixMatch, IsEqual, GetFrequency) over spans instead of freshly allocated arrays.
/// The per-character hash probe is resolved once for all 65,536 chars at construction, and every answer the
/// segmenter can ask while extending a word from a Hanzi (prefix match, exact word, frequency) is memoised in a trie
/// computed with those same lookups, so segmentation walks the trie instead of binary-searching.
/// </summary>
public sealed class WordLexicon
{
    private const int PrimeIndexLength = 12071;

    /// <summary>Row of <see cref="_items"/> for each char, or -1 when the dictionary has no word starting with it.</summary>
    private readonly int[] _rowByChar = new int[65536];
    private readonly char[]?[][] _items;
    private readonly int[][] _frequencies;

    // Memo trie over the Hanzi prefixes of dictionary words. Node n is the prefix reached from RootOf(c) by Child();
    // a transition to -1 (or a missing one) means GetPrefixMatch returned -1 there, which ends the word search.
    private readonly int[] _singleFrequency = new int[65536];
    private readonly int[] _rootByChar = new int[65536];
    private readonly Dictionary<long, int> _childrenBuild = new();
    private readonly EdgeTable _children;
    private readonly List<int> _nodeFound = new();       // GetPrefixMatch result of the prefix (search start of its children)
    private readonly List<int> _nodeFrequencyList = new();
    private readonly int[] _nodeFrequency;               // frequency when the prefix is itself a word, else -1

    internal WordLexicon(short[] wordIndexTable, char[] charIndexTable, char[][][] items, int[][] frequencies)
    {
        _items = items;
        _frequencies = frequencies;
        for (int c = 0; c < 65536; c++)
        {
            int index = GetWordItemTableIndex(charIndexTable, (char)c);
            int row = index < 0 ? -1 : wordIndexTable[index]; // char 0 "finds" an empty slot, whose row is -1
            _rowByChar[c] = row < 0 || row >= items.Length || items[row] is null ? -1 : row;
        }
        BuildTrie();
        _nodeFrequency = _nodeFrequencyList.ToArray();
        _children = new EdgeTable(_childrenBuild);
        _childrenBuild.Clear();
    }

    /// <summary>Number of memoised prefixes (for diagnostics).</summary>
    public int TrieNodeCount => _nodeFrequency.Length;

    /// <summary>Frequency of the single character <paramref name="c"/> as a word (0 when absent).</summary>
    public int SingleFrequency(char c) => _singleFrequency[c];

    /// <summary>Trie node of the one-char prefix <paramref name="c"/>, or -1 when no dictionary word starts with it.</summary>
    public int RootOf(char c) => _rootByChar[c];

    /// <summary>Node of the prefix extended by <paramref name="c"/>, or -1 when no dictionary word has that prefix.</summary>
    public int Child(int node, char c) => _children.Get(((long)node << 16) | c);

    /// <summary>Frequency of the node's prefix when it is a dictionary word, else -1.</summary>
    public int WordFrequency(int node) => _nodeFrequency[node];

    // Replays, for every prefix of every word, the lookups HHMMSegmenter makes (GetPrefixMatch from the parent's
    // result, IsEqual, GetFrequency) and stores their answers; prefixes of no word cannot match, so they need no node.
    private void BuildTrie()
    {
        var key = new char[64];
        for (int c = 0; c < 65536; c++)
        {
            _rootByChar[c] = -1;
            if (c < 0x4E00 || c > 0x9FA5 || _rowByChar[c] < 0) continue; // only Hanzi are looked up (and start word searches)
            _singleFrequency[c] = GetFrequency([(char)c]);
            key[0] = (char)c;
            int found = GetPrefixMatch(key.AsSpan(0, 1), 0);
            if (found < 0) continue;
            int root = NewNode(found, -1);
            _rootByChar[c] = root;
            foreach (var item in _items[_rowByChar[c]])
            {
                if (item is null) continue;
                int node = root;
                for (int k = 0; k < item.Length && node >= 0; k++)
                {
                    if (k + 2 > key.Length) Array.Resize(ref key, key.Length * 2);
                    key[k + 1] = item[k];
                    long edge = ((long)node << 16) | item[k];
                    if (_childrenBuild.TryGetValue(edge, out var child)) { node = child; continue; }
                    var prefix = key.AsSpan(0, k + 2);
                    int childFound = GetPrefixMatch(prefix, _nodeFound[node]);
                    child = childFound < 0 ? -1
                        : NewNode(childFound, IsEqual(prefix, childFound) ? GetFrequency(prefix) : -1);
                    _childrenBuild[edge] = child;
                    node = child;
                }
            }
        }
    }

    private int NewNode(int found, int frequency)
    {
        _nodeFound.Add(found);
        _nodeFrequencyList.Add(frequency);
        return _nodeFound.Count - 1;
    }

    // Port of WordDictionary.GetWordItemTableIndex (double hashing over charIndexTable).
    private static int GetWordItemTableIndex(char[] charIndexTable, char c)
    {
        int hash1 = (int)(SmartCnHash.Hash1(c) % PrimeIndexLength);
        int hash2 = SmartCnHash.Hash2(c) % PrimeIndexLength;
        if (hash1 < 0) hash1 = PrimeIndexLength + hash1;
        if (hash2 < 0) hash2 = PrimeIndexLength + hash2;
        int index = hash1;
        int i = 1;
        while (charIndexTable[index] != 0 && charIndexTable[index] != c && i < PrimeIndexLength)
        {
            index = (hash1 + i * hash2) % PrimeIndexLength;
            i++;
        }
        return i < PrimeIndexLength && charIndexTable[index] == c ? index : -1;
    }

    /// <summary>Index of the first word (in its first character's row) that starts with <paramref name="key"/>, searching from <paramref name="knownStart"/>; -1 if none.</summary>
    public int GetPrefixMatch(ReadOnlySpan<char> key, int knownStart)
    {
        int row = _rowByChar[key[0]];
        if (row < 0) return -1;
        var items = _items[row];
        int start = knownStart, end = items.Length - 1;
        int mid = (start + end) / 2;
        while (start <= end)
        {
            int cmp = CompareByPrefix(key, items[mid]);
            if (cmp == 0)
            {
                while (mid >= 0 && CompareByPrefix(key, items[mid]) == 0) mid--;
                return mid + 1;
            }
            if (cmp < 0) end = mid - 1;
            else start = mid + 1;
            mid = (start + end) / 2;
        }
        return -1;
    }

    /// <summary>Whether the word at <paramref name="itemIndex"/> of <paramref name="key"/>'s row is exactly <paramref name="key"/>.</summary>
    public bool IsEqual(ReadOnlySpan<char> key, int itemIndex)
    {
        var item = _items[_rowByChar[key[0]]][itemIndex];
        if (item is null) return key.Length <= 1;
        return key[1..].SequenceEqual(item);
    }

    /// <summary>The word's frequency, 0 when absent.</summary>
    public int GetFrequency(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return 0;
        int row = _rowByChar[key[0]];
        if (row < 0) return 0;
        var items = _items[row];
        int start = 0, end = items.Length - 1;
        int mid = (start + end) / 2;
        while (start <= end)
        {
            int cmp = CompareItem(items[mid], key);
            if (cmp == 0) return _frequencies[row][mid];
            if (cmp < 0) start = mid + 1;
            else end = mid - 1;
            mid = (start + end) / 2;
        }
        return 0;
    }

    // Utility.CompareArrayByPrefix(key, 1, item, 0): 0 when key[1..] is a prefix of item.
    private static int CompareByPrefix(ReadOnlySpan<char> key, char[]? item)
    {
        if (item is null) return key.Length > 1 ? 1 : 0;
        int si = 1, li = 0;
        while (si < key.Length && li < item.Length && key[si] == item[li]) { si++; li++; }
        if (si == key.Length) return 0;
        if (li == item.Length) return 1;
        return key[si] > item[li] ? 1 : -1;
    }

    // Utility.CompareArray(item, 0, key, 1).
    private static int CompareItem(char[]? item, ReadOnlySpan<char> key)
    {
        if (item is null) return key.Length <= 1 ? 0 : -1;
        int li = 0, ri = 1;
        while (li < item.Length && ri < key.Length && item[li] == key[ri]) { li++; ri++; }
        if (li == item.Length) return ri == key.Length ? 0 : -1;
        if (ri == key.Length) return 1;
        return item[li] > key[ri] ? 1 : -1;
    }

    /// <summary>Read-only open-addressing map (node, char) → child, key and value side by side: one cache line per lookup.</summary>
    private sealed class EdgeTable
    {
        private readonly Entry[] _entries;
        private readonly int _mask;

        private struct Entry { public long Key; public int Value; }

        public EdgeTable(Dictionary<long, int> edges)
        {
            int capacity = 1;
            while (capacity < edges.Count * 2) capacity <<= 1;
            _entries = new Entry[capacity];
            _mask = capacity - 1;
            foreach (var (key, value) in edges)
            {
                int i = Slot(key + 1);
                while (_entries[i].Key != 0) i = (i + 1) & _mask;
                _entries[i] = new Entry { Key = key + 1, Value = value };
            }
        }

        private int Slot(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 40) & _mask;

        /// <summary>The value stored for <paramref name="key"/>, or -1.</summary>
        public int Get(long key)
        {
            key++; // 0 marks an empty slot
            var entries = _entries;
            for (int i = Slot(key); ; i = (i + 1) & _mask)
            {
                ref var e = ref entries[i];
                if (e.Key == key) return e.Value;
                if (e.Key == 0) return -1;
            }
        }
    }
}

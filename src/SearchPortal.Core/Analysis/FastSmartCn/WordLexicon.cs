namespace SearchPortal.Core.Analysis.FastSmartCn;

/// <summary>
/// SmartCn's core word dictionary (words grouped by first character, the rest sorted), with the same lookups as
/// Lucene's WordDictionary (GetPrefixMatch, IsEqual, GetFrequency) over spans instead of freshly allocated arrays.
/// The per-character hash probe is resolved once for all 65,536 chars at construction.
/// </summary>
public sealed class WordLexicon
{
    private const int PrimeIndexLength = 12071;

    /// <summary>Row of <see cref="_items"/> for each char, or -1 when the dictionary has no word starting with it.</summary>
    private readonly int[] _rowByChar = new int[65536];
    private readonly char[]?[][] _items;
    private readonly int[][] _frequencies;

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
}

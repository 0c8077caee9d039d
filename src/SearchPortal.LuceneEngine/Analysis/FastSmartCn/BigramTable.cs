namespace SearchPortal.LuceneEngine.Analysis.FastSmartCn;

/// <summary>
/// SmartCn's bigram frequencies ("w1@w2"), an open-addressing table keyed by a 64-bit hash. Lookups follow the same
/// probe sequence as Lucene's BigramDictionary, with the key hashed in streaming steps (no "w1@w2" buffer).
/// </summary>
public sealed class BigramTable
{
    private const int PrimeBigramLength = 402137;
    private readonly long[] _hashes;
    private readonly int[] _frequencies;

    internal BigramTable(long[] hashes, int[] frequencies)
    {
        if (hashes.Length != PrimeBigramLength || frequencies.Length != PrimeBigramLength)
            throw new InvalidOperationException($"Unexpected SmartCn bigram table size {hashes.Length}");
        _hashes = hashes;
        _frequencies = frequencies;
        foreach (var h in hashes)
            if (h != 0) _present[FilterSlot(h)] |= 1UL << (int)FilterBit(h);
    }

    // Most word pairs are not in the table; this 512 KB bit filter over the stored 64-bit ids answers "absent" without
    // touching the 4.8 MB table (a key whose id is not stored can never be found, so the answer is unchanged).
    private const int FilterBits = 22;
    private readonly ulong[] _present = new ulong[(1 << FilterBits) / 64];
    private static ulong Mix(long h) => (ulong)h * 0x9E3779B97F4A7C15UL >> (64 - FilterBits);
    private static int FilterSlot(long h) => (int)(Mix(h) >> 6);
    private static ulong FilterBit(long h) => Mix(h) & 63;

    /// <summary>Frequency of the key whose full hashes are <paramref name="hashId"/> (Hash1) and <paramref name="djb"/> (Hash2); 0 when absent.</summary>
    public int GetFrequency(long hashId, int djb)
    {
        if ((_present[FilterSlot(hashId)] & (1UL << (int)FilterBit(hashId))) == 0) return 0;
        int hash1 = (int)(hashId % PrimeBigramLength);
        int hash2 = djb % PrimeBigramLength;
        if (hash1 < 0) hash1 = PrimeBigramLength + hash1;
        if (hash2 < 0) hash2 = PrimeBigramLength + hash2;
        int index = hash1;
        int i = 1;
        var hashes = _hashes;
        while (hashes[index] != 0 && hashes[index] != hashId && i < PrimeBigramLength)
        {
            index = (hash1 + i * hash2) % PrimeBigramLength;
            i++;
        }
        return i < PrimeBigramLength && hashes[index] == hashId ? _frequencies[index] : 0;
    }

    /// <summary>Frequency of <paramref name="key"/> hashed as a whole (for tests and one-off lookups).</summary>
    public int GetFrequency(ReadOnlySpan<char> key)
    {
        long h1 = SmartCnHash.FnvOffset;
        int h2 = SmartCnHash.DjbSeed;
        foreach (var c in key) { h1 = SmartCnHash.Fnv(h1, c); h2 = SmartCnHash.Djb(h2, c); }
        return GetFrequency(h1, h2);
    }
}

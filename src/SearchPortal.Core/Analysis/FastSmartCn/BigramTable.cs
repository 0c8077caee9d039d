namespace SearchPortal.Core.Analysis.FastSmartCn;

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
    }

    /// <summary>Frequency of the key whose full hashes are <paramref name="hashId"/> (Hash1) and <paramref name="djb"/> (Hash2); 0 when absent.</summary>
    public int GetFrequency(long hashId, int djb)
    {
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

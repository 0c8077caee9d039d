namespace SearchPortal.LuceneEngine.Analysis.FastSmartCn;

/// <summary>
/// The two hash functions SmartCn's dictionaries were built with (FNV-1 64-bit variant and a djb2 variant), written as
/// streaming steps so a bigram key "w1@w2" can be hashed without building it. Arithmetic (including the
/// operator precedence of the djb2 step) must stay bit-identical to Lucene's AbstractDictionary.
/// </summary>
internal static class SmartCnHash
{
    public const long FnvPrime = 1099511628211L;
    public const long FnvOffset = unchecked((long)0xcbf29ce484222325L);
    public const int DjbSeed = 5381;

    public static long Fnv(long hash, char d)
    {
        hash = (hash ^ (d & 0x00FF)) * FnvPrime;
        return (hash ^ (d >> 8)) * FnvPrime;
    }

    public static int Djb(int hash, char d)
    {
        hash = ((hash << 5) + hash) + d & 0x00FF;
        return ((hash << 5) + hash) + d >> 8;
    }

    /// <summary>AbstractDictionary.Hash1(char): FNV plus an avalanche, used for the per-character word index.</summary>
    public static long Hash1(char c)
    {
        long hash = Fnv(FnvOffset, c);
        hash += hash << 13;
        hash ^= hash >> 7;
        hash += hash << 3;
        hash ^= hash >> 17;
        hash += hash << 5;
        return hash;
    }

    /// <summary>AbstractDictionary.Hash2(char).</summary>
    public static int Hash2(char c) => Djb(DjbSeed, c);
}

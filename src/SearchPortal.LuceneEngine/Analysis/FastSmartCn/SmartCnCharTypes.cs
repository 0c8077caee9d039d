using Lucene.Net.Analysis.Cn.Smart;

namespace SearchPortal.LuceneEngine.Analysis.FastSmartCn;

/// <summary>SmartCn's character classes (Utility.GetCharType) as a 64 K lookup table.</summary>
internal static class SmartCnCharTypes
{
    // Bytes, not the int-sized enum: 64 KB stays in cache.
    private static readonly byte[] Table = Build();

    public static CharType Of(char c) => (CharType)Table[c];

    private static byte[] Build()
    {
        var table = new byte[65536];
        for (int c = 0; c < table.Length; c++) table[c] = (byte)Classify((char)c);
        return table;
    }

    // Same tests in the same order as Lucene's Utility.GetCharType.
    private static CharType Classify(char ch)
    {
        if (ch >= 0x4E00 && ch <= 0x9FA5) return CharType.HANZI;
        if ((ch >= 0x0041 && ch <= 0x005A) || (ch >= 0x0061 && ch <= 0x007A)) return CharType.LETTER;
        if (ch >= 0x0030 && ch <= 0x0039) return CharType.DIGIT;
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '\u3000') return CharType.SPACE_LIKE;
        if ((ch >= 0x0021 && ch <= 0x00BB) || (ch >= 0x2010 && ch <= 0x2642) || (ch >= 0x3001 && ch <= 0x301E))
            return CharType.DELIMITER;
        if ((ch >= 0xFF21 && ch <= 0xFF3A) || (ch >= 0xFF41 && ch <= 0xFF5A)) return CharType.FULLWIDTH_LETTER;
        if (ch >= 0xFF10 && ch <= 0xFF19) return CharType.FULLWIDTH_DIGIT;
        if (ch >= 0xFE30 && ch <= 0xFF63) return CharType.DELIMITER;
        return CharType.OTHER;
    }
}

using System.Text;
using System.Text.Unicode;

namespace SearchPortal.Core.Corpus;

/// <summary>
/// Decodes file bytes to text, detecting the encoding per file:
/// BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE) → strict UTF-8 → strict GB18030 that reads as Chinese/ASCII text;
/// bytes with NULs are binary unless they read as Chinese/ASCII UTF-16 without a BOM.
/// </summary>
/// <remarks>
/// No statistical detector (UTF.Unknown) on purpose: strict UTF-8 validation is definitive for the dominant case,
/// GB18030 (a superset of GBK/GB2312) is the only legacy encoding in scope, and a detector guessing among Big5,
/// EUC-KR, Shift-JIS and Latin-1 on short Chinese files is more often wrong than a strict decode plus a plausibility
/// check. Files that fail every route are reported instead of being indexed as mojibake.
/// </remarks>
public sealed class TextDecoder
{
    /// <summary>Share of characters that must be CJK, ASCII or common punctuation for a GB18030 decode to be accepted.</summary>
    private const double MinPlausibleShare = 0.95;

    /// <summary>Control characters (other than tab/newlines/form feed) allowed before a file counts as binary.</summary>
    private const double MaxControlShare = 0.01;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UTF32Encoding StrictUtf32Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);

    private readonly Encoding _gb18030;

    public TextDecoder()
    {
        // Registering the provider is idempotent and process-wide; the encoding object itself is immutable.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _gb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="DocumentReadException"/> for empty, binary or undecodable input.</summary>
    public (string Text, string EncodingName) Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0) throw new DocumentReadException("文件为空 (empty file)");
        var span = bytes.AsSpan();

        // UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the same two bytes.
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return Checked(DecodeWithBom(StrictUtf32Le, span[4..], "UTF-32"), "utf-32le");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Checked(DecodeWithBom(StrictUtf8, span[3..], "UTF-8"), "utf-8-bom");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Checked(DecodeWithBom(StrictUtf16Le, span[2..], "UTF-16"), "utf-16le");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Checked(DecodeWithBom(StrictUtf16Be, span[2..], "UTF-16"), "utf-16be");

        // Without a BOM a NUL byte never occurs in UTF-8 or GB18030 text: it marks a binary file, unless the bytes
        // read as Chinese/ASCII UTF-16 (some tools save UTF-16 without a BOM; ASCII characters then carry NULs).
        if (span.IndexOf((byte)0) >= 0)
        {
            if (TryUtf16WithoutBom(span, out var utf16, out var name)) return (utf16, name);
            throw Binary();
        }

        if (Utf8.IsValid(span))
            return Checked(StrictUtf8.GetString(span), "utf-8");

        string gb;
        try { gb = _gb18030.GetString(span); }
        catch (DecoderFallbackException) { throw Undecodable(); }
        if (!LooksLikeChineseText(gb)) throw Undecodable();
        return Checked(gb, "gb18030");
    }

    private static bool TryUtf16WithoutBom(ReadOnlySpan<byte> span, out string text, out string name)
    {
        (text, name) = ("", "");
        if (span.Length % 2 != 0) return false;
        foreach (var (encoding, encodingName) in new (Encoding, string)[] { (StrictUtf16Le, "utf-16le"), (StrictUtf16Be, "utf-16be") })
        {
            string candidate;
            try { candidate = encoding.GetString(span); }
            catch (DecoderFallbackException) { continue; }
            if (!LooksBinary(candidate) && LooksLikeChineseText(candidate))
            {
                (text, name) = (candidate, encodingName);
                return true;
            }
        }
        return false;
    }

    private static string DecodeWithBom(Encoding encoding, ReadOnlySpan<byte> body, string name)
    {
        if (body.Length == 0) throw new DocumentReadException($"文件为空，只有 {name} 字节顺序标记 (empty file: byte-order mark only)");
        try { return encoding.GetString(body); }
        catch (DecoderFallbackException)
        {
            throw new DocumentReadException($"{name} 编码中有无效字节 (invalid bytes for the {name} byte-order mark)");
        }
    }

    private static (string, string) Checked(string text, string encodingName)
    {
        if (LooksBinary(text)) throw Binary();
        return (text, encodingName);
    }

    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0') return true;
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c == 0x7F) control++;
        }
        return control > Math.Max(2, text.Length * MaxControlShare);
    }

    /// <summary>GB18030 decodes many byte sequences; accept it only when the result is overwhelmingly Chinese/ASCII text.</summary>
    private static bool LooksLikeChineseText(string text)
    {
        var plausible = 0;
        var cjk = 0;
        foreach (var c in text)
        {
            // Surrogate pairs: GB18030 four-byte sequences map to CJK extension B+ (e.g. 𠀀).
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' || char.IsSurrogate(c)) { cjk++; plausible++; }
            else if (c is >= ' ' and <= '~' or '\t' or '\n' or '\r'
                     or >= '\u3000' and <= '\u303F'   // CJK punctuation
                     or >= '\uFF00' and <= '\uFFEF'   // full-width forms
                     or >= '\u2010' and <= '\u203B'   // dashes, quotes, ellipsis, ※
                     or '\u00B7' or '\u00A0' or '\u00D7' or '\u00F7' or >= '\u2460' and <= '\u24FF' or >= '\u2160' and <= '\u217F')
                plausible++;
        }
        return cjk > 0 && plausible >= text.Length * MinPlausibleShare;
    }

    private static DocumentReadException Binary() => new("二进制文件 (binary file, not text)");

    private static DocumentReadException Undecodable() =>
        new("无法识别的编码：既不是 UTF-8/UTF-16，也不是 GB18030 文本 (undecodable bytes: not UTF-8, UTF-16 or GB18030 text)");
}

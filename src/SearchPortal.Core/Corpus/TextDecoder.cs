using System.Text;

namespace SearchPortal.Core.Corpus;

/// <summary>Decodes file bytes to text, detecting the encoding per file.</summary>
public sealed class TextDecoder
{
    // PLACEHOLDER: UTF-8 only; the reading work replaces this with BOM/GB18030 detection.
    public (string Text, string EncodingName) Decode(byte[] bytes)
    {
        if (bytes.Length == 0) throw new DocumentReadException("文件为空 (empty file)");
        return (new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF'), "utf-8");
    }
}

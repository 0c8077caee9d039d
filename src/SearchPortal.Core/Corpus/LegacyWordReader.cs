namespace SearchPortal.Core.Corpus;

/// <summary>
/// Word 97–2003 (.doc) and WPS (.wps) files: binary formats no maintained .NET library reads well. They are listed
/// and reported with how to convert them, rather than skipped in silence (an office has many of them).
/// </summary>
public sealed class LegacyWordReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".doc", ".wps"];

    public RawDocument Read(CorpusFile file, byte[] bytes) =>
        throw new DocumentReadException(
            $"旧版 {(file.Extension.Equals(".wps", StringComparison.OrdinalIgnoreCase) ? "WPS" : "Word 97-2003")} 格式（{file.Extension}）不能直接索引，" +
            "请转换为 .docx：libreoffice --headless --convert-to docx 文件名 (legacy binary format: convert it to .docx)");
}

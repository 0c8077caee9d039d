namespace SearchPortal.Core.Corpus;

/// <summary>Splits text into its non-blank lines (any line ending: \n, \r\n, \r, U+2028…), shared by every reader.</summary>
internal static class TextLines
{
    public static IEnumerable<string> NonBlank(string text)
    {
        var result = new List<string>();
        foreach (var line in text.AsSpan().EnumerateLines())
            if (!line.IsWhiteSpace()) result.Add(line.ToString());
        return result;
    }

    public static void AddParagraphs(List<TextBlock> blocks, string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
            if (!line.IsWhiteSpace()) blocks.Add(new TextBlock(BlockKind.Paragraph, line.Trim().ToString()));
    }
}

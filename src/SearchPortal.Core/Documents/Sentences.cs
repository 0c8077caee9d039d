namespace SearchPortal.Core.Documents;

/// <summary>Where a sentence ends, for every part that works with sentences (同句, the index's sentence gaps, definitions).</summary>
public static class Sentences
{
    /// <summary>A sentence ends at 。！？；!?; or a line break.</summary>
    public static readonly char[] Ends = ['。', '！', '？', '；', '!', '?', ';', '\n', '\r'];

    public static bool IsEnd(char c) => Array.IndexOf(Ends, c) >= 0;

    /// <summary>The sentences of a text, each without its closing mark; empty ones left out.</summary>
    public static IEnumerable<string> Split(string text) =>
        text.Split(Ends, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

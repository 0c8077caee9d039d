using SearchPortal.Core.Corpus;

namespace SearchPortal.Core.Documents;

/// <summary>Removes scraping noise from blocks without losing text.</summary>
public sealed class NoiseCleaner
{
    // PLACEHOLDER: trims only; the reading work implements bylines, NBSP lines, trailing junk, zero-width chars.
    public IReadOnlyList<TextBlock> Clean(IReadOnlyList<TextBlock> blocks) =>
        blocks.Select(b => b with { Text = b.Text.Trim() }).Where(b => b.Text.Length > 0).ToList();
}

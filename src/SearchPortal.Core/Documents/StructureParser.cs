using SearchPortal.Core.Corpus;

namespace SearchPortal.Core.Documents;

/// <summary>Turns cleaned blocks into numbered paragraphs with heading paths.</summary>
public sealed class StructureParser
{
    // PLACEHOLDER: headings only from the reader; the understanding work adds 一、（一）1. detection.
    public IReadOnlyList<Paragraph> Parse(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<Paragraph>();
        var path = new List<(int Level, string Text)>();
        foreach (var b in blocks)
        {
            if (b.Kind == BlockKind.Heading)
            {
                path.RemoveAll(h => h.Level >= b.Level);
                path.Add((b.Level, b.Text));
                result.Add(new Paragraph(result.Count + 1, b.Text, string.Join(" › ", path.Select(h => h.Text)), b.Level));
            }
            else
            {
                result.Add(new Paragraph(result.Count + 1, b.Text, string.Join(" › ", path.Select(h => h.Text))));
            }
        }
        return result;
    }
}

namespace SearchPortal.Core.Corpus.Pdf;

/// <summary>
/// One line of text on a PDF page, with its box in page units (PDF coordinates: y grows upwards) and the page's size,
/// so that headers, footers and paragraph breaks can be told from the geometry.
/// </summary>
public sealed record PageLine(int Page, string Text, double Left, double Right, double Bottom, double Top, double PageWidth, double PageHeight)
{
    public double Height => Top - Bottom;

    /// <summary>How far the line sits from the page's top edge, as a share of the page height (0 = top).</summary>
    public double FromTop => (PageHeight - Top) / PageHeight;

    /// <summary>How far the line sits from the page's bottom edge, as a share of the page height (0 = bottom).</summary>
    public double FromBottom => Bottom / PageHeight;
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SearchPortal.Web.Collections;

/// <summary>
/// A collection as a Word document: the name as a Title paragraph, then each item as its own paragraph followed by a
/// paragraph with its citation (style 引用出处). The styles set a Chinese font (宋体, titles 黑体, citations 楷体) for
/// East Asian text, so Word does not fall back to a Latin font's substitutes.
/// </summary>
public static class CollectionDocxWriter
{
    public const string CitationStyle = "Citation";
    public const string BodyFont = "宋体";

    public static byte[] Write(CollectionDetail collection)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body(Paragraph(collection.Name, "Title"));
            foreach (var item in collection.Items)
            {
                body.Append(Paragraph(item.Text, null));
                body.Append(Paragraph(item.Citation, CitationStyle));
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var p = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style != null) p.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return p;
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = "24" }, new Languages { EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(
            new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "360" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts("黑体"), new Bold(), new FontSize { Val = "36" })) { Type = StyleValues.Paragraph, StyleId = "Title" },
        new Style(
            new StyleName { Val = "引用出处" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Right }),
            new StyleRunProperties(Fonts("楷体"), new FontSize { Val = "21" })) { Type = StyleValues.Paragraph, StyleId = CitationStyle });

    private static RunFonts Fonts(string eastAsia) => new() { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = eastAsia, Hint = FontTypeHintValues.EastAsia };
}

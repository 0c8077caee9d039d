namespace SearchPortal.Web.Collections;

/// <summary>The 收藏 links: the save page for a paragraph or a quotation, returning to the page the writer was on.</summary>
public static class CollectionLinks
{
    public static string SaveParagraph(string documentId, int ordinal, HttpRequest back) =>
        $"/collections/save?doc={Uri.EscapeDataString(documentId)}&p={ordinal}&return={Return(back)}";

    public static string SaveQuote(string key, HttpRequest back) =>
        $"/collections/save?key={Uri.EscapeDataString(key)}&return={Return(back)}";

    private static string Return(HttpRequest back) => Uri.EscapeDataString(back.Path + back.QueryString);
}

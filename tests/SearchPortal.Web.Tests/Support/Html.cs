using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SearchPortal.Web.Tests.Support;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<(HttpResponseMessage Response, IDocument Page)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response, Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Total hits as the results page states it (data-total on the summary line).</summary>
    public static int Total(this IDocument page) =>
        int.Parse(page.QuerySelector(".results-summary")?.GetAttribute("data-total")
                  ?? throw new InvalidOperationException("no results summary on the page"));
}

using System.Text;

namespace SearchPortal.Web.Collections;

/// <summary>A collection as plain text: the name, then each item and its citation, a blank line between items.</summary>
public static class CollectionTextWriter
{
    public static string Write(CollectionDetail collection)
    {
        // CRLF: the file is opened in Windows editors as often as anywhere.
        var sb = new StringBuilder().Append(collection.Name).Append("\r\n\r\n");
        foreach (var item in collection.Items) sb.Append(item.Text).Append("\r\n").Append(item.Citation).Append("\r\n\r\n");
        return sb.ToString();
    }

    /// <summary>UTF-8 with a byte-order mark, so Notepad and WPS read the Chinese correctly.</summary>
    public static byte[] Bytes(CollectionDetail collection) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Write(collection))];
}

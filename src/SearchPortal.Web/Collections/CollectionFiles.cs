namespace SearchPortal.Web.Collections;

/// <summary>The export formats (docx, txt): one place for their content types and file names, for the page and the API.</summary>
public static class CollectionFiles
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string TextType = "text/plain; charset=utf-8";

    /// <summary>The file for <paramref name="format"/> (docx when absent), or null for a format not offered.</summary>
    public static (byte[] Bytes, string ContentType, string FileName)? Export(CollectionDetail collection, string? format)
    {
        var name = string.Concat(collection.Name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        return (format ?? "docx").Trim().ToLowerInvariant() switch
        {
            "docx" or "word" => (CollectionDocxWriter.Write(collection), DocxType, name + ".docx"),
            "txt" or "text" => (CollectionTextWriter.Bytes(collection), TextType, name + ".txt"),
            _ => null,
        };
    }
}

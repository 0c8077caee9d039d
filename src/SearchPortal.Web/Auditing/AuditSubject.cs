namespace SearchPortal.Web.Auditing;

/// <summary>Lets an action name what it worked on when no query-string or route value does (a posted draft).</summary>
public static class AuditSubject
{
    private static readonly object Key = new();
    private const int DraftPreview = 40;

    public static void Set(HttpContext context, string subject) => context.Items[Key] = subject;

    public static string? Get(HttpContext context) => context.Items.TryGetValue(Key, out var s) ? s as string : null;

    /// <summary>A draft is not copied into the log: its opening words and length identify it.</summary>
    public static string DescribeDraft(string? draft)
    {
        var text = (draft ?? "").ReplaceLineEndings(" ").Trim();
        var cut = text.Length <= DraftPreview ? text
            : text[..(char.IsHighSurrogate(text[DraftPreview - 1]) ? DraftPreview - 1 : DraftPreview)] + "…";
        return $"{cut}（共 {text.Length} 字）";
    }
}

namespace SearchPortal.Accounts.Data;

internal static class AuditLimits
{
    /// <summary>A query is at most SearchLimits.MaxQueryLength and a draft is summarised: this only bounds a row.</summary>
    public const int MaxSubjectLength = 1000;

    public static string CutSubject(string s)
    {
        if (s.Length <= MaxSubjectLength) return s;
        var end = char.IsHighSurrogate(s[MaxSubjectLength - 1]) ? MaxSubjectLength - 1 : MaxSubjectLength;
        return s[..end];
    }
}

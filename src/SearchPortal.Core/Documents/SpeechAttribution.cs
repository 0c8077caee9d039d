using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>
/// Who speaks, in what role and at which level, and on what occasion, from the head of a document: the editor's
/// note, the title ("副县长在…上的讲话"), the subtitles and byline under it ("县委书记　周文斌"), and the file name.
/// Speech-like documents (a speech type, or a title "在…上的") are searched more widely than others.
/// </summary>
public sealed partial class SpeechAttribution(SpeakerExtractor speakers, LevelDetector levels, OccasionExtractor occasions)
{
    /// <summary>Types whose title or subtitle names a speaker's role ("副县长在…上的讲话").</summary>
    private static readonly HashSet<string> SpeechTypes = ["讲话", "报告", "心得体会"];

    /// <summary>Sets speaker, role, level and occasion; reads <see cref="DocumentMetadata.Type"/>, set before.</summary>
    public void Apply(DocumentMetadata meta, DocumentHead head)
    {
        var speechLike = SpeechTypes.Contains(meta.Type) || SpeechTitleRegex().IsMatch(head.Title);
        var subtitles = head.Lines.Take(10).Where(l => l.Length <= DocumentHead.MaxShortLine && l != head.Title)
            .Select(l => l.TrimStart('—', '-', '－', '―', '─', ' ', '　')).ToList();

        // "县委书记　周文斌" / "石门镇党委书记　刘海燕" under the title: the author's role and name.
        var byline = subtitles.Take(4).Select(speakers.FromByline).FirstOrDefault(b => b != null);
        var fileTitle = DocumentHeadReader.TitleFromFileName(head.Id);

        meta.Speaker = FirstNonEmpty(
            () => head.Note.Length > 0 ? speakers.FromNote(head.Note) : "",
            () => speakers.FromTitle(head.Title),
            () => speechLike ? subtitles.Select(speakers.FromTitle).FirstOrDefault(s => s.Length > 0) ?? "" : "",
            () => byline?.Name ?? "");

        if (speechLike || byline != null)
        {
            // The speaker's role is the one named before "在" ("市委书记在市委常委班子民主生活会上…"); a role inside
            // the occasion (市委常委班子) is the audience. Then the byline, then the file name's title.
            var role = RoleBeforeAt(head.Title)
                       ?? (byline is { } b ? (b.Role, b.Level) : ((string Role, string Level)?)null)
                       ?? subtitles.Where(s => SpeechTitleRegex().IsMatch(s)).Select(RoleBeforeAt).FirstOrDefault(r => r != null)
                       ?? (fileTitle != head.Title ? RoleBeforeAt(fileTitle) : null);
            if (role is { } r)
            {
                meta.Role = r.Role;
                meta.Level = r.Level;
            }
        }
        if (meta.Level.Length == 0)
            meta.Level = FirstNonEmpty(
                () => levels.LevelFromTitle(head.TitleWithoutQuotes),
                () => levels.LevelFromTitle(head.Title),
                () => levels.LevelFromText(head.Lines.Take(20)));

        meta.OccasionDetail = FirstNonEmpty(
            () => occasions.Find(head.Title),
            () => occasions.Find(head.Note),
            () => speechLike ? subtitles.Select(occasions.Find).FirstOrDefault(o => o.Length > 0) ?? "" : "");
        meta.Occasion = occasions.Canonical(meta.OccasionDetail);
    }

    /// <summary>
    /// The role in a speech title: before "在…上的" only ("副县长在…"); a title without that pattern is searched whole
    /// ("县委书记关于…的讲话"). The leftmost, then longest, role wins.
    /// </summary>
    private (string Role, string Level)? RoleBeforeAt(string title)
    {
        var m = SpeechTitleRegex().Match(title);
        return levels.FindRole(m.Success ? title[..m.Index] : title);
    }

    private static string FirstNonEmpty(params Func<string>[] candidates)
    {
        foreach (var candidate in candidates)
            if (candidate() is { Length: > 0 } value) return value;
        return "";
    }

    [GeneratedRegex(@"在[^，。]{2,40}?上的")]
    private static partial Regex SpeechTitleRegex();
}

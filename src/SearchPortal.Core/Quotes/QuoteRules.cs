using System.Text.RegularExpressions;

namespace SearchPortal.Core.Quotes;

/// <summary>A known speaker or classical book: its kind, the name shown, and the regex of the ways texts name it.</summary>
public sealed record QuoteSpeaker(QuoteKind Kind, string Name, string Aliases, Regex Pattern, string CitedAs)
{
    public const string TitlePrefix = "title:";

    /// <summary>A title used without a name (总书记): <see cref="Name"/> is title:NAMES, resolved from the context.</summary>
    public bool IsTitle => Name.StartsWith(TitlePrefix, StringComparison.Ordinal);

    /// <summary>The names a title may stand for, the default first.</summary>
    public IReadOnlyList<string> TitleNames => IsTitle ? Name[TitlePrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [Name];
}

/// <summary>
/// An attribution rule: when <see cref="Pattern"/> matches the words just before a quotation, the quotation is
/// attributed to <see cref="WhoTemplate"/> (regex substitutions such as ${who} allowed) with <see cref="Kind"/>,
/// unless the named speaker is a known one (<see cref="QuoteRules.Speakers"/>), whose kind wins.
/// </summary>
public sealed record AttributionRule(QuoteKind Kind, string WhoTemplate, Regex Pattern);

/// <summary>
/// All quotation rules, read from the data folder (quote-*.txt) so editors can tune them without a build:
/// settings, known terms, speakers, attribution patterns, exclusion contexts and the classical-Chinese markers.
/// </summary>
public sealed class QuoteRules
{
    public int MinHan { get; private init; } = 8;
    public int MaxChars { get; private init; } = 400;
    public int LeadWindow { get; private init; } = 40;
    public double ClassicalMinDensity { get; private init; } = 0.12;
    public int ClassicalMinMarkers { get; private init; } = 2;
    public int ClassicalMaxClause { get; private init; } = 10;
    public int ClassicalMaxHan { get; private init; } = 60;

    /// <summary>Normalised keys (<see cref="QuoteKey.Normalize"/>) of phrases that are terms, never quotations.</summary>
    public IReadOnlySet<string> Terms { get; private init; } = new HashSet<string>();
    public IReadOnlyList<QuoteSpeaker> Speakers { get; private init; } = [];
    /// <summary>Any alias of any known speaker, anywhere in a text (for resolving 他 and 总书记 from the context).</summary>
    public Regex SpeakerMention { get; private init; } = new("(?!)");
    /// <summary>A clause reporting someone speaking (…表示 / …说): after the last named speaker it blocks resolving 他.</summary>
    public Regex OtherSpeaker { get; private init; } = new("(?!)");
    /// <summary>The lead ends with a known speaker's speech verb (习近平总书记强调，要 / 提出): direct speech even without a clause.</summary>
    public Regex SpeakerSpeech { get; private init; } = new("(?!)");
    /// <summary>The words between two quotations of one sentence keep the first one's speaker (强调“…”，要“…”).</summary>
    public Regex ContinuesPrevious { get; private init; } = new("(?!)");
    /// <summary>Words introducing a run of quoted provisions (协议规定“…”；“…”): long clauses in it are not a list of terms.</summary>
    public Regex IntroducesList { get; private init; } = new("(?!)");
    /// <summary>A lead ending with 提出: a named speaker's words without a clause need <see cref="ProposalMinHan"/> characters or a 、.</summary>
    public Regex ProposalVerb { get; private init; } = new("(?!)");
    public int ProposalMinHan { get; private init; } = 12;
    /// <summary>Normalised keys of well-known short sayings (quote-sayings.txt): quotations whatever their length or punctuation.</summary>
    public IReadOnlySet<string> Sayings { get; private init; } = new HashSet<string>();
    /// <summary>Shortest saying (Chinese characters) kept when a known speaker is named with a speech verb.</summary>
    public int MinHanAttributed { get; private init; } = 8;
    /// <summary>Shortest entry of quote-sayings.txt that counts (打铁还需自身硬 has seven).</summary>
    public int MinHanSaying { get; private init; } = 4;
    public IReadOnlyList<AttributionRule> Attributions { get; private init; } = [];
    /// <summary>Rules matched against the text after a quotation (kind column "after:…"), when the lead names nobody.</summary>
    public IReadOnlyList<AttributionRule> AfterAttributions { get; private init; } = [];
    /// <summary>The lead (text before a quotation) ends like this: the quotation is a theme, title, amendment text…</summary>
    public IReadOnlyList<Regex> ExcludeBefore { get; private init; } = [];
    /// <summary>Like <see cref="ExcludeAfter"/>, but only for quotations nobody is named for (“…”的目标).</summary>
    public IReadOnlyList<Regex> ExcludeAfterUnattributed { get; private init; } = [];
    /// <summary>Lead (坚持“…”) or after (“…”的量刑方法) of a formula used as a name or modifier: only when nobody at all is
    /// named and no speech verb introduces it (see <see cref="SpeechLead"/>).</summary>
    public IReadOnlyList<Regex> ExcludeBeforeUnnamed { get; private init; } = [];
    public IReadOnlyList<Regex> ExcludeAfterUnnamed { get; private init; } = [];
    /// <summary>The lead ends with any speech or writing verb (宣布“…”的吗 / 诉称“…”的理由): someone's words, even unnamed.</summary>
    public Regex SpeechLead { get; private init; } = new("(?!)");
    /// <summary>The quoted text itself looks like this: a title (关于…的意见), not a quotation.</summary>
    public IReadOnlyList<Regex> ExcludeText { get; private init; } = [];
    /// <summary>The text after a quotation starts like this: the quotation names a theme, event, campaign…</summary>
    public IReadOnlyList<Regex> ExcludeAfter { get; private init; } = [];
    /// <summary>The lead ends like direct speech (…说： / …指出，): the quotation is a sentence even without inner punctuation.</summary>
    public Regex DirectSpeech { get; private init; } = new("[：:]\\s*$");
    /// <summary>Characters that mark a clause inside a quotation (，。；！？ and half-width forms).</summary>
    public string ClausePunctuation { get; private init; } = "，。；！？,;!?";
    public string ClassicalMarkers { get; private init; } = "之乎者也其而以于则故曰矣焉兮哉夫";
    /// <summary>Markers rare in modern prose: a classical quotation has at least one.</summary>
    public string ClassicalStrongMarkers { get; private init; } = "之乎者也矣焉兮哉曰";
    public IReadOnlyList<string> ModernWords { get; private init; } = [];

    public const string SettingsFile = "quote-settings.txt";
    public const string TermsFile = "quote-terms.txt";
    public const string SpeakersFile = "quote-speakers.txt";
    public const string AttributionFile = "quote-attribution.txt";
    public const string ExclusionsFile = "quote-exclusions.txt";
    public const string ClassicalFile = "quote-classical.txt";
    public const string SayingsFile = "quote-sayings.txt";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static QuoteRules Load(string dataPath)
    {
        var settings = ReadKeyValues(dataPath, SettingsFile);
        var defines = new Dictionary<string, string>();
        var speakers = ReadLines(dataPath, SpeakersFile).Select(l => ParseSpeaker(l)).ToList();
        // {SPEAKER} in attribution patterns: every alias of every known speaker, as one alternation.
        defines["SPEAKER"] = "(?:" + string.Join("|", speakers.Select(s => s.Aliases)) + ")";
        var attributions = new List<AttributionRule>();
        var afterAttributions = new List<AttributionRule>();
        foreach (var line in ReadLines(dataPath, AttributionFile))
        {
            if (line.StartsWith("@define "))
            {
                var parts = line[8..].Split(' ', 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2) throw Bad(AttributionFile, line);
                defines[parts[0]] = Expand(parts[1], defines);
                continue;
            }
            var cols = line.Split('\t');
            var isAfter = cols[0].StartsWith("after:", StringComparison.Ordinal);
            if (cols.Length != 3 || !QuoteKinds.TryParse(isAfter ? cols[0][6..] : cols[0], out var kind)) throw Bad(AttributionFile, line);
            (isAfter ? afterAttributions : attributions).Add(
                new AttributionRule(kind, cols[1].Trim(), Compile(Expand(cols[2].Trim(), defines), AttributionFile)));
        }
        var before = new List<Regex>();
        var after = new List<Regex>();
        var quoted = new List<Regex>();
        var afterUnattributed = new List<Regex>();
        var beforeUnnamed = new List<Regex>();
        var afterUnnamed = new List<Regex>();
        foreach (var line in ReadLines(dataPath, ExclusionsFile))
        {
            var cols = line.Split('\t', 2);
            if (cols.Length != 2) throw Bad(ExclusionsFile, line);
            var re = Compile(Expand(cols[1].Trim(), defines), ExclusionsFile);
            if (cols[0] == "before") before.Add(re);
            else if (cols[0] == "after") after.Add(re);
            else if (cols[0] == "text") quoted.Add(re);
            else if (cols[0] == "unattributed") afterUnattributed.Add(re);
            else if (cols[0] == "unnamed-before") beforeUnnamed.Add(re);
            else if (cols[0] == "unnamed-after") afterUnnamed.Add(re);
            else throw Bad(ExclusionsFile, line);
        }
        var classical = ReadKeyValues(dataPath, ClassicalFile);
        Regex Setting(string key) => settings.TryGetValue(key, out var v) ? Compile(Expand(v, defines), SettingsFile) : new Regex("(?!)");
        var defaults = new QuoteRules();
        return new QuoteRules
        {
            MinHan = Int(settings, "min_han", defaults.MinHan),
            MaxChars = Int(settings, "max_chars", defaults.MaxChars),
            LeadWindow = Int(settings, "lead_window", defaults.LeadWindow),
            ClausePunctuation = settings.GetValueOrDefault("clause_punctuation", defaults.ClausePunctuation),
            DirectSpeech = settings.TryGetValue("direct_speech", out var ds) ? Compile(Expand(ds, defines), SettingsFile) : defaults.DirectSpeech,
            ClassicalMinDensity = Double(classical, "min_density", defaults.ClassicalMinDensity),
            ClassicalMinMarkers = Int(classical, "min_markers", defaults.ClassicalMinMarkers),
            ClassicalMaxClause = Int(classical, "max_clause", defaults.ClassicalMaxClause),
            ClassicalMaxHan = Int(classical, "max_han", defaults.ClassicalMaxHan),
            ClassicalMarkers = classical.GetValueOrDefault("markers", defaults.ClassicalMarkers),
            ClassicalStrongMarkers = classical.GetValueOrDefault("strong_markers", defaults.ClassicalStrongMarkers),
            ModernWords = classical.TryGetValue("modern", out var modern)
                ? modern.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [],
            Terms = ReadLines(dataPath, TermsFile).Select(QuoteKey.Normalize).Where(k => k.Length > 0).ToHashSet(),
            Speakers = speakers,
            SpeakerMention = Compile(defines["SPEAKER"], SpeakersFile),
            OtherSpeaker = Setting("other_speaker"),
            SpeakerSpeech = Setting("speaker_speech"),
            ContinuesPrevious = Setting("continues_previous"),
            IntroducesList = Setting("introduces_list"),
            ProposalVerb = Setting("proposal_verb"),
            ProposalMinHan = Int(settings, "proposal_min_han", defaults.ProposalMinHan),
            MinHanAttributed = Int(settings, "min_han_attributed", defaults.MinHanAttributed),
            MinHanSaying = Int(settings, "min_han_saying", defaults.MinHanSaying),
            Sayings = ReadLines(dataPath, SayingsFile).Select(QuoteKey.Normalize).Where(k => k.Length > 0).ToHashSet(),
            Attributions = attributions,
            AfterAttributions = afterAttributions,
            ExcludeBefore = before,
            ExcludeAfter = after,
            ExcludeText = quoted,
            ExcludeAfterUnattributed = afterUnattributed,
            ExcludeBeforeUnnamed = beforeUnnamed,
            ExcludeAfterUnnamed = afterUnnamed,
            SpeechLead = Setting("speech_lead"),
        };
    }

    /// <summary>The known speaker a name refers to (习近平同志 → 习近平), or null.</summary>
    public QuoteSpeaker? FindSpeaker(string name) => Speakers.FirstOrDefault(s => s.Pattern.IsMatch(name));

    /// <summary>How a citation names a canonical speaker (习近平 → 习近平总书记); other names as they are.</summary>
    public string CitedAs(string who) =>
        who.Length > 0 && Speakers.FirstOrDefault(s => s.Name == who) is { } s ? s.CitedAs : who;

    private static QuoteSpeaker ParseSpeaker(string line)
    {
        var cols = line.Split('\t');
        if (cols.Length is < 3 or > 4 || !QuoteKinds.TryParse(cols[0], out var kind)) throw Bad(SpeakersFile, line);
        var name = cols[1].Trim();
        return new QuoteSpeaker(kind, name, cols[2].Trim(), Compile("^(?:" + cols[2].Trim() + ")$", SpeakersFile),
            cols.Length == 4 ? cols[3].Trim() : name);
    }

    private static string Expand(string pattern, Dictionary<string, string> defines) =>
        Regex.Replace(pattern, @"\{([A-Z_]+)\}", m => defines.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    private static Regex Compile(string pattern, string file)
    {
        try { return new Regex(pattern, Options); }
        catch (ArgumentException ex) { throw new InvalidDataException($"引文规则文件 {file} 中的正则表达式有误 (bad regex): {pattern} — {ex.Message}", ex); }
    }

    private static InvalidDataException Bad(string file, string line) =>
        new($"引文规则文件 {file} 的行格式有误 (malformed line): {line}");

    /// <summary>Non-empty lines without # comments. A missing file is an empty rule set, not a crash.</summary>
    private static IEnumerable<string> ReadLines(string dataPath, string file) =>
        Documents.RuleFile.ReadOptionalLines(dataPath, file, trim: false);

    private static Dictionary<string, string> ReadKeyValues(string dataPath, string file)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ReadLines(dataPath, file))
        {
            var eq = line.IndexOf('=');
            if (eq <= 0) throw Bad(file, line);
            result[line[..eq].Trim()] = line[(eq + 1)..].Trim();
        }
        return result;
    }

    private static int Int(Dictionary<string, string> d, string key, int fallback) =>
        d.TryGetValue(key, out var v) && int.TryParse(v, out var n) ? n : fallback;

    private static double Double(Dictionary<string, string> d, string key, double fallback) =>
        d.TryGetValue(key, out var v) && double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;
}

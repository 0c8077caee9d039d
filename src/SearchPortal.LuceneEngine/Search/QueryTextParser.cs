using System.Text;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Parses the query language: plain words (AND), "exact phrases", -exclusions, A OR B, and field prefixes
/// (title:/标题:, type:/类型:, year:/年份: with ranges 2019..2022, level:/级别:, role:/职务:, topic:/主题:, occasion:/场合:).
/// It never throws: broken syntax is repaired (the repair is reported in <see cref="ParsedQuery.Notices"/>), and
/// <see cref="ParseLiteral"/> is the last resort that reads every character as plain text.
/// </summary>
public sealed class QueryTextParser
{
    /// <summary>Longer queries are cut here: nobody types more, and a pasted page would make a huge query.</summary>
    private static int MaxQueryLength => SearchLimits.Default.MaxQueryLength;
    /// <summary>More terms than this are dropped (keeps BooleanQuery well under its clause limit).</summary>
    public const int MaxTerms = 24;

    // Title prefixes; every facet's prefixes come from the facet catalogue.
    private static readonly HashSet<string> TitlePrefixes = new(StringComparer.OrdinalIgnoreCase) { "title", "标题", "题目" };

    private readonly FacetCatalog _facets;

    public QueryTextParser(FacetCatalog? facets = null) => _facets = facets ?? FacetCatalog.Default;

    private string? PrefixField(string prefix) =>
        TitlePrefixes.Contains(prefix) ? IndexSchema.Title
        : _facets.FindByPrefix(prefix) is { Scope: FacetScope.Documents } facet ? facet.Field : null;

    private enum TokenKind { Word, Phrase, Or, Not }
    private sealed record Token(TokenKind Kind, string Text = "", bool Negated = false, string? Field = null);

    public ParsedQuery Parse(string? input)
    {
        var notices = new List<string>();
        var text = Prepare(input, notices);
        var within = WithinSyntax.Extract(text, out var rest);
        var tokens = Lex(rest, notices);
        return Assemble(tokens, text, notices, within);
    }

    /// <summary>Every character is text: no operators, no prefixes, no quotes. Used when the parsed query cannot be run.</summary>
    public ParsedQuery ParseLiteral(string? input, string notice)
    {
        var notices = new List<string>();
        var text = Prepare(input, notices);
        notices.Add(notice);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(c => char.IsLetterOrDigit(c) || QueryNormalizer.IsCjk(c)).ToArray()))
            .Where(w => w.Length > 0).Take(MaxTerms)
            .Select(w => (IReadOnlyList<QueryTerm>)[new QueryTerm(w)]).ToList();
        return new ParsedQuery { Required = words, Notices = notices, Text = text };
    }

    private static string Prepare(string? input, List<string> notices)
    {
        var raw = input ?? "";
        if (raw.Length > MaxQueryLength * 4) raw = raw[..(MaxQueryLength * 4)];
        var text = QueryNormalizer.Normalize(raw, out var removed);
        if (removed) notices.Add("已忽略查询中的控制字符或无效字符");
        if (text.Length > MaxQueryLength || (input?.Length ?? 0) > MaxQueryLength * 4)
        {
            var cut = Math.Min(MaxQueryLength, text.Length);
            if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
            text = text[..cut];
            notices.Add($"查询过长，只搜索了前 {MaxQueryLength} 个字符");
        }
        return text;
    }

    private List<Token> Lex(string s, List<string> notices)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == ' ') { i++; continue; }
            var negated = false;
            if (s[i] == '-')
            {
                if (i + 1 >= s.Length || s[i + 1] == ' ' || s[i + 1] == '-')
                {
                    if (!notices.Contains(LoneMinus)) notices.Add(LoneMinus);
                    i++;
                    continue;
                }
                negated = true;
                i++;
            }
            string? field = null;
            var colon = FindPrefixColon(s, i);
            if (colon > 0 && PrefixField(s[i..colon]) is { } f)
            {
                field = f;
                i = colon + 1;
            }
            if (i < s.Length && s[i] == '"')
            {
                var close = s.IndexOf('"', i + 1);
                if (close < 0)
                {
                    notices.Add("引号不成对，已按普通词语搜索");
                    i++;
                    continue; // the rest is read as plain words
                }
                var phrase = s[(i + 1)..close].Trim();
                i = close + 1;
                if (phrase.Length > 0) tokens.Add(new Token(TokenKind.Phrase, phrase, negated, field));
                continue;
            }
            var start = i;
            while (i < s.Length && s[i] != ' ' && s[i] != '"') i++;
            var word = s[start..i];
            if (word.Length == 0)
            {
                if (field != null) notices.Add("字段前缀后缺少内容，已忽略");
                continue;
            }
            if (!negated && field == null)
            {
                if (word is "OR" or "|" or "||") { tokens.Add(new Token(TokenKind.Or)); continue; }
                if (word is "AND" or "&&" or "&" or "+") continue; // AND is the default
                if (word is "NOT") { tokens.Add(new Token(TokenKind.Not)); continue; }
            }
            tokens.Add(new Token(TokenKind.Word, word, negated, field));
        }
        return tokens;
    }

    private const string LoneMinus = "单独的减号已忽略（排除某词请写成 -词语）";

    /// <summary>Position of the ':' ending a field prefix at <paramref name="start"/>, or -1.</summary>
    private static int FindPrefixColon(string s, int start)
    {
        for (var j = start; j < s.Length && j - start <= 10; j++)
        {
            if (s[j] == ':') return j > start ? j : -1;
            if (s[j] == ' ' || s[j] == '"') return -1;
        }
        return -1;
    }

    private static ParsedQuery Assemble(List<Token> tokens, string text, List<string> notices, WithinScope within)
    {
        var groups = new List<List<QueryTerm>>();
        var excluded = new List<QueryTerm>();
        var filters = new List<FieldFilter>();
        var pendingOr = false;
        var pendingNot = false;
        var lastWasPositive = false;
        var danglingOr = false;
        var dropped = false;

        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Or:
                    if (!lastWasPositive || pendingOr) danglingOr = true;
                    pendingOr = lastWasPositive;
                    continue;
                case TokenKind.Not:
                    pendingNot = true;
                    continue;
            }
            var negated = token.Negated || pendingNot;
            pendingNot = false;

            if (token.Field is { } field && field != IndexSchema.Title)
            {
                var filter = ParseFilter(field, token.Text, negated, notices);
                if (filter != null) filters.Add(filter);
                if (pendingOr) danglingOr = true;
                pendingOr = false;
                lastWasPositive = false;
                continue;
            }

            var term = new QueryTerm(token.Text, token.Kind == TokenKind.Phrase,
                token.Field == IndexSchema.Title ? TermScope.Title : TermScope.All);
            if (negated)
            {
                if (pendingOr) danglingOr = true;
                pendingOr = false;
                lastWasPositive = false;
                if (excluded.Count < MaxTerms) excluded.Add(term); else dropped = true;
                continue;
            }
            if (pendingOr && groups.Count > 0)
            {
                if (groups[^1].Count < MaxTerms) groups[^1].Add(term); else dropped = true;
            }
            else if (groups.Count < MaxTerms) groups.Add([term]);
            else dropped = true;
            pendingOr = false;
            lastWasPositive = true;
        }
        if (pendingOr || danglingOr) notices.Add("OR 需要写在两个词之间，多余的 OR 已忽略");
        if (pendingNot) notices.Add("NOT 后缺少词语，已忽略");
        if (dropped) notices.Add($"词语过多，只使用了前 {MaxTerms} 个");

        return new ParsedQuery
        {
            Required = groups,
            Excluded = excluded,
            Filters = filters,
            Notices = notices,
            Text = text,
            Within = within,
        };
    }

    private static FieldFilter? ParseFilter(string field, string value, bool negated, List<string> notices)
    {
        var values = value.Split([',', '|', '、', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (values.Length == 0) return null;
        if (field != IndexSchema.Year) return new FieldFilter(field, values, [], negated);

        var ranges = new List<YearRange>();
        foreach (var v in values)
        {
            if (TryParseYearRange(v, out var range)) ranges.Add(range);
            else notices.Add($"无法识别的年份「{v}」，已忽略（示例：year:2019..2022）");
        }
        return ranges.Count == 0 ? null : new FieldFilter(field, [], ranges, negated);
    }

    /// <summary>2019, 2019..2022, 2019-2022, 2019~2022, 2019至2022, 2019.., ..2022 (inclusive; reversed bounds are swapped).</summary>
    public static bool TryParseYearRange(string text, out YearRange range)
    {
        range = default;
        var t = text.Trim().TrimEnd('年');
        string[] separators = ["...", "..", "—", "–", "~", "至", "到", "-"];
        foreach (var sep in separators)
        {
            var k = t.IndexOf(sep, StringComparison.Ordinal);
            if (k < 0) continue;
            var a = t[..k].Trim().TrimEnd('年');
            var b = t[(k + sep.Length)..].Trim().TrimEnd('年');
            int from = 0, to = 9999;
            if (a.Length > 0 && !TryYear(a, out from)) return false;
            if (b.Length > 0 && !TryYear(b, out to)) return false;
            if (a.Length == 0 && b.Length == 0) return false;
            range = from <= to ? new YearRange(from, to) : new YearRange(to, from);
            return true;
        }
        if (!TryYear(t, out var y)) return false;
        range = new YearRange(y, y);
        return true;
    }

    private static bool TryYear(string s, out int year) =>
        int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
        && year is >= 1000 and <= 9999;
}

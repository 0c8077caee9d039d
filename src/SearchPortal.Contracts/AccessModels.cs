namespace SearchPortal.Contracts;

/// <summary>
/// Who may read a document: 公开 (anyone), 内部 (any signed-in user) or 限定:GROUP[,GROUP…] (members of one of the
/// groups). The index holds a level as <see cref="Tokens"/>; an <see cref="AccessScope"/> sees a document when it
/// allows one of them. <see cref="Closed"/> (限定 without a group: what a bad front-matter value becomes) has no
/// token, so only <see cref="AccessScope.Everything"/> sees it.
/// </summary>
public sealed class AccessLevel : IEquatable<AccessLevel>
{
    public const string PublicText = "公开";
    public const string InternalText = "内部";
    public const string RestrictedText = "限定";
    public const string PublicToken = "public";
    public const string InternalToken = "internal";
    public const string GroupTokenPrefix = "group:";

    private AccessLevel(string text, IReadOnlyList<string> tokens) => (Text, Tokens) = (text, tokens);

    public static AccessLevel Public { get; } = new(PublicText, [PublicToken]);
    public static AccessLevel Internal { get; } = new(InternalText, [InternalToken]);
    public static AccessLevel Closed { get; } = new(RestrictedText, []);

    /// <summary>限定 to these groups (trimmed, distinct, in order); no group at all is <see cref="Closed"/>.</summary>
    public static AccessLevel Restricted(IEnumerable<string> groups)
    {
        var list = groups.Select(g => g.Trim()).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? Closed : new($"{RestrictedText}:{string.Join(",", list)}", list.Select(GroupToken).ToList());
    }

    /// <summary>As written in access.txt and front matter: 公开, 内部, 限定:纪检,审计.</summary>
    public string Text { get; }
    /// <summary>The index terms of this level (one per group for 限定).</summary>
    public IReadOnlyList<string> Tokens { get; }

    public static string GroupToken(string group) => GroupTokenPrefix + group.Trim();

    /// <summary>
    /// 公开 | 内部 | 限定:A,B (also the English public | internal | restricted:A,B; ，、 and ; separate groups too,
    /// and a full-width colon is accepted). False for anything else, including 限定 without a group.
    /// </summary>
    public static bool TryParse(string? text, out AccessLevel level)
    {
        level = Closed;
        var t = (text ?? "").Trim().Trim('"', '\'').Trim();
        if (t is PublicText || t.Equals(PublicToken, StringComparison.OrdinalIgnoreCase)) { level = Public; return true; }
        if (t is InternalText || t.Equals(InternalToken, StringComparison.OrdinalIgnoreCase)) { level = Internal; return true; }
        var colon = t.IndexOfAny([':', '：']);
        if (colon < 0) return false;
        var head = t[..colon].Trim();
        if (head != RestrictedText && !head.Equals("restricted", StringComparison.OrdinalIgnoreCase)) return false;
        var groups = t[(colon + 1)..].Split([',', '，', '、', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (groups.Length == 0 || groups.Any(g => g.Any(char.IsWhiteSpace))) return false;
        level = Restricted(groups);
        return true;
    }

    public bool Equals(AccessLevel? other) => other != null && Text == other.Text;
    public override bool Equals(object? obj) => Equals(obj as AccessLevel);
    public override int GetHashCode() => Text.GetHashCode();
    public override string ToString() => Text;
}

/// <summary>
/// Who is asking: carried by every request and service call, and enforced inside the engine as a filter on every
/// query (results, totals, facet counts, passages, suggestions, quotations, reuse sources, editions, statistics).
/// <see cref="Everything"/> is for the CLI, benchmarks and admins; <see cref="Anonymous"/> sees 公开 documents,
/// <see cref="Nobody"/> sees none (anonymous visitors when SearchPortal:Access:Anonymous = none).
/// </summary>
public sealed class AccessScope
{
    private AccessScope(bool all, IReadOnlyList<string> tokens, bool signedIn, IReadOnlyList<string> groups, string key) =>
        (SeesEverything, Tokens, IsSignedIn, Groups, Key) = (all, tokens, signedIn, groups, key);

    public static AccessScope Everything { get; } = new(true, [], true, [], "*");
    public static AccessScope Anonymous { get; } = new(false, [AccessLevel.PublicToken], false, [], "public");
    public static AccessScope Nobody { get; } = new(false, [], false, [], "none");

    /// <summary>A signed-in user in these groups: 公开, 内部 and 限定 to any of the groups.</summary>
    public static AccessScope SignedIn(IEnumerable<string> groups)
    {
        var list = groups.Select(g => g.Trim()).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        IReadOnlyList<string> tokens = [AccessLevel.PublicToken, AccessLevel.InternalToken, .. list.Select(AccessLevel.GroupToken)];
        // Each name escaped, so no group name (an OIDC group may hold any character) can make two group sets one key.
        return new(false, tokens, true, list, "internal" + string.Concat(list.Select(g => "|" + Uri.EscapeDataString(g))));
    }

    /// <summary>No filter at all (the CLI, benchmarks, an admin).</summary>
    public bool SeesEverything { get; }
    public bool IsSignedIn { get; }
    /// <summary>The user's groups, sorted.</summary>
    public IReadOnlyList<string> Groups { get; }
    /// <summary>The level tokens this scope sees (meaningless when <see cref="SeesEverything"/>).</summary>
    public IReadOnlyList<string> Tokens { get; }
    /// <summary>Equal for scopes that see the same documents: what caches vary by.</summary>
    public string Key { get; }

    /// <summary>Whether a document indexed with these level tokens is visible.</summary>
    public bool CanSee(IEnumerable<string> levelTokens) => SeesEverything || levelTokens.Any(t => Tokens.Contains(t));

    public bool CanSee(AccessLevel level) => CanSee(level.Tokens);

    public override string ToString() => Key;
}

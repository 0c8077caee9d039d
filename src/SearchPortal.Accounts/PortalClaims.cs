namespace SearchPortal.Web.Security;

// Lives beside the accounts (the CLI writes groups and roles too) but keeps the namespace it was published under, so
// the access rules written against main compile unchanged.

/// <summary>
/// The claim and role names the sign-in code writes and the access rules read: one definition, so the accounts
/// and the document access levels cannot disagree on how a group or a role is spelled.
/// </summary>
public static class PortalClaims
{
    /// <summary>One claim of this type per group the user belongs to (限定:GROUP documents are matched against it).</summary>
    public const string Group = "sp:group";

    public const string ReaderRole = "reader";
    public const string EditorRole = "editor";
    public const string AdminRole = "admin";

    /// <summary>Every role, lowest first (the CLI's --role and the admin page accept exactly these).</summary>
    public static readonly IReadOnlyList<string> Roles = [ReaderRole, EditorRole, AdminRole];
}

namespace SearchPortal.Web.Security;

/// <summary>"SearchPortal:Access:Anonymous": public (default) lets visitors in without signing in; none does not.</summary>
public sealed class AnonymousAccessOptions
{
    public const string SectionName = "SearchPortal:Access";
    public const string Public = "public";
    public const string None = "none";

    public string Anonymous { get; set; } = Public;

    public bool SignInRequired => string.Equals(Anonymous, None, StringComparison.OrdinalIgnoreCase);
}

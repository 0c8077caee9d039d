namespace SearchPortal.Accounts.Data;

/// <summary>An API token of a user: only its SHA-256 is stored, the token itself is printed once by `users token`.</summary>
public sealed class ApiToken
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SearchPortal.Accounts.Data;

namespace SearchPortal.Accounts.Users;

/// <summary>
/// API tokens: 256 random bits, shown once; the database keeps only their SHA-256 (a plain hash suffices for a secret
/// this long — no dictionary to guess from — and keeps the per-request check a single indexed lookup).
/// </summary>
public sealed class ApiTokens(PortalDbContext db)
{
    private const string Prefix = "sp_";

    public async Task<string> IssueAsync(PortalUser user)
    {
        var token = Prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.ApiTokens.Add(new ApiToken { UserId = user.Id, Hash = Hash(token), CreatedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>The enabled user this token belongs to, or null (unknown token, or the user was disabled).</summary>
    public async Task<PortalUser?> FindUserAsync(string token, CancellationToken ct = default)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 100) return null;
        var hash = Hash(token);
        var user = await (from t in db.ApiTokens join u in db.Users on t.UserId equals u.Id where t.Hash == hash select u)
            .FirstOrDefaultAsync(ct);
        return user is { Disabled: false } ? user : null;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

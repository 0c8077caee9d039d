using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SearchPortal.Core.Configuration;

namespace SearchPortal.Accounts.Data;

/// <summary>
/// Where the database lives and how it is created. EnsureCreated, not migrations: this is the first schema, there is
/// nothing to migrate, and the site and the CLI both create it on first use without a migrations tool. The first change
/// to this schema should add an initial migration generated from this model (identical tables) and switch to Migrate().
/// </summary>
public static class PortalDatabase
{
    public const string FileName = "accounts.db";

    public static string FilePath(SearchPortalOptions options) => Path.Combine(options.ResolvedStatePath, FileName);

    public static string ConnectionString(SearchPortalOptions options) =>
        new SqliteConnectionStringBuilder { DataSource = FilePath(options), Pooling = true }.ToString();

    /// <summary>Creates the folder, the tables and the append-only trigger; a no-op when they exist.</summary>
    public static void EnsureCreated(PortalDbContext db, SearchPortalOptions options)
    {
        Directory.CreateDirectory(options.ResolvedStatePath);
        db.Database.EnsureCreated();
        // WAL: the site keeps reading and writing the audit log while the CLI adds a user or exports.
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        db.Database.ExecuteSqlRaw(
            "CREATE TRIGGER IF NOT EXISTS AuditLog_AppendOnly BEFORE UPDATE ON AuditLog " +
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;");
    }
}

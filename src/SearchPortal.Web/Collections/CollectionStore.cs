using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SearchPortal.Web.Collections;

/// <summary>
/// Writers' collections in an embedded SQLite file (under SearchPortal:StatePath): persistence only; limits and
/// wording are <see cref="CollectionEditor"/>'s. Every statement is scoped by owner, so one owner's id never reaches
/// another owner's rows: a foreign id reads as absent (null / false), which the site answers with 404.
/// </summary>
public sealed class CollectionStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS collections (
            id INTEGER PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS collections_owner ON collections (owner);
        CREATE TABLE IF NOT EXISTS collection_items (
            id INTEGER PRIMARY KEY,
            collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
            position INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, document_id TEXT NOT NULL,
            title TEXT NOT NULL, date TEXT, paragraph INTEGER NOT NULL, citation TEXT NOT NULL, added TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS collection_items_order ON collection_items (collection_id, position);
        """;

    private const string Owned = "SELECT id FROM collections WHERE id = $id AND owner = $owner";

    private readonly string _connectionString;
    private readonly Lazy<bool> _created;

    public CollectionStore(string databasePath)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, ForeignKeys = true, Pooling = true }.ToString();
        _created = new Lazy<bool>(CreateSchema);
    }

    public string DatabasePath { get; }

    public IReadOnlyList<CollectionSummary> List(string owner)
    {
        using var c = Open();
        using var cmd = Command(c, """
            SELECT c.id, c.name, c.updated, (SELECT COUNT(*) FROM collection_items i WHERE i.collection_id = c.id)
            FROM collections c WHERE c.owner = $owner ORDER BY c.updated DESC, c.id DESC
            """, ("$owner", owner));
        using var r = cmd.ExecuteReader();
        var list = new List<CollectionSummary>();
        while (r.Read()) list.Add(new CollectionSummary(r.GetInt64(0), r.GetString(1), r.GetInt32(3), Time(r.GetString(2))));
        return list;
    }

    public int Count(string owner)
    {
        using var c = Open();
        return Convert.ToInt32(Command(c, "SELECT COUNT(*) FROM collections WHERE owner = $owner", ("$owner", owner)).ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public CollectionDetail? Get(string owner, long id)
    {
        using var c = Open();
        using var head = Command(c, "SELECT name, updated FROM collections WHERE id = $id AND owner = $owner", ("$id", id), ("$owner", owner));
        using var hr = head.ExecuteReader();
        if (!hr.Read()) return null;
        var (name, updated) = (hr.GetString(0), Time(hr.GetString(1)));
        using var cmd = Command(c, """
            SELECT id, kind, text, document_id, title, date, paragraph, citation, added
            FROM collection_items WHERE collection_id = $id ORDER BY position, id
            """, ("$id", id));
        using var r = cmd.ExecuteReader();
        var items = new List<CollectionItem>();
        while (r.Read())
        {
            items.Add(new CollectionItem
            {
                Id = r.GetInt64(0), Kind = r.GetString(1), Text = r.GetString(2), DocumentId = r.GetString(3), Title = r.GetString(4),
                Date = r.IsDBNull(5) ? null : r.GetString(5), Paragraph = r.GetInt32(6), Citation = r.GetString(7), Added = Time(r.GetString(8)),
            });
        }
        return new CollectionDetail(id, name, updated, items);
    }

    public long Create(string owner, string name)
    {
        using var c = Open();
        var now = Now();
        return (long)Command(c, "INSERT INTO collections (owner, name, created, updated) VALUES ($owner, $name, $now, $now) RETURNING id",
            ("$owner", owner), ("$name", name), ("$now", now)).ExecuteScalar()!;
    }

    public bool Rename(string owner, long id, string name)
    {
        using var c = Open();
        return Command(c, "UPDATE collections SET name = $name, updated = $now WHERE id = $id AND owner = $owner",
            ("$name", name), ("$now", Now()), ("$id", id), ("$owner", owner)).ExecuteNonQuery() == 1;
    }

    /// <summary>Deletes the collection and (cascade) its items.</summary>
    public bool Delete(string owner, long id)
    {
        using var c = Open();
        return Command(c, "DELETE FROM collections WHERE id = $id AND owner = $owner", ("$id", id), ("$owner", owner)).ExecuteNonQuery() == 1;
    }

    /// <summary>Appends <paramref name="item"/> at the end; null when the collection is not this owner's.</summary>
    public CollectionItem? AddItem(string owner, long id, CollectionItem item)
    {
        using var c = Open();
        using var tx = c.BeginTransaction();
        if (!Touch(c, owner, id)) return null;
        var added = DateTimeOffset.UtcNow;
        var itemId = (long)Command(c, """
            INSERT INTO collection_items (collection_id, position, kind, text, document_id, title, date, paragraph, citation, added)
            VALUES ($id, (SELECT COALESCE(MAX(position), -1) + 1 FROM collection_items WHERE collection_id = $id),
                    $kind, $text, $doc, $title, $date, $paragraph, $citation, $added)
            RETURNING id
            """, ("$id", id), ("$kind", item.Kind), ("$text", item.Text), ("$doc", item.DocumentId), ("$title", item.Title),
            ("$date", item.Date), ("$paragraph", item.Paragraph), ("$citation", item.Citation), ("$added", Format(added))).ExecuteScalar()!;
        tx.Commit();
        return item with { Id = itemId, Added = added };
    }

    public bool RemoveItem(string owner, long id, long itemId)
    {
        using var c = Open();
        using var tx = c.BeginTransaction();
        if (!Touch(c, owner, id)) return false;
        var removed = Command(c, "DELETE FROM collection_items WHERE id = $item AND collection_id = $id", ("$item", itemId), ("$id", id)).ExecuteNonQuery() == 1;
        if (removed) tx.Commit();
        return removed;
    }

    /// <summary>
    /// Puts the items in the order of <paramref name="itemIds"/> (the caller checks it names each item once); false when
    /// the collection is not this owner's.
    /// </summary>
    public bool Reorder(string owner, long id, IReadOnlyList<long> itemIds)
    {
        using var c = Open();
        using var tx = c.BeginTransaction();
        if (!Touch(c, owner, id)) return false;
        for (var i = 0; i < itemIds.Count; i++)
            Command(c, "UPDATE collection_items SET position = $p WHERE id = $item AND collection_id = $id", ("$p", i), ("$item", itemIds[i]), ("$id", id)).ExecuteNonQuery();
        tx.Commit();
        return true;
    }

    /// <summary>Marks the owner's collection as changed now; false when it is not theirs.</summary>
    private static bool Touch(SqliteConnection c, string owner, long id) =>
        Command(c, $"UPDATE collections SET updated = $now WHERE id IN ({Owned})", ("$now", Now()), ("$id", id), ("$owner", owner)).ExecuteNonQuery() == 1;

    private SqliteConnection Open()
    {
        _ = _created.Value;
        var c = new SqliteConnection(_connectionString);
        c.Open();
        return c;
    }

    private bool CreateSchema()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        using var c = new SqliteConnection(_connectionString);
        c.Open();
        Command(c, Schema).ExecuteNonQuery();
        return true;
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private static string Now() => Format(DateTimeOffset.UtcNow);
    private static string Format(DateTimeOffset t) => t.ToString("O", CultureInfo.InvariantCulture);
    private static DateTimeOffset Time(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}

using Microsoft.Data.Sqlite;
using SearchPortal.Web.Collections;

namespace SearchPortal.Web.Tests.Collections;

/// <summary>The collections store on a real SQLite file in a temporary folder: order, owners, cascade, persistence, limits.</summary>
public sealed class CollectionStoreTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDir("sp-collections");
    private readonly CollectionStore _store;

    public CollectionStoreTests() => _store = new CollectionStore(Path.Combine(_dir, "nested", "collections.db"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools(); // release the file before deleting the folder
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static CollectionItem Item(string text, int paragraph) => new()
    {
        Kind = CollectionItemKinds.Paragraph,
        Text = text,
        DocumentId = "speeches/000_5847f394c549e8c0.txt",
        Title = "副县长在集体政治谈话会上的讲话稿",
        Date = "2021",
        Paragraph = paragraph,
        Citation = $"（《副县长在集体政治谈话会上的讲话稿》，2021年，第{paragraph}段）",
    };

    [Fact]
    public void Items_keep_their_order_survive_a_new_store_and_are_reordered_as_asked()
    {
        var id = _store.Create("browser:a", "廉政素材");
        var first = _store.AddItem("browser:a", id, Item("一是上级有要求。", 9))!;
        var second = _store.AddItem("browser:a", id, Item("二是自身有责任。", 10))!;
        var third = _store.AddItem("browser:a", id, Item("三是现实有需要。", 11))!;
        Assert.True(File.Exists(Path.Combine(_dir, "nested", "collections.db")));

        var reopened = new CollectionStore(_store.DatabasePath).Get("browser:a", id)!;
        Assert.Equal(["一是上级有要求。", "二是自身有责任。", "三是现实有需要。"], reopened.Items.Select(i => i.Text));
        Assert.Equal("（《副县长在集体政治谈话会上的讲话稿》，2021年，第10段）", reopened.Items[1].Citation);
        Assert.Equal(10, reopened.Items[1].Paragraph);

        Assert.True(_store.Reorder("browser:a", id, [third.Id, first.Id, second.Id]));
        Assert.Equal([third.Id, first.Id, second.Id], _store.Get("browser:a", id)!.Items.Select(i => i.Id));
        Assert.True(_store.RemoveItem("browser:a", id, first.Id));
        Assert.Equal([third.Id, second.Id], _store.Get("browser:a", id)!.Items.Select(i => i.Id));
        // Appended after a reorder: still last.
        var fourth = _store.AddItem("browser:a", id, Item("下面，我谈三点意见。", 13))!;
        Assert.Equal(fourth.Id, _store.Get("browser:a", id)!.Items[^1].Id);
    }

    [Fact]
    public void Another_owner_can_neither_see_nor_change_a_collection()
    {
        var id = _store.Create("user:张三", "讲话素材");
        var item = _store.AddItem("user:张三", id, Item("一是上级有要求。", 9))!;

        Assert.Null(_store.Get("browser:b", id));
        Assert.Empty(_store.List("browser:b"));
        Assert.False(_store.Rename("browser:b", id, "改掉"));
        Assert.Null(_store.AddItem("browser:b", id, Item("二是自身有责任。", 10)));
        Assert.False(_store.RemoveItem("browser:b", id, item.Id));
        Assert.False(_store.Reorder("browser:b", id, [item.Id]));
        Assert.False(_store.Delete("browser:b", id));

        var mine = _store.Get("user:张三", id)!;
        Assert.Equal("讲话素材", mine.Name);
        Assert.Single(mine.Items);
    }

    [Fact]
    public void Deleting_a_collection_deletes_its_items_and_the_list_counts_them()
    {
        var keep = _store.Create("browser:a", "留下");
        var gone = _store.Create("browser:a", "删除");
        _store.AddItem("browser:a", keep, Item("一是上级有要求。", 9));
        _store.AddItem("browser:a", gone, Item("二是自身有责任。", 10));
        _store.AddItem("browser:a", gone, Item("三是现实有需要。", 11));
        Assert.Equal(2, _store.List("browser:a").Single(c => c.Id == gone).Count);

        Assert.True(_store.Delete("browser:a", gone));
        Assert.Equal(["留下"], _store.List("browser:a").Select(c => c.Name));
        using var c = new SqliteConnection($"Data Source={_store.DatabasePath}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM collection_items";
        Assert.Equal(1L, (long)cmd.ExecuteScalar()!);
    }

    [Fact]
    public void The_editor_refuses_in_chinese_what_the_limits_do_not_allow()
    {
        var editor = new CollectionEditor(_store, SearchLimits.Default with { MaxCollectionsPerOwner = 2, MaxItemsPerCollection = 2, MaxCollectionItemLength = 20 });
        Assert.Equal("请填写收藏夹名称。", editor.Create("browser:a", " \u200B ").Error);
        Assert.Contains("名称过长", editor.Create("browser:a", new string('廉', 41)).Error);
        var id = editor.Create("browser:a", "  廉政\t素材 ").Value;
        Assert.Equal("廉政 素材", _store.Get("browser:a", id)!.Name);
        editor.Create("browser:a", "第二个");
        Assert.Contains("收藏夹已达上限（2 个）", editor.Create("browser:a", "第三个").Error);

        Assert.Contains("内容过长", editor.Add("browser:a", id, Item(new string('字', 21), 9)).Error);
        var a = editor.Add("browser:a", id, Item("一是上级有要求。", 9)).Value!;
        var b = editor.Add("browser:a", id, Item("二是自身有责任。", 10)).Value!;
        Assert.Contains("达到上限", editor.Add("browser:a", id, Item("三是现实有需要。", 11)).Error);

        Assert.NotNull(editor.Reorder("browser:a", id, [a.Id]).Error);          // leaves one out
        Assert.NotNull(editor.Reorder("browser:a", id, [a.Id, a.Id]).Error);    // names one twice
        Assert.True(editor.Reorder("browser:a", id, [b.Id, a.Id]).Value);
        Assert.True(editor.Move("browser:a", id, a.Id, -1).Value);
        Assert.Equal([a.Id, b.Id], _store.Get("browser:a", id)!.Items.Select(i => i.Id));
        Assert.True(editor.Move("browser:a", id, a.Id, -1).Value);              // already first: stays
        Assert.Equal([a.Id, b.Id], _store.Get("browser:a", id)!.Items.Select(i => i.Id));
        Assert.True(editor.Rename("browser:b", id, "别人的").NotFound);
    }
}

using SearchPortal.Contracts;

namespace SearchPortal.Web.Collections;

/// <summary>What a change to a collection came to: done (with a value), refused with a message for the writer, or not found.</summary>
public sealed record CollectionOutcome<T>(T? Value, string? Error, bool NotFound)
{
    public static CollectionOutcome<T> Done(T value) => new(value, null, false);
    public static CollectionOutcome<T> Refused(string error) => new(default, error, false);
    public static CollectionOutcome<T> Missing { get; } = new(default, null, true);
}

/// <summary>
/// The rules of collections over <see cref="CollectionStore"/>: the limits of <see cref="SearchLimits"/>, names cleaned,
/// orders checked, each refusal said in Chinese. The pages and the API both change collections through this class.
/// </summary>
public sealed class CollectionEditor(CollectionStore store, SearchLimits limits)
{
    public CollectionOutcome<long> Create(string owner, string? name)
    {
        var (clean, error) = CleanName(name);
        if (error != null) return CollectionOutcome<long>.Refused(error);
        if (store.Count(owner) >= limits.MaxCollectionsPerOwner)
            return CollectionOutcome<long>.Refused($"收藏夹已达上限（{limits.MaxCollectionsPerOwner} 个），请先删除不用的收藏夹。");
        return CollectionOutcome<long>.Done(store.Create(owner, clean));
    }

    public CollectionOutcome<bool> Rename(string owner, long id, string? name)
    {
        var (clean, error) = CleanName(name);
        if (error != null) return store.Get(owner, id) == null ? CollectionOutcome<bool>.Missing : CollectionOutcome<bool>.Refused(error);
        return store.Rename(owner, id, clean) ? CollectionOutcome<bool>.Done(true) : CollectionOutcome<bool>.Missing;
    }

    public CollectionOutcome<CollectionItem> Add(string owner, long id, CollectionItem item)
    {
        var collection = store.Get(owner, id);
        if (collection == null) return CollectionOutcome<CollectionItem>.Missing;
        if (item.Text.Length > limits.MaxCollectionItemLength)
            return CollectionOutcome<CollectionItem>.Refused($"内容过长（{item.Text.Length} 字，上限 {limits.MaxCollectionItemLength} 字），无法收藏。");
        if (collection.Items.Count >= limits.MaxItemsPerCollection)
            return CollectionOutcome<CollectionItem>.Refused($"“{collection.Name}”已有 {limits.MaxItemsPerCollection} 条，达到上限，请新建一个收藏夹。");
        return store.AddItem(owner, id, item) is { } added ? CollectionOutcome<CollectionItem>.Done(added) : CollectionOutcome<CollectionItem>.Missing;
    }

    /// <summary>Puts the items in this order, which must name every item of the collection exactly once.</summary>
    public CollectionOutcome<bool> Reorder(string owner, long id, IReadOnlyList<long>? itemIds)
    {
        var collection = store.Get(owner, id);
        if (collection == null) return CollectionOutcome<bool>.Missing;
        var current = collection.Items.Select(i => i.Id).Order().ToList();
        if (itemIds == null || itemIds.Count != current.Count || !itemIds.Order().SequenceEqual(current))
            return CollectionOutcome<bool>.Refused("新的顺序必须恰好列出收藏夹中的每一条，请刷新页面后重试。");
        return store.Reorder(owner, id, itemIds) ? CollectionOutcome<bool>.Done(true) : CollectionOutcome<bool>.Missing;
    }

    /// <summary>Moves one item up (-1) or down (+1); at either end it stays.</summary>
    public CollectionOutcome<bool> Move(string owner, long id, long itemId, int step)
    {
        var collection = store.Get(owner, id);
        if (collection == null) return CollectionOutcome<bool>.Missing;
        var order = collection.Items.Select(i => i.Id).ToList();
        var at = order.IndexOf(itemId);
        if (at < 0) return CollectionOutcome<bool>.Missing;
        var to = Math.Clamp(at + Math.Sign(step), 0, order.Count - 1);
        (order[at], order[to]) = (order[to], order[at]);
        return Reorder(owner, id, order);
    }

    private (string Name, string? Error) CleanName(string? name)
    {
        var clean = InputCleaner.Clean(name, keep: limits.MaxCollectionNameLength + 1);
        if (clean.Length == 0) return ("", "请填写收藏夹名称。");
        if (clean.Length > limits.MaxCollectionNameLength) return ("", $"收藏夹名称过长（上限 {limits.MaxCollectionNameLength} 字）。");
        return (clean, null);
    }
}

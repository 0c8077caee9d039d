using Microsoft.AspNetCore.OutputCaching;

namespace SearchPortal.Web.Infrastructure;

/// <summary>
/// Responses that depend only on the query string and the current index commit (search pages, API answers,
/// documents) are cached; the whole cache is dropped when the site opens a new commit (<see cref="IndexRefreshService"/>),
/// so a cached answer is never older than the index the site serves. Every answer also varies by the asker's
/// <see cref="AccessScope"/> (its <see cref="AccessScope.Key"/>: the same for users who see the same documents), so a
/// page cached for one user never reaches a user who may see less. (The default policy inside this one still
/// caches nothing for a signed-in request or one with an Authorization header: pages name the user.)
/// </summary>
public static class IndexBoundOutputCache
{
    public const string Policy = "index-bound";
    public const string Tag = "index";

    public static IServiceCollection AddIndexBoundOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(o =>
        {
            // SizeLimit counts serialized entries only; keys, tag sets, cache entries and the garbage of evicted bodies
            // come on top: RSS after 60 s of all-new URLs at 1x was 513 MB at 128 MB, 371 at 32 MB, 247 with nothing
            // cached (docs/SCALE.md). 16 MB keeps the site within the 300 MB goal; repeated pages still hit.
            o.SizeLimit = 16L * 1024 * 1024;
            o.MaximumBodySize = 2L * 1024 * 1024;
            o.AddPolicy(Policy, b => b.SetVaryByQuery("*")
                .VaryByValue(context => new KeyValuePair<string, string>("scope", context.AccessScope().Key))
                .Tag(Tag).Expire(TimeSpan.FromMinutes(30)));
        });
}

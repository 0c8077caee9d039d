using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using SearchPortal.Core.Configuration;
using SearchPortal.Engine;
using SearchPortal.Web.Services;

namespace SearchPortal.Web.Infrastructure;

/// <summary>Everything the site needs, wired once (options, schema, searcher, search service, hosted services).</summary>
public static class SearchPortalServiceExtensions
{
    public static IHostApplicationBuilder AddSearchPortal(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddOptions<SearchPortalOptions>()
            .BindConfiguration(SearchPortalOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.IndexPath), "SearchPortal:IndexPath 不能为空 (IndexPath is required)")
            .Validate(o => !string.IsNullOrWhiteSpace(o.CorpusPath), "SearchPortal:CorpusPath 不能为空 (CorpusPath is required)")
            .Validate(o => Directory.Exists(o.ResolvedDataPath), "SearchPortal:DataPath 文件夹不存在 (data folder not found)")
            .Validate(o => o.RefreshSeconds > 0, "SearchPortal:RefreshSeconds 必须大于 0 (must be positive)")
            .Validate(o => o.Access.IsValid,
                "SearchPortal:Access:DefaultLevel 应为 公开、内部 或 限定:组名，SearchPortal:Access:Anonymous 应为 public 或 none (invalid access settings)")
            .ValidateOnStart();

        // The engine behind the contract: whichever engine this project references registers itself here
        // (SearchPortal.Engine.AddSearchEngine); the site sees only the contract's interfaces.
        services.AddSingleton(FacetCatalog.Default);
        services.AddSingleton(SearchLimits.Default);
        services.AddSearchEngine();

        // Order matters: the bootstrap (index corpus/ when there is no index) finishes before the server listens; an
        // index of an older format is rebuilt in the background instead.
        services.AddHostedService<IndexBootstrapService>();
        services.AddHostedService<SearchWarmupService>();
        services.AddHostedService<IndexRefreshService>();
        services.AddIndexBoundOutputCache();

        // Who is asking → what the engine may show them (AccessScopeResolver); authentication itself (schemes,
        // sign-in) is added by the accounts' registration.
        services.AddAuthentication();
        services.AddSingleton<AccessScopeResolver>();
        services.AddSingleton<CitationFormatter>();
        services.AddSingleton<SearchQueryReader>();
        services.AddSingleton<QuoteMarker>();

        // The site is read-only: only the reuse check takes a body (a draft; DraftBodyLimitAttribute raises the limit
        // for those two endpoints). The request line lets a query several times
        // SearchLimits.MaxQueryLength (1,000 Chinese characters ≈ 9 KB percent-encoded) reach the page that cuts it
        // with a notice; longer lines get 414, never 500.
        services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = 64 * 1024;
            o.Limits.MaxRequestLineSize = 32 * 1024;
            o.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
        });

        services.AddControllersWithViews();
        // Razor encodes every non-ASCII character as &#x…; by default: Chinese pages would triple in size and be unreadable as source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // JSON API: Chinese as is, not \uXXXX.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddRouting(o => o.LowercaseUrls = true);
        return builder;
    }
}

using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using SearchPortal.Core.Configuration;
using SearchPortal.Engine;
using SearchPortal.Accounts.Auditing;
using SearchPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Collections;
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

        // Accounts and audit (database under StatePath, shared with the CLI): created before anything else starts.
        services.AddPortalAuthentication(builder.Configuration);
        services.AddHostedService<AccountsStartup>();
        services.AddSingleton<AuditQueue>();
        services.AddHostedService<AuditWriter>();
        services.AddHostedService<AuditRetention>();

        // Order matters: the bootstrap (index corpus/ when there is no index) finishes before the server listens; an
        // index of an older format is rebuilt in the background instead.
        services.AddHostedService<IndexBootstrapService>();
        services.AddHostedService<SearchWarmupService>();
        services.AddHostedService<IndexRefreshService>();
        services.AddIndexBoundOutputCache();

        // Who is asking → what the engine may show them (AccessScopeResolver); authentication itself (schemes,
        // sign-in) is AddPortalAuthentication above.
        services.AddSingleton<AccessScopeResolver>();
        services.AddSingleton<CitationFormatter>();
        services.AddSingleton<SearchQueryReader>();
        services.AddSingleton<QuoteMarker>();

        // The index is read-only here: the bodies are a reuse draft (DraftBodyLimitAttribute raises the limit for those
        // two endpoints) and the collections' small forms and JSON. The request line lets a query several times
        // SearchLimits.MaxQueryLength (1,000 Chinese characters ≈ 9 KB percent-encoded) reach the page that cuts it
        // with a notice; longer lines get 414, never 500.
        services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = 64 * 1024;
            o.Limits.MaxRequestLineSize = 32 * 1024;
            o.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
        });

        services.AddPortalForwardedHeaders(builder.Configuration);
        // Sign-in cookies and anti-forgery tokens are sealed with data-protection keys: kept under StatePath so they
        // survive a restart (sessions stay valid) and the systemd unit, whose HOME is read-only, can write them.
        services.AddDataProtection().SetApplicationName("SearchPortal");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<SearchPortalOptions>, ILoggerFactory>((o, portal, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(portal.Value.ResolvedStatePath, "keys")), logs));
        services.AddCollections();
        services.AddSearchPortalRateLimits(builder.Configuration);
        services.AddRequestProtection();

        // Every form that posts carries an anti-forgery token and is checked here, whoever adds the form; the JSON API
        // controllers opt out ([IgnoreAntiforgeryToken]): they take JSON bodies only, which a cross-site form cannot send.
        services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        // Razor encodes every non-ASCII character as &#x…; by default: Chinese pages would triple in size and be unreadable as source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // JSON API: Chinese as is, not \uXXXX.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddRouting(o => o.LowercaseUrls = true);
        return builder;
    }
}

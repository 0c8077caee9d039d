using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Accounts.Auditing;
using SearchPortal.Accounts.Users;
using SearchPortal.Web.Models;
using SearchPortal.Web.Security;

namespace SearchPortal.Web.Controllers;

/// <summary>Admin pages: the audit log (filtered, paged) and the accounts. Admins only; others get 403.</summary>
[Authorize(Roles = PortalClaims.AdminRole)]
public sealed class AdminController(AuditSearch audit, UserAdministration users) : Controller
{
    private const int PageSize = 50;

    [HttpGet("/admin")]
    public IActionResult Index() => Redirect("/admin/audit");

    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Audit(string? user, [FromQuery(Name = "action")] string? kind, DateOnly? from, DateOnly? to, int page = 1)
    {
        var filter = new AuditFilter(
            string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
            kind != null && AuditActions.Labels.ContainsKey(kind) ? kind : null, // "action" alone would bind MVC's route value
            from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            to?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            page, PageSize);
        var result = await audit.FindAsync(filter, HttpContext.RequestAborted);
        return View(new AuditPageModel { Filter = filter with { Page = result.Page }, Result = result });
    }

    [HttpGet("/admin/users")]
    public async Task<IActionResult> Users() => View(new UsersPageModel { Users = await users.ListAsync() });

    [HttpPost("/admin/users/disable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Disable([FromForm] string? name)
    {
        // An admin cannot lock themselves out from this page (the CLI still can). Identity finds names case-insensitively
        // (it compares upper-cased forms), so ADMIN is the signed-in admin too.
        if (string.IsNullOrWhiteSpace(name) || string.Equals(name.Trim(), User.Identity?.Name, StringComparison.OrdinalIgnoreCase))
            return BadRequest();
        return await users.DisableAsync(name) ? Redirect("/admin/users") : NotFound();
    }
}

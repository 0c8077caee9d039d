using SearchPortal.Web.Security;
using SearchPortal.Accounts.Auditing;
using SearchPortal.Web.Auditing;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Collections;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Controllers;

/// <summary>
/// The collections pages: list and create (/collections), one collection with reorder, remove, rename, delete and export
/// (/collections/{id}), and the 收藏 page (/collections/save) the 收藏 links open. Every change is a plain form post with
/// an anti-forgery token; collections.js only makes the same actions quicker.
/// </summary>
public sealed class CollectionsController(CollectionStore store, CollectionEditor editor, CollectionItemFactory items) : Controller
{
    private string Owner => CollectionOwner.Resolve(HttpContext);

    [HttpGet("/collections")]
    public IActionResult Index() => View(new CollectionsPageModel { Collections = store.List(Owner) });

    [HttpPost("/collections")]
    public IActionResult Create([FromForm] string? name)
    {
        var outcome = editor.Create(Owner, name);
        if (outcome.Error == null) return Redirect($"/collections/{outcome.Value}");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", new CollectionsPageModel { Collections = store.List(Owner), Error = outcome.Error, Name = name ?? "" });
    }

    [HttpGet("/collections/{id:long}")]
    public IActionResult Show(long id) => store.Get(Owner, id) is { } c ? View(new CollectionPageModel { Collection = c }) : NotFound();

    [HttpPost("/collections/{id:long}/rename")]
    public IActionResult Rename(long id, [FromForm] string? name) => Back(id, editor.Rename(Owner, id, name));

    [HttpPost("/collections/{id:long}/delete")]
    public IActionResult Delete(long id) => store.Delete(Owner, id) ? Redirect("/collections") : NotFound();

    [HttpPost("/collections/{id:long}/items/{itemId:long}/move")]
    public IActionResult Move(long id, long itemId, [FromForm] int step) => Back(id, editor.Move(Owner, id, itemId, step), itemId);

    [HttpPost("/collections/{id:long}/items/{itemId:long}/remove")]
    public IActionResult Remove(long id, long itemId) => store.RemoveItem(Owner, id, itemId) ? Redirect($"/collections/{id}") : NotFound();

    [HttpGet("/collections/{id:long}/export")]

    [Audited(AuditActions.Export, Route = "id")]
    public IActionResult Export(long id, [FromQuery] string? format)
    {
        if (store.Get(Owner, id) is not { } collection) return NotFound();
        return CollectionFiles.Export(collection, format) is { } file ? File(file.Bytes, file.ContentType, file.FileName) : NotFound();
    }

    /// <summary>The 收藏 page for a paragraph (doc, p) or a quotation (key): pick a collection or name a new one.</summary>
    [HttpGet("/collections/save")]
    public IActionResult Save([FromQuery] string? doc, [FromQuery] int p, [FromQuery] string? key, [FromQuery(Name = "return")] string? returnUrl)
    {
        var item = Find(doc, p, key);
        return item == null ? NotFound() : View(SaveModel(item, doc, p, key, returnUrl));
    }

    [HttpPost("/collections/save")]
    public IActionResult SaveTo([FromForm] string? doc, [FromForm] int p, [FromForm] string? key, [FromForm(Name = "return")] string? returnUrl,
        [FromForm] long? collection, [FromForm(Name = "new_name")] string? newName)
    {
        var item = Find(doc, p, key);
        if (item == null) return NotFound();
        string? error;
        var target = collection ?? 0;
        if (!string.IsNullOrWhiteSpace(newName) || collection == null)
        {
            var created = editor.Create(Owner, newName);
            (target, error) = (created.Value, created.Error);
        }
        else error = null;
        if (error == null)
        {
            var added = editor.Add(Owner, target, item);
            if (added.NotFound) return NotFound();
            error = added.Error;
        }
        var model = SaveModel(item, doc, p, key, returnUrl);
        if (error != null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Save", new SavePageModel { Item = model.Item, DocumentId = doc, Paragraph = p, Key = key, ReturnUrl = model.ReturnUrl, Collections = model.Collections, Error = error });
        }
        return View("Save", new SavePageModel { Item = model.Item, ReturnUrl = model.ReturnUrl, Collections = model.Collections, SavedTo = model.Collections.First(c => c.Id == target) });
    }

    private CollectionItem? Find(string? doc, int p, string? key) =>
        string.IsNullOrWhiteSpace(key) ? items.Paragraph(doc, p, HttpContext.AccessScope()) : items.Quote(key, HttpContext.AccessScope());

    private SavePageModel SaveModel(CollectionItem item, string? doc, int p, string? key, string? returnUrl) => new()
    {
        Item = item,
        DocumentId = doc,
        Paragraph = p,
        Key = key,
        // Only a path on this site: an absolute URL here would make the page an open redirect.
        ReturnUrl = returnUrl != null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/collections",
        Collections = store.List(Owner),
    };

    private IActionResult Back(long id, CollectionOutcome<bool> outcome, long? itemId = null)
    {
        if (outcome.NotFound) return NotFound();
        if (outcome.Error == null) return Redirect($"/collections/{id}" + (itemId is { } i ? $"#item-{i}" : ""));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Show", new CollectionPageModel { Collection = store.Get(Owner, id)!, Error = outcome.Error });
    }
}

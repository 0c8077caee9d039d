using SearchPortal.Web.Security;
using SearchPortal.Accounts.Auditing;
using SearchPortal.Web.Auditing;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Collections;

namespace SearchPortal.Web.Controllers.Api;

/// <summary>
/// Writers' collections as JSON, for the signed-in user or this browser (<see cref="CollectionOwner"/>). Another owner's
/// collection is 404. Bodies are JSON only ([Consumes]): a cross-site form cannot send one, and the owner cookie is
/// SameSite=Lax, so these endpoints need no anti-forgery token (the pages' forms carry one).
/// </summary>
[ApiController]
[Produces("application/json")]
[IgnoreAntiforgeryToken]
[Route("/api/collections")]
public sealed class CollectionsApiController(CollectionStore store, CollectionEditor editor, CollectionItemFactory items) : ControllerBase
{
    public sealed record NameRequest([property: JsonPropertyName("name")] string? Name);

    /// <summary>kind "paragraph" with document_id and paragraph, or kind "quote" with key.</summary>
    public sealed record ItemRequest(
        [property: JsonPropertyName("kind")] string? Kind,
        [property: JsonPropertyName("document_id")] string? DocumentId,
        [property: JsonPropertyName("paragraph")] int Paragraph,
        [property: JsonPropertyName("key")] string? Key);

    public sealed record OrderRequest([property: JsonPropertyName("items")] IReadOnlyList<long>? Items);

    private string Owner => CollectionOwner.Resolve(HttpContext);

    [HttpGet("")]
    public IActionResult List() => Ok(new { collections = store.List(Owner) });

    [HttpPost("")]
    [Consumes("application/json")]
    public IActionResult Create([FromBody] NameRequest request)
    {
        var outcome = editor.Create(Owner, request.Name);
        if (outcome.Error != null) return Refused(outcome.Error);
        var created = store.Get(Owner, outcome.Value)!;
        return Created($"/api/collections/{created.Id}", new { id = created.Id, name = created.Name });
    }

    [HttpGet("{id:long}")]
    public IActionResult Get(long id) => store.Get(Owner, id) is { } c ? Ok(c) : Missing();

    [HttpPut("{id:long}")]
    [Consumes("application/json")]
    public IActionResult Rename(long id, [FromBody] NameRequest request) => Answer(editor.Rename(Owner, id, request.Name));

    [HttpDelete("{id:long}")]
    public IActionResult Delete(long id) => store.Delete(Owner, id) ? NoContent() : Missing();

    [HttpPost("{id:long}/items")]
    [Consumes("application/json")]
    public IActionResult Add(long id, [FromBody] ItemRequest request)
    {
        if (store.Get(Owner, id) == null) return Missing();
        var item = request.Kind switch
        {
            CollectionItemKinds.Paragraph => items.Paragraph(request.DocumentId, request.Paragraph, HttpContext.AccessScope()),
            CollectionItemKinds.Quote => items.Quote(request.Key, HttpContext.AccessScope()),
            _ => null,
        };
        if (item == null) return Refused("找不到要收藏的段落或引文（kind 为 paragraph 时需 document_id 和 paragraph，为 quote 时需 key）。");
        var outcome = editor.Add(Owner, id, item);
        if (outcome.NotFound) return Missing();
        return outcome.Error != null ? Refused(outcome.Error) : Created($"/api/collections/{id}", outcome.Value);
    }

    [HttpDelete("{id:long}/items/{itemId:long}")]
    public IActionResult Remove(long id, long itemId) => store.RemoveItem(Owner, id, itemId) ? NoContent() : Missing();

    [HttpPut("{id:long}/order")]
    [Consumes("application/json")]
    public IActionResult Order(long id, [FromBody] OrderRequest request) => Answer(editor.Reorder(Owner, id, request.Items));

    [HttpGet("{id:long}/export")]

    [Audited(AuditActions.Export, Route = "id")]
    public IActionResult Export(long id, [FromQuery] string? format)
    {
        if (store.Get(Owner, id) is not { } collection) return Missing();
        return CollectionFiles.Export(collection, format) is { } file
            ? File(file.Bytes, file.ContentType, file.FileName)
            : Refused("导出格式只能是 docx 或 txt。");
    }

    private IActionResult Answer(CollectionOutcome<bool> outcome) =>
        outcome.NotFound ? Missing() : outcome.Error != null ? Refused(outcome.Error) : NoContent();

    private NotFoundObjectResult Missing() => NotFound(new { error = "没有这个收藏夹或条目。" });
    private BadRequestObjectResult Refused(string error) => BadRequest(new { error });
}

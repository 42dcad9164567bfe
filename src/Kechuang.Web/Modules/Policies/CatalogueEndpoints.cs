using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Policies.Features.Catalogue;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Web.Modules.Policies;

/// <summary>The policy catalogue (政策库) and fulfilment (政策兑现) API, plus the signed-in user's notifications.</summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/policies").WithTags("政策库与兑现");

        g.MapGet("/", async ([AsParameters] CatalogueQuery q, ListPolicies.Handler h, CancellationToken ct) =>
                TypedResults.Ok(await h.Handle(new ListPolicies.Query(q.Search, q.Department, q.NoApplication), ct)))
            .AllowAnonymous().WithSummary("已发布的政策及其条款（公开）：按关键词搜索，按牵头部门、免申即享筛选");

        g.MapGet("/{id:guid}", async Task<Results<Ok<GetPolicy.Details>, ProblemHttpResult>> (Guid id, GetPolicy.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("未找到该政策"))
            .AllowAnonymous().WithSummary("政策详情（公开）：每个条款的原文、适用条件（现行规则版本、依据与参数）、支持内容与计算公式、牵头部门、办理程序、时限与依据");

        g.MapPost("/", async Task<Created<SavePolicy.Saved>> (PolicyForm form, SavePolicy.Handler h, CancellationToken ct) =>
            {
                var saved = (await h.Handle(null, form, ct))!;
                return TypedResults.Created($"/api/v1/policies/{saved.Id}", saved);
            })
            .RequireAuthorization(Permissions.PoliciesManage).ProducesValidationProblem().WithSummary("新增政策（可同时录入条款）");

        g.MapPut("/{id:guid}", async Task<Results<Ok<SavePolicy.Saved>, ProblemHttpResult>> (Guid id, PolicyForm form, SavePolicy.Handler h, CancellationToken ct) =>
                await h.Handle(id, form, ct) is { } saved ? TypedResults.Ok(saved) : NotFound("未找到该政策"))
            .RequireAuthorization(Permissions.PoliciesManage).ProducesValidationProblem()
            .WithSummary("修改政策及其条款（须带上读取时的 version；条款带 id 为修改，不带为新增，未列出的为删除）");

        g.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, DeletePolicy.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) ? TypedResults.NoContent() : NotFound("未找到该政策"))
            .RequireAuthorization(Permissions.PoliciesManage).WithSummary("删除政策（已有兑现记录的不能删除）");

        g.MapGet("/clauses/{clauseId:guid}/entitled", async Task<Results<Ok<EvaluateClause.Page>, ProblemHttpResult>> (
                    Guid clauseId, [AsParameters] EntitledQuery q, EvaluateClause.Handler h, CancellationToken ct) =>
                await h.Handle(new EvaluateClause.Query(clauseId, q.Outcome, q.District, q.Page ?? 1, q.PageSize ?? 20), ct) is { } page
                    ? TypedResults.Ok(page)
                    : NotFound("未找到该条款"))
            .RequireAuthorization(Permissions.FulfilmentConfirm)
            .WithSummary("按条款对数据范围内全部企业测算：符合条件的企业及金额、计算说明（outcome=nearly 为仅差一项条件的企业及差距）");

        g.MapGet("/clauses/{clauseId:guid}/entitled.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                    Guid clauseId, string? district, ExportEntitled.Handler h, CancellationToken ct) =>
                await h.Handle(clauseId, district, ct) is { } file
                    ? TypedResults.File(file.Bytes, ContentTypes.Xlsx, file.FileName)
                    : NotFound("未找到该条款"))
            .RequireAuthorization(Permissions.FulfilmentConfirm).WithSummary("导出符合条件企业名单（.xlsx）");

        g.MapPost("/clauses/{clauseId:guid}/confirm", async Task<Results<Ok<ConfirmFulfilment.Result>, ProblemHttpResult>> (
                    Guid clauseId, ConfirmFulfilment.Request request, ConfirmFulfilment.Handler h, CancellationToken ct) =>
                await h.Handle(clauseId, request, ct) is { } result ? TypedResults.Ok(result) : NotFound("未找到该条款"))
            .RequireAuthorization(Permissions.FulfilmentConfirm).ProducesValidationProblem()
            .WithSummary("确认兑现（免申即享）：为所选符合条件的企业登记本政策年度的兑现并通知企业；全部成功或全部不写入，同一企业同一年度只能确认一次");

        routes.MapGet("/api/v1/enterprises/{id:guid}/policies", async Task<Results<Ok<FirmPolicies.Result>, ProblemHttpResult>> (
                    Guid id, FirmPolicies.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } result ? TypedResults.Ok(result) : NotFound("未找到该企业，或您无权查看"))
            .RequireAuthorization().WithTags("政策库与兑现").WithSummary("企业可享政策：符合的条款（金额、说明）、接近符合的条款（差距）与兑现记录");

        var n = routes.MapGroup("/api/v1/notifications").WithTags("消息通知").RequireAuthorization();

        n.MapGet("/", async (int? page, int? pageSize, bool? unreadOnly, Inbox inbox, CancellationToken ct) =>
                TypedResults.Ok(await inbox.PageAsync(page ?? 1, pageSize ?? 20, unreadOnly ?? false, ct)))
            .WithSummary("本人及本企业的消息，最新在前（含未读数）");

        n.MapPost("/{id:guid}/read", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Inbox inbox, CancellationToken ct) =>
                await inbox.MarkReadAsync(id, ct) ? TypedResults.NoContent() : NotFound("未找到该消息"))
            .WithSummary("标记为已读");

        n.MapPost("/read-all", async (Inbox inbox, CancellationToken ct) => TypedResults.Ok(new MarkedRead(await inbox.MarkAllReadAsync(ct))))
            .WithSummary("全部标记为已读");
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(title: "未找到", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public sealed record CatalogueQuery(string? Search, string? Department, bool? NoApplication);

    public sealed record EntitledQuery(string? Outcome, string? District, int? Page, int? PageSize);

    public sealed record MarkedRead(int Count);
}

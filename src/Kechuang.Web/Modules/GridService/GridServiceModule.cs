using System.Text.Json;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.GridService.Features.Assignment;
using Kechuang.Web.Modules.GridService.Features.Dashboard;
using Kechuang.Web.Modules.GridService.Features.Home;
using Kechuang.Web.Modules.GridService.Features.Needs;
using Kechuang.Web.Modules.GridService.Features.Settings;
using Kechuang.Web.Modules.GridService.Features.Visits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kechuang.Web.Modules.GridService;

/// <summary>
/// 三员联动 grid service: officers' visits (recorded on a phone, offline drafts sent once), firms' needs routed to the
/// responsible department or unit with a deadline and followed to resolution, and the firm's rating.
/// </summary>
public static class GridServiceModule
{
    public static IServiceCollection AddGridService(this IServiceCollection services) =>
        services.AddScoped<GridAccess>().AddScoped<ServiceRulesInForce>().AddScoped<NeedRouting>()
            .AddScoped<Notifications.Contracts.IDeadlineSource, NeedDeadlineReminders>();

    public static void MapGridService(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/grid").WithTags("网格服务");
        g.MapGet("/home", async (OfficerHome.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .RequireAuthorization(Permissions.GridVisit).WithSummary("网格员首页：本人网格内企业（应走访日期、逾期在前）与待办需求");
        g.MapGet("/dashboard", async ([AsParameters] GridDashboard.Query q, GridDashboard.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(q, ct)))
            .RequireAuthorization().WithSummary("网格服务驾驶舱（网格管理：全市或某区县、网格；网格员：本人网格），每项指标附计算方法");
        g.MapGet("/dashboard.xlsx", async ([AsParameters] GridDashboard.Query q, ExportGridDashboard.Handler h, CancellationToken ct) =>
            {
                var file = await h.Handle(q, ct);
                return TypedResults.File(file.Bytes, Infrastructure.Files.ContentTypes.Xlsx, file.FileName);
            })
            .RequireAuthorization().WithSummary("驾驶舱导出 Excel（按区县、网格、网格员、需求分类与计算说明）");
        g.MapPost("/assignments", async (AssignFirms.Command command, AssignFirms.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(command, ct)))
            .RequireAuthorization(Permissions.GridManage).WithSummary("企业分配到网格：按信用代码清单或区县（可只分未分配的）；preview=true 只预览；须与网格同区县，全部成功或全部不变");
        g.MapPost("/handovers", async (HandOverOfficer.Command command, HandOverOfficer.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(command, ct)))
            .RequireAuthorization(Permissions.GridManage).WithSummary("网格员交接：交出人的全部网格与其收集的未办结需求转给接手人");
        g.MapGet("/rules", async (ServiceRules.Handler h, CancellationToken ct) => TypedResults.Ok(await h.List(ct)))
            .RequireAuthorization().WithSummary("办理时限（按需求类别）与走访频次（按企业梯队），含施行日期与当前施行的规则");
        g.MapPost("/rules/routes", async Task<NoContent> (ServiceRules.RouteCommand command, ServiceRules.Handler h, CancellationToken ct) =>
            {
                await h.SaveRoute(command, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.GridManage).WithSummary("新增一条办理规则（类别、施行日期（不早于今天）、办理科室或单位、时限天数）");
        g.MapPost("/rules/frequencies", async Task<NoContent> (ServiceRules.FrequencyCommand command, ServiceRules.Handler h, CancellationToken ct) =>
            {
                await h.SaveFrequency(command, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.GridManage).WithSummary("新增一条走访频次（梯队：4 高企、3 小巨人、2 科技型中小、1 科技型小微、空为未入梯队；施行日期；间隔天数）");
        g.MapPost("/services", async Task<Created<IdResponse>> (RecordService.Command command, RecordService.Handler h, CancellationToken ct) =>
            {
                var id = await h.Handle(command, ct);
                return TypedResults.Created($"/api/v1/grid/services/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Permissions.GridVisit).WithSummary("记录服务：研发投入归集培训（含参加企业与人数）、申报辅导（须选指南）、政策宣讲");
        g.MapGet("/services", async (RecordService.Handler h, CancellationToken ct) => TypedResults.Ok(await h.List(ct)))
            .RequireAuthorization().WithSummary("服务记录（网格员：本人的；网格管理：全部）");
        g.MapPost("/visits", async Task<Results<Created<RecordVisit.Result>, Ok<RecordVisit.Result>>> (
                [FromForm] string visit, IFormFileCollection photos, RecordVisit.Handler h, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct) =>
            {
                var form = Parse(visit, json.Value.SerializerOptions);
                var uploads = new List<PhotoUpload>();
                foreach (var file in photos)
                {
                    if (file.Length > RecordVisit.MaxPhotoBytes)
                    {
                        throw new FieldValidationException("photos", $"“{file.FileName}”超过 5 MB，请压缩后再传");
                    }

                    using var buffer = new MemoryStream();
                    await file.CopyToAsync(buffer, ct);
                    uploads.Add(new PhotoUpload(file.FileName, file.ContentType, buffer.ToArray()));
                }

                var result = await h.Handle(form, uploads, ct);
                return result.Duplicate ? TypedResults.Ok(result) : TypedResults.Created($"/api/v1/grid/visits/{result.VisitId}", result);
            })
            .DisableAntiforgery().RequireAuthorization(Permissions.GridVisit)
            .WithSummary("记录走访（multipart：visit 为 JSON，photos 为照片）；同一 draftId 再次提交返回 200 与已记录的走访，不会重复");
        g.MapGet("/visits", async ([AsParameters] ListVisits.Query q, ListVisits.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(q, ct)))
            .RequireAuthorization().WithSummary("走访记录（网格员：本人的；网格管理：全部）");
        g.MapGet("/photos/{id:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, GetVisitPhoto.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } p ? TypedResults.File(p.Content, p.ContentType, p.FileName) : NotFound("照片不存在"))
            .RequireAuthorization().WithSummary("走访照片");

        g.MapGet("/needs", async ([AsParameters] ListNeeds.Query q, ListNeeds.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(q, ct)))
            .RequireAuthorization().WithSummary("企业需求（网格员：本人网格；办理科室/单位：转来的；企业：本企业的；网格管理：全部），逾期在前");
        g.MapGet("/needs/{id:guid}", async Task<Results<Ok<GetNeed.Details>, ProblemHttpResult>> (Guid id, GetNeed.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("需求不存在"))
            .RequireAuthorization().WithSummary("需求详情与办理经过");
        g.MapPost("/needs/{id:guid}/handling", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, HandleNeed.Command command, HandleNeed.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) ? TypedResults.NoContent() : NotFound("需求不存在"))
            .RequireAuthorization().WithSummary("办理：Start（办理中）、Resolve（已解决，写明结果）、Unresolvable（无法解决，写明原因）；须带 version");
        g.MapPost("/needs/{id:guid}/rating", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, RateNeed.Command command, RateNeed.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) ? TypedResults.NoContent() : NotFound("需求不存在"))
            .RequireAuthorization(Permissions.NeedsRate).WithSummary("企业评价办理（办结后一次，1–5 星）");
        g.MapPost("/needs/{id:guid}/demand", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, PublishNeedAsDemand.Command command, PublishNeedAsDemand.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) is { } demandId ? TypedResults.Created($"/api/v1/market/demands/{demandId}", new IdResponse(demandId)) : NotFound("需求不存在"))
            .RequireAuthorization(Permissions.MarketDemandsPost).WithSummary("技术类需求发布为技术需求（待科技局审核）");
    }

    private static VisitForm Parse(string json, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize<VisitForm>(json, options) ?? throw new FieldValidationException("visit", "缺少走访内容");
        }
        catch (JsonException)
        {
            throw new FieldValidationException("visit", "走访内容格式不正确");
        }
    }

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(title: "未找到", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public sealed record IdResponse(Guid Id);
}

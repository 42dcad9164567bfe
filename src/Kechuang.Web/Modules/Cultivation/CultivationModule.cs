using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Cultivation.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Web.Modules.Cultivation;

public static class CultivationModule
{
    public static IServiceCollection AddCultivation(this IServiceCollection services) => services.AddScoped<LadderAssessor>();

    public static void MapCultivation(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/cultivation").WithTags("梯队培育").RequireAuthorization(Permissions.CultivationRead);

        g.MapGet("/overview", async (GetLadderOverview.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .WithSummary("各区县各梯队企业数，以及冲击下一级的企业中已符合、有差距、数据不全的数量");

        g.MapGet("/standings", async ([AsParameters] StandingsQuery q, ListStandings.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(q.ToQuery(), ct)))
            .WithSummary("企业梯队与差距：当前梯队（有效资质）、下一级及其评价结论、首要差距（按数据范围）");

        g.MapGet("/standings/export", async ([AsParameters] StandingsQuery q, ExportStandings.Handler h, CancellationToken ct) =>
                TypedResults.File(await h.Handle(q.ToQuery(), ct), ContentTypes.Xlsx, "企业梯队与差距.xlsx"))
            .RequireAuthorization(Permissions.EnterprisesExport).WithSummary("导出企业梯队与差距（.xlsx）");

        g.MapGet("/enterprises/{id:guid}", async Task<Results<Ok<GetFirmStanding.Details>, ProblemHttpResult>> (Guid id, GetFirmStanding.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("未找到该企业，或您无权查看"))
            .WithSummary("一家企业的梯队体检：各级规则逐条结论、所用数值、门槛与差距，及入库记录");

        g.MapGet("/pools", async (ListPools.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .WithSummary("培育库及在库、今年新入库、去年入库、今年出库数量");

        g.MapGet("/pools/{code}", async Task<Results<Ok<GetPool.Details>, ProblemHttpResult>> (string code, bool? history, GetPool.Handler h, CancellationToken ct) =>
                await h.Handle(code, history ?? false, ct) is { } d ? TypedResults.Ok(d) : NotFound("培育库不存在"))
            .WithSummary("培育库在库企业（history=true 含已出库）及其对目标规则的评价，按年度、区县统计");

        g.MapGet("/pools/{code}/candidates", async Task<Results<Ok<List<ListPoolCandidates.Candidate>>, ProblemHttpResult>> (string code, string? district, ListPoolCandidates.Handler h, CancellationToken ct) =>
                await h.Handle(code, district, ct) is { } d ? TypedResults.Ok(d) : NotFound("培育库不存在"))
            .WithSummary($"建议入库企业：不在库、尚未达到目标梯队、符合或至多差 {ListPoolCandidates.MaxGaps} 项条件的企业");

        g.MapPost("/pools/{code}/members", async Task<Results<Ok<AdmitToPool.Result>, ProblemHttpResult>> (string code, AdmitToPool.Command command, AdmitToPool.Handler h, CancellationToken ct) =>
                await h.Handle(code, command, ct) is { } r ? TypedResults.Ok(r) : NotFound("培育库或企业不存在，或您无权查看该企业"))
            .RequireAuthorization(Permissions.CultivationManage).WithSummary("入库（可多家，全部成功或全部不入库）");

        g.MapPost("/pools/members/{membershipId:guid}/removal", async Task<Results<NoContent, ProblemHttpResult>> (Guid membershipId, RemoveFromPool.Command command, RemoveFromPool.Handler h, CancellationToken ct) =>
                await h.Handle(membershipId, command, ct) ? TypedResults.NoContent() : NotFound("入库记录不存在，或您无权查看该企业"))
            .RequireAuthorization(Permissions.CultivationManage).WithSummary("出库（须填写理由；记录保留）");
    }

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(title: "未找到", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public sealed record StandingsQuery(string? Search, string? District, Guid? Grid, string? Tier, string? Readiness, int? Page, int? PageSize)
    {
        public ListStandings.Query ToQuery() => new(Search, District, Grid, Tier, Readiness, Page ?? 1, PageSize ?? 20);
    }
}

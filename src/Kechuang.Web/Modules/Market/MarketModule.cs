using System.Security.Cryptography;
using System.Text;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Market.Features.Achievements;
using Kechuang.Web.Modules.Market.Features.Demands;
using Kechuang.Web.Modules.Market.Features.Matching;
using Kechuang.Web.Modules.Market.Features.Search;
using Kechuang.Web.Modules.Market.Features.Services;
using Kechuang.Web.Modules.Market.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Web.Modules.Market;

/// <summary>
/// The technology market (科技大市场): firms' demands, achievements, service offers and the expert pool in one Chinese
/// search index, matching with reasons, and the 对接 funnel.
/// </summary>
public static class MarketModule
{
    public static IServiceCollection AddMarket(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var path = IndexPath(config, env);
        services.AddSingleton(_ => new MarketIndex(path));
        services.AddSingleton<IndexSignal>();
        services.AddScoped<MarketAccess>().AddScoped<SearchChanges>().AddScoped<IndexFeed>().AddScoped<IndexUpdater>();
        services.AddScoped<Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor, ExpertIndexFollower>();
        services.AddScoped<Contracts.DemandSubmission>();
        if (config.GetValue("Market:IndexWorker", true))
        {
            services.AddHostedService<IndexWorker>();
        }

        return services;
    }

    /// <summary>
    /// Market:IndexPath; else beside the SQLite file, or for PostgreSQL a folder under data/search/ named after the
    /// connection, so apps on different databases (tests side by side) never share an index.
    /// </summary>
    public static string IndexPath(IConfiguration config, IHostEnvironment env)
    {
        if (config["Market:IndexPath"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, env.ContentRootPath);
        }

        var (postgres, connection) = DatabaseSetup.Connection(config, env);
        if (!postgres && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource is { Length: > 0 } file && file != ":memory:")
        {
            return Path.GetFullPath(file, env.ContentRootPath) + ".search"; // beside the database file, and gone with it
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(connection)))[..12];
        return Path.Combine(env.ContentRootPath, "data", "search", $"{(postgres ? "pg" : "sqlite")}-{hash}");
    }

    public static void MapMarket(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/market").WithTags("技术市场");

        g.MapGet("/search", async ([AsParameters] SearchQuery q, SearchMarket.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(q.ToQuery(), ct)))
            .AllowAnonymous().WithSummary("检索需求、成果、服务与专家：BM25 排序、精确词组加权、分面计数（类别、领域、区县）、高亮摘要、分页。任何输入都不会报错");

        g.MapGet("/demands", async (DemandStatus? status, int? page, int? pageSize, ListDemands.Handler h, CancellationToken ct) =>
                TypedResults.Ok(await h.Handle(new(status, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization().WithSummary("本人管理的需求：企业看本企业的，网格员看本人网格内的，工作人员看全部");
        g.MapGet("/demands/{id:guid}", async Task<Results<Ok<GetDemand.Details>, ProblemHttpResult>> (Guid id, GetDemand.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("需求不存在"))
            .AllowAnonymous().WithSummary("需求详情（已发布的公开需求人人可见）");
        g.MapPost("/demands", async Task<Created<IdResponse>> (DemandForm form, PostDemand.Handler h, CancellationToken ct) =>
                await h.Create(form, ct) is var id ? TypedResults.Created($"/api/v1/market/demands/{id}", new IdResponse(id)) : throw new InvalidOperationException())
            .RequireAuthorization(Permissions.MarketDemandsPost).WithSummary("发布技术需求（待审核）：企业为本企业，网格员为本人网格内企业");
        g.MapPut("/demands/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, DemandForm form, PostDemand.Handler h, CancellationToken ct) =>
                await h.Update(id, form, ct) ? TypedResults.NoContent() : NotFound("需求不存在"))
            .RequireAuthorization(Permissions.MarketDemandsPost).WithSummary("修改待审核或被退回的需求（重新提交审核；须带 version）");
        g.MapPost("/demands/{id:guid}/review", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ReviewDemand.Command command, ReviewDemand.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) ? TypedResults.NoContent() : NotFound("需求不存在"))
            .RequireAuthorization().WithSummary("审核需求：Approve 发布、Return 退回（须写原因）、Close 关闭（企业也可关闭本企业需求）");
        g.MapGet("/demands/{id:guid}/matches", async Task<Results<Ok<MatchDemand.Result>, ProblemHttpResult>> (Guid id, MatchDemand.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } r ? TypedResults.Ok(r) : NotFound("需求不存在"))
            .RequireAuthorization().WithSummary("需求匹配：成果、专家、服务机构，各附匹配理由（共同技术词、领域、区县）");
        g.MapPost("/demands/{id:guid}/pushes", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, PushMatch.Command command, PushMatch.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) is { } mid ? TypedResults.Created($"/api/v1/market/demands/{id}/funnel", new IdResponse(mid)) : NotFound("需求不存在"))
            .RequireAuthorization(Permissions.MarketManage).WithSummary("推送对接：通知需求企业与成果/服务/专家一方");
        g.MapGet("/demands/{id:guid}/funnel", async Task<Results<Ok<MatchFunnel.Result>, ProblemHttpResult>> (Guid id, MatchFunnel.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } r ? TypedResults.Ok(r) : NotFound("需求不存在"))
            .RequireAuthorization().WithSummary("需求的对接记录与漏斗");
        g.MapGet("/funnel", async (MatchFunnel.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(null, ct)))
            .RequireAuthorization(Permissions.MarketManage).WithSummary("全部对接的漏斗：已推送 → 已联系 → 洽谈中 → 已签约");
        g.MapPost("/matches/{id:guid}/meetings", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, RecordMeeting.Command command, RecordMeeting.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) ? TypedResults.NoContent() : NotFound("对接不存在"))
            .RequireAuthorization(Permissions.MarketManage).WithSummary("记录洽谈及达到的阶段（须带 version）");

        g.MapGet("/achievements", async ([AsParameters] ListAchievements.Query q, ListAchievements.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(q, ct)))
            .RequireAuthorization(Permissions.MarketPublish).WithSummary("本人发布的成果（科技局：全部），按名称与发布状态筛选，分页");
        g.MapGet("/achievements/{id:guid}", async Task<Results<Ok<GetAchievement.Details>, ProblemHttpResult>> (Guid id, GetAchievement.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("成果不存在"))
            .AllowAnonymous().WithSummary("成果详情");
        g.MapPost("/achievements", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (AchievementForm form, SaveAchievement.Handler h, CancellationToken ct) =>
                await h.Handle(null, form, ct) is { } id ? TypedResults.Created($"/api/v1/market/achievements/{id}", new IdResponse(id)) : NotFound("成果不存在"))
            .RequireAuthorization(Permissions.MarketPublish).WithSummary("发布科技成果");
        g.MapPut("/achievements/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AchievementForm form, SaveAchievement.Handler h, CancellationToken ct) =>
                await h.Handle(id, form, ct) is not null ? TypedResults.NoContent() : NotFound("成果不存在"))
            .RequireAuthorization(Permissions.MarketPublish).WithSummary("修改本人发布的成果（须带 version）");
        g.MapPost("/achievements/{id:guid}/withdraw", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, SaveAchievement.Handler h, CancellationToken ct) =>
                await h.SetPublished(id, false, ct) ? TypedResults.NoContent() : NotFound("成果不存在"))
            .RequireAuthorization(Permissions.MarketPublish).WithSummary("撤下成果");
        g.MapPost("/achievements/{id:guid}/publish", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, SaveAchievement.Handler h, CancellationToken ct) =>
                await h.SetPublished(id, true, ct) ? TypedResults.NoContent() : NotFound("成果不存在"))
            .RequireAuthorization(Permissions.MarketPublish).WithSummary("重新发布已撤下的成果");
        g.MapGet("/achievements/{id:guid}/firms", async Task<Results<Ok<List<MatchAchievement.Firm>>, ProblemHttpResult>> (Guid id, MatchAchievement.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } r ? TypedResults.Ok(r) : NotFound("成果不存在"))
            .RequireAuthorization().WithSummary("成果找企业：需求相合的企业及理由");
        g.MapPost("/services", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (ServiceOfferForm form, SaveServiceOffer.Handler h, CancellationToken ct) =>
                await h.Handle(null, form, ct) is { } id ? TypedResults.Created($"/api/v1/market/services/{id}", new IdResponse(id)) : NotFound("服务不存在"))
            .RequireAuthorization(Permissions.MarketPublish).WithSummary("发布服务（检验检测、研发设计、技术咨询）");
        g.MapGet("/services", async ([AsParameters] ListServiceOffers.Query q, ListServiceOffers.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(q, ct)))
            .RequireAuthorization(Permissions.MarketPublish).WithSummary("本人发布的服务（科技局：全部），按名称与发布状态筛选，分页");
        g.MapGet("/services/{id:guid}", async Task<Results<Ok<GetServiceOffer.Details>, ProblemHttpResult>> (Guid id, GetServiceOffer.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("服务不存在"))
            .AllowAnonymous().WithSummary("服务详情（未发布的仅发布者与科技局可见）");
        g.MapPut("/services/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ServiceOfferForm form, SaveServiceOffer.Handler h, CancellationToken ct) =>
                await h.Handle(id, form, ct) is null ? NotFound("服务不存在") : TypedResults.NoContent())
            .RequireAuthorization(Permissions.MarketPublish).WithSummary("修改本人发布的服务（须带 version）");
        g.MapPost("/services/{id:guid}/withdraw", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, SaveServiceOffer.Handler h, CancellationToken ct) =>
                await h.SetPublished(id, false, ct) ? TypedResults.NoContent() : NotFound("服务不存在"))
            .RequireAuthorization(Permissions.MarketPublish).WithSummary("撤下服务");
        g.MapPost("/services/{id:guid}/publish", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, SaveServiceOffer.Handler h, CancellationToken ct) =>
                await h.SetPublished(id, true, ct) ? TypedResults.NoContent() : NotFound("服务不存在"))
            .RequireAuthorization(Permissions.MarketPublish).WithSummary("重新发布已撤下的服务");

        g.MapGet("/index", async (ManageIndex.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Get(ct)))
            .RequireAuthorization(Permissions.MarketIndexManage).WithSummary("搜索索引状态：文档数、上次重建、待处理变更");
        g.MapPost("/index/rebuild", async (ManageIndex.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Rebuild(ct)))
            .RequireAuthorization(Permissions.MarketIndexManage).WithSummary("从数据库重建搜索索引");
    }

    internal static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(title: "未找到", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public sealed record IdResponse(Guid Id);

    public sealed record SearchQuery(string? Q, string? Kind, string? Field, string? District, int? Page, int? PageSize)
    {
        public SearchMarket.Query ToQuery() => new(Q, Kind, Field, District, Page ?? 1, PageSize ?? 20);
    }
}

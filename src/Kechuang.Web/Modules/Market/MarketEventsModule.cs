using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Market.Features.Challenges;
using Kechuang.Web.Modules.Market.Features.Roadshows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using static Kechuang.Web.Modules.Market.MarketModule;

namespace Kechuang.Web.Modules.Market;

/// <summary>The market's events: roadshows (路演) under /api/v1/roadshows and challenge lists (揭榜挂帅) under /api/v1/challenges.</summary>
public static class MarketEventsModule
{
    public static IServiceCollection AddMarketEvents(this IServiceCollection services) => services.AddScoped<EventParticipants>();

    public static void MapRoadshows(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/roadshows").WithTags("路演");
        g.MapGet("/", async (ListRoadshows.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .AllowAnonymous().WithSummary("路演：即将举办（按时间先后）与已举办（最近的在前），含报名人数、项目数、融资需求与已投资金额；工作人员另见草稿与已取消的");
        g.MapGet("/{id:guid}", async Task<Results<Ok<GetRoadshow.Details>, ProblemHttpResult>> (Guid id, GetRoadshow.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("路演不存在"))
            .AllowAnonymous().WithSummary("路演详情：项目、后续成效与合计；工作人员另见全部报名，企业与单位用户见本方报名");
        g.MapPost("/", async Task<Created<IdResponse>> (RoadshowForm form, SaveRoadshow.Handler h, CancellationToken ct) =>
                await h.Create(form, ct) is var id ? TypedResults.Created($"/api/v1/roadshows/{id}", new IdResponse(id)) : throw new InvalidOperationException())
            .RequireAuthorization(Permissions.RoadshowsManage).WithSummary("新建路演（草稿）：名称、开始时间（带时区，如 2026-12-01T14:30:00+08:00）、地点、主题领域、名额、介绍");
        g.MapPut("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, RoadshowForm form, SaveRoadshow.Handler h, CancellationToken ct) =>
                await h.Update(id, form, ct) ? TypedResults.NoContent() : NotFound("路演不存在"))
            .RequireAuthorization(Permissions.RoadshowsManage).WithSummary("修改开始前的路演（须带 version；名额不得少于已报名数）");
        g.MapPost("/{id:guid}/projects", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, RoadshowProjectForm form, ManageRoadshow.Handler h, CancellationToken ct) =>
                await h.AddProject(id, form, ct) is { } pid ? TypedResults.Created($"/api/v1/roadshows/{id}", new IdResponse(pid)) : NotFound("路演不存在"))
            .RequireAuthorization(Permissions.RoadshowsManage).WithSummary("添加路演项目：项目名称、路演单位、简介、融资需求（万元），可关联已发布的科技成果");
        g.MapPost("/{id:guid}/publish", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, long? version, ManageRoadshow.Handler h, CancellationToken ct) =>
                await h.Change(id, ManageRoadshow.Action.Publish, version, ct) ? TypedResults.NoContent() : NotFound("路演不存在"))
            .RequireAuthorization(Permissions.RoadshowsManage).WithSummary("发布路演（至少一个项目，开始前）");
        g.MapPost("/{id:guid}/cancel", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, long? version, ManageRoadshow.Handler h, CancellationToken ct) =>
                await h.Change(id, ManageRoadshow.Action.Cancel, version, ct) ? TypedResults.NoContent() : NotFound("路演不存在"))
            .RequireAuthorization(Permissions.RoadshowsManage).WithSummary("取消路演（开始前）");
        g.MapPost("/{id:guid}/registrations", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, RegisterForRoadshow.Command command, RegisterForRoadshow.Handler h, CancellationToken ct) =>
                await h.Register(id, command, ct) is { } rid ? TypedResults.Created($"/api/v1/roadshows/{id}", new IdResponse(rid)) : NotFound("路演不存在"))
            .RequireAuthorization(Permissions.RoadshowsAttend).WithSummary("以本企业或本单位报名（开始前、名额内；同一单位重复报名 409；名额已满 422）");
        g.MapDelete("/{id:guid}/registrations/mine", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, RegisterForRoadshow.Handler h, CancellationToken ct) =>
                await h.Cancel(id, ct) ? TypedResults.NoContent() : NotFound("没有本单位的报名"))
            .RequireAuthorization(Permissions.RoadshowsAttend).WithSummary("取消本单位的报名（开始前）");
        g.MapPost("/{id:guid}/attendance", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, FollowUpRoadshow.AttendanceCommand command, FollowUpRoadshow.Handler h, CancellationToken ct) =>
                await h.MarkAttendance(id, command, ct) ? TypedResults.NoContent() : NotFound("路演不存在"))
            .RequireAuthorization(Permissions.RoadshowsManage).WithSummary("登记出席（路演开始后）：rows = [{registrationId, attended}]");
        g.MapPost("/{id:guid}/projects/{projectId:guid}/outcomes", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, Guid projectId, FollowUpRoadshow.OutcomeCommand command, FollowUpRoadshow.Handler h, CancellationToken ct) =>
                await h.RecordOutcome(id, projectId, command, ct) is { } oid ? TypedResults.Created($"/api/v1/roadshows/{id}", new IdResponse(oid)) : NotFound("路演项目不存在"))
            .RequireAuthorization(Permissions.RoadshowsManage).WithSummary("记录项目后续成效（路演后）：IntendedInvestment 意向投资、Invested 已投资（须填金额，万元）、TechCooperation 技术合作、NoFollowUp 无后续；说明与日期");
    }

    public static void MapChallenges(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/challenges").WithTags("揭榜挂帅");
        g.MapGet("/", async (string? q, ChallengeStatus? status, ListChallenges.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(new(q, status), ct)))
            .AllowAnonymous().WithSummary("榜单：揭榜中的在前（按截止时间），含榜额、截止时间、状态、方案数与揭榜方；q 在名称、描述、企业、领域、条件中查找");
        g.MapGet("/{id:guid}", async Task<Results<Ok<GetChallenge.Details>, ProblemHttpResult>> (Guid id, GetChallenge.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("榜单不存在"))
            .AllowAnonymous().WithSummary("榜单详情；揭榜方见本方方案；截止后发榜企业与评选专家见全部方案；工作人员见全部评分与平均分");
        g.MapPost("/", async Task<Created<IdResponse>> (ChallengeForm form, SaveChallenge.Handler h, CancellationToken ct) =>
                await h.Create(form, ct) is var id ? TypedResults.Created($"/api/v1/challenges/{id}", new IdResponse(id)) : throw new InvalidOperationException())
            .RequireAuthorization(Permissions.ChallengesManage).WithSummary("新建榜单（草稿）：发榜企业（enterpriseId）或来源需求（demandId，须已发布）、名称、难题描述、领域、榜额（万元）、截止时间、揭榜条件");
        g.MapPut("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ChallengeForm form, SaveChallenge.Handler h, CancellationToken ct) =>
                await h.Update(id, form, ct) ? TypedResults.NoContent() : NotFound("榜单不存在"))
            .RequireAuthorization(Permissions.ChallengesManage).WithSummary("修改草稿（须带 version）");
        g.MapPost("/{id:guid}/publish", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, long? version, ManageChallenge.Handler h, CancellationToken ct) =>
                await h.Publish(id, version, ct) ? TypedResults.NoContent() : NotFound("榜单不存在"))
            .RequireAuthorization(Permissions.ChallengesManage).WithSummary("发布榜单（草稿 → 已发布；截止时间须晚于现在）");
        g.MapPost("/{id:guid}/experts", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ManageChallenge.ExpertCommand command, ManageChallenge.Handler h, CancellationToken ct) =>
                await h.AssignExpert(id, command, ct) ? TypedResults.NoContent() : NotFound("榜单不存在"))
            .RequireAuthorization(Permissions.ChallengesManage).WithSummary("指派评选专家（专家库中有平台账号的专家）");
        g.MapPost("/{id:guid}/close", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ManageChallenge.Handler h, CancellationToken ct) =>
                await h.CloseBidding(id, ct) ? TypedResults.NoContent() : NotFound("榜单不存在"))
            .RequireAuthorization(Permissions.ChallengesManage).WithSummary("截止揭榜（截止时间后）：有方案进入评选中，无方案流榜");
        g.MapPost("/{id:guid}/winner", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ManageChallenge.ChoiceCommand command, ManageChallenge.Handler h, CancellationToken ct) =>
                await h.ChooseWinner(id, command, ct) ? TypedResults.NoContent() : NotFound("榜单不存在"))
            .RequireAuthorization(Permissions.ChallengesManage).WithSummary("选定揭榜方（截止后；须写理由，记录选定人）→ 已揭榜；无方案时流榜并拒绝（422）");
        g.MapPost("/{id:guid}/outcome", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ManageChallenge.OutcomeCommand command, ManageChallenge.Handler h, CancellationToken ct) =>
                await h.RecordOutcome(id, command, ct) ? TypedResults.NoContent() : NotFound("榜单不存在"))
            .RequireAuthorization(Permissions.ChallengesManage).WithSummary("登记完成情况（已揭榜 → 已完成/未完成，须写说明）");
        g.MapPost("/{id:guid}/bids", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, BidForm form, SubmitBid.Handler h, CancellationToken ct) =>
                await h.Create(id, form, ct) is { } bid ? TypedResults.Created($"/api/v1/challenges/{id}", new IdResponse(bid)) : NotFound("榜单不存在"))
            .RequireAuthorization(Permissions.ChallengesBid).WithSummary("揭榜：以本企业或本单位提交方案（团队、方案摘要、报价万元、周期月；截止前；每单位一份，重复提交 409）");
        g.MapPut("/{id:guid}/bids/{bidId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Guid bidId, BidForm form, SubmitBid.Handler h, CancellationToken ct) =>
                await h.Update(id, bidId, form, ct) ? TypedResults.NoContent() : NotFound("揭榜方案不存在"))
            .RequireAuthorization(Permissions.ChallengesBid).WithSummary("修改本单位的方案（截止前，须带 version）");
        g.MapPost("/{id:guid}/bids/{bidId:guid}/file", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Guid bidId, IFormFile file, SubmitBid.Handler h, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                return await h.Attach(id, bidId, file.FileName, buffer.ToArray(), ct) ? TypedResults.NoContent() : NotFound("揭榜方案不存在");
            })
            .RequireAuthorization(Permissions.ChallengesBid).DisableAntiforgery()
            .WithSummary($"上传方案全文（multipart：file；PDF/DOCX/PPTX/ZIP，不超过 {BidFileRules.MaxMegabytes} MB，内容须与扩展名相符；截止前可替换）");
        g.MapGet("/{id:guid}/bids/{bidId:guid}/file", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, Guid bidId, GetChallenge.Handler h, CancellationToken ct) =>
                await h.FileAsync(id, bidId, ct) is { } f ? TypedResults.File(f.Content, "application/octet-stream", f.FileName) : NotFound("文件不存在"))
            .RequireAuthorization().WithSummary("下载方案全文（揭榜方本方；截止后发榜企业与评选专家；工作人员）");
        g.MapPost("/{id:guid}/bids/{bidId:guid}/ratings", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Guid bidId, RateBid.Command command, RateBid.Handler h, CancellationToken ct) =>
                await h.Handle(id, bidId, command, ct) ? TypedResults.NoContent() : NotFound("揭榜方案不存在"))
            .RequireAuthorization().WithSummary("评分（截止后；指派的评选专家或发榜企业；0–100 分与评语，再评覆盖）");
    }
}

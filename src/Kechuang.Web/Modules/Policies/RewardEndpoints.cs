using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Domain;
using Kechuang.Web.Modules.Policies.Features.Rewards;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Web.Modules.Policies;

/// <summary>Recognition rewards and their payment batches API.</summary>
internal static class RewardEndpoints
{
    public static void MapRewardEndpoints(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/rewards").WithTags("认定奖励");

        g.MapGet("/", async ([AsParameters] ListQuery q, ListRewards.Handler h, CancellationToken ct) =>
                TypedResults.Ok(await h.Handle(q.ToQuery(), ct)))
            .RequireAuthorization(Permissions.RewardsManage)
            .WithSummary("认定奖励列表（按类型、状态、认定年度、企业名称/信用代码/证书编号筛选；分页；含合计金额，单位万元）");

        g.MapPost("/sweep", async (SweepRecognitionRewards.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .RequireAuthorization(Permissions.RewardsManage)
            .WithSummary("检查新认定：为奖励规则有效期内尚未生成奖励的首次认定补建奖励（可重复执行，不会重复生成）");

        g.MapGet("/batches", async (BatchStatus? status, ListPaymentBatches.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(status, ct)))
            .RequireAuthorization().WithSummary("拨付批次列表（含奖励项数与合计金额）");

        g.MapPost("/batches", async Task<Created<IdResponse>> (CreatePaymentBatch.Request request, CreatePaymentBatch.Handler h, CancellationToken ct) =>
            {
                var id = await h.Handle(request, ct);
                return TypedResults.Created($"/api/v1/rewards/batches/{id}", new IdResponse(id));
            })
            .Validated<CreatePaymentBatch.Request>().RequireAuthorization(Permissions.RewardsManage)
            .WithSummary("生成拨付批次（草稿）：所选待列入奖励进入批次；已在其他批次中的奖励返回 409");

        g.MapGet("/batches/{id:guid}", async Task<Results<Ok<GetPaymentBatch.Details>, ProblemHttpResult>> (Guid id, GetPaymentBatch.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound())
            .RequireAuthorization().WithSummary("拨付批次详情（奖励明细与合计）");

        g.MapDelete("/batches/{id:guid}/rewards/{rewardId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Guid rewardId, RemoveRewardFromBatch.Handler h, CancellationToken ct) =>
                await h.Handle(id, rewardId, ct) ? TypedResults.NoContent() : NotFound())
            .RequireAuthorization(Permissions.RewardsManage).WithSummary("从草稿批次中移出一项奖励（已审批的批次返回 409）");

        g.MapPost("/batches/{id:guid}/approve", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ApprovePaymentBatch.Request request, ApprovePaymentBatch.Handler h, CancellationToken ct) =>
            {
                try
                {
                    return await h.Handle(id, request, ct) ? TypedResults.NoContent() : NotFound();
                }
                catch (ApprovePaymentBatch.OwnBatchException e)
                {
                    return TypedResults.Problem(title: "无权审批", detail: e.Message, statusCode: StatusCodes.Status403Forbidden);
                }
            })
            .Validated<ApprovePaymentBatch.Request>().RequireAuthorization(Permissions.RewardsApprove)
            .WithSummary("审批拨付批次（审批人须不同于编制人，否则 403；已审批返回 409）；审批后通知各企业");

        g.MapGet("/batches/{id:guid}/payment-list.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ExportPaymentList.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } file ? TypedResults.File(file.Bytes, ContentTypes.Xlsx, file.FileName) : NotFound())
            .RequireAuthorization().WithSummary("导出拨付名单（.xlsx，含合计行；草稿批次文件名标注“草稿”）");
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "未找到", detail: "未找到该拨付批次或奖励", statusCode: StatusCodes.Status404NotFound);

    public sealed record IdResponse(Guid Id);

    /// <summary>Query-string form of <see cref="ListRewards.Query"/>.</summary>
    public sealed record ListQuery(QualificationLevel? Type, RewardStatus? Status, int? Year, string? Search, Guid? Enterprise, int? Page, int? PageSize)
    {
        public ListRewards.Query ToQuery() => new(Type, Status, Year, Search, Enterprise, Page ?? 1, PageSize ?? 20);
    }
}

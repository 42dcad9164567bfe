using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Vouchers.Domain;
using Kechuang.Web.Modules.Vouchers.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Web.Modules.Vouchers;

/// <summary>科技创新券: rounds with budgets (first come first served), firms' vouchers, redemption by the firm or by a
/// registered provider, approval, payouts and reconciliation.</summary>
public static class VouchersModule
{
    public static IServiceCollection AddVouchers(this IServiceCollection services) =>
        services.AddScoped<IDeadlineSource, VoucherExpiryReminders>();

    public static void MapVouchers(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/vouchers").WithTags("科技创新券");
        g.MapGet("/policies", async (ListPolicies.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .AllowAnonymous().WithSummary("创新券批次：补贴比例、上限、服务类型、有效期、预算与剩余额度");
        g.MapPost("/policies", async Task<Created<IdResponse>> (SavePolicy.Form form, SavePolicy.Handler h, CancellationToken ct) =>
            {
                var id = await h.Handle(form, ct);
                return TypedResults.Created($"/api/v1/vouchers/policies/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Permissions.VouchersManage).WithSummary("新建创新券批次");
        g.MapGet("/providers", async (ListProviders.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .AllowAnonymous().WithSummary("已登记的创新券服务机构及其服务类型");
        g.MapPost("/apply", async Task<Results<Ok<ApplyForVoucher.Result>, ProblemHttpResult>> (ApplyForVoucher.Command command, ApplyForVoucher.Handler h, CancellationToken ct) =>
                await h.Handle(command, ct) is { } r ? TypedResults.Ok(r) : NotFound("批次不存在"))
            .RequireAuthorization(Permissions.VouchersApply).WithSummary("企业申领（先到先得；超出预算或企业年度上限时 422）");
        g.MapGet("/", async (ListVouchers.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .RequireAuthorization().WithSummary("创新券（企业：本企业的；工作人员：全部）");
        g.MapPost("/redemptions", async Task<Results<Ok<RedeemVoucher.Result>, ProblemHttpResult>> (RedeemVoucher.Command command, RedeemVoucher.Handler h, CancellationToken ct) =>
                await h.Handle(command, ct) is { } r ? TypedResults.Ok(r) : NotFound("创新券不存在"))
            .RequireAuthorization().WithSummary("兑付申请（企业先付后补，或服务机构兑付）；超上限、过期、未登记机构 4xx；同一合同重复兑付或并发超额 409");
        g.MapGet("/redemptions", async (RedemptionStatus? status, ListRedemptions.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(status, ct)))
            .RequireAuthorization().WithSummary("兑付申请（工作人员全部；企业、服务机构各自的）");
        g.MapPost("/redemptions/{id:guid}/decision", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, DecideRedemption.Command command, DecideRedemption.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) ? TypedResults.NoContent() : NotFound("兑付申请不存在"))
            .RequireAuthorization(Permissions.VouchersManage).WithSummary("审核通过，或退回（须理由，额度退还创新券）");
        g.MapPost("/payouts", async (PayOut.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .RequireAuthorization(Permissions.VouchersManage).WithSummary("拨付全部已审核的兑付申请（生成拨付批次）");
        g.MapGet("/reconciliation.xlsx", async (ExportReconciliation.Handler h, CancellationToken ct) =>
                TypedResults.File(await h.Handle(ct), ContentTypes.Xlsx, "创新券兑付对账.xlsx"))
            .RequireAuthorization(Permissions.VouchersManage).WithSummary("对账表：明细、按服务机构、按拨付批次");
    }

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(title: "未找到", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public sealed record IdResponse(Guid Id);
}

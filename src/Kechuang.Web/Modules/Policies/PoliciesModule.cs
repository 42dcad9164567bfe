using Kechuang.Rules.Evaluation;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Contracts;
using Kechuang.Web.Modules.Policies.Features;
using Kechuang.Web.Modules.Policies.Features.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Web.Modules.Policies;

/// <summary>
/// Rule sets and their versions (this file), the policy catalogue with fulfilment (CatalogueEndpoints.cs) and
/// recognition rewards with payment batches (RewardEndpoints.cs).
/// </summary>
public static class PoliciesModule
{
    public static IServiceCollection AddPolicies(this IServiceCollection services) =>
        services.AddSingleton<RuleBookCache>().AddScoped<RuleBook>().AddScoped<IQualificationObserver>(sp => sp.GetRequiredService<Features.Rewards.RewardRecognition.Handler>());

    public static void MapPolicies(this IEndpointRouteBuilder routes)
    {
        routes.MapRuleEndpoints();
        routes.MapCatalogueEndpoints();
        routes.MapRewardEndpoints();
    }

    private static void MapRuleEndpoints(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/rules").WithTags("政策规则");

        g.MapGet("/", async (ListRuleSets.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .AllowAnonymous().WithSummary("规则集及其版本、依据文件、有效期、参数与条件（公开）");

        g.MapGet("/facts", (ListRuleSets.Handler h) => TypedResults.Ok(h.Facts()))
            .AllowAnonymous().WithSummary("规则可使用的企业事实（名称、类型、是否按年度）");

        g.MapPost("/{ruleSetId}/evaluate", async Task<Results<Ok<EvaluationResult>, ProblemHttpResult>> (string ruleSetId, EvaluateFacts.Request request, EvaluateFacts.Handler h, CancellationToken ct) =>
                await h.Handle(ruleSetId, request, ct) is { } result
                    ? TypedResults.Ok(result)
                    : TypedResults.Problem(title: "未找到", detail: $"规则集 {ruleSetId} 不存在", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization().WithSummary("按提交的事实评价一家企业：逐条给出通过/未通过/无法判断、所用数值、门槛与差距");

        g.MapGet("/{ruleSetId}/enterprises/{enterpriseId:guid}", async Task<Results<Ok<EvaluationResult>, ProblemHttpResult>> (string ruleSetId, Guid enterpriseId, DateOnly? on, EvaluateEnterprise.Handler h, CancellationToken ct) =>
                await h.Handle(ruleSetId, enterpriseId, on, ct) is { } result
                    ? TypedResults.Ok(result)
                    : TypedResults.Problem(title: "未找到", detail: "规则集或企业不存在，或您无权查看该企业", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(Permissions.CultivationRead).WithSummary("按登记数据评价一家企业（按数据范围）：逐条结论、所用数值、门槛、差距与金额");

        var v = g.MapGroup("/versions").RequireAuthorization(Permissions.PoliciesManage);
        v.MapGet("/", async (ListRuleSetVersions.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .WithSummary("全部规则版本（含草稿）");
        v.MapGet("/{id:guid}", async Task<Results<Ok<GetRuleSetVersion.Details>, ProblemHttpResult>> (Guid id, GetRuleSetVersion.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : VersionNotFound())
            .WithSummary("一个规则版本的全文（YAML）与状态");
        v.MapPost("/", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (CreateDraft.Command command, CreateDraft.Handler h, CancellationToken ct) =>
                await h.Handle(command, ct) is { } id ? TypedResults.Created($"/api/v1/rules/versions/{id}", new IdResponse(id)) : VersionNotFound())
            .WithSummary("以某个版本为基础新建草稿（版本号与生效日期自动设为新值）");
        v.MapPut("/{id:guid}", async Task<Results<Ok<VersionResponse>, ProblemHttpResult>> (Guid id, SaveDraft.Command command, SaveDraft.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) is { } version ? TypedResults.Ok(new VersionResponse(version)) : VersionNotFound())
            .WithSummary("保存草稿：逐项校验（语法、名称、类型、循环、日期），有误时按行返回，不保存");
        v.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, DeleteDraft.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) ? TypedResults.NoContent() : VersionNotFound())
            .WithSummary("删除草稿");
        v.MapGet("/{id:guid}/what-if", async Task<Results<Ok<WhatIf.Result>, ProblemHttpResult>> (Guid id, WhatIf.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } r ? TypedResults.Ok(r) : VersionNotFound())
            .WithSummary("模拟：按草稿与现行版本分别评价全部企业，统计受影响的企业数与金额");
        v.MapPost("/{id:guid}/publish", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, PublishDraft.Command command, PublishDraft.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) ? TypedResults.NoContent() : VersionNotFound())
            .WithSummary("发布草稿（有效期不得与已发布版本重叠；closePrevious=true 时将前一长期版本截止到新版本生效前一日）");
    }

    private static ProblemHttpResult VersionNotFound() =>
        TypedResults.Problem(title: "未找到", detail: "规则版本不存在", statusCode: StatusCodes.Status404NotFound);

    public sealed record IdResponse(Guid Id);

    public sealed record VersionResponse(long Version);
}

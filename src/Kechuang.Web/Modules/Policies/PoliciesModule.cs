using Kechuang.Rules.Evaluation;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Contracts;
using Kechuang.Web.Modules.Policies.Features;
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

        g.MapGet("/", (ListRuleSets.Handler h) => TypedResults.Ok(h.Handle()))
            .AllowAnonymous().WithSummary("规则集及其版本、依据文件、有效期、参数与条件（公开）");

        g.MapGet("/facts", (ListRuleSets.Handler h) => TypedResults.Ok(h.Facts()))
            .AllowAnonymous().WithSummary("规则可使用的企业事实（名称、类型、是否按年度）");

        g.MapPost("/{ruleSetId}/evaluate", Results<Ok<EvaluationResult>, ProblemHttpResult> (string ruleSetId, EvaluateFacts.Request request, EvaluateFacts.Handler h) =>
                h.Handle(ruleSetId, request) is { } result
                    ? TypedResults.Ok(result)
                    : TypedResults.Problem(title: "未找到", detail: $"规则集 {ruleSetId} 不存在", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization().WithSummary("按提交的事实评价一家企业：逐条给出通过/未通过/无法判断、所用数值、门槛与差距");
    }
}

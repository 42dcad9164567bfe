using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Programmes.Domain;
using Kechuang.Web.Modules.Programmes.Features.Applications;
using Kechuang.Web.Modules.Programmes.Features.Experts;
using Kechuang.Web.Modules.Programmes.Features.Projects;
using Kechuang.Web.Modules.Programmes.Features.Review;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Web.Modules.Programmes;

/// <summary>Science and technology programmes (科技计划项目): the expert pool, calls, applications, expert review with
/// optimal assignment, approval, and the project's life to acceptance and archive.</summary>
public static class ProgrammesModule
{
    public static IServiceCollection AddProgrammes(this IServiceCollection services) => services
        .AddScoped<ExpertRules>()
        .AddScoped<Contracts.ExpertDirectory>()
        .AddScoped<Contracts.CallDirectory>()
        .AddScoped<ApplicationAccess>()
        .AddScoped<ProjectAccess>()
        .AddScoped<ExpertSeat>()
        .AddScoped<BatchProblemBuilder>()
        .AddScoped<IDeadlineSource, ProgrammeDeadlines>();

    public static void MapProgrammes(this IEndpointRouteBuilder routes)
    {
        MapExperts(routes);
        routes.MapCalls();
        routes.MapApplications();
        routes.MapReview();
        routes.MapProjects();
    }

    private static void MapExperts(IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/experts").WithTags("专家库").RequireAuthorization(Permissions.ExpertsManage);

        g.MapGet("/", async ([AsParameters] ExpertQuery q, ListExperts.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(q.ToQuery(), ct)))
            .WithSummary("专家库：按姓名/单位/关键词、领域、类别、是否可用筛选，分页；标明年龄与是否超龄");
        g.MapGet("/{id:guid}", async Task<Results<Ok<GetExpert.Details>, ProblemHttpResult>> (Guid id, GetExpert.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("专家不存在"))
            .WithSummary("专家详情及回避关系");
        g.MapPost("/", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (ExpertForm form, SaveExpert.Handler h, CancellationToken ct) =>
                await h.Handle(null, form, ct) is { } id ? TypedResults.Created($"/api/v1/experts/{id}", new IdResponse(id)) : NotFound("专家不存在"))
            .WithSummary("新增专家（身份证号码校验位、技术专家须副高及以上）");
        g.MapPut("/{id:guid}", async Task<Results<Ok<IdResponse>, ProblemHttpResult>> (Guid id, ExpertForm form, SaveExpert.Handler h, CancellationToken ct) =>
                await h.Handle(id, form, ct) is { } saved ? TypedResults.Ok(new IdResponse(saved)) : NotFound("专家不存在"))
            .WithSummary("修改专家（须带上读取时的 version）");
        g.MapPost("/{id:guid}/conflicts", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, DeclareConflict.Command command, DeclareConflict.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) is { } cid ? TypedResults.Created($"/api/v1/experts/{id}", new IdResponse(cid)) : NotFound("专家不存在"))
            .WithSummary("登记回避关系（近三年任职单位、亲属关系或其他申报的关系）");
    }

    internal static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(title: "未找到", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public sealed record IdResponse(Guid Id);

    public sealed record ExpertQuery(string? Search, string? Field, ExpertKind? Kind, bool? Available, int? Page, int? PageSize)
    {
        public ListExperts.Query ToQuery() => new(Search, Field, Kind, Available, Page ?? 1, PageSize ?? 20);
    }
}

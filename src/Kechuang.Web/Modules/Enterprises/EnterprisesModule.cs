using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Enterprises.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;

namespace Kechuang.Web.Modules.Enterprises;

public static class EnterprisesModule
{
    public static IServiceCollection AddEnterprises(this IServiceCollection services) =>
        services.AddScoped<EnterpriseAccess>().AddScoped<EnterpriseChecks>().AddEnterpriseContracts();

    public static void MapEnterprises(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/enterprises").WithTags("企业");

        g.MapGet("/", async ([AsParameters] ListQuery q, ListEnterprises.Handler h, CancellationToken ct) =>
                TypedResults.Ok(await h.Handle(q.ToQuery(), ct)))
            .RequireAuthorization(Permissions.EnterprisesRead).WithSummary("企业列表（分页、排序、筛选、按名称或信用代码搜索）");

        g.MapPost("/", async Task<Created<IdResponse>> (EnterpriseForm form, CreateEnterprise.Handler h, CancellationToken ct) =>
            {
                var id = await h.Handle(form, ct);
                return TypedResults.Created($"/api/v1/enterprises/{id}", new IdResponse(id));
            })
            .Validated<EnterpriseForm>().RequireAuthorization(Permissions.EnterprisesCreate).WithSummary("新增企业");

        g.MapGet("/{id:guid}", async Task<Results<Ok<GetEnterprise.Details>, ProblemHttpResult>> (Guid id, GetEnterprise.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound())
            .RequireAuthorization(Permissions.EnterprisesRead).WithSummary("企业详情（含资质与年度数据）");

        g.MapPut("/{id:guid}", async Task<Results<Ok<VersionResponse>, ProblemHttpResult>> (Guid id, EnterpriseForm form, UpdateEnterprise.Handler h, CancellationToken ct) =>
                await h.Handle(id, form, ct) is { } v ? TypedResults.Ok(new VersionResponse(v)) : NotFound())
            .Validated<EnterpriseForm>().RequireAuthorization(Permissions.EnterprisesEdit).WithSummary("修改企业（须带上读取时的 version）");

        g.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, DeleteEnterprise.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) ? TypedResults.NoContent() : NotFound())
            .RequireAuthorization(Permissions.EnterprisesDelete).WithSummary("删除企业（逻辑删除）");

        g.MapGet("/{id:guid}/annual-reports", async Task<Results<Ok<IReadOnlyList<AnnualReportForm>>, ProblemHttpResult>> (Guid id, GetEnterprise.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d.AnnualReports) : NotFound())
            .RequireAuthorization(Permissions.EnterprisesRead).WithSummary("企业年度数据");

        g.MapPut("/{id:guid}/annual-reports/{year:int}", async Task<Results<Ok<AnnualReportForm>, ProblemHttpResult>> (Guid id, int year, AnnualReportForm form, SaveAnnualReport.Handler h, CancellationToken ct) =>
            {
                form.Year = year;
                var errors = Validation.Validate(form);
                if (errors.Count > 0)
                {
                    throw new FieldValidationException(errors);
                }

                return await h.Handle(id, form, ct) is { } saved ? TypedResults.Ok(saved) : NotFound();
            })
            .RequireAuthorization(Permissions.EnterprisesEdit).ProducesValidationProblem().WithSummary("新增或修改某年度数据（修改时须带上 version）");

        g.MapDelete("/{id:guid}/annual-reports/{year:int}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, int year, DeleteAnnualReport.Handler h, CancellationToken ct) =>
                await h.Handle(id, year, ct) ? TypedResults.NoContent() : NotFound())
            .RequireAuthorization(Permissions.EnterprisesEdit).WithSummary("删除某年度数据");

        g.MapGet("/{id:guid}/qualifications", async Task<Results<Ok<IReadOnlyList<GetEnterprise.QualificationView>>, ProblemHttpResult>> (Guid id, GetEnterprise.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d.Qualifications) : NotFound())
            .RequireAuthorization(Permissions.EnterprisesRead).WithSummary("企业资质");

        g.MapPost("/{id:guid}/qualifications", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, QualificationForm form, SaveQualification.Handler h, CancellationToken ct) =>
                await h.Handle(id, null, form, ct) is { } qid ? TypedResults.Created($"/api/v1/enterprises/{id}/qualifications/{qid}", new IdResponse(qid)) : NotFound())
            .Validated<QualificationForm>().RequireAuthorization(Permissions.QualificationsEdit).WithSummary("登记资质");

        g.MapPut("/{id:guid}/qualifications/{qid:guid}", async Task<Results<Ok<IdResponse>, ProblemHttpResult>> (Guid id, Guid qid, QualificationForm form, SaveQualification.Handler h, CancellationToken ct) =>
                await h.Handle(id, qid, form, ct) is { } saved ? TypedResults.Ok(new IdResponse(saved)) : NotFound())
            .Validated<QualificationForm>().RequireAuthorization(Permissions.QualificationsEdit).WithSummary("更正资质（须带上 version）");

        g.MapDelete("/{id:guid}/qualifications/{qid:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Guid qid, DeleteQualification.Handler h, CancellationToken ct) =>
                await h.Handle(id, qid, ct) ? TypedResults.NoContent() : NotFound())
            .RequireAuthorization(Permissions.QualificationsEdit).WithSummary("删除资质");

        g.MapGet("/{id:guid}/declaration", async Task<Results<Ok<DeclarationForm>, ProblemHttpResult>> (Guid id, EnterpriseDeclarations d, CancellationToken ct) =>
                await d.GetAsync(id, ct) is { } form ? TypedResults.Ok(form) : NotFound())
            .RequireAuthorization(Permissions.EnterprisesRead).WithSummary("企业自评声明（未声明的项为 null，规则按“缺少数据”处理）");

        g.MapPut("/{id:guid}/declaration", async Task<Results<Ok<VersionResponse>, ProblemHttpResult>> (Guid id, DeclarationForm form, EnterpriseDeclarations d, CancellationToken ct) =>
                await d.SaveAsync(id, form, ct) is { } v ? TypedResults.Ok(new VersionResponse(v)) : NotFound())
            .RequireAuthorization(Permissions.EnterprisesEdit).WithSummary("保存企业自评声明（须带上读取时的 version；首次为 0）");

        g.MapGet("/export", async ([AsParameters] ListQuery q, ExportEnterprises.Handler h, CancellationToken ct) =>
                TypedResults.File(await h.Handle(q.ToQuery(), ct), ContentTypes.Xlsx, "企业名录.xlsx"))
            .RequireAuthorization(Permissions.EnterprisesExport).WithSummary("按筛选条件导出企业及年度数据（.xlsx，与导入模板同格式）");

        g.MapGet("/import-template", () => TypedResults.File(EnterpriseSheet.Template(), ContentTypes.Xlsx, "企业导入模板.xlsx"))
            .RequireAuthorization(Permissions.EnterprisesImport).WithSummary("下载导入模板");

        g.MapPost("/import", async Task<Results<Ok<ImportEnterprises.Result>, UnprocessableEntity<ImportFailure>>> (IFormFile file, ImportEnterprises.Handler h, IMemoryCache cache, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var result = await h.Handle(stream, file.FileName, null, ct);
                if (result.Succeeded)
                {
                    return TypedResults.Ok(result);
                }

                var reportId = Guid.NewGuid();
                cache.Set(ReportKey(reportId), ImportReport.ToXlsx(result.Errors), TimeSpan.FromHours(2));
                return TypedResults.UnprocessableEntity(new ImportFailure(
                    "导入失败：文件中有错误，未写入任何数据", result.Errors.Count, result.Errors, $"/api/v1/enterprises/import-reports/{reportId}"));
            })
            .DisableAntiforgery().RequireAuthorization(Permissions.EnterprisesImport)
            .WithSummary("导入企业及年度数据（全部校验通过才写入，否则返回逐行错误和错误报告下载地址）");

        g.MapGet("/import-reports/{reportId:guid}", Results<FileContentHttpResult, ProblemHttpResult> (Guid reportId, IMemoryCache cache) =>
                cache.TryGetValue(ReportKey(reportId), out byte[]? bytes) && bytes is not null
                    ? TypedResults.File(bytes, ContentTypes.Xlsx, "导入错误报告.xlsx")
                    : TypedResults.Problem(title: "未找到", detail: "错误报告不存在或已过期（保留 2 小时）", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(Permissions.EnterprisesImport).WithSummary("下载导入错误报告");
    }

    private static string ReportKey(Guid id) => $"import-report:{id}";

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "未找到", detail: "未找到该企业或记录，或您无权查看", statusCode: StatusCodes.Status404NotFound);

    public sealed record IdResponse(Guid Id);

    public sealed record VersionResponse(long Version);

    public sealed record ImportFailure(string Detail, int ErrorCount, IReadOnlyList<ImportEnterprises.RowError> Errors, string ReportUrl);

    /// <summary>Query-string form of <see cref="ListEnterprises.Query"/>.</summary>
    public sealed record ListQuery(
        string? Search, string? District, Guid? Grid, string? Industry, HighTechField? Field, QualificationType? Qualification,
        string? Sort, bool? Desc, int? Page, int? PageSize)
    {
        public ListEnterprises.Query ToQuery() =>
            new(Search, District, Grid, Industry, Field, Qualification, Sort, Desc ?? false, Page ?? 1, PageSize ?? 20);
    }
}

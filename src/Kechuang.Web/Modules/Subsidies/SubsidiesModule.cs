using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Subsidies.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Web.Modules.Subsidies;

/// <summary>研发后补助 batches: formula, declarations (firm or import), computation, approval, payment list and notice.</summary>
public static class SubsidiesModule
{
    public static IServiceCollection AddSubsidies(this IServiceCollection services) =>
        services.AddScoped<IDeadlineSource, DeclarationDeadlineReminders>();

    public static void MapSubsidies(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/subsidies").WithTags("研发后补助");

        g.MapGet("/batches", async (ListBatches.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .RequireAuthorization(Permissions.SubsidiesManage).WithSummary("补助批次列表（申报数、补助合计，单位万元）");

        g.MapPost("/batches", async Task<Created<IdResponse>> (CreateBatch.Request request, CreateBatch.Handler h, CancellationToken ct) =>
            {
                var id = await h.Handle(request, ct);
                return TypedResults.Created($"/api/v1/subsidies/batches/{id}", new IdResponse(id));
            })
            .Validated<CreateBatch.Request>().RequireAuthorization(Permissions.SubsidiesManage)
            .WithSummary("新建年度补助批次及其公式（比例单位 %，金额单位万元）");

        g.MapGet("/batches/{id:guid}", async Task<Results<Ok<GetBatch.Details>, ProblemHttpResult>> (Guid id, GetBatch.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound())
            .RequireAuthorization(Permissions.SubsidiesManage).WithSummary("批次详情：公式、申报、核算结果与合计");

        g.MapPut("/batches/{id:guid}/formula", async Task<Results<Ok<FormulaVersionResponse>, ProblemHttpResult>> (Guid id, UpdateFormula.Request request, UpdateFormula.Handler h, CancellationToken ct) =>
                await h.Handle(id, request, ct) is { } v ? TypedResults.Ok(new FormulaVersionResponse(v)) : NotFound())
            .Validated<UpdateFormula.Request>().RequireAuthorization(Permissions.SubsidiesManage)
            .WithSummary("修改公式（公式版本加一，已有核算结果作废）；已审批的批次返回 409，请新建批次");

        g.MapPost("/batches/{id:guid}/declarations", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, DeclareRd.Request request, DeclareRd.Handler h, CancellationToken ct) =>
                await h.Handle(id, request, ct) is { } did ? TypedResults.Created($"/api/v1/subsidies/batches/{id}/declarations/{did}", new IdResponse(did)) : NotFound())
            .Validated<DeclareRd.Request>().RequireAuthorization()
            .WithSummary("申报研发投入（企业为本企业、截止日前；工作人员可代报）；附件 PDF/JPG/PNG/XLSX ≤ 10 MB（base64）；同一企业重复申报返回 409");

        g.MapGet("/batches/{id:guid}/declarations/suggestion", async Task<Results<Ok<SuggestDeclaration.Suggestion>, ProblemHttpResult>> (Guid id, Guid? enterpriseId, SuggestDeclaration.Handler h, CancellationToken ct) =>
                await h.Handle(id, enterpriseId, ct) is { } s ? TypedResults.Ok(s) : NotFound())
            .RequireAuthorization()
            .WithSummary("申报预填：按企业年度数据建议上年研发费用（上一年度）及年度研发费用、营业收入、纳税额（批次年度），逐项注明来源；企业可修改。企业用户默认本企业");

        g.MapPut("/batches/{id:guid}/declarations/{declarationId:guid}", async Task<Results<Ok<DeclarationVersionResponse>, ProblemHttpResult>> (Guid id, Guid declarationId, ReviseDeclaration.Request request, ReviseDeclaration.Handler h, CancellationToken ct) =>
                await h.Handle(id, declarationId, request, ct) is { } v ? TypedResults.Ok(new DeclarationVersionResponse(v)) : NotFound())
            .Validated<ReviseDeclaration.Request>().RequireAuthorization()
            .WithSummary("修改申报（企业为本企业、截止日前；工作人员至审批前）；须带上读取时的 version，他人已修改返回 409；不传附件则保留原附件；已核算结果作废");

        g.MapDelete("/batches/{id:guid}/declarations/{declarationId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Guid declarationId, long version, WithdrawDeclaration.Handler h, CancellationToken ct) =>
                await h.Handle(id, declarationId, version, ct) ? TypedResults.NoContent() : NotFound())
            .RequireAuthorization()
            .WithSummary("撤回申报（规则同修改；?version= 为读取时的版本）；撤回后可重新申报，审计日志保留原申报内容；已核算结果作废");

        g.MapGet("/batches/{id:guid}/declarations/{declarationId:guid}/attachment", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, Guid declarationId, GetAttachment.Handler h, CancellationToken ct) =>
                await h.Handle(id, declarationId, ct) is { } f ? TypedResults.File(f.Bytes, f.ContentType, f.FileName) : NotFound())
            .RequireAuthorization(Permissions.SubsidiesManage).WithSummary("下载申报的证明材料");

        g.MapGet("/import-template", () => TypedResults.File(ImportDeclarations.Template(), ContentTypes.Xlsx, "研发投入归集导入模板.xlsx"))
            .RequireAuthorization(Permissions.SubsidiesManage).WithSummary("下载申报导入模板");

        g.MapPost("/batches/{id:guid}/declarations/import", async Task<Results<Ok<ImportDeclarations.Result>, UnprocessableEntity<ImportDeclarations.Result>, ProblemHttpResult>> (Guid id, IFormFile file, ImportDeclarations.Handler h, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                return await h.Handle(id, stream, file.FileName, ct) switch
                {
                    null => NotFound(),
                    { Succeeded: true } ok => TypedResults.Ok(ok),
                    var failed => TypedResults.UnprocessableEntity(failed),
                };
            })
            .DisableAntiforgery().RequireAuthorization(Permissions.SubsidiesManage)
            .WithSummary("从 .xlsx 导入申报（全部校验通过才写入，否则 422 返回逐行逐列错误，不写入任何数据）");

        g.MapPost("/batches/{id:guid}/compute", async Task<Results<Ok<ComputeBatch.Summary>, ProblemHttpResult>> (Guid id, ComputeBatch.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } s ? TypedResults.Ok(s) : NotFound())
            .RequireAuthorization(Permissions.SubsidiesManage).WithSummary("按当前公式核算每家申报企业的补助（重新核算替换未审批的结果）");

        g.MapPost("/batches/{id:guid}/approve", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ApproveBatch.Handler h, CancellationToken ct) =>
            {
                try
                {
                    return await h.Handle(id, ct) ? TypedResults.NoContent() : NotFound();
                }
                catch (ApproveBatch.OwnBatchException e)
                {
                    return TypedResults.Problem(title: "无权审批", detail: e.Message, statusCode: StatusCodes.Status403Forbidden);
                }
            })
            .RequireAuthorization(Permissions.SubsidiesApprove).WithSummary("审批（审批人须不同于创建人，否则 403）；审批后通知获补助企业");

        g.MapGet("/batches/{id:guid}/payment-list.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ExportPaymentList.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } f ? TypedResults.File(f.Bytes, ContentTypes.Xlsx, f.FileName) : NotFound())
            .RequireAuthorization(Permissions.SubsidiesManage).WithSummary("导出拨付名单（.xlsx，含合计行；未审批的文件名标注“草稿”）");

        g.MapGet("/batches/{id:guid}/notice.txt", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, int? days, ExportNotice.Handler h, CancellationToken ct) =>
                await h.Handle(id, days, ct) is { } f ? TypedResults.File(f.Bytes, ExportNotice.ContentType, f.FileName) : NotFound())
            .RequireAuthorization(Permissions.SubsidiesManage).WithSummary("公示名单（企业名称与补助金额；公示期默认 7 天）");

        g.MapGet("/batches/{id:guid}/notice.docx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, int? days, ExportNoticeDocument.Handler h, CancellationToken ct) =>
                await h.Handle(id, days, ct) is { } f ? TypedResults.File(f.Bytes, ContentTypes.Docx, f.FileName) : NotFound())
            .RequireAuthorization(Permissions.SubsidiesManage).WithSummary("公示文件（Word，按模板“研发后补助公示.docx”生成：公示正文、企业名单及合计、发文单位；公示期默认 7 天）");

        g.MapGet("/mine", async (ListMyDeclarations.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .RequireAuthorization(Permissions.EnterprisesEdit).WithSummary("企业用户：可申报的批次、本企业的申报与审批后的补助");
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "未找到", detail: "未找到该补助批次或申报，或您无权为该企业申报", statusCode: StatusCodes.Status404NotFound);

    public sealed record IdResponse(Guid Id);

    public sealed record FormulaVersionResponse(int FormulaVersion);

    public sealed record DeclarationVersionResponse(long Version);
}

using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.TechContracts.Domain;
using Kechuang.Web.Modules.TechContracts.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kechuang.Web.Modules.TechContracts;

/// <summary>技术合同认定登记: the seller registers a contract, staff register it (number, certificate) or refuse it, register
/// its changes and cancellation, and see the statistics by district, field, type and month.</summary>
public static class TechContractsModule
{
    public static IServiceCollection AddTechContracts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TechContractOptions>(configuration.GetSection("TechContracts"));
        return services
            .AddScoped<TechContractAccess>()
            .AddScoped<IDeadlineSource, TechContractDeadlines>();
    }

    public sealed record IdResponse(Guid Id);

    private static ProblemHttpResult NotFound(string detail = "技术合同不存在") =>
        TypedResults.Problem(title: "未找到", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static void MapTechContracts(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/tech-contracts").WithTags("技术合同登记").RequireAuthorization();

        g.MapGet("/", async (TechContractStatus? status, int? year, string? search, int? page, int? pageSize, ListTechContracts.Handler h, CancellationToken ct) =>
                TypedResults.Ok(await h.Handle(new(status, year, search, page ?? 1, pageSize ?? 20), ct)))
            .WithSummary("技术合同列表：企业只看到本企业作为卖方的合同，登记工作人员看到全部（按状态、签订年度、关键词筛选，分页）");
        g.MapGet("/{id:guid}", async Task<Results<Ok<GetTechContract.Details>, ProblemHttpResult>> (Guid id, GetTechContract.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound())
            .WithSummary("合同详情：当事人、金额、登记状态、附件、变更与注销记录");
        g.MapPost("/", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (TechContractForm form, SaveTechContract.Handler h, CancellationToken ct) =>
                await h.Create(form, ct) is { } id ? TypedResults.Created($"/api/v1/tech-contracts/{id}", new IdResponse(id)) : NotFound("卖方企业不存在"))
            .WithSummary("新建登记（草稿）：卖方为本企业（工作人员代登记时填 sellerEnterpriseId）；技术交易额不得大于成交额；同一合同不得重复登记（409）");
        g.MapPut("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, TechContractForm form, SaveTechContract.Handler h, CancellationToken ct) =>
                await h.Update(id, form, ct) ? TypedResults.NoContent() : NotFound())
            .WithSummary("修改草稿（须带 version）");
        g.MapPost("/{id:guid}/attachments", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, [FromForm] AttachmentKind kind, IFormFile file, UploadContractAttachment.Handler h, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                return await h.Handle(id, kind, file.FileName, buffer.ToArray(), ct) is { } fid
                    ? TypedResults.Created($"/api/v1/tech-contracts/{id}/attachments/{fid}", new IdResponse(fid)) : NotFound();
            })
            .DisableAntiforgery().WithSummary($"上传附件（multipart：kind=ContractText|Other、file；合同文本限 PDF/JPG/PNG，其他材料另可 DOCX/XLSX/ZIP，每个不超过 {ContractFileRules.MaxMegabytes} MB，内容须与扩展名相符）");
        g.MapGet("/{id:guid}/attachments/{fileId:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, Guid fileId, GetContractAttachment.Handler h, CancellationToken ct) =>
                await h.Handle(id, fileId, ct) is { } f ? TypedResults.File(f.Content, "application/octet-stream", f.FileName) : NotFound("附件不存在"))
            .WithSummary("下载附件");
        g.MapPost("/{id:guid}/submit", async Task<Results<Ok<SubmitTechContract.Result>, ProblemHttpResult>> (Guid id, long? version, SubmitTechContract.Handler h, CancellationToken ct) =>
                await h.Handle(id, version, ct) is { } r ? TypedResults.Ok(r) : NotFound())
            .WithSummary("提交认定登记（须已上传合同文本）；返回办结期限：15 个工作日，成交额 500 万元及以上需专家评审的 30 个工作日");
        g.MapPost("/{id:guid}/decision", async Task<Results<Ok<DecideTechContract.Result>, ProblemHttpResult>> (Guid id, DecideTechContract.Command command, DecideTechContract.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) is { } r ? TypedResults.Ok(r) : NotFound())
            .RequireAuthorization(Permissions.TechContractsManage).WithSummary("认定登记：予以登记（发登记编号，卖方区划+年度+年内顺序号）或不予登记（须写理由）");
        g.MapGet("/{id:guid}/certificate", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ContractCertificate.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } f ? TypedResults.File(f.Bytes, ContentTypes.Docx, f.FileName) : NotFound())
            .WithSummary("技术合同登记证明（.docx，按合同现状生成；注销后不再出具）");
        g.MapPost("/{id:guid}/changes", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, ChangeTechContract.Command command, ChangeTechContract.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) is { } cid ? TypedResults.Created($"/api/v1/tech-contracts/{id}", new IdResponse(cid)) : NotFound())
            .RequireAuthorization(Permissions.TechContractsManage).WithSummary("变更登记：金额、项目名称、有效期（统计按变更后的金额）");
        g.MapPost("/{id:guid}/cancellation", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, CancelTechContract.Command command, CancelTechContract.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) is { } cid ? TypedResults.Created($"/api/v1/tech-contracts/{id}", new IdResponse(cid)) : NotFound())
            .RequireAuthorization(Permissions.TechContractsManage).WithSummary("注销登记（须写原因；注销后不计入统计，登记编号不再使用）");
        g.MapGet("/statistics", async (int? year, ContractStatistics.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(year, ct)))
            .RequireAuthorization(Permissions.TechContractsManage).WithSummary("年度统计：按卖方所在区县、技术领域、合同类型、登记月份的合同数、成交额、技术交易额（万元）");
        g.MapGet("/statistics/export", async (int? year, ExportContractStatistics.Handler h, CancellationToken ct) =>
            {
                var f = await h.Handle(year, ct);
                return TypedResults.File(f.Bytes, ContentTypes.Xlsx, f.FileName);
            })
            .RequireAuthorization(Permissions.TechContractsManage).WithSummary("年度统计导出 .xlsx");
    }
}

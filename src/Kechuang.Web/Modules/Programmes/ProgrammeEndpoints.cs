using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Programmes.Domain;
using Kechuang.Web.Modules.Programmes.Features.Applications;
using Kechuang.Web.Modules.Programmes.Features.Calls;
using Kechuang.Web.Modules.Programmes.Features.Projects;
using Kechuang.Web.Modules.Programmes.Features.Review;
using Microsoft.AspNetCore.Http.HttpResults;
using static Kechuang.Web.Modules.Programmes.ProgrammesModule;

namespace Kechuang.Web.Modules.Programmes;

/// <summary>The API of calls, applications, review and projects; each endpoint calls the same handler as the page.</summary>
internal static class ProgrammeEndpoints
{
    public static void MapCalls(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/calls").WithTags("项目指南");
        g.MapGet("/", async (int? year, ProgrammeType? type, ListCalls.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(new(year, type), ct)))
            .AllowAnonymous().WithSummary("指南列表：工作人员看到全部（含草稿），其他人只看到已发布的");
        g.MapGet("/{id:guid}", async Task<Results<Ok<GetCall.Details>, ProblemHttpResult>> (Guid id, GetCall.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("指南不存在"))
            .AllowAnonymous().WithSummary("指南详情：申报条件、日期、资金、申报书格式、附件要求、评分表");
        g.MapPost("/", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (CallForm form, SaveCall.Handler h, CancellationToken ct) =>
                await h.Handle(null, form, ct) is { } id ? TypedResults.Created($"/api/v1/calls/{id}", new IdResponse(id)) : NotFound("指南不存在"))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("新建指南（草稿）");
        g.MapPut("/{id:guid}", async Task<Results<Ok<IdResponse>, ProblemHttpResult>> (Guid id, CallForm form, SaveCall.Handler h, CancellationToken ct) =>
                await h.Handle(id, form, ct) is { } saved ? TypedResults.Ok(new IdResponse(saved)) : NotFound("指南不存在"))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("修改指南（须带 version；已有申报后申报书格式与评分表不能再改，409）");
        g.MapPost("/{id:guid}/publish", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, PublishCall.Handler h, CancellationToken ct) =>
                await h.Handle(id, true, ct) ? TypedResults.NoContent() : NotFound("指南不存在"))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("发布指南（设置不完整时 422 列出问题）");
        g.MapPost("/{id:guid}/close", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, PublishCall.Handler h, CancellationToken ct) =>
                await h.Handle(id, false, ct) ? TypedResults.NoContent() : NotFound("指南不存在"))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("关闭指南（不再受理）");
        g.MapGet("/{id:guid}/applications", async (Guid id, ApplicationStatus? status, string? search, int? page, int? pageSize, ListApplications.Handler h, CancellationToken ct) =>
                TypedResults.Ok(await h.Handle(new(id, status, search, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("指南下的申报书（按状态筛选、搜索、分页；评审后按排名）");
        g.MapPost("/{id:guid}/applications", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, ApplicationForm form, SaveApplication.Handler h, CancellationToken ct) =>
                await h.Create(id, form, ct) is { } aid ? TypedResults.Created($"/api/v1/applications/{aid}", new IdResponse(aid)) : NotFound("指南不存在"))
            .RequireAuthorization(Permissions.ProgrammesApply).WithSummary("企业新建申报书（草稿）");
        g.MapPost("/{id:guid}/batches", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, CreateReviewBatch.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } bid ? TypedResults.Created($"/api/v1/review-batches/{bid}", new IdResponse(bid)) : NotFound("指南不存在"))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("组建评审批次（所有形式审查通过、尚未组批的申报书）");
        g.MapGet("/{id:guid}/batches", async (Guid id, ListBatches.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(id, ct)))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("指南的评审批次");
    }

    public static void MapApplications(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/applications").WithTags("项目申报").RequireAuthorization();
        g.MapGet("/", async (int? page, int? pageSize, ListApplications.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(new(Page: page ?? 1, PageSize: pageSize ?? 20), ct)))
            .WithSummary("本企业的申报书（工作人员：全部）");
        g.MapGet("/{id:guid}", async Task<Results<Ok<GetApplication.Details>, ProblemHttpResult>> (Guid id, GetApplication.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("申报书不存在"))
            .WithSummary("申报书详情（申报企业、工作人员、评审组专家可见）");
        g.MapPut("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ApplicationForm form, SaveApplication.Handler h, CancellationToken ct) =>
                await h.Update(id, form, ct) ? TypedResults.NoContent() : NotFound("申报书不存在"))
            .WithSummary("保存草稿（草稿或退回修改时；须带 version）");
        g.MapPost("/{id:guid}/attachments", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, [Microsoft.AspNetCore.Mvc.FromForm] string requirementKey, IFormFile file, UploadAttachment.Handler h, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                return await h.Handle(id, requirementKey, file.FileName, buffer.ToArray(), ct) is { } fid
                    ? TypedResults.Created($"/api/v1/applications/{id}/attachments/{fid}", new IdResponse(fid)) : NotFound("申报书不存在");
            })
            .DisableAntiforgery().WithSummary("上传附件（multipart：requirementKey、file；格式与大小按指南要求检查）");
        g.MapGet("/{id:guid}/attachments/{fileId:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, Guid fileId, GetAttachment.Handler h, CancellationToken ct) =>
                await h.Handle(id, fileId, ct) is { } f ? TypedResults.File(f.Content, "application/octet-stream", f.FileName) : NotFound("附件不存在"))
            .WithSummary("下载附件");
        g.MapPost("/{id:guid}/submit", async Task<Results<Ok<SubmitApplication.Result>, ProblemHttpResult>> (Guid id, long version, SubmitApplication.Handler h, CancellationToken ct) =>
                await h.Handle(id, version, ct) is { } r ? TypedResults.Ok(r) : NotFound("申报书不存在"))
            .WithSummary("提交（截止前；必填项与必传附件齐全；资格规则不符合时 422 列出原因）");
        g.MapPost("/{id:guid}/withdraw", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, WithdrawApplication.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) ? TypedResults.NoContent() : NotFound("申报书不存在"))
            .WithSummary("撤回（进入评审前）");
        g.MapPost("/{id:guid}/formal-check", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, FormalCheck.Command command, FormalCheck.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) ? TypedResults.NoContent() : NotFound("申报书不存在"))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("形式审查：受理，或退回修改（须写理由）");
    }

    public static void MapReview(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/review-batches").WithTags("专家评审").RequireAuthorization(Permissions.ProgrammesManage);
        g.MapGet("/{id:guid}", async Task<Results<Ok<GetBatch.Details>, ProblemHttpResult>> (Guid id, GetBatch.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("评审批次不存在"))
            .WithSummary("批次详情：每个评审组及选择理由、进度、谢绝与替补建议、排名");
        g.MapPost("/{id:guid}/assign", async Task<Results<Ok<AssignExperts.Result>, ProblemHttpResult>> (Guid id, AssignExperts.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } r ? TypedResults.Ok(r) : NotFound("评审批次不存在"))
            .WithSummary("自动分配专家（最优指派并证明最优；专家不足时 422 说明哪些申报书无法组组，且不做任何分配）");
        g.MapPost("/{id:guid}/swap", async Task<Results<Ok<SwapExpert.Result>, ProblemHttpResult>> (Guid id, SwapExpert.Command command, SwapExpert.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) is { } r ? TypedResults.Ok(r) : NotFound("评审任务不存在"))
            .WithSummary("人工更换专家或为谢绝者替补（不指定专家时采用求解器建议；违反回避等规则时 422）");
        g.MapPost("/{id:guid}/close", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, CloseBatch.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) ? TypedResults.NoContent() : NotFound("评审批次不存在"))
            .WithSummary("结束评审：计算得分（≥ 设定人数时去掉最高最低分）并排名");

        var mine = routes.MapGroup("/api/v1/reviews").WithTags("专家评审").RequireAuthorization(Permissions.ReviewsScore);
        mine.MapGet("/", async (ListMyAssignments.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .WithSummary("本人的评审任务");
        mine.MapGet("/{id:guid}", async Task<Results<Ok<GetReviewSheet.Sheet>, ProblemHttpResult>> (Guid id, GetReviewSheet.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } s ? TypedResults.Ok(s) : NotFound("评审任务不存在"))
            .WithSummary("评分表（他人的任务 403）");
        mine.MapPut("/{id:guid}", async Task<Results<Ok<decimal>, ProblemHttpResult>> (Guid id, ScoreApplication.Command command, ScoreApplication.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) is { } total ? TypedResults.Ok(total) : NotFound("评审任务不存在"))
            .WithSummary("提交或修改评分（各项在 0–满分之间，评审意见 10–2000 字；他人的任务 403）");
        mine.MapPost("/{id:guid}/decline", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, DeclineAssignment.Command command, DeclineAssignment.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) ? TypedResults.NoContent() : NotFound("评审任务不存在"))
            .WithSummary("谢绝评审（利益冲突 / 非本人领域 / 任务过多，须说明理由）");
    }

    public static void MapProjects(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/projects").WithTags("立项项目");
        g.MapGet("/publicity", async (ListProjects.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(new(PublicityOnly: true), ct)))
            .AllowAnonymous().WithSummary("立项公示（公示期内的项目）");
        g.MapPost("/approve", async Task<Results<Ok<ApproveProjects.Result>, ProblemHttpResult>> (ApproveProjects.Command command, ApproveProjects.Handler h, CancellationToken ct) =>
                await h.Handle(command, ct) is { } r ? TypedResults.Ok(r) : NotFound("评审批次不存在"))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("立项（超出预算或单项上限时 422，不写入任何数据）；开始公示");
        g.MapGet("/", async (Guid? callId, ProjectStatus? status, ListProjects.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(new(callId, status), ct)))
            .RequireAuthorization().WithSummary("项目列表（企业：本企业的项目）");
        g.MapGet("/{id:guid}", async Task<Results<Ok<GetProject.Details>, ProblemHttpResult>> (Guid id, GetProject.Handler h, CancellationToken ct) =>
                await h.Handle(id, ct) is { } d ? TypedResults.Ok(d) : NotFound("项目不存在"))
            .RequireAuthorization().WithSummary("项目详情与报告");
        g.MapGet("/{id:guid}/documents/approval-notice.docx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ProjectDocuments.Handler h, CancellationToken ct) =>
                await h.Handle(id, ProjectDocuments.ApprovalNotice, ct) is { } f ? TypedResults.File(f.Bytes, ContentTypes.Docx, f.FileName) : NotFound("项目不存在"))
            .RequireAuthorization().WithSummary("立项通知书（Word，按模板生成）");
        g.MapGet("/{id:guid}/documents/contract.docx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ProjectDocuments.Handler h, CancellationToken ct) =>
                await h.Handle(id, ProjectDocuments.Contract, ct) is { } f ? TypedResults.File(f.Bytes, ContentTypes.Docx, f.FileName) : NotFound("项目不存在"))
            .RequireAuthorization().WithSummary("项目任务书（Word，按模板生成；签订任务书后可用，否则 422）");
        g.MapPost("/{id:guid}/status", async Task<Results<Ok<ProjectStatus>, ProblemHttpResult>> (Guid id, ChangeProjectStatus.Command command, ChangeProjectStatus.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) is { } s ? TypedResults.Ok(s) : NotFound("项目不存在"))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("结束公示 / 撤销立项（须理由）/ 归档 / 重新打开已结题项目（须理由，记入审计）");
        g.MapPost("/{id:guid}/contract", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, SignContract.Command command, SignContract.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) ? TypedResults.NoContent() : NotFound("项目不存在"))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("签订任务书：执行期、中期检查日期、验收方式");
        g.MapPost("/{id:guid}/reports", async Task<Results<Created<IdResponse>, ProblemHttpResult>> (Guid id, SubmitReport.Command command, SubmitReport.Handler h, CancellationToken ct) =>
                await h.Handle(id, command, ct) is { } rid ? TypedResults.Created($"/api/v1/projects/{id}", new IdResponse(rid)) : NotFound("项目不存在"))
            .RequireAuthorization(Permissions.ProgrammesApply).WithSummary("企业提交中期报告或验收（绩效评价）报告");
        g.MapPost("/{id:guid}/reports/{reportId:guid}/conclusion", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Guid reportId, ReviewReport.Command command, ReviewReport.Handler h, CancellationToken ct) =>
                await h.Handle(id, reportId, command, ct) ? TypedResults.NoContent() : NotFound("报告不存在"))
            .RequireAuthorization(Permissions.ProgrammesManage).WithSummary("中期检查或验收 / 综合绩效评价结论（验收结论使项目结题）");
    }
}

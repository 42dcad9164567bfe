using System.Text.Json;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Documents;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kechuang.Web.Modules.Programmes.Features.Projects;

/// <summary>
/// The approval notice (立项通知书) and the project contract (项目任务书) as .docx, filled from the Word templates in
/// Templates/ (or the bureau's own copies, Documents:TemplateDirectory). Generated on each download from the project as
/// it stands, so a corrected project never leaves a stale document behind.
/// </summary>
public static class ProjectDocuments
{
    public const string ApprovalNotice = "立项通知书.docx";
    public const string Contract = "项目任务书.docx";

    /// <summary>Payment in two instalments: on signing, and after acceptance — the bureau's usual split; change the
    /// template's table if a call pays otherwise.</summary>
    public const decimal FirstInstalment = 0.6m;

    public sealed record File(string FileName, byte[] Bytes);

    public sealed class Handler(AppDbContext db, ProjectAccess access, DocumentTemplates templates, IOptions<DocumentOptions> options, TimeProvider clock)
    {
        public async Task<File?> Handle(Guid projectId, string template, CancellationToken ct)
        {
            var p = await access.FindAsync(projectId, ct);
            if (p is null)
            {
                return null;
            }

            var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == p.CallId, ct);
            var application = await db.ProjectApplications.AsNoTracking().FirstAsync(a => a.Id == p.ApplicationId, ct);
            var answers = JsonSerializer.Deserialize<Dictionary<string, string>>(application.AnswersJson) ?? [];
            var data = new DocumentData
            {
                ["项目编号"] = p.ProjectNo,
                ["项目名称"] = p.Title,
                ["承担单位"] = p.ApplicantName,
                ["统一社会信用代码"] = p.ApplicantCreditCode,
                ["计划类别"] = call.TypeName,
                ["资助金额（万元）"] = DocumentText.Money(p.Grant),
                ["是否包干制"] = DocumentText.YesNo(p.LumpSum),
            };
            if (template == ApprovalNotice)
            {
                data["文号"] = $"银科发〔{call.Year}〕{p.ProjectNo[^3..]}号";
                data["年度"] = call.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                data["公示期"] = DocumentText.Period(p.PublicityFrom, p.PublicityTo);
                data["发文日期"] = DocumentText.Date(BeijingTime.Today(clock));
                data["发文单位"] = options.Value.Issuer;
                return new File($"{p.ProjectNo}-立项通知书.docx", templates.Render(ApprovalNotice, data));
            }

            if (p.StartsOn is not { } starts || p.EndsOn is not { } ends || p.MidTermDueOn is not { } midTerm)
            {
                throw new DomainRuleException("项目尚未签订任务书（执行期、中期检查日期未定），不能生成任务书");
            }

            data["项目负责人"] = answers.GetValueOrDefault("leader") ?? "";
            data["联系电话"] = answers.GetValueOrDefault("phone") ?? "";
            data["起止日期"] = DocumentText.Period(starts, ends);
            data["中期检查日期"] = DocumentText.Date(midTerm);
            data["验收方式"] = ProjectStatuses.Name(p.EvaluationMode);
            data["研究内容"] = answers.GetValueOrDefault("content") ?? application.Summary;
            data["考核指标"] = answers.GetValueOrDefault("targets") ?? "";
            var first = Math.Round(p.Grant * FirstInstalment, 2);
            data.Rows("经费拨付",
            [
                new Dictionary<string, string?> { ["批次"] = "第一次", ["金额（万元）"] = DocumentText.Money(first), ["条件"] = "任务书签订后拨付" },
                new Dictionary<string, string?> { ["批次"] = "第二次", ["金额（万元）"] = DocumentText.Money(p.Grant - first), ["条件"] = $"{ProjectStatuses.Name(p.EvaluationMode)}通过后拨付" },
            ]);
            return new File($"{p.ProjectNo}-项目任务书.docx", templates.Render(Contract, data));
        }
    }
}

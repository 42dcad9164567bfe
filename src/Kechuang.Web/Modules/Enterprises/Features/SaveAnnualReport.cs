using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Features;

public static class SaveAnnualReport
{
    public sealed class Handler(AppDbContext db, EnterpriseAccess access)
    {
        /// <summary>Creates or updates one year's figures. Null when the enterprise is not visible.</summary>
        public async Task<AnnualReportForm?> Handle(Guid enterpriseId, AnnualReportForm form, CancellationToken ct)
        {
            access.Demand(Permissions.EnterprisesEdit);
            if (!await (await access.VisibleAsync(ct)).AnyAsync(e => e.Id == enterpriseId, ct))
            {
                return null;
            }

            var report = await db.AnnualReports.FirstOrDefaultAsync(r => r.EnterpriseId == enterpriseId && r.Year == form.Year, ct);
            if (report is null)
            {
                if (form.Version != 0)
                {
                    throw new ConflictException($"{form.Year} 年度数据已被他人删除，您的更改未保存。请刷新后重新填写。");
                }

                report = new AnnualReport { EnterpriseId = enterpriseId, Year = form.Year };
                db.AnnualReports.Add(report);
            }
            else if (form.Version == 0)
            {
                throw new ConflictException($"{form.Year} 年度数据已存在，请在原记录上修改");
            }
            else
            {
                db.Entry(report).Property(r => r.Version).OriginalValue = form.Version;
            }

            form.ApplyTo(report);
            await UpdateEnterprise.SaveChecked(db, ct);
            return AnnualReportForm.From(report);
        }
    }
}

using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Features;

public static class SaveQualification
{
    public sealed class Handler(AppDbContext db, EnterpriseAccess access, IEnumerable<IQualificationObserver> observers)
    {
        /// <summary>Adds a qualification (id null) or corrects one. Null when the enterprise or qualification is not visible.</summary>
        public async Task<Guid?> Handle(Guid enterpriseId, Guid? qualificationId, QualificationForm form, CancellationToken ct)
        {
            access.Demand(Permissions.QualificationsEdit);
            if (!await (await access.VisibleAsync(ct)).AnyAsync(e => e.Id == enterpriseId, ct))
            {
                return null;
            }

            Qualification? q;
            if (qualificationId is { } id)
            {
                q = await db.Qualifications.FirstOrDefaultAsync(x => x.Id == id && x.EnterpriseId == enterpriseId, ct);
                if (q is null)
                {
                    return null;
                }

                db.Entry(q).Property(x => x.Version).OriginalValue = form.Version;
            }
            else
            {
                q = new Qualification { EnterpriseId = enterpriseId, Number = "" };
                db.Qualifications.Add(q);
            }

            var number = form.Number.Trim();
            // Numbers of deleted firms' certificates are free again (the query filter hides deleted firms).
            if (await db.Qualifications.AnyAsync(x => x.Type == form.Type && x.Number == number && x.Id != q.Id && db.Enterprises.Any(e => e.Id == x.EnterpriseId), ct))
            {
                throw new FieldValidationException("number", $"{QualificationTypes.NumberLabel(form.Type!.Value)} {number} 已登记，不能重复");
            }

            form.ApplyTo(q);
            // Reactions of other modules (a recognition reward) are saved with the qualification, in one transaction.
            await Recognitions.NotifyAsync(db, observers, q, ct);
            await UpdateEnterprise.SaveChecked(db, ct);
            return q.Id;
        }
    }
}

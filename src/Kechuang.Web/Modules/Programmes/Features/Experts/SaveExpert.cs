using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Experts;

/// <summary>Adds an expert, or changes one (with the version read, so a second editor gets 409); one ID number, one expert.</summary>
public static class SaveExpert
{
    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        /// <returns>The expert's id, or null when updating one that does not exist.</returns>
        public async Task<Guid?> Handle(Guid? id, ExpertForm form, CancellationToken ct)
        {
            user.Demand(Permissions.ExpertsManage);
            Validation.Throw(form);
            var idNumber = Infrastructure.Identifiers.ResidentId.Normalise(form.IdNumber);
            if (await db.Experts.AnyAsync(e => e.IdNumber == idNumber && e.Id != id, ct))
            {
                throw new FieldValidationException(new Dictionary<string, string[]> { ["idNumber"] = ["该身份证号码的专家已在专家库中"] });
            }

            Expert expert;
            if (id is null)
            {
                expert = new Expert { Name = form.Name, IdNumber = idNumber, UnitName = form.UnitName };
                db.Experts.Add(expert);
            }
            else
            {
                if (await db.Experts.FirstOrDefaultAsync(e => e.Id == id, ct) is not { } found)
                {
                    return null;
                }

                expert = found;

                if (expert.Version != form.Version)
                {
                    throw new ConflictException("该专家信息已被他人修改，请刷新后重试（您的修改未保存）");
                }
            }

            form.ApplyTo(expert);
            await db.SaveChangesAsync(ct);
            return expert.Id;
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>
/// 研发投入归集: a firm declares its R&amp;D expense for the batch's year with the supporting attachment (enterprise user
/// for its own firm before the deadline; staff for any firm until approval). One declaration per firm per batch.
/// </summary>
public static class DeclareRd
{
    public sealed class Request : DeclarationFigures
    {
        [Required(ErrorMessage = "请选择申报企业")]
        public Guid? EnterpriseId { get; set; }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry, TimeProvider clock)
    {
        /// <summary>The declaration's id, or null when the batch does not exist or the firm is not the user's to declare for.</summary>
        public async Task<Guid?> Handle(Guid batchId, Request r, CancellationToken ct)
        {
            SubsidyBatches.DemandDeclare(user);
            Validation.Throw(r);
            var firmUser = SubsidyBatches.IsFirmUser(user);
            var enterpriseId = r.EnterpriseId!.Value;
            if (firmUser && enterpriseId != user.EnterpriseId)
            {
                return null;
            }

            var batch = await db.SubsidyBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null || (await registry.FindVisibleByIdsAsync([enterpriseId], ct)).Count == 0)
            {
                return null;
            }

            SubsidyBatches.EnsureOpenFor(batch, firmUser, BeijingTime.Today(clock), "申报");
            batch.DeclarationsChanged();

            if (await db.SubsidyDeclarations.AnyAsync(d => d.BatchId == batchId && d.EnterpriseId == enterpriseId, ct))
            {
                throw new ConflictException("该企业已在本批次申报过研发投入，同一批次每家企业只能申报一次（不能重复补助）");
            }

            var declaration = new SubsidyDeclaration
            {
                BatchId = batchId,
                EnterpriseId = enterpriseId,
                RdExpense = r.RdExpense,
                PreviousRdExpense = r.PreviousRdExpense,
                SuperDeductionAmount = r.SuperDeductionAmount,
                Revenue = r.Revenue,
                TaxPaid = r.TaxPaid,
                AttachmentName = r.StoredAttachmentName,
                AttachmentContent = r.AttachmentContent,
                Source = firmUser ? "企业申报" : "工作人员代报",
                DeclaredAt = SubsidyDeclaration.Stamp(clock.GetUtcNow()),
                DeclaredBy = user.Name,
            };
            db.SubsidyDeclarations.Add(declaration);
            db.SubsidyAwards.RemoveRange(await db.SubsidyAwards.Where(a => a.BatchId == batchId).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
            return declaration.Id;
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Subsidies.Domain;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>Staff open a year's 研发后补助 batch with its formula; firms may declare until the deadline.</summary>
public static class CreateBatch
{
    public sealed class Request : FormulaForm
    {
        [Display(Name = "批次名称")]
        [Required(ErrorMessage = "请填写批次名称")]
        [StringLength(200, ErrorMessage = "{0}不能超过 {1} 个字符")]
        public string Title { get; set; } = "";

        [Display(Name = "研发年度")]
        [Range(2000, 2100, ErrorMessage = "{0}应在 {1} 至 {2} 之间")]
        public int Year { get; set; }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Guid> Handle(Request r, CancellationToken ct)
        {
            user.Demand(Permissions.SubsidiesManage);
            Validation.Throw(r);
            if (string.IsNullOrWhiteSpace(r.Title))
            {
                throw new FieldValidationException("title", "请填写批次名称");
            }

            var batch = new SubsidyBatch
            {
                Year = r.Year,
                Title = r.Title.Trim(),
                CreatedAt = clock.GetUtcNow(),
                CreatedById = user.Id,
                CreatedBy = user.Name,
            };
            r.ApplyTo(batch);
            db.SubsidyBatches.Add(batch);
            await db.SaveChangesAsync(ct);
            return batch.Id;
        }
    }
}

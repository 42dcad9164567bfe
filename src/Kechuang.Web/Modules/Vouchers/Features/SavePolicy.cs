using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Vouchers.Domain;

namespace Kechuang.Web.Modules.Vouchers.Features;

/// <summary>Staff open a voucher round: cover share, caps, eligible service types, validity, dates and budget.</summary>
public static class SavePolicy
{
    public sealed class Form : IValidatableObject
    {
        [Required(ErrorMessage = "请填写批次名称")]
        [StringLength(200, ErrorMessage = "批次名称不能超过 {1} 个字")]
        public string? Name { get; set; }

        [Range(2000, 2100, ErrorMessage = "年度应在 {1}–{2} 之间")]
        public int Year { get; set; }

        [Range(typeof(decimal), "1", "100", ErrorMessage = "补贴比例应在 {1}%–{2}% 之间")]
        public decimal CoverPercent { get; set; } = 50;

        [Range(typeof(decimal), "0.01", "1000", ErrorMessage = "单次兑付上限应在 {1}–{2} 万元之间")]
        public decimal CapPerRedemption { get; set; } = 10;

        [Range(typeof(decimal), "0.01", "1000", ErrorMessage = "每家企业年度上限应在 {1}–{2} 万元之间")]
        public decimal CapPerFirmPerYear { get; set; } = 20;

        [Required(ErrorMessage = "请填写可使用的服务类型")]
        public string? ServiceTypes { get; set; } = "检验检测；研发设计；技术咨询；知识产权";

        [Range(30, 1095, ErrorMessage = "有效期应在 {1}–{2} 天之间")]
        public int ValidityDays { get; set; } = 365;

        [Required(ErrorMessage = "请填写申领开始日期")]
        public DateOnly? OpensOn { get; set; }

        [Required(ErrorMessage = "请填写申领截止日期")]
        public DateOnly? ClosesOn { get; set; }

        [Range(typeof(decimal), "0.01", "100000", ErrorMessage = "预算应在 {1}–{2} 万元之间")]
        public decimal Budget { get; set; } = 500;

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (OpensOn > ClosesOn)
            {
                yield return new ValidationResult("截止日期不能早于开始日期", [nameof(ClosesOn)]);
            }

            if (CapPerRedemption > CapPerFirmPerYear)
            {
                yield return new ValidationResult("单次兑付上限不能超过每家企业年度上限", [nameof(CapPerRedemption)]);
            }
        }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<Guid> Handle(Form form, CancellationToken ct)
        {
            user.Demand(Permissions.VouchersManage);
            Validation.Throw(form);
            var policy = new VoucherPolicy
            {
                Name = form.Name!.Trim(),
                Year = form.Year,
                CoverPercent = form.CoverPercent,
                CapPerRedemption = form.CapPerRedemption,
                CapPerFirmPerYear = form.CapPerFirmPerYear,
                ServiceTypes = form.ServiceTypes!.Trim(),
                ValidityDays = form.ValidityDays,
                OpensOn = form.OpensOn!.Value,
                ClosesOn = form.ClosesOn!.Value,
                Budget = form.Budget,
            };
            db.VoucherPolicies.Add(policy);
            await db.SaveChangesAsync(ct);
            return policy.Id;
        }
    }
}

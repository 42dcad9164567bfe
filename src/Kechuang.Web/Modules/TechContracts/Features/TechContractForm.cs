using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.TechContracts.Domain;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>
/// What the seller fills in. The seller's name and place come from the registry (the firm itself, or the firm staff
/// register for); the buyer is written as on the contract. Amounts in 万元.
/// </summary>
public sealed class TechContractForm : IValidatableObject
{
    public const string OtherField = "其他";

    public static IReadOnlyList<string> Fields { get; } = [.. HighTechFieldNames.All, OtherField];

    /// <summary>Staff only: the firm they register for. Firms always register for themselves.</summary>
    public Guid? SellerEnterpriseId { get; set; }

    [Required(ErrorMessage = "请填写合同编号")]
    [StringLength(50, ErrorMessage = "合同编号不能超过 {1} 个字符")]
    public string? ContractNumber { get; set; }

    [Required(ErrorMessage = "请填写项目名称")]
    [StringLength(200, ErrorMessage = "项目名称不能超过 {1} 个字")]
    public string? ProjectName { get; set; }

    [Required(ErrorMessage = "请选择合同类型")]
    public TechContractKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写签订日期")]
    public DateOnly? SignedOn { get; set; }

    [Required(ErrorMessage = "请填写合同有效期起")]
    public DateOnly? ValidFrom { get; set; }

    [Required(ErrorMessage = "请填写合同有效期止")]
    public DateOnly? ValidTo { get; set; }

    [Required(ErrorMessage = "请选择技术领域")]
    public string? Field { get; set; }

    public IpType IpType { get; set; }

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "成交额应在 {1}–{2} 万元之间")]
    public decimal TotalAmount { get; set; }

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "技术交易额应在 {1}–{2} 万元之间")]
    public decimal TechnologyAmount { get; set; }

    public LegalEntityType SellerEntityType { get; set; } = LegalEntityType.Enterprise;

    [Required(ErrorMessage = "请填写买方名称")]
    [StringLength(100, ErrorMessage = "买方名称不能超过 {1} 个字")]
    public string? BuyerName { get; set; }

    [Required(ErrorMessage = "请填写买方国别")]
    [StringLength(50, ErrorMessage = "国别不能超过 {1} 个字")]
    public string? BuyerCountry { get; set; } = ContractRules.China;

    public string? BuyerDistrictCode { get; set; }

    public LegalEntityType BuyerEntityType { get; set; } = LegalEntityType.Enterprise;

    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ContractRules.AmountProblem(TotalAmount, TechnologyAmount) is { } amount)
        {
            yield return new ValidationResult(amount, [TotalAmount <= 0 ? nameof(TotalAmount) : nameof(TechnologyAmount)]);
        }

        if (ValidFrom is { } from && ValidTo is { } to && to < from)
        {
            yield return new ValidationResult("有效期止不能早于有效期起", [nameof(ValidTo)]);
        }

        if (SignedOn is { } signed && ValidTo is { } end && end < signed)
        {
            yield return new ValidationResult("有效期止不能早于签订日期", [nameof(ValidTo)]);
        }

        if (Field is { Length: > 0 } field && !Fields.Contains(field))
        {
            yield return new ValidationResult($"技术领域应为：{string.Join("、", Fields)}", [nameof(Field)]);
        }

        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            yield return new ValidationResult("合同类型无效", [nameof(Kind)]);
        }

        if (BuyerCountry?.Trim() == ContractRules.China)
        {
            if (!ContractRules.IsCountyCode(BuyerDistrictCode?.Trim()))
            {
                yield return new ValidationResult("境内买方须填写 6 位县级行政区划代码（GB/T 2260，如 640104）", [nameof(BuyerDistrictCode)]);
            }
        }
        else if (!string.IsNullOrWhiteSpace(BuyerDistrictCode))
        {
            yield return new ValidationResult("境外买方不填行政区划代码", [nameof(BuyerDistrictCode)]);
        }
    }
}

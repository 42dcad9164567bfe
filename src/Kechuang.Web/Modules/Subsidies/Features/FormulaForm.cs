using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Modules.Subsidies.Domain;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>The formula fields of a batch, as the create and update forms (and the API) send them.</summary>
public class FormulaForm : IValidatableObject
{
    [Display(Name = "预算")]
    [Range(typeof(decimal), "0.01", "10000000", ErrorMessage = "{0}应在 {1} 至 {2} 万元之间")]
    public decimal Budget { get; set; }

    [Display(Name = "补助基数")]
    [EnumDataType(typeof(SubsidyBasis), ErrorMessage = "请选择补助基数")]
    public SubsidyBasis Basis { get; set; } = SubsidyBasis.RdExpense;

    [Display(Name = "非高企补助比例")]
    [Range(typeof(decimal), "0", "100", ErrorMessage = "{0}应在 {1}% 至 {2}% 之间")]
    public decimal RateNonHighTech { get; set; }

    [Display(Name = "高企补助比例")]
    [Range(typeof(decimal), "0", "100", ErrorMessage = "{0}应在 {1}% 至 {2}% 之间")]
    public decimal RateHighTech { get; set; }

    [Display(Name = "单户上限")]
    [Range(typeof(decimal), "0.01", "10000000", ErrorMessage = "{0}应在 {1} 至 {2} 万元之间")]
    public decimal? PerFirmCap { get; set; }

    [Display(Name = "研发费用门槛")]
    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "{0}应在 {1} 至 {2} 万元之间")]
    public decimal? MinRdExpense { get; set; }

    [Display(Name = "研发费用占营业收入比例门槛")]
    [Range(typeof(decimal), "0", "100", ErrorMessage = "{0}应在 {1}% 至 {2}% 之间")]
    public decimal? MinRdRatio { get; set; }

    public bool CapByTaxPaid { get; set; }

    [Display(Name = "申报截止日期")]
    public DateOnly DeclarationDeadline { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DeclarationDeadline == default)
        {
            yield return new ValidationResult("请填写申报截止日期", [nameof(DeclarationDeadline)]);
        }

        if (RateHighTech == 0 && RateNonHighTech == 0)
        {
            yield return new ValidationResult("高企与非高企补助比例不能都为 0", [nameof(RateHighTech)]);
        }
    }

    public void ApplyTo(SubsidyBatch b)
    {
        b.Budget = Budget;
        b.Basis = Basis;
        b.RateNonHighTech = RateNonHighTech;
        b.RateHighTech = RateHighTech;
        b.PerFirmCap = PerFirmCap;
        b.MinRdExpense = MinRdExpense;
        b.MinRdRatio = MinRdRatio;
        b.CapByTaxPaid = CapByTaxPaid;
        b.DeclarationDeadline = DeclarationDeadline;
    }

    public void CopyFrom(SubsidyBatch b)
    {
        Budget = b.Budget;
        Basis = b.Basis;
        RateNonHighTech = b.RateNonHighTech;
        RateHighTech = b.RateHighTech;
        PerFirmCap = b.PerFirmCap;
        MinRdExpense = b.MinRdExpense;
        MinRdRatio = b.MinRdRatio;
        CapByTaxPaid = b.CapByTaxPaid;
        DeclarationDeadline = b.DeclarationDeadline;
    }

    public static string BasisName(SubsidyBasis basis) => basis switch
    {
        SubsidyBasis.RdExpense => "研发费用",
        SubsidyBasis.RdIncrease => "研发费用增量",
        SubsidyBasis.SuperDeduction => "研发费用加计扣除额",
        _ => basis.ToString(),
    };
}

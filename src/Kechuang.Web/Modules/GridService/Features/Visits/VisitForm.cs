using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Modules.GridService.Domain;

namespace Kechuang.Web.Modules.GridService.Features.Visits;

/// <summary>What the officer's phone sends for a visit: the same from the page and from a native app later.</summary>
public sealed class VisitForm : IValidatableObject
{
    /// <summary>Made by the device when the draft was started; sending it again returns the visit already recorded.</summary>
    public Guid DraftId { get; set; }

    public Guid EnterpriseId { get; set; }

    public DateOnly VisitedOn { get; set; }

    public VisitKind Kind { get; set; } = VisitKind.Visit;

    [StringLength(200, ErrorMessage = "受访人员不能超过 {1} 个字")]
    public string PeopleMet { get; set; } = "";

    [StringLength(4000, ErrorMessage = "走访记录不能超过 {1} 个字")]
    public string Notes { get; set; } = "";

    public List<NeedInput> Needs { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DraftId == Guid.Empty)
        {
            yield return new ValidationResult("缺少草稿编号（draftId）", [nameof(DraftId)]);
        }

        if (EnterpriseId == Guid.Empty)
        {
            yield return new ValidationResult("请选择走访的企业", [nameof(EnterpriseId)]);
        }

        if (!Enum.IsDefined(Kind))
        {
            yield return new ValidationResult("走访方式无效", [nameof(Kind)]);
        }

        if (Needs.Count > 10)
        {
            yield return new ValidationResult("一次走访最多记录 10 条需求", [nameof(Needs)]);
        }

        for (var i = 0; i < Needs.Count; i++)
        {
            var need = Needs[i];
            if (string.IsNullOrWhiteSpace(need.Description) || need.Description.Trim().Length < 4)
            {
                yield return new ValidationResult($"第 {i + 1} 条需求：请写明需求内容（至少 4 个字）", [$"Needs[{i}].Description"]);
            }
            else if (need.Description.Length > 2000)
            {
                yield return new ValidationResult($"第 {i + 1} 条需求：内容不能超过 2000 个字", [$"Needs[{i}].Description"]);
            }

            if (!Enum.IsDefined(need.Category) || !Enum.IsDefined(need.Urgency))
            {
                yield return new ValidationResult($"第 {i + 1} 条需求：类别或紧急程度无效", [$"Needs[{i}].Category"]);
            }

            if (need.DepartmentId is not null && need.UnitId is not null)
            {
                yield return new ValidationResult($"第 {i + 1} 条需求：只能转给一个科室或一个单位", [$"Needs[{i}].UnitId"]);
            }
        }
    }
}

/// <summary>A need found on the visit; without a department or unit it goes where the routing rule for its category says.</summary>
public sealed class NeedInput
{
    public NeedCategory Category { get; set; } = NeedCategory.Technology;

    public string Description { get; set; } = "";

    public NeedUrgency Urgency { get; set; } = NeedUrgency.Normal;

    public Guid? DepartmentId { get; set; }

    public Guid? UnitId { get; set; }
}

/// <summary>A photo as received: checked for kind, content and size before anything is saved.</summary>
public sealed record PhotoUpload(string FileName, string ContentType, byte[] Content);

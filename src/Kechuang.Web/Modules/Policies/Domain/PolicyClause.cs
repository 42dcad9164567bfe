using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Policies.Domain;

/// <summary>
/// One clause of a policy, published with everything a firm needs (the seeds' 政策兑现 requirement): the conditions
/// (a rule set, so they are checked, not just written), the benefit (the rule set's benefit expression: a fixed
/// amount, a rate × a figure with a cap, or tiers), the lead department, the procedure, the time limit and the source.
/// </summary>
public sealed class PolicyClause : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid PolicyId { get; init; }

    /// <summary>第三条, 第五条（二）…</summary>
    public required string Number { get; set; }

    public required string Title { get; set; }

    /// <summary>The clause as the document words it.</summary>
    public required string Text { get; set; }

    public required string RuleSetId { get; set; }

    /// <summary>The benefit in words for the public page ("按上年度研发费用的 10% 给予补助，最高 50 万元").</summary>
    public required string BenefitText { get; set; }

    public required string LeadDepartment { get; set; }

    public required string Procedure { get; set; }

    /// <summary>办理时限, e.g. "材料齐全后 15 个工作日内".</summary>
    public required string TimeLimit { get; set; }

    public required string SourceDocument { get; set; }

    /// <summary>免申即享: the bureau finds the entitled firms from its data; the firm does not apply.</summary>
    public bool NoApplication { get; set; }

    /// <summary>A recognition reward is created by the recognition itself (<see cref="RecognitionReward"/>), not from this list.</summary>
    public bool IsRecognitionReward { get; set; }

    public int SortOrder { get; set; }

    public long Version { get; set; }
}

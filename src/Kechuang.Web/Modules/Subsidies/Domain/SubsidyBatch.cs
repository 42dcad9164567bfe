using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Subsidies.Domain;

public enum SubsidyBatchStatus
{
    /// <summary>Accepting declarations; no awards, or awards made stale by a later declaration or formula change.</summary>
    Open = 1,

    /// <summary>Every declaration has an award computed with the current formula version.</summary>
    Computed = 2,

    /// <summary>Approved by a second person: read-only, firms notified, payment list final.</summary>
    Approved = 3,
}

/// <summary>What the subsidy is a rate of.</summary>
public enum SubsidyBasis
{
    /// <summary>研发费用 of the year.</summary>
    RdExpense = 1,

    /// <summary>研发费用 increase over the previous year.</summary>
    RdIncrease = 2,

    /// <summary>税务部门确认的研发费用加计扣除额.</summary>
    SuperDeduction = 3,
}

/// <summary>A year's 研发后补助 batch: its formula (versioned), declarations, computed awards, and approval by a second person.</summary>
public sealed class SubsidyBatch : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The R&amp;D year the firms declare (研发投入归集年度).</summary>
    public int Year { get; init; }

    public required string Title { get; set; }

    public SubsidyBatchStatus Status { get; private set; } = SubsidyBatchStatus.Open;

    /// <summary>预算, 万元.</summary>
    public decimal Budget { get; set; }

    public SubsidyBasis Basis { get; set; } = SubsidyBasis.RdExpense;

    /// <summary>Percent, e.g. 3 = 3%.</summary>
    public decimal RateNonHighTech { get; set; }

    /// <summary>Percent for firms with a valid 高新技术企业 certificate at the end of the year.</summary>
    public decimal RateHighTech { get; set; }

    /// <summary>单户上限, 万元; null = none.</summary>
    public decimal? PerFirmCap { get; set; }

    /// <summary>Entry condition: R&amp;D expense ≥ this (万元); null = none.</summary>
    public decimal? MinRdExpense { get; set; }

    /// <summary>Entry condition: R&amp;D ÷ revenue ≥ this percent; null = none.</summary>
    public decimal? MinRdRatio { get; set; }

    /// <summary>Per-firm cap = min(cap, tax paid).</summary>
    public bool CapByTaxPaid { get; set; }

    /// <summary>Goes up by one on every formula change; each award records the version it was computed with.</summary>
    public int FormulaVersion { get; private set; } = 1;

    /// <summary>Last day firms may declare (inclusive, Beijing date).</summary>
    public DateOnly DeclarationDeadline { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? CreatedById { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset? ComputedAt { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public long Version { get; set; }

    public SubsidyFormula Formula => new(Basis, RateNonHighTech, RateHighTech, PerFirmCap, MinRdExpense, MinRdRatio, CapByTaxPaid, Budget, FormulaVersion);

    public void EnsureNotApproved(string action)
    {
        if (Status == SubsidyBatchStatus.Approved)
        {
            throw new ConflictException($"批次“{Title}”已审批，不能{action}。如需调整公式或名单，请新建一个批次（新版本）");
        }
    }

    /// <summary>A formula change makes any computed awards stale.</summary>
    public void FormulaChanged()
    {
        EnsureNotApproved("修改补助公式");
        FormulaVersion++;
        Status = SubsidyBatchStatus.Open;
        ComputedAt = null;
    }

    /// <summary>A new, revised or withdrawn declaration makes the computation incomplete.</summary>
    public void DeclarationsChanged(string action = "再增加申报")
    {
        EnsureNotApproved(action);
        Status = SubsidyBatchStatus.Open;
        ComputedAt = null;
    }

    public void Computed(DateTimeOffset at)
    {
        EnsureNotApproved("重新核算");
        Status = SubsidyBatchStatus.Computed;
        ComputedAt = at;
    }

    public void Approve(string by, DateTimeOffset at)
    {
        EnsureNotApproved("重复审批");
        if (Status != SubsidyBatchStatus.Computed)
        {
            throw new DomainRuleException("批次尚未按当前公式核算（或核算后有新的申报、公式修改），请先核算再审批");
        }

        Status = SubsidyBatchStatus.Approved;
        ApprovedAt = at;
        ApprovedBy = by;
    }
}

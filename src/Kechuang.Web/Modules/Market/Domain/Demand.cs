using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Market.Domain;

/// <summary>
/// A firm's technical problem (技术需求), posted by the firm or by a grid officer on its behalf. Staff review it before
/// it is published; a public one is on the portal, a staff-only one is seen by staff and matching only.
/// </summary>
public sealed class Demand : IAudited, IVersioned, ISoftDeletable
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid EnterpriseId { get; init; }

    public required string EnterpriseName { get; set; }

    /// <summary>GB/T 2260 code of the firm's district, copied when posted (search facet).</summary>
    public required string DistrictCode { get; set; }

    /// <summary>The firm's grid when posted: grid officers see the demands of their grids.</summary>
    public Guid? GridId { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    /// <summary>高新技术领域 name.</summary>
    public required string Field { get; set; }

    /// <summary>Keywords, "；"-separated.</summary>
    public string Keywords { get; set; } = "";

    /// <summary>预算, 万元.</summary>
    public decimal? BudgetMin { get; set; }

    public decimal? BudgetMax { get; set; }

    public DateOnly? Deadline { get; set; }

    public bool IsPublic { get; set; } = true;

    public DemandStatus Status { get; private set; } = DemandStatus.Submitted;

    public string? ReturnReason { get; private set; }

    public Guid? PostedByUserId { get; init; }

    public required string PostedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public long Version { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public void Approve(string by, DateTimeOffset at)
    {
        if (Status != DemandStatus.Submitted)
        {
            throw new DomainRuleException($"需求当前为「{MarketTerms.Name(Status)}」，只有待审核的需求可以发布");
        }

        Status = DemandStatus.Published;
        PublishedAt = at;
        ReviewedBy = by;
        ReturnReason = null;
    }

    public void Return(string by, string reason)
    {
        if (Status != DemandStatus.Submitted)
        {
            throw new DomainRuleException($"需求当前为「{MarketTerms.Name(Status)}」，只有待审核的需求可以退回");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("退回须写明原因");
        }

        Status = DemandStatus.Returned;
        ReturnReason = reason.Trim();
        ReviewedBy = by;
    }

    /// <summary>A returned demand, revised, goes back to review.</summary>
    public void Resubmit()
    {
        if (Status is not (DemandStatus.Returned or DemandStatus.Submitted))
        {
            throw new DomainRuleException("已发布或已关闭的需求不能修改，请关闭后重新发布");
        }

        Status = DemandStatus.Submitted;
    }

    public void Close()
    {
        if (Status == DemandStatus.Closed)
        {
            throw new DomainRuleException("需求已关闭");
        }

        Status = DemandStatus.Closed;
    }

    /// <summary>On the portal and in public search.</summary>
    public bool IsVisibleToPublic => Status == DemandStatus.Published && IsPublic;
}

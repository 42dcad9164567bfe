using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Subsidies.Domain;

/// <summary>
/// A firm's 研发投入归集 for a batch's year, with its supporting attachment. One per firm per batch (unique index).
/// The firm (before the deadline) or staff may revise or withdraw it until the batch is approved; every change is in
/// the audit log. <see cref="DeclaredAt"/> is the time of the latest submission and doubles as the concurrency token
/// (<see cref="Version"/>), so the second of two people editing the same declaration is told.
/// </summary>
public sealed class SubsidyDeclaration : IAudited
{
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid BatchId { get; init; }

    public Guid EnterpriseId { get; init; }

    /// <summary>年度研发费用, 万元.</summary>
    public decimal RdExpense { get; set; }

    /// <summary>上年研发费用, 万元.</summary>
    public decimal PreviousRdExpense { get; set; }

    /// <summary>加计扣除额 (税务确认), 万元.</summary>
    public decimal SuperDeductionAmount { get; set; }

    /// <summary>营业收入, 万元.</summary>
    public decimal Revenue { get; set; }

    /// <summary>纳税额, 万元.</summary>
    public decimal TaxPaid { get; set; }

    public string? AttachmentName { get; set; }

    public byte[]? AttachmentContent { get; set; }

    /// <summary>"企业申报", "工作人员代报" or "批量导入": how it was first submitted.</summary>
    public required string Source { get; init; }

    /// <summary>When it was last submitted (declared or revised), to the millisecond; the concurrency token.</summary>
    public DateTimeOffset DeclaredAt { get; set; }

    /// <summary>Who last submitted it.</summary>
    public string? DeclaredBy { get; set; }

    /// <summary>The version a client sends back to revise or withdraw: the last submission time in ticks.</summary>
    public long Version => VersionOf(DeclaredAt);

    public static long VersionOf(DateTimeOffset declaredAt) => declaredAt.UtcTicks;

    /// <summary>
    /// A submission time both databases store exactly (whole milliseconds, UTC) and later than the previous one, so a
    /// revision always changes the version even within the same millisecond.
    /// </summary>
    public static DateTimeOffset Stamp(DateTimeOffset now, DateTimeOffset? previous = null)
    {
        var ms = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return previous is { } p && ms <= p ? p.ToUniversalTime().AddMilliseconds(1) : ms;
    }

    /// <summary>Replaces the figures (and the attachment when a new one is given) as a new submission by <paramref name="by"/>.</summary>
    public void Revise(decimal rdExpense, decimal previousRdExpense, decimal superDeductionAmount, decimal revenue, decimal taxPaid,
        string? attachmentName, byte[]? attachmentContent, string by, DateTimeOffset at)
    {
        RdExpense = rdExpense;
        PreviousRdExpense = previousRdExpense;
        SuperDeductionAmount = superDeductionAmount;
        Revenue = revenue;
        TaxPaid = taxPaid;
        if (attachmentContent is { Length: > 0 })
        {
            AttachmentName = attachmentName;
            AttachmentContent = attachmentContent;
        }

        DeclaredBy = by;
        DeclaredAt = Stamp(at, DeclaredAt);
    }
}

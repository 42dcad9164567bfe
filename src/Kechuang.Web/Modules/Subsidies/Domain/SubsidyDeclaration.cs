namespace Kechuang.Web.Modules.Subsidies.Domain;

/// <summary>A firm's 研发投入归集 for a batch's year, with its supporting attachment. One per firm per batch (unique index).</summary>
public sealed class SubsidyDeclaration
{
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid BatchId { get; init; }

    public Guid EnterpriseId { get; init; }

    /// <summary>年度研发费用, 万元.</summary>
    public decimal RdExpense { get; init; }

    /// <summary>上年研发费用, 万元.</summary>
    public decimal PreviousRdExpense { get; init; }

    /// <summary>加计扣除额 (税务确认), 万元.</summary>
    public decimal SuperDeductionAmount { get; init; }

    /// <summary>营业收入, 万元.</summary>
    public decimal Revenue { get; init; }

    /// <summary>纳税额, 万元.</summary>
    public decimal TaxPaid { get; init; }

    public string? AttachmentName { get; init; }

    public byte[]? AttachmentContent { get; init; }

    /// <summary>"企业申报" or "批量导入".</summary>
    public required string Source { get; init; }

    public DateTimeOffset DeclaredAt { get; init; }

    public string? DeclaredBy { get; init; }
}

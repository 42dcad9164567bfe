using System.Globalization;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.TechContracts.Domain;

/// <summary>
/// A technology contract presented for 认定登记 by its seller (the domestic buyer for imports is out of scope here: the
/// seller must be a firm in the registry). Draft → submitted → registered (a number and a certificate) or rejected with
/// reasons; a registered contract takes changes and a cancellation, each its own <see cref="TechContractChange"/> record.
/// The amounts here are always the current ones, so statistics read them directly.
/// </summary>
public sealed class TechContract : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The seller firm (卖方): who registers, and whose place the statistics count it in.</summary>
    public Guid SellerEnterpriseId { get; init; }

    /// <summary>合同编号 as the parties wrote it.</summary>
    public required string ContractNumber { get; set; }

    public required string ProjectName { get; set; }

    public TechContractKind Kind { get; set; }

    public TechContractType Type { get; private set; }

    public DateOnly SignedOn { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidTo { get; set; }

    /// <summary>技术领域 (one of the eight 高新技术领域, or 其他).</summary>
    public required string Field { get; set; }

    public IpType IpType { get; set; }

    /// <summary>成交额, 万元: the whole contract price.</summary>
    public decimal TotalAmount { get; set; }

    /// <summary>技术交易额, 万元: the part paid for the technology itself (成交额 less materials, equipment and the like).</summary>
    public decimal TechnologyAmount { get; set; }

    // The parties, flat so that each field is audited on its own (owned types are not IAudited entries).
    public required string SellerName { get; set; }

    public required string SellerCountry { get; set; }

    /// <summary>GB/T 2260 code of the seller's place: the district the statistics count the contract in.</summary>
    public string? SellerDistrictCode { get; set; }

    public LegalEntityType SellerEntityType { get; set; }

    public required string BuyerName { get; set; }

    public required string BuyerCountry { get; set; }

    /// <summary>GB/T 2260 code of the buyer's place; null for a buyer outside China.</summary>
    public string? BuyerDistrictCode { get; set; }

    public LegalEntityType BuyerEntityType { get; set; }

    public Party Seller => new(SellerName, SellerCountry, SellerDistrictCode, SellerEntityType);

    public Party Buyer => new(BuyerName, BuyerCountry, BuyerDistrictCode, BuyerEntityType);

    public TechContractStatus Status { get; private set; } = TechContractStatus.Draft;

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The last day for the decision (Beijing date), in working days from submission.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>成交额 at or above the threshold: expert review, 30 working days.</summary>
    public bool ExpertReview { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? RejectReason { get; private set; }

    public string? RegistrationNumber { get; private set; }

    /// <summary>The registration year and its sequence: unique together, so two staff approving at once cannot take one number.</summary>
    public int? RegistrationYear { get; private set; }

    public int? RegistrationSequence { get; private set; }

    public DateOnly? RegisteredOn { get; private set; }

    public DateOnly? CancelledOn { get; private set; }

    /// <summary>"{seller}|{contract number}" while the contract is live (not rejected or cancelled); unique.</summary>
    public string? NumberKey { get; private set; }

    /// <summary>"{seller}|{buyer name}|{signing date}|{成交额}" while live; unique: the same deal under another number.</summary>
    public string? DealKey { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public long Version { get; set; }

    public bool IsEditable => Status == TechContractStatus.Draft;

    /// <summary>Live contracts hold the duplicate keys; rejected and cancelled ones release them (a corrected contract may
    /// be registered again).</summary>
    public void RefreshKeys()
    {
        Type = TechContractNames.TypeOf(Kind);
        if (Status is TechContractStatus.Rejected or TechContractStatus.Cancelled)
        {
            NumberKey = null;
            DealKey = null;
            return;
        }

        var seller = SellerEnterpriseId.ToString("N");
        NumberKey = $"{seller}|{ContractRules.NormaliseNumber(ContractNumber)}";
        DealKey = string.Create(CultureInfo.InvariantCulture, $"{seller}|{ContractRules.NormaliseName(BuyerName)}|{SignedOn:yyyy-MM-dd}|{TotalAmount:0.0000}");
    }

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new ConflictException($"合同当前状态为“{TechContractNames.Status(Status)}”，不能修改");
        }
    }

    public void Submit(DateTimeOffset now, DateOnly today, TechContractOptions options)
    {
        EnsureEditable();
        ExpertReview = TotalAmount >= options.ExpertReviewThreshold;
        DueOn = options.Calendar().AddWorkingDays(today, ExpertReview ? options.ExpertReviewWorkingDays : options.DecisionWorkingDays);
        SubmittedAt = now;
        Status = TechContractStatus.Submitted;
    }

    public void Register(int year, int sequence, DateOnly today, string by, DateTimeOffset now)
    {
        EnsureSubmitted();
        RegistrationYear = year;
        RegistrationSequence = sequence;
        RegistrationNumber = ContractRules.RegistrationNumber(SellerDistrictCode ?? "640100", year, sequence);
        RegisteredOn = today;
        Decide(TechContractStatus.Registered, null, by, now);
    }

    public void Reject(string reason, string by, DateTimeOffset now)
    {
        EnsureSubmitted();
        Decide(TechContractStatus.Rejected, reason, by, now);
        RefreshKeys();
    }

    public void Cancel(DateOnly today)
    {
        EnsureRegistered();
        CancelledOn = today;
        Status = TechContractStatus.Cancelled;
        RefreshKeys();
    }

    public void EnsureRegistered()
    {
        if (Status != TechContractStatus.Registered)
        {
            throw new ConflictException($"只有已登记的合同可以办理变更或注销，当前状态为“{TechContractNames.Status(Status)}”");
        }
    }

    private void EnsureSubmitted()
    {
        if (Status != TechContractStatus.Submitted)
        {
            throw new ConflictException($"只有待认定登记的合同可以作出登记决定，当前状态为“{TechContractNames.Status(Status)}”");
        }
    }

    private void Decide(TechContractStatus outcome, string? reason, string by, DateTimeOffset now)
    {
        Status = outcome;
        RejectReason = reason;
        DecidedBy = by;
        DecidedAt = now;
    }
}

/// <summary>A party to the contract (卖方 or 买方), as written on the registration form; <see cref="DistrictCode"/> is the
/// GB/T 2260 code of its place, null for a party outside China.</summary>
public sealed record Party(string Name, string Country, string? DistrictCode, LegalEntityType EntityType);

/// <summary>
/// A change (变更登记) or cancellation (注销登记) of a registered contract: its own record, with the reason, who registered
/// it, and the figures before and after, so the statistics' history can be explained.
/// </summary>
public sealed class TechContractChange : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ContractId { get; init; }

    public ContractChangeKind Kind { get; init; }

    public required string Reason { get; init; }

    /// <summary>What changed, in words: "成交额 300 → 260 万元；有效期至 …".</summary>
    public required string Summary { get; init; }

    public decimal TotalBefore { get; init; }

    public decimal TotalAfter { get; init; }

    public decimal TechnologyBefore { get; init; }

    public decimal TechnologyAfter { get; init; }

    public DateOnly EffectiveOn { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public required string RecordedBy { get; init; }
}

/// <summary>A file presented with the contract: the signed contract text (required before submission) or other proof.</summary>
public sealed class TechContractAttachment
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ContractId { get; init; }

    public AttachmentKind Kind { get; init; }

    public required string FileName { get; init; }

    public long Size { get; init; }

    public required byte[] Content { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public required string UploadedBy { get; init; }
}

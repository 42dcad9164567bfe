using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Accounts.Domain;

/// <summary>
/// A firm's request for an account (企业自主注册). Staff approve it, which links the account to the
/// enterprise in the registry (created from the request when the credit code is new), or reject it with a reason.
/// </summary>
public sealed class EnterpriseRegistration : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid UserId { get; init; }

    public required string EnterpriseName { get; init; }

    public required string CreditCode { get; init; }

    public required string DistrictCode { get; init; }

    public required string ContactPerson { get; init; }

    public required string ContactPhone { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public RegistrationStatus Status { get; private set; } = RegistrationStatus.Pending;

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? RejectionReason { get; private set; }

    public Guid? EnterpriseId { get; private set; }

    public long Version { get; set; }

    public void Approve(Guid enterpriseId, string by, DateTimeOffset at)
    {
        EnsurePending();
        Status = RegistrationStatus.Approved;
        EnterpriseId = enterpriseId;
        DecidedBy = by;
        DecidedAt = at;
    }

    public void Reject(string reason, string by, DateTimeOffset at)
    {
        EnsurePending();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new FieldValidationException("reason", "请填写退回原因");
        }

        Status = RegistrationStatus.Rejected;
        RejectionReason = reason.Trim();
        DecidedBy = by;
        DecidedAt = at;
    }

    private void EnsurePending()
    {
        if (Status != RegistrationStatus.Pending)
        {
            throw new ConflictException("该注册申请已处理，不能重复审核");
        }
    }
}

public enum RegistrationStatus
{
    Pending,
    Approved,
    Rejected,
}

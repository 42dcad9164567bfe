using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Ui;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rewards;

/// <summary>
/// A second person approves a draft batch (编制与审批分离): its rewards become approved, each firm is told, and the
/// batch is read-only from then on.
/// </summary>
public static class ApprovePaymentBatch
{
    public sealed class Request
    {
        [Display(Name = "审批意见")]
        [StringLength(500, ErrorMessage = "{0}不能超过 {1} 个字符")]
        public string? Note { get; set; }
    }

    /// <summary>The approver compiled the batch; answered as 403 by the API.</summary>
    public sealed class OwnBatchException() : DomainRuleException("不能审批自己编制的拨付批次：编制人与审批人须为不同的工作人员，请由其他有审批权限的人员审批");

    public sealed class Handler(AppDbContext db, CurrentUser user, Notifier notifier, TimeProvider clock)
    {
        /// <summary>False when the batch does not exist.</summary>
        public async Task<bool> Handle(Guid batchId, Request r, CancellationToken ct)
        {
            user.Demand(Permissions.RewardsApprove);
            var errors = Validation.Validate(r);
            if (errors.Count > 0)
            {
                throw new FieldValidationException(errors);
            }

            var batch = await db.PaymentBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null)
            {
                return false;
            }

            if (batch.Status != BatchStatus.Draft)
            {
                throw new ConflictException($"拨付批次 {batch.Number} 已于 {(batch.ApprovedAt is { } at ? Display.Time(at) : "")} 由{batch.ApprovedBy}审批，不能重复审批");
            }

            if (user.Id is null || batch.CreatedById == user.Id)
            {
                throw new OwnBatchException();
            }

            var rewards = await db.RecognitionRewards.Where(x => x.BatchId == batchId).ToListAsync(ct);
            if (rewards.Count == 0)
            {
                throw new DomainRuleException($"拨付批次 {batch.Number} 中没有奖励，不能审批");
            }

            batch.Status = BatchStatus.Approved;
            batch.ApprovedAt = clock.GetUtcNow();
            batch.ApprovedBy = user.Name;
            batch.ApprovalNote = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
            foreach (var reward in rewards)
            {
                reward.Status = RewardStatus.Approved;
                var kind = RewardKinds.Of(reward.QualificationType);
                notifier.NotifyEnterprise(
                    reward.EnterpriseId,
                    $"{RewardKinds.NameOf(reward.QualificationType)}已审批",
                    $"贵单位的{RewardKinds.NameOf(reward.QualificationType)}（{kind?.NumberLabel ?? "编号"} {reward.CertificateNumber}）"
                    + $" {reward.Amount.ToString("0.##", CultureInfo.InvariantCulture)} 万元已列入拨付批次 {batch.Number} 并审批通过，将按拨付名单拨付。");
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException("该批次已被他人修改（可能刚刚审批或移出了奖励），本次未审批。请刷新后查看");
            }

            return true;
        }
    }
}

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Policies.Contracts;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rewards;

/// <summary>生成拨付批次: pending rewards gathered into a draft batch. A reward is in one batch at most.</summary>
public static class CreatePaymentBatch
{
    public const int MaxRewards = 2000;

    public sealed class Request
    {
        [Display(Name = "批次名称")]
        [Required(ErrorMessage = "请填写批次名称")]
        [StringLength(200, ErrorMessage = "{0}不能超过 {1} 个字符")]
        public string Title { get; set; } = "";

        [Display(Name = "奖励")]
        [Required(ErrorMessage = "请选择要列入批次的奖励")]
        [MinLength(1, ErrorMessage = "请选择要列入批次的奖励")]
        [MaxLength(MaxRewards, ErrorMessage = "一个批次最多列入 {1} 项奖励")]
        public List<Guid> RewardIds { get; set; } = [];
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, RuleBook rules, TimeProvider clock)
    {
        public async Task<Guid> Handle(Request r, CancellationToken ct)
        {
            user.Demand(Permissions.RewardsManage);
            var errors = Validation.Validate(r);
            if (string.IsNullOrWhiteSpace(r.Title) && !errors.ContainsKey("title"))
            {
                errors["title"] = ["请填写批次名称"];
            }

            if (errors.Count > 0)
            {
                throw new FieldValidationException(errors);
            }

            var ids = r.RewardIds.Distinct().ToList();
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await TryCreateAsync(r.Title.Trim(), ids, ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    throw new ConflictException("所选奖励已被他人列入拨付批次，本批次未生成。请刷新后重新选择");
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    // Another batch took the same number at the same moment: start again from what is saved now.
                    db.ChangeTracker.Clear();
                }
                catch (DbUpdateException)
                {
                    throw new ConflictException("批次编号被同时占用，本批次未生成，请重试");
                }
            }
        }

        private async Task<Guid> TryCreateAsync(string title, List<Guid> ids, CancellationToken ct)
        {
            var rewards = await db.RecognitionRewards.Where(x => ids.Contains(x.Id)).ToListAsync(ct);
            if (rewards.Count != ids.Count)
            {
                throw new FieldValidationException("rewardIds", $"所选奖励中有 {ids.Count - rewards.Count} 项不存在");
            }

            var taken = rewards.Where(x => x.Status != RewardStatus.Pending).ToList();
            if (taken.Count > 0)
            {
                var batchIds = taken.Select(x => x.BatchId).ToList();
                var numbers = await db.PaymentBatches.AsNoTracking().Where(b => batchIds.Contains(b.Id)).Select(b => b.Number).Distinct().ToListAsync(ct);
                throw new ConflictException(
                    $"{taken.Count} 项奖励（{string.Join("、", taken.Take(5).Select(x => x.CertificateNumber))}{(taken.Count > 5 ? " 等" : "")}）已列入拨付批次 {string.Join("、", numbers)}，一项奖励只能列入一个批次");
            }

            var batch = new PaymentBatch
            {
                Number = await NextNumberAsync(ct),
                Title = title,
                CreatedAt = clock.GetUtcNow(),
                CreatedById = user.Id,
                CreatedBy = user.Name,
            };
            db.PaymentBatches.Add(batch);
            foreach (var reward in rewards)
            {
                reward.Status = RewardStatus.InBatch;
                reward.BatchId = batch.Id;
            }

            await db.SaveChangesAsync(ct);
            return batch.Id;
        }

        /// <summary>"2026-奖励-001": numbered per calendar year (Beijing).</summary>
        private async Task<string> NextNumberAsync(CancellationToken ct)
        {
            var prefix = $"{rules.Today.Year.ToString(CultureInfo.InvariantCulture)}-奖励-";
            var numbers = await db.PaymentBatches.AsNoTracking().Where(b => b.Number.StartsWith(prefix)).Select(b => b.Number).ToListAsync(ct);
            var last = numbers.Select(n => int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? seq : 0).DefaultIfEmpty(0).Max();
            return $"{prefix}{(last + 1).ToString("000", CultureInfo.InvariantCulture)}";
        }
    }
}

using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rewards;

public static class ListRewards
{
    public const int MaxPageSize = 200;

    public sealed record Query(
        QualificationLevel? Type = null, RewardStatus? Status = null, int? Year = null, string? Search = null, Guid? EnterpriseId = null,
        int Page = 1, int PageSize = 20);

    public sealed record Row(
        Guid Id, Guid EnterpriseId, string EnterpriseName, string CreditCode, string Type, string TypeName, string CertificateNumber,
        DateOnly RecognizedOn, decimal Amount, string Explanation, string RuleSetId, string RuleSetVersion,
        RewardStatus Status, string StatusName, Guid? BatchId, string? BatchNumber, DateTimeOffset CreatedAt, long Version);

    /// <summary>A page of rows, with the count and the sum (万元) of every row of the filter.</summary>
    public sealed record Page(IReadOnlyList<Row> Items, int Total, decimal TotalAmount, int PageNumber, int PageSize);

    public static string StatusName(RewardStatus status) => status switch
    {
        RewardStatus.Pending => "待列入批次",
        RewardStatus.InBatch => "已列入批次",
        RewardStatus.Approved => "已审批",
    };

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry)
    {
        public async Task<Page> Handle(Query q, CancellationToken ct)
        {
            user.Demand(Permissions.RewardsManage);
            var page = Math.Max(1, q.Page);
            var size = Math.Clamp(q.PageSize, 1, MaxPageSize);
            var rewards = await FilterAsync(q, ct);
            var total = await rewards.CountAsync(ct);
            // Summed in memory: SQLite cannot SUM a decimal column.
            var amounts = await rewards.Select(r => r.Amount).ToListAsync(ct);
            var items = await rewards.OrderByDescending(r => r.RecognizedOn).ThenBy(r => r.RecognitionKey)
                .Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
            return new Page(await RowsAsync(db, registry, items, ct), total, amounts.Sum(), page, size);
        }

        private async Task<IQueryable<RecognitionReward>> FilterAsync(Query q, CancellationToken ct)
        {
            var rewards = db.RecognitionRewards.AsNoTracking();
            if (q.Type is { } type)
            {
                var name = type.ToString();
                rewards = rewards.Where(r => r.QualificationType == name);
            }

            if (q.Status is { } status)
            {
                rewards = rewards.Where(r => r.Status == status);
            }

            if (q.Year is { } year)
            {
                var (from, to) = (new DateOnly(Math.Clamp(year, 1, 9999), 1, 1), new DateOnly(Math.Clamp(year, 1, 9999), 12, 31));
                rewards = rewards.Where(r => r.RecognizedOn >= from && r.RecognizedOn <= to);
            }

            if (q.EnterpriseId is { } firm)
            {
                rewards = rewards.Where(r => r.EnterpriseId == firm);
            }

            if (q.Search?.Trim() is { Length: > 0 } search)
            {
                var firms = await Recognitions.FirmsMatchingAsync(db, search, ct);
                rewards = rewards.Where(r => firms.Contains(r.EnterpriseId) || r.CertificateNumber.Contains(search));
            }

            return rewards;
        }
    }

    /// <summary>Rows with the firm's name and code and the batch number, in the order given.</summary>
    public static async Task<List<Row>> RowsAsync(AppDbContext db, EnterpriseRegistry registry, List<RecognitionReward> rewards, CancellationToken ct)
    {
        var firms = (await registry.FindByIdsAsync(rewards.Select(r => r.EnterpriseId).Distinct().ToList(), ct)).ToDictionary(f => f.Id);
        var batchIds = rewards.Where(r => r.BatchId is not null).Select(r => r.BatchId!.Value).Distinct().ToList();
        var batches = await db.PaymentBatches.AsNoTracking().Where(b => batchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Number, ct);
        return rewards.Select(r => new Row(
            r.Id, r.EnterpriseId, firms.GetValueOrDefault(r.EnterpriseId)?.Name ?? "（企业已删除）", firms.GetValueOrDefault(r.EnterpriseId)?.CreditCode ?? "",
            r.QualificationType, RewardKinds.NameOf(r.QualificationType), r.CertificateNumber, r.RecognizedOn, r.Amount, r.Explanation,
            r.RuleSetId, r.RuleSetVersion, r.Status, StatusName(r.Status), r.BatchId,
            r.BatchId is { } b ? batches.GetValueOrDefault(b) : null, r.CreatedAt, r.Version)).ToList();
    }
}

using System.Globalization;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Catalogue;

/// <summary>
/// Staff confirm entitled firms for a clause and the policy year (免申即享: the firm does not apply). Each firm gets a
/// fulfilment with the amount, explanation and rule set version computed now, and a notification; all in one save,
/// so either every selected firm is confirmed and notified or none is. A firm is confirmed once per clause and year.
/// </summary>
public static class ConfirmFulfilment
{
    public const int MaxFirms = 5000;

    public sealed class Request
    {
        public List<Guid>? EnterpriseIds { get; set; }
    }

    public sealed record Result(int Year, int Confirmed, decimal TotalAmount);

    public sealed class Handler(AppDbContext db, CurrentUser user, EvaluateClause.Handler evaluate, Notifier notifier, TimeProvider clock)
    {
        /// <returns>Null when there is no such clause.</returns>
        public async Task<Result?> Handle(Guid clauseId, Request request, CancellationToken ct)
        {
            user.Demand(Permissions.FulfilmentConfirm);
            var ids = (request.EnterpriseIds ?? []).Distinct().ToList();
            if (ids.Count == 0)
            {
                throw new FieldValidationException("enterpriseIds", "请至少选择一家企业");
            }

            if (ids.Count > MaxFirms)
            {
                throw new FieldValidationException("enterpriseIds", $"一次最多确认 {MaxFirms} 家企业");
            }

            var evaluation = await evaluate.EvaluateAsync(clauseId, null, ct);
            if (evaluation is null)
            {
                return null;
            }

            var entitled = evaluation.Entitled.ToDictionary(r => r.EnterpriseId);
            var unseen = ids.Where(id => !evaluation.Visible.ContainsKey(id)).ToList();
            if (unseen.Count > 0)
            {
                throw new DomainRuleException($"有 {unseen.Count} 家企业不存在或不在您的数据范围内，未确认任何企业");
            }

            var notEntitled = ids.Where(id => !entitled.ContainsKey(id)).Select(id => evaluation.Visible[id]).ToList();
            if (notEntitled.Count > 0)
            {
                throw new DomainRuleException($"以下企业目前不符合“{evaluation.Clause.Title}”的条件，未确认任何企业：{Names(notEntitled)}");
            }

            var year = evaluation.Year;
            var already = await db.Fulfilments.AsNoTracking().Where(f => f.ClauseId == clauseId && f.Year == year && ids.Contains(f.EnterpriseId))
                .Select(f => f.EnterpriseId).ToListAsync(ct);
            if (already.Count > 0)
            {
                throw new ConflictException($"以下企业已确认过 {year} 年度“{evaluation.Clause.Title}”的兑现，不能重复确认，本次未写入任何记录：{Names(already.Select(id => entitled[id].Name))}");
            }

            var now = clock.GetUtcNow();
            decimal total = 0;
            foreach (var id in ids)
            {
                var firm = entitled[id];
                db.Fulfilments.Add(new Fulfilment
                {
                    ClauseId = clauseId,
                    EnterpriseId = id,
                    Year = year,
                    Amount = firm.Amount,
                    Explanation = firm.Explanation,
                    RuleSetId = firm.RuleSetId,
                    RuleSetVersion = firm.RuleSetVersion,
                    ConfirmedAt = now,
                    ConfirmedBy = Truncate(user.Name, 100),
                });
                total += firm.Amount ?? 0;
                notifier.NotifyEnterprise(id, Truncate($"政策兑现确认：{evaluation.Clause.Title}", 200), Body(evaluation, firm), "/my-policies");
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
            {
                // Someone confirmed one of these firms between the check and the save: the unique index refused it.
                throw new ConflictException("其他人刚刚确认了其中部分企业，本次未写入任何记录。请刷新名单后重试。");
            }

            return new Result(year, ids.Count, total);
        }

        private static string Body(EvaluateClause.Evaluation e, EvaluateClause.FirmVerdict firm)
        {
            var amount = firm.Amount is { } a ? $"核定金额 {a.ToString("0.##", CultureInfo.InvariantCulture)} 万元" : "享受该项政策";
            var text = $"贵单位符合《{e.Clause.PolicyTitle}》{e.Clause.Number}“{e.Clause.Title}”的条件，经市科技局确认，{e.Year} 年度{amount}（免申即享，无需申请）。"
                + $"办理程序：{e.Clause.Procedure}；办理时限：{e.Clause.TimeLimit}。计算说明：{firm.Explanation}";
            return Truncate(text, 4000);
        }

        private static string Names(IEnumerable<string> names)
        {
            var list = names.ToList();
            return string.Join("、", list.Take(10)) + (list.Count > 10 ? $" 等 {list.Count} 家" : "");
        }

        private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
    }
}

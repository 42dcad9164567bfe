using Kechuang.Rules.Evaluation;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Contracts;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rewards;

/// <summary>
/// A new recognition (新认定高企 / 科技小巨人) earns a reward entitlement, created in the unit of work that records the
/// qualification. It qualifies when the reward rule set in force on the issue date passes for the firm (it is the
/// firm's first recognition of that level) and gives an amount. A firm is rewarded once per level: saving the
/// qualification again, correcting it, or deleting and re-entering the same certificate never adds a second reward
/// (the database refuses a second row with the same recognition key too).
/// </summary>
public static class RewardRecognition
{
    public sealed class Handler(AppDbContext db, RuleBook rules, EnterpriseFacts facts, TimeProvider clock) : IQualificationObserver
    {
        public Task OnRecordedAsync(QualificationRecorded recorded, CancellationToken ct) => RewardAsync([recorded], ct);

        /// <summary>Adds (without saving) a reward for each recognition that qualifies and has none yet; returns them.</summary>
        public async Task<List<RecognitionReward>> RewardAsync(IReadOnlyList<QualificationRecorded> recognitions, CancellationToken ct)
        {
            var candidates = recognitions.Where(r => RewardKinds.Of(r.Level) is not null && r.IssuedOn is not null).ToList();
            if (candidates.Count == 0)
            {
                return [];
            }

            var firmIds = candidates.Select(c => c.EnterpriseId).Distinct().ToList();
            var given = await db.RecognitionRewards.Where(x => firmIds.Contains(x.EnterpriseId)).ToListAsync(ct);
            var added = new List<RecognitionReward>();
            // Facts are read per evaluation year (the year decides "new"); the rule set is compiled for the issue date.
            foreach (var year in candidates.GroupBy(c => c.IssuedOn!.Value.Year))
            {
                var on = year.Max(c => c.IssuedOn!.Value);
                var sheets = (await facts.LoadByIdsAsync(year.Select(c => c.EnterpriseId).Distinct().ToList(), on, ct)).ToDictionary(f => f.Id);
                foreach (var r in year)
                {
                    var kind = RewardKinds.Of(r.Level)!;
                    var key = RewardKinds.KeyOf(r.Level, r.Number);
                    if (given.FirstOrDefault(x => x.EnterpriseId == r.EnterpriseId && x.RecognitionKey == key) is { } same)
                    {
                        // The same certificate typed in again: keep the one reward, pointing at the current record.
                        if (r.IsNew && same.QualificationId != r.QualificationId)
                        {
                            same.QualificationId = r.QualificationId;
                        }

                        continue;
                    }

                    if (given.Concat(added).Any(x => x.EnterpriseId == r.EnterpriseId && x.QualificationType == kind.Level.ToString())
                        || !sheets.TryGetValue(r.EnterpriseId, out var firm)
                        || await rules.InForceAsync(kind.RuleSetId, r.IssuedOn!.Value, ct) is not { } set)
                    {
                        continue;
                    }

                    // The registry's view may not include this record yet (it is saved with the reward): say what it is.
                    firm.Facts.Set(kind.NewlyFact, r.IsFirstOfLevel && r.IssuedOn!.Value.Year == firm.Facts.EvaluationYear);
                    var result = set.Evaluate(firm.Facts);
                    if (result.Outcome != Outcome.Passed || result.Benefit?.Amount is not > 0m)
                    {
                        continue;
                    }

                    var reward = new RecognitionReward
                    {
                        EnterpriseId = r.EnterpriseId,
                        QualificationId = r.QualificationId,
                        RecognitionKey = key,
                        QualificationType = kind.Level.ToString(),
                        CertificateNumber = r.Number.Trim(),
                        RecognizedOn = r.IssuedOn!.Value,
                        Amount = result.Benefit.Amount.Value,
                        Explanation = Explain(kind, r, result),
                        RuleSetId = result.RuleSetId,
                        RuleSetVersion = result.Version,
                        CreatedAt = clock.GetUtcNow(),
                    };
                    db.RecognitionRewards.Add(reward);
                    added.Add(reward);
                }
            }

            return added;
        }

        private static string Explain(RewardKinds.Kind kind, QualificationRecorded r, EvaluationResult result)
        {
            var text = $"{result.Benefit!.Explanation}。依据：{result.RuleSetName}（规则版本 {result.Version}；{result.Citation}）。"
                       + $"{kind.NumberLabel} {r.Number.Trim()}，发证日期 {r.IssuedOn:yyyy-MM-dd}，为该企业首次认定。";
            return text.Length <= 2000 ? text : text[..2000];
        }
    }
}

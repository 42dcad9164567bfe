using Kechuang.Rules.Evaluation;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Contracts;

namespace Kechuang.Web.Modules.Policies.Features.Rules;

/// <summary>Evaluates a registered enterprise (within the caller's data scope) against the version of a rule set in force.</summary>
public static class EvaluateEnterprise
{
    public sealed class Handler(RuleBook book, EnterpriseFacts facts)
    {
        /// <returns>Null when the rule set does not exist or the enterprise is not visible.</returns>
        public async Task<EvaluationResult?> Handle(string ruleSetId, Guid enterpriseId, DateOnly? on, CancellationToken ct)
        {
            var date = on ?? book.Today;
            if (!(await book.PublishedAsync(ct)).Any(v => v.Rules.Id == ruleSetId))
            {
                return null;
            }

            var compiled = await book.InForceAsync(ruleSetId, date, ct) ?? throw new DomainRuleException($"规则集 {ruleSetId} 在 {date:yyyy-MM-dd} 没有生效的版本");
            return await facts.LoadOneAsync(enterpriseId, date, ct) is { } firm ? compiled.Evaluate(firm.Facts) : null;
        }
    }
}

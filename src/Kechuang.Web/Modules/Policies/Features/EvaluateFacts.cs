using System.Text.Json;
using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Facts;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Policies.Contracts;

namespace Kechuang.Web.Modules.Policies.Features;

/// <summary>
/// Evaluates a posted fact set against a rule set, so outside systems can use the engine without an enterprise
/// in the registry. Figures are in 万元; annual figures are keyed by calendar year.
/// </summary>
public static class EvaluateFacts
{
    public sealed class Request
    {
        /// <summary>The day the rules are applied on (their parameters in force that day); today when empty.</summary>
        public DateOnly? EvaluationDate { get; set; }

        /// <summary>Facts that do not change by year: numbers, booleans, or dates as "yyyy-MM-dd".</summary>
        public Dictionary<string, JsonElement> Facts { get; set; } = [];

        /// <summary>Annual figures: fact → { "2025": value, … }.</summary>
        public Dictionary<string, Dictionary<int, decimal>> Annual { get; set; } = [];
    }

    public sealed class Handler(RuleBook book)
    {
        /// <returns>Null when no published rule set has that id.</returns>
        public async Task<EvaluationResult?> Handle(string ruleSetId, Request request, CancellationToken ct)
        {
            var versions = (await book.PublishedAsync(ct)).Where(v => v.Rules.Id == ruleSetId).ToList();
            if (versions.Count == 0)
            {
                return null;
            }

            var date = request.EvaluationDate ?? book.Today;
            var facts = Sheet(date.Year, request);
            return await book.InForceAsync(ruleSetId, date, ct) is { } compiled
                ? compiled.Evaluate(facts)
                : throw new DomainRuleException($"“{versions[0].Rules.Name}”在 {date:yyyy-MM-dd} 不适用（已发布版本的有效期：{string.Join("；", versions.Select(v => $"{v.Rules.Version} 自 {v.From:yyyy-MM-dd}{(v.To is { } to ? $" 至 {to:yyyy-MM-dd}" : " 起")}"))}）");
        }

        private static FactSheet Sheet(int year, Request request)
        {
            var sheet = new FactSheet(year);
            var errors = new List<string>();
            foreach (var (name, value) in request.Facts)
            {
                Try(errors, () =>
                {
                    switch (value.ValueKind)
                    {
                        case JsonValueKind.True or JsonValueKind.False:
                            sheet.Set(name, value.GetBoolean());
                            break;
                        case JsonValueKind.Number:
                            sheet.Set(name, value.GetDecimal());
                            break;
                        case JsonValueKind.String when DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out var day):
                            sheet.Set(name, day);
                            break;
                        case JsonValueKind.Null:
                            break; // unknown: the verdict says what is missing
                        default:
                            throw new ArgumentException($"事实 “{name}” 的值应为数字、true/false 或 yyyy-MM-dd 日期");
                    }
                });
            }

            foreach (var (name, years) in request.Annual)
            {
                foreach (var (calendarYear, value) in years)
                {
                    Try(errors, () => sheet.SetYear(name, calendarYear, value));
                }
            }

            return errors.Count == 0 ? sheet : throw new FieldValidationException(new Dictionary<string, string[]> { ["facts"] = [.. errors] });
        }

        private static void Try(List<string> errors, Action set)
        {
            try
            {
                set();
            }
            catch (ArgumentException e)
            {
                // The engine's messages are Chinese and name the fact; drop the parameter-name suffix .NET appends.
                errors.Add(e.Message.Split(" (Parameter", 2)[0]);
            }
        }
    }
}

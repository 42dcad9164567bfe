using System.Globalization;
using System.Text.RegularExpressions;
using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Expressions;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Model;

namespace Kechuang.Web.Modules.Policies.Features.Catalogue;

/// <summary>A clause's conditions and benefit as the public reads them: from the rule set version in force.</summary>
public sealed record RuleDescription(
    string RuleSetId, string Name, string Version, string Citation, DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool IsEditableDefault,
    string? Note, IReadOnlyList<RuleDescription.ConditionText> Conditions, IReadOnlyList<RuleDescription.ParameterText> Parameters,
    string? ScoreName, string? BenefitName, string? BenefitFormula, string? BenefitFormulaInWords)
{
    public sealed record ConditionText(string Name, string? Citation);

    public sealed record ParameterText(string Key, string Name, decimal Value, string Display);

    public static RuleDescription Of(CompiledRuleSet compiled)
    {
        var r = compiled.Rules;
        var parameters = r.Parameters.Select(p =>
        {
            var value = compiled.Parameters.GetValueOrDefault(p.Key);
            return new ParameterText(p.Key, p.Name, value, Format(p, value));
        }).ToList();
        return new RuleDescription(
            r.Id, r.Name, r.Version, r.Citation, r.EffectiveFrom, r.EffectiveTo, r.IsEditableDefault, r.Note,
            r.Conditions.Select(c => new ConditionText(c.Name, c.Citation)).ToList(), parameters, r.Score?.Name,
            r.Benefit?.Name, r.Benefit is { } b ? Printer.Print(b.Expr) : null, r.Benefit is { } b2 ? InWords(r, Printer.Print(b2.Expr)) : null);
    }

    private static string Format(Parameter p, decimal value)
    {
        var text = value.ToString("0.####", CultureInfo.InvariantCulture);
        if (p.Values.Count > 0 && p.Values[0].IsBoolean)
        {
            return value != 0 ? "是" : "否";
        }

        // Rates are written as percentages in the rule files (5%), stored as fractions.
        return value is > 0 and < 1 ? $"{(value * 100).ToString("0.##", CultureInfo.InvariantCulture)}%" : text;
    }

    /// <summary>"min(rd_expense[y-1] * rate, cap)" → "min(研发费用[上年度] × 补助比例, 每户补助上限（万元）)".</summary>
    private static string InWords(RuleSet rules, string formula)
    {
        var names = rules.Parameters.ToDictionary(p => p.Key, p => p.Name, StringComparer.Ordinal);
        foreach (var d in rules.Derived)
        {
            names.TryAdd(d.Key, d.Name);
        }

        var text = Regex.Replace(formula, @"\[y-(\d+)\]", m => m.Groups[1].Value == "1" ? "[上年度]" : $"[前{m.Groups[1].Value}年]");
        text = text.Replace("[y]", "[当年]", StringComparison.Ordinal);
        text = Regex.Replace(text, "[A-Za-z_][A-Za-z0-9_]*", m =>
            names.TryGetValue(m.Value, out var name) ? name
            : FactCatalog.Find(m.Value) is { } fact ? fact.ChineseName
            : m.Value switch { "min" => "取小", "max" => "取大", _ => m.Value });
        return text.Replace(" * ", " × ", StringComparison.Ordinal).Replace(" / ", " ÷ ", StringComparison.Ordinal);
    }
}

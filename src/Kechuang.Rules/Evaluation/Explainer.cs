using Kechuang.Rules.Expressions;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Model;

namespace Kechuang.Rules.Evaluation;

/// <summary>Builds the detailed, explained result for one firm from the same compiled delegates the fast path uses.</summary>
internal static class Explainer
{
    public static EvaluationResult Explain(CompiledRuleSet set, FactSheet f)
    {
        var rules = set.Rules;
        var conditions = set.ConditionsWithEvals().Select(c => ExplainCondition(set, c.Condition, c.Eval, f)).ToList();
        var routes = set.RoutesWithEvals().Select(c => ExplainCondition(set, c.Condition, c.Eval, f)).ToList();
        var score = rules.Score is null ? null : ExplainScore(set, rules.Score, f);
        var outcome = set.Decide(f);
        return new EvaluationResult(rules.Id, rules.Name, rules.Version, rules.Citation, f.EvaluationYear, set.EvaluationDate,
            set.Parameters, conditions, score, routes, outcome, ExplainBenefit(set, outcome, f));
    }

    private static BenefitResult? ExplainBenefit(CompiledRuleSet set, Outcome outcome, FactSheet f)
    {
        if (set.Rules.Benefit is not { } b || set.BenefitEval is not { } eval)
        {
            return null;
        }

        var formula = Printer.Print(b.Expr);
        var values = UsedFacts(set, b.Expr).Select(slot => ReadFact(slot, f)).ToList();
        var inputs = string.Join("，", values.Select(v => $"{(v.Year is { } y ? $"{y} 年" : "")}{v.ChineseName} {(v.Value is { } n ? Gaps.Format(n, FactCatalog.Find(v.Fact)!.Unit) : "缺失")}")
            .Concat(set.Rules.Parameters.Where(p => UsesName(set, b.Expr, p.Key))
                .Select(p => $"{p.Name} {set.Parameters[p.Key].ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}")));
        var v = eval(f);
        if (!v.IsKnown)
        {
            return new BenefitResult(b.Name, null, formula, values, $"{b.Name}无法计算，{Reason(set, v, f)}");
        }

        var amount = Math.Max(0, v.Number);
        var computed = $"{b.Name} = {formula} = {Gaps.Format(amount, Unit.TenThousandYuan)}{(inputs.Length > 0 ? $"（{inputs}）" : "")}";
        return outcome == Outcome.Passed
            ? new BenefitResult(b.Name, amount, formula, values, computed)
            : new BenefitResult(b.Name, null, formula, values, $"{(outcome == Outcome.Failed ? "条件未满足" : "条件尚不能确定")}，暂不享受；若符合条件，{computed}");
    }

    private static ConditionResult ExplainCondition(CompiledRuleSet set, Condition c, Eval eval, FactSheet f)
    {
        var v = eval(f);
        var outcome = CompiledRuleSet.Of(v);
        var values = UsedFacts(set, c.Expr).Select(slot => ReadFact(slot, f)).ToList();
        if (!v.IsKnown)
        {
            return new ConditionResult(c.Id, c.Name, outcome, null, null, values, $"{c.Name}：无法判断，{Reason(set, v, f)}");
        }

        if (c.Expr is Binary cmp && set.SidesOf(c) is ({ } left, { } right))
        {
            if (left(f) is { IsKnown: true } l && right(f) is { IsKnown: true } r)
            {
                var text = Gaps.Describe(set, c, cmp, l.Number, r.Number, outcome, f);
                return new ConditionResult(c.Id, c.Name, outcome, l.Number, r.Number, values, text);
            }
        }

        return new ConditionResult(c.Id, c.Name, outcome, null, null, values, $"{c.Name}：{(outcome == Outcome.Passed ? "符合" : "不符合")}");
    }

    private static ScoreResult ExplainScore(CompiledRuleSet set, Score score, FactSheet f)
    {
        var parts = set.Parts.Select(p => ExplainPart(set, p, f)).ToList();
        var outcome = set.DecideScore(f, out var min, out var max);
        var also = set.AlsoRequiredWithEvals().Select(c => ExplainCondition(set, c.Condition, c.Eval, f)).ToList();
        var mark = score.PassAtLeast is { } a ? $"不低于 {a} 分" : $"高于 {score.PassAbove} 分";
        var total = min is null ? "无法计算（缺少数据）" : min == max ? $"{min} 分" : $"{min}–{max} 分（含专家评分部分）";
        var verdict = outcome switch
        {
            Outcome.Passed => "达到",
            Outcome.Failed => "未达到",
            Outcome.Unknown => "尚不能确定是否达到",
        };
        // Scores are whole points, so "高于 70 分" needs 71.
        var needed = score.PassAtLeast ?? (score.PassAbove + 1);
        var gap = max < needed ? $"，还差 {needed - max} 分" : "";
        return new ScoreResult(score.Name, min, max, outcome, parts, also, $"{score.Name} {total}，{verdict}{mark}的要求{gap}");
    }

    private static ScorePartResult ExplainPart(CompiledRuleSet set, CompiledPart p, FactSheet f)
    {
        var part = p.Part;
        var (status, min, max, value) = p.Place(f);
        if (part.Expert is not null)
        {
            return new ScorePartResult(part.Id, part.Name, part.Max, min, max, null, true, $"{part.Name}：由专家评分，可得 {min}–{max} 分");
        }

        if (!status.IsKnown)
        {
            return new ScorePartResult(part.Id, part.Name, part.Max, null, null, null, false, $"{part.Name}：无法计分，{Reason(set, status, f)}");
        }

        var points = min == max ? $"{min} 分" : $"{min}–{max} 分";
        var placedBy = value.IsKnown && (part.Value ?? part.Points) is { } e ? $"（{Gaps.Format(value.Number, Gaps.UnitOf(set, e, part.Unit))}）"
            : part.Value is null && part.Points is null ? $"（{FactsOfBands(set, part, f)}）" : "";
        return new ScorePartResult(part.Id, part.Name, part.Max, min, max, value.IsKnown ? value.Number : null, false, $"{part.Name}{placedBy}得 {points}");
    }

    /// <summary>For bands chosen by conditions (知识产权 Ⅰ类/Ⅱ类 counts), the facts those conditions read.</summary>
    private static string FactsOfBands(CompiledRuleSet set, ScorePart part, FactSheet f)
    {
        var slots = new SortedSet<int>(part.Bands.Where(b => b.When is not null).SelectMany(b => UsedFacts(set, b.When!)));
        return string.Join("，", slots.Select(slot =>
        {
            var (fact, _) = FactCatalog.Describe(slot);
            return $"{fact.ChineseName} {(f.IsKnown(slot) ? Gaps.Format(f.Read(slot), fact.Unit) : "缺失")}";
        }));
    }

    /// <summary>Why a value is unknown, in words: "缺少 2025 年研发费用（rd_expense[y-1]）" or "除数为零：…".</summary>
    public static string Reason(CompiledRuleSet set, Val v, FactSheet f)
    {
        if (v.Status == ValStatus.DivisionByZero)
        {
            return $"除数为零：{set.Compiler.Operations[v.Reason]}";
        }

        if (v.Status == ValStatus.Overflow)
        {
            return $"数值超出范围，请核对数据：{set.Compiler.Operations[v.Reason]}";
        }

        var (fact, back) = FactCatalog.Describe(v.Reason);
        return fact.Annual ? $"缺少 {f.EvaluationYear - back} 年{fact.ChineseName}（{fact.Name}[y-{back}]）" : $"缺少{fact.ChineseName}（{fact.Name}）";
    }

    private static FactValue ReadFact(int slot, FactSheet f)
    {
        var (fact, back) = FactCatalog.Describe(slot);
        return new FactValue(fact.Name, fact.ChineseName, fact.Annual ? f.EvaluationYear - back : null, f.IsKnown(slot) ? f.Read(slot) : null);
    }

    /// <summary>Whether an expression reads a name (a parameter), directly or through derived values.</summary>
    private static bool UsesName(CompiledRuleSet set, Expr expr, string name) => expr switch
    {
        NameRef r when r.Name == name => true,
        NameRef r => set.Rules.Derived.FirstOrDefault(d => d.Key == r.Name) is { } d && UsesName(set, d.Expr, name),
        Call c => c.Args.Any(a => UsesName(set, a, name)),
        Binary b => UsesName(set, b.Left, name) || UsesName(set, b.Right, name),
        Unary u => UsesName(set, u.Operand, name),
        ListLiteral l => l.Items.Any(i => UsesName(set, i, name)),
        _ => false,
    };

    /// <summary>The fact slots an expression reads, through derived values and sum/growth.</summary>
    public static SortedSet<int> UsedFacts(CompiledRuleSet set, Expr expr)
    {
        var slots = new SortedSet<int>();
        Walk(expr);
        return slots;

        void Walk(Expr e)
        {
            switch (e)
            {
                case NameRef r when FactCatalog.Find(r.Name) is not null:
                    slots.Add(FactCatalog.SlotOf(r.Name, r.YearsBack ?? 0));
                    break;
                case NameRef r when set.Rules.Derived.FirstOrDefault(d => d.Key == r.Name) is { } d:
                    Walk(d.Expr);
                    break;
                case Call { Function: "sum", Args: [NameRef fact, NumberLiteral k, ..] } sum:
                    for (var back = 1; back <= (int)k.Value; back++)
                    {
                        slots.Add(FactCatalog.SlotOf(fact.Name, back));
                    }

                    sum.Args.Skip(2).ToList().ForEach(Walk);

                    break;
                case Call { Function: "growth", Args: [NameRef fact] }:
                    for (var back = 1; back <= 3; back++)
                    {
                        slots.Add(FactCatalog.SlotOf(fact.Name, back));
                    }

                    break;
                case Call c:
                    c.Args.ToList().ForEach(Walk);
                    break;
                case Binary b:
                    Walk(b.Left);
                    Walk(b.Right);
                    break;
                case Unary u:
                    Walk(u.Operand);
                    break;
                case ListLiteral l:
                    l.Items.ToList().ForEach(Walk);
                    break;
                default:
                    break;
            }
        }
    }
}

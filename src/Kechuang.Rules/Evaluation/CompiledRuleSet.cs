using Kechuang.Rules.Expressions;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Loading;
using Kechuang.Rules.Model;

using ValueType = Kechuang.Rules.Expressions.ValueType;

namespace Kechuang.Rules.Evaluation;

/// <summary>
/// A rule set compiled once for an evaluation date: parameters are fixed, every expression is a delegate over a
/// <see cref="FactSheet"/>. <see cref="Decide"/> is the allocation-free whole-city path; <see cref="Evaluate"/>
/// explains one firm.
/// </summary>
public sealed class CompiledRuleSet
{
    private readonly Compiler compiler;
    private readonly Eval[] conditions;
    private readonly Eval[] routes;
    private readonly Eval[] alsoRequired;
    private readonly CompiledPart[] parts;
    private readonly Eval? benefit;
    private readonly Dictionary<string, CompiledPart> partsById = [];
    private const int PrefetchDistance = 8;
    private Func<FactSheet, Outcome>? fast;

    // The two sides of each "value op threshold" condition, compiled once so explaining a firm stays thread-safe.
    private readonly Dictionary<Condition, (Eval Left, Eval Right)> sides = new(ReferenceEqualityComparer.Instance);

    private CompiledRuleSet(RuleSet rules, DateOnly evaluationDate, Dictionary<string, decimal> parameters, Action<int, string>? report)
    {
        Rules = rules;
        EvaluationDate = evaluationDate;
        Parameters = parameters;
        var scope = new Scope { EvaluationDate = evaluationDate };
        foreach (var p in rules.Parameters)
        {
            var isBoolean = p.Values.Count > 0 && p.Values[0].IsBoolean;
            scope.Parameters[p.Key] = (isBoolean ? ValueType.Boolean : ValueType.Number, parameters.GetValueOrDefault(p.Key));
            if (FactCatalog.Find(p.Key) is not null || rules.Derived.Any(d => d.Key == p.Key))
            {
                report?.Invoke(p.Line, $"参数 “{p.Key}” 与事实或派生值同名");
            }
        }

        foreach (var d in rules.Derived)
        {
            scope.Derived[d.Key] = (d.Expr, d.Line);
        }

        compiler = new Compiler(scope);
        var score = rules.Score;
        foreach (var part in score?.Parts ?? [])
        {
            scope.ScoreParts[part.Id] = () => !part.IsExact
                ? throw new ExpressionException($"评分项 “{part.Id}” 的分值是区间（含专家评分），不能在表达式中引用", 0)
                : partsById.TryGetValue(part.Id, out var compiled) ? compiled.AsPoints()
                : throw new ExpressionException($"评分项 “{part.Id}” 只能在它之后的评分项和评分附加条件中引用", 0);
        }

        foreach (var d in rules.Derived)
        {
            Guard(report, d.Line, () => compiler.CompileDerived(d.Key, 0));
        }

        parts = (score?.Parts ?? []).Select(p => CompilePart(p, report)).ToArray();
        foreach (var part in parts)
        {
            partsById[part.Part.Id] = part;
        }

        conditions = rules.Conditions.Select(c => CompileCondition(c, report)).ToArray();
        routes = rules.DirectRoutes.Select(c => CompileCondition(c, report)).ToArray();
        alsoRequired = (score?.AlsoRequired ?? []).Select(c => CompileCondition(c, report)).ToArray();
        benefit = rules.Benefit is { } b ? Guard(report, b.Line, () => Typed(b.Expr, ValueType.Number, $"金额 “{b.Name}”")) : null;
    }

    public RuleSet Rules { get; }

    public DateOnly EvaluationDate { get; }

    /// <summary>The parameter values in force on the evaluation date (recorded with every result).</summary>
    public IReadOnlyDictionary<string, decimal> Parameters { get; }

    internal Compiler Compiler => compiler;

    /// <summary>Compiles for an evaluation date; a parameter with no value on that date is refused.</summary>
    public static CompiledRuleSet Compile(RuleSet rules, DateOnly evaluationDate)
    {
        var values = new Dictionary<string, decimal>();
        foreach (var p in rules.Parameters)
        {
            values[p.Key] = p.On(evaluationDate)?.Value
                ?? throw new RuleSetException([new RuleSetError(rules.SourceFile, p.Line, $"参数 “{p.Key}”（{p.Name}）在 {evaluationDate:yyyy-MM-dd} 没有有效的取值")]);
        }

        return new CompiledRuleSet(rules, evaluationDate, values, report: null);
    }

    /// <summary>Type-checks every expression with each parameter's earliest value; problems go to the reader with their lines.</summary>
    internal static void Check(RuleSet rules, YamlReader reader)
    {
        var values = rules.Parameters.ToDictionary(p => p.Key, p => p.Values.MinBy(v => v.From)?.Value ?? 0);
        _ = new CompiledRuleSet(rules, rules.EffectiveFrom, values, reader.Error);
    }

    /// <summary>The whole outcome for one firm without explanations; allocates nothing. Runs the rule set fused into one
    /// compiled expression tree (<see cref="FastDecision"/>), built on first use; same result as <see cref="DecideByClosures"/>.</summary>
    public Outcome Decide(FactSheet f) => (fast ?? BuildFast())(f);

    private Func<FactSheet, Outcome> BuildFast()
    {
        var built = FastDecision.Build(this);
        return Interlocked.CompareExchange(ref fast, built, null) ?? built;
    }

    /// <summary>The outcome from the per-expression delegates the explanation uses (the reference for <see cref="Decide"/>).</summary>
    internal Outcome DecideByClosures(FactSheet f)
    {
        var basic = Outcome.Passed;
        foreach (var c in conditions)
        {
            basic = And(basic, Of(c(f)));
            if (basic == Outcome.Failed)
            {
                return Outcome.Failed;
            }
        }

        if (Rules.Score is null)
        {
            return basic;
        }

        var route = Outcome.Failed;
        foreach (var r in routes)
        {
            route = Or(route, Of(r(f)));
        }

        return route == Outcome.Passed ? basic : And(basic, Or(route, DecideScore(f, out _, out _)));
    }

    /// <summary>Decides every firm, split over the machine's cores; results[i] belongs to firms[i].</summary>
    public Outcome[] DecideAll(IReadOnlyList<FactSheet> firms)
    {
        var results = new Outcome[firms.Count];
        var decide = fast ?? BuildFast();
        var chunk = Math.Max(1024, firms.Count / (Environment.ProcessorCount * 4));
        Parallel.For(0, (firms.Count + chunk - 1) / chunk, c =>
        {
            // Bound by memory: ask for the sheet a few firms ahead while deciding this one.
            var end = Math.Min(firms.Count, (c + 1) * chunk);
            for (var i = c * chunk; i < end; i++)
            {
                if (i + PrefetchDistance < end)
                {
                    FactSheet.Prefetch(firms[i + PrefetchDistance]);
                }

                results[i] = decide(firms[i]);
            }
        });
        return results;
    }

    /// <summary>The score route: total within [min, max] against the pass mark, and the extra conditions.</summary>
    internal Outcome DecideScore(FactSheet f, out decimal? min, out decimal? max)
    {
        decimal lo = 0, hi = 0;
        var known = true;
        foreach (var part in parts)
        {
            var (status, a, b, _) = part.Place(f);
            known &= status.IsKnown;
            lo += a;
            hi += b;
        }

        (min, max) = known ? ((decimal?)lo, (decimal?)hi) : (null, null);
        var score = Rules.Score!;
        var outcome = !known ? Outcome.Unknown
            : score.PassAtLeast is { } atLeast ? (lo >= atLeast ? Outcome.Passed : hi < atLeast ? Outcome.Failed : Outcome.Unknown)
            : lo > score.PassAbove ? Outcome.Passed : hi <= score.PassAbove ? Outcome.Failed : Outcome.Unknown;
        foreach (var c in alsoRequired)
        {
            outcome = And(outcome, Of(c(f)));
        }

        return outcome;
    }

    /// <summary>
    /// The benefit in 万元 for a firm that passes (null when it does not pass, the rule set has no benefit, or a figure
    /// is missing); never negative. Allocates nothing.
    /// </summary>
    public decimal? AmountOf(FactSheet f)
    {
        if (benefit is null || Decide(f) != Outcome.Passed)
        {
            return null;
        }

        var v = benefit(f);
        return v.IsKnown ? Math.Max(0, v.Number) : null;
    }

    public EvaluationResult Evaluate(FactSheet f) => Explainer.Explain(this, f);

    internal Eval? BenefitEval => benefit;

    internal IEnumerable<(Condition Condition, Eval Eval)> ConditionsWithEvals() => Rules.Conditions.Zip(conditions);

    internal IEnumerable<(Condition Condition, Eval Eval)> RoutesWithEvals() => Rules.DirectRoutes.Zip(routes);

    internal IEnumerable<(Condition Condition, Eval Eval)> AlsoRequiredWithEvals() => (Rules.Score?.AlsoRequired ?? []).Zip(alsoRequired);

    internal IReadOnlyList<CompiledPart> Parts => parts;

    internal (Eval Left, Eval Right)? SidesOf(Condition c) => sides.TryGetValue(c, out var s) ? s : null;

    internal static Outcome Of(Val v) => v.IsTrue ? Outcome.Passed : v.IsFalse ? Outcome.Failed : Outcome.Unknown;

    internal static Outcome And(Outcome a, Outcome b) =>
        a == Outcome.Failed || b == Outcome.Failed ? Outcome.Failed : a == Outcome.Unknown || b == Outcome.Unknown ? Outcome.Unknown : Outcome.Passed;

    internal static Outcome Or(Outcome a, Outcome b) =>
        a == Outcome.Passed || b == Outcome.Passed ? Outcome.Passed : a == Outcome.Unknown || b == Outcome.Unknown ? Outcome.Unknown : Outcome.Failed;

    private Eval CompileCondition(Condition c, Action<int, string>? report) =>
        Guard(report, c.Line, () =>
        {
            var (type, eval) = compiler.Compile(c.Expr);
            if (c.Expr is Binary { Op: "<" or "<=" or ">" or ">=" } cmp && compiler.Compile(cmp.Left) is (ValueType.Number, var left))
            {
                sides[c] = (left, compiler.Compile(cmp.Right).Eval);
            }

            return type == ValueType.Boolean ? eval : throw new ExpressionException($"条件 “{c.Name}” 的结果应为布尔值（是/否），这里是{Compiler.Name(type)}", 0);
        }) ?? (_ => Val.False);

    private CompiledPart CompilePart(ScorePart p, Action<int, string>? report)
    {
        var value = p.Value is null ? null : Guard(report, p.Line, () => Typed(p.Value, ValueType.Number, $"评分项 “{p.Name}” 的分档依据"));
        var whens = p.Bands.Select(b => b.When is null ? null : Guard(report, b.Line, () => Typed(b.When, ValueType.Boolean, "分档条件"))).ToArray();
        var points = p.Points is null ? null : Guard(report, p.Line, () => Typed(p.Points, ValueType.Number, $"评分项 “{p.Name}” 的得分"));
        return new CompiledPart(p, value, whens, points);
    }

    private Eval Typed(Expr expr, ValueType expected, string what)
    {
        var (type, eval) = compiler.Compile(expr);
        return type == expected ? eval : throw new ExpressionException($"{what}应为{Compiler.Name(expected)}，这里是{Compiler.Name(type)}", 0);
    }

    /// <summary>While checking a file, reports a problem at its line and goes on; while compiling a checked file, throws.</summary>
    private T? Guard<T>(Action<int, string>? report, int line, Func<T> compile)
        where T : class
    {
        try
        {
            return compile();
        }
        catch (ExpressionException e) when (report is not null)
        {
            report(e.Line ?? line, e.Message);
            return null;
        }
        catch (ExpressionException e)
        {
            throw new RuleSetException([new RuleSetError(Rules.SourceFile, e.Line ?? line, e.Message)]);
        }
    }

    private void Guard(Action<int, string>? report, int line, Func<(ValueType, Eval)> compile) =>
        Guard(report, line, () => (object)compile());
}

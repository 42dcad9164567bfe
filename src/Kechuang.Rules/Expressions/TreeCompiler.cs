using System.Reflection;
using Kechuang.Rules.Facts;
using BinaryExpression = System.Linq.Expressions.BinaryExpression;
using BlockExpression = System.Linq.Expressions.BlockExpression;
using ConditionalExpression = System.Linq.Expressions.ConditionalExpression;
using E = System.Linq.Expressions.Expression;
using ParameterExpression = System.Linq.Expressions.ParameterExpression;

namespace Kechuang.Rules.Expressions;

/// <summary>
/// Compiles rule expressions (already type-checked by <see cref="Compiler"/>) into parts of one
/// System.Linq.Expressions tree over a <see cref="FactSheet"/>, for the whole-city path: no delegate per node, no
/// <see cref="Val"/> structs, no reasons — only whether a value is known and the value. The tree is built only from the
/// parsed rule AST and the fixed operations in <see cref="TreeOps"/> and <see cref="Quotients"/>; nothing else can run.
/// <list type="bullet">
/// <item>A number compiles to (Ok, Value): Ok is a bool expression that computes the number (into a local) and says
/// whether it is known; Value reads it and is valid only after Ok was true.</item>
/// <item>A condition compiles to an int: <see cref="False"/>, <see cref="True"/> or <see cref="Unknown"/>.</item>
/// <item>Derived values are computed at most once per firm (a cached local with a state).</item>
/// <item>A quotient compared with a constant (st_staff_ratio ≥ 10%, a band "from: 30%" of a ratio, band(ratio, […]))
/// is compared without dividing (<see cref="Quotients"/>), with exactly the decimal quotient's result.</item>
/// </list>
/// </summary>
internal sealed class TreeCompiler
{
    public const int False = 0;
    public const int True = 1;
    public const int Unknown = 2;

    private static readonly MethodInfo KnownAt = typeof(FactSheet).GetMethod(nameof(FactSheet.KnownAt), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ValueAt = typeof(FactSheet).GetMethod(nameof(FactSheet.ValueAt), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FlagAt = typeof(FactSheet).GetMethod(nameof(FactSheet.FlagAt), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ConstantCompare = typeof(DecimalBits).GetMethod(nameof(DecimalBits.Compare))!;
    private static readonly MethodInfo GrowthPrepare = typeof(Growths).GetMethod(nameof(Growths.Prepare))!;
    private static readonly MethodInfo GrowthSign = typeof(Growths).GetMethod(nameof(Growths.Sign))!;
    private static readonly MethodInfo GrowthDefined = typeof(Growths).GetMethod(nameof(Growths.IsDefined))!;
    private static readonly MethodInfo QuotientPrepare = typeof(Quotients).GetMethod(nameof(Quotients.Prepare))!;
    private static readonly MethodInfo QuotientSign = typeof(Quotients).GetMethod(nameof(Quotients.Sign))!;
    private static readonly MethodInfo QuotientDefined = typeof(Quotients).GetMethod(nameof(Quotients.IsDefined))!;

    private static readonly int[] GrowthYears = [3, 2, 1]; // a, b, d of growth: y-3, y-2, y-1

    private readonly Scope scope;
    private readonly Func<string, (E Ok, E Value)> partPoints;
    private readonly Dictionary<string, (ParameterExpression State, ParameterExpression Value)> derivedCache = [];

    /// <param name="partPoints">How an exact score part read by name (科技人员指标得分) compiles; supplied by the rule set.</param>
    public TreeCompiler(Scope scope, Func<string, (E Ok, E Value)> partPoints)
    {
        this.scope = scope;
        this.partPoints = partPoints;
    }

    public ParameterExpression Facts { get; } = E.Parameter(typeof(FactSheet), "f");

    /// <summary>Every local the compiled parts use; the caller declares them in the lambda's outer block.</summary>
    public List<ParameterExpression> Locals { get; } = [];

    /// <summary>Statements to run first for each firm (clearing the per-firm caches).</summary>
    public List<E> Prologue { get; } = [];

    public ParameterExpression Local(Type type, string name)
    {
        var v = E.Variable(type, name);
        Locals.Add(v);
        return v;
    }

    /// <summary>A cached value: computed on first use in a firm's evaluation, then read.</summary>
    public (E Ok, E Value) Cached(string name, Func<(E Ok, E Value)> compute)
    {
        var state = Local(typeof(int), name + "_state");
        var value = Local(typeof(decimal), name);
        Prologue.Add(E.Assign(state, E.Constant(0)));
        return CachedRead(state, value, compute);
    }

    /// <summary>Reads a cache: computes it (once per firm) where the state is 0. Each use site carries the computing code.</summary>
    public static (E Ok, E Value) CachedRead(ParameterExpression state, ParameterExpression value, Func<(E Ok, E Value)> compute)
    {
        var (ok, v) = compute();
        var fill = E.Assign(state, E.Condition(ok, E.Block(E.Assign(value, v), E.Constant(True)), E.Constant(Unknown)));
        return (E.Equal(E.Condition(E.Equal(state, E.Constant(0)), fill, state), E.Constant(True)), value);
    }

    // ---------------------------------------------------------------- conditions (three-valued)

    /// <summary>An int expression: False, True or Unknown.</summary>
    public E Tri(Expr e)
    {
        switch (e)
        {
            case BooleanLiteral b:
                return E.Constant(b.Value ? True : False);
            case NameRef r when IsFlag(r):
                {
                    // A boolean fact: its known bit and value bit, no decimal.
                    var position = E.Constant(FactSheet.Position(FactCatalog.SlotOf(r.Name, 0)));
                    return E.Condition(
                        E.Call(KnownAt, Facts, position),
                        E.Condition(E.Call(FlagAt, Facts, position), E.Constant(True), E.Constant(False)),
                        E.Constant(Unknown));
                }

            case Unary { Op: "not" } u:
                {
                    var t = Local(typeof(int), "not");
                    return E.Block(E.Assign(t, Tri(u.Operand)), E.Condition(E.Equal(t, E.Constant(Unknown)), t, E.Subtract(E.Constant(True), t)));
                }

            case Binary { Op: "and" or "or" } b:
                return AndOr(b.Op == "and", Tri(b.Left), Tri(b.Right));
            case Binary { Op: "<" or "<=" or ">" or ">=" or "==" or "!=" } b:
                return Comparison(b);
            default:
                {
                    var (ok, value) = Num(e);
                    return E.Condition(ok, E.Condition(E.NotEqual(value, E.Constant(0m)), E.Constant(True), E.Constant(False)), E.Constant(Unknown));
                }
        }
    }

    /// <summary>and: False if either is False, else Unknown if either is; or: True if either is True, else Unknown if either is.</summary>
    private BlockExpression AndOr(bool isAnd, E left, E right)
    {
        var a = Local(typeof(int), "a");
        var b = Local(typeof(int), "b");
        var decisive = E.Constant(isAnd ? False : True);

        // With the decisive value excluded, the rest are {True, Unknown} (and) or {False, Unknown} (or): Unknown is the max.
        return E.Block(
            E.Assign(a, left),
            E.Condition(
                E.Equal(a, decisive),
                decisive,
                E.Block(E.Assign(b, right), E.Condition(E.Equal(b, decisive), decisive, E.Call(typeof(Math).GetMethod(nameof(Math.Max), [typeof(int), typeof(int)])!, a, b)))));
    }

    private ConditionalExpression Comparison(Binary b)
    {
        // A quotient against a constant: compare without dividing (the constant may stand on either side).
        if (AsQuotient(b.Left) is { } q && ConstantOf(b.Right) is { } t && Quotients.Thresholds.Of([t]) is { } th)
        {
            return QuotientTest(q, th, b.Op);
        }

        if (AsQuotient(b.Right) is { } q2 && ConstantOf(b.Left) is { } t2 && Quotients.Thresholds.Of([t2]) is { } th2)
        {
            return QuotientTest(q2, th2, Flip(b.Op));
        }

        // growth(fact) against a constant: compared without dividing where that is exact.
        if (AsGrowth(b.Left) is { } g && ConstantOf(b.Right) is { } gt && DecimalBits.Constant(gt) is { Scale: <= 4 })
        {
            return GrowthTest(g, gt, b.Op);
        }

        if (AsGrowth(b.Right) is { } g2 && ConstantOf(b.Left) is { } gt2 && DecimalBits.Constant(gt2) is { Scale: <= 4 })
        {
            return GrowthTest(g2, gt2, Flip(b.Op));
        }

        // A number against a constant: compared in integers where it can be.
        if (ConstantOf(b.Right) is { } k && DecimalBits.Constant(k) is not null)
        {
            var (okX, x) = Num(b.Left);
            return E.Condition(okX, E.Condition(Test(b.Op, CompareWith(x, k)), E.Constant(True), E.Constant(False)), E.Constant(Unknown));
        }

        if (ConstantOf(b.Left) is { } k2 && DecimalBits.Constant(k2) is not null)
        {
            var (okX, x) = Num(b.Right);
            return E.Condition(okX, E.Condition(Test(Flip(b.Op), CompareWith(x, k2)), E.Constant(True), E.Constant(False)), E.Constant(Unknown));
        }

        var (okL, l) = Num(b.Left);
        var (okR, r) = Num(b.Right);
        E test = b.Op switch
        {
            "<" => E.LessThan(l, r),
            "<=" => E.LessThanOrEqual(l, r),
            ">" => E.GreaterThan(l, r),
            ">=" => E.GreaterThanOrEqual(l, r),
            "==" => E.Equal(l, r),
            _ => E.NotEqual(l, r),
        };
        return E.Condition(E.AndAlso(okL, okR), E.Condition(test, E.Constant(True), E.Constant(False)), E.Constant(Unknown));
    }

    /// <summary>sign(x − t) as an int expression: in integers when t allows (<see cref="DecimalBits.Compare"/>), else decimal.</summary>
    public static E CompareWith(E x, decimal t) => DecimalBits.Constant(t) is { } c
        ? E.Call(ConstantCompare, x, E.Constant(c.Scaled), E.Constant(c.Scale), E.Constant(t < 0), E.Constant(t))
        : E.Call(typeof(Math).GetMethod(nameof(Math.Sign), [typeof(int)])!, E.Call(x, typeof(decimal).GetMethod(nameof(decimal.CompareTo), [typeof(decimal)])!, E.Constant(t)));

    /// <summary>The comparison "sign op 0".</summary>
    public static BinaryExpression Test(string op, E sign) => op switch
    {
        "<" => E.LessThan(sign, E.Constant(0)),
        "<=" => E.LessThanOrEqual(sign, E.Constant(0)),
        ">" => E.GreaterThan(sign, E.Constant(0)),
        ">=" => E.GreaterThanOrEqual(sign, E.Constant(0)),
        "==" => E.Equal(sign, E.Constant(0)),
        _ => E.NotEqual(sign, E.Constant(0)),
    };

    private static string Flip(string op) => op switch
    {
        "<" => ">",
        "<=" => ">=",
        ">" => "<",
        ">=" => "<=",
        _ => op,
    };

    /// <summary>(a ÷ b) op t as False / True / Unknown.</summary>
    private ConditionalExpression QuotientTest((Expr Num, Expr Den) q, Quotients.Thresholds t, string op)
    {
        var (known, ratio) = PrepareRatio(q, t);
        var c = Local(typeof(int), "cmp");
        var pass = Test(op, c);
        return E.Condition(
            known,
            E.Block(
                E.Assign(c, SignCall(ratio, t, 0)),
                E.Condition(E.Equal(c, E.Constant(Quotients.Unknown)), E.Constant(Unknown), E.Condition(pass, E.Constant(True), E.Constant(False)))),
            E.Constant(Unknown));
    }

    private ConditionalExpression GrowthTest(string fact, decimal t, string op)
    {
        var (known, growth) = PrepareGrowth(fact);
        var c = Local(typeof(int), "cmp");
        return E.Condition(
            known,
            E.Block(
                E.Assign(c, GrowthSignCall(growth, t)),
                E.Condition(E.Equal(c, E.Constant(Quotients.Unknown)), E.Constant(Unknown), E.Condition(Test(op, c), E.Constant(True), E.Constant(False)))),
            E.Constant(Unknown));
    }

    /// <summary>Reads y-3, y-2, y-1 of a fact and takes growth apart once (<see cref="Growths.Prepare"/>); Known is false when
    /// a figure is missing, y-3 or y-2 is 0, or the growth overflows. Constants compared with it need scale ≤ 4.</summary>
    public (E Known, ParameterExpression Growth) PrepareGrowth(string fact)
    {
        var positions = GrowthYears.Select(back => E.Constant(FactSheet.Position(FactCatalog.SlotOf(fact, back)))).ToArray();
        var growth = Local(typeof(Growths.Prepared), "growth");
        var known = positions.Select(p => (E)E.Call(KnownAt, Facts, p)).Aggregate(E.AndAlso);
        var prepare = E.Assign(growth, E.Call(GrowthPrepare, E.Call(ValueAt, Facts, positions[0]), E.Call(ValueAt, Facts, positions[1]), E.Call(ValueAt, Facts, positions[2]), E.Constant(4)));
        return (E.AndAlso(known, E.Block(prepare, E.Call(GrowthDefined, growth))), growth);
    }

    /// <summary>sign(growth − t), or Quotients.Unknown; t's scale must be ≤ 4.</summary>
    public static E GrowthSignCall(ParameterExpression growth, decimal t)
    {
        var (scaled, scale) = DecimalBits.Constant(t)!.Value;
        return E.Call(GrowthSign, growth, E.Constant(scaled), E.Constant(scale), E.Constant(t < 0), E.Constant(t));
    }

    /// <summary>The fact of growth(fact) when an expression is one (directly or as a derived value).</summary>
    public string? AsGrowth(Expr e) => Resolve(e) is Call { Function: "growth", Args: [NameRef { YearsBack: null } r] } && FactCatalog.Find(r.Name) is { Annual: true } ? r.Name : null;

    /// <summary>Computes a and b and takes a ÷ b apart once (<see cref="Quotients.Prepare"/>); Known is false when a or b is
    /// unknown. Then <see cref="SignCall"/> compares it with each threshold, or unknown when b = 0 or a ÷ b overflows.</summary>
    public (E Known, ParameterExpression Ratio) PrepareRatio((Expr Num, Expr Den) q, Quotients.Thresholds t)
    {
        var (okA, a) = Num(q.Num);
        var (okB, b) = Num(q.Den);
        var ratio = Local(typeof(Quotients.Ratio), "ratio");
        var prepare = E.Assign(ratio, E.Call(QuotientPrepare, a, b, E.Constant(t.Scale), E.Constant(t.MaxScaleGap)));
        return (E.AndAlso(E.AndAlso(okA, okB), E.Block(prepare, E.Constant(true))), ratio);
    }

    /// <summary>sign(a/b − t_i), or Quotients.Unknown.</summary>
    public static E SignCall(ParameterExpression ratio, Quotients.Thresholds t, int i) =>
        E.Call(QuotientSign, ratio, E.Constant(t.Scaled[i]), E.Constant(t.Values[i] < 0), E.Constant(t.Values[i]));

    /// <summary>Whether the prepared a ÷ b has a value (b ≠ 0, no overflow).</summary>
    public static E DefinedCall(ParameterExpression ratio) => E.Call(QuotientDefined, ratio);

    // ---------------------------------------------------------------- numbers

    /// <summary>(Ok, Value) for a number, date (day number) or boolean (0/1).</summary>
    public (E Ok, E Value) Num(Expr e)
    {
        switch (e)
        {
            case NumberLiteral n:
                return (E.Constant(true), E.Constant(n.Value));
            case BooleanLiteral b:
                return (E.Constant(true), E.Constant(b.Value ? 1m : 0m));
            case NameRef r:
                return Name(r);
            case Unary { Op: "-" } u:
                {
                    var (ok, v) = Num(u.Operand);
                    return (ok, E.Negate(v));
                }

            case Unary or Binary { Op: "and" or "or" or "<" or "<=" or ">" or ">=" or "==" or "!=" }:
                {
                    var t = Local(typeof(int), "tri");
                    return (E.NotEqual(E.Assign(t, Tri(e)), E.Constant(Unknown)), E.Convert(t, typeof(decimal)));
                }

            case Binary b:
                return Arithmetic(b);
            case Call c:
                return CallOf(c);
            default:
                throw new ExpressionException("无法识别的表达式", e.Position);
        }
    }

    private (E Ok, E Value) Name(NameRef r)
    {
        if (FactCatalog.Find(r.Name) is not null)
        {
            var slot = FactCatalog.SlotOf(r.Name, r.YearsBack ?? 0);
            if (slot < 0 || slot >= FactCatalog.SlotCount)
            {
                throw new ExpressionException($"“{r.Name}” 的年份超出范围", r.Position);
            }

            var position = FactSheet.Position(slot);
            return (E.Call(KnownAt, Facts, E.Constant(position)), IsFlag(r)
                ? E.Condition(E.Call(FlagAt, Facts, E.Constant(position)), E.Constant(1m), E.Constant(0m))
                : E.Call(ValueAt, Facts, E.Constant(position)));
        }

        if (scope.Parameters.TryGetValue(r.Name, out var parameter))
        {
            return (E.Constant(true), E.Constant(parameter.Value));
        }

        if (scope.Derived.TryGetValue(r.Name, out var derived))
        {
            if (derived.Expr is NumberLiteral or BooleanLiteral or NameRef)
            {
                return Num(derived.Expr);
            }

            if (!derivedCache.TryGetValue(r.Name, out var cache))
            {
                cache = (Local(typeof(int), r.Name + "_state"), Local(typeof(decimal), r.Name));
                Prologue.Add(E.Assign(cache.State, E.Constant(0)));
                derivedCache[r.Name] = cache;
            }

            return CachedRead(cache.State, cache.Value, () => Num(derived.Expr));
        }

        if (scope.ScoreParts.ContainsKey(r.Name))
        {
            return partPoints(r.Name);
        }

        throw new ExpressionException($"未知的事实名称 “{r.Name}”", r.Position);
    }

    private static bool IsFlag(NameRef r) => FactCatalog.Find(r.Name) is { Type: FactType.Boolean, Annual: false };

    private (E Ok, E Value) Arithmetic(Binary b)
    {
        var (okL, l) = Num(b.Left);
        var (okR, r) = Num(b.Right);
        var result = Local(typeof(decimal), "arith");
        var op = b.Op switch
        {
            "+" => nameof(TreeOps.Add),
            "-" => nameof(TreeOps.Subtract),
            "*" => nameof(TreeOps.Multiply),
            "/" => nameof(TreeOps.Divide),
            _ => throw new ExpressionException($"无法识别的运算 “{b.Op}”", b.Position),
        };
        return (E.AndAlso(E.AndAlso(okL, okR), E.Call(typeof(TreeOps).GetMethod(op)!, l, r, result)), result);
    }

    private (E Ok, E Value) CallOf(Call c)
    {
        switch (c.Function)
        {
            case "min" or "max" or "best_of":
                {
                    var best = Local(typeof(decimal), c.Function);
                    E ok = E.Constant(true);
                    for (var i = 0; i < c.Args.Count; i++)
                    {
                        var (okI, v) = Num(c.Args[i]);
                        E take = i == 0 ? v : E.Condition(c.Function == "min" ? E.LessThan(v, best) : E.GreaterThan(v, best), v, best);
                        ok = E.AndAlso(ok, E.AndAlso(okI, E.Block(E.Assign(best, take), E.Constant(true))));
                    }

                    return (ok, best);
                }

            case "ratio":
                return Arithmetic(new Binary("/", c.Args[0], c.Args[1], c.Position));
            case "sum":
                {
                    var fact = ((NameRef)c.Args[0]).Name;
                    var k = (int)((NumberLiteral)c.Args[1]).Value;
                    var first = FactCatalog.SlotOf(fact, 0);
                    if (first < 0 || first + k >= FactCatalog.SlotCount || k >= FactCatalog.YearsKept)
                    {
                        throw new ExpressionException("sum 的年数超出范围", c.Position);
                    }

                    var total = Local(typeof(decimal), "sum");
                    if (c.Args.Count == 2)
                    {
                        return (E.Call(typeof(TreeOps).GetMethod(nameof(TreeOps.Sum))!, Facts, E.Constant(first), E.Constant(k), total), total);
                    }

                    var (okSince, since) = Num(c.Args[2]);
                    return (E.AndAlso(okSince, E.Call(typeof(TreeOps).GetMethod(nameof(TreeOps.SumSince))!, Facts, E.Constant(first), E.Constant(k), since, total)), total);
                }

            case "growth":
                {
                    var fact = ((NameRef)c.Args[0]).Name;
                    int y1 = FactSheet.Position(FactCatalog.SlotOf(fact, 3)), y2 = FactSheet.Position(FactCatalog.SlotOf(fact, 2)), y3 = FactSheet.Position(FactCatalog.SlotOf(fact, 1));
                    var g = Local(typeof(decimal), "growth");
                    return (E.Call(typeof(TreeOps).GetMethod(nameof(TreeOps.Growth))!, Facts, E.Constant(y1), E.Constant(y2), E.Constant(y3), g), g);
                }

            case "years_since":
                {
                    var (ok, day) = Num(c.Args[0]);
                    return (ok, E.Call(typeof(TreeOps).GetMethod(nameof(TreeOps.YearsSince))!, day, E.Constant(scope.EvaluationDate.DayNumber)));
                }

            case "band" or "tier":
                return Band(c);
            default:
                throw new ExpressionException($"未知的函数 “{c.Function}”", c.Position);
        }
    }

    /// <summary>band (lower bounds inclusive) / tier (upper bounds inclusive): the result after the last bound passed.</summary>
    private (E Ok, E Value) Band(Call c)
    {
        var bounds = ((ListLiteral)c.Args[1]).Items.Select(i => ConstantOf(i, parameterFirst: true) ?? throw new ExpressionException("门槛和取值须为数字或数值参数", i.Position)).ToArray();
        var results = ((ListLiteral)c.Args[2]).Items.Select(i => ConstantOf(i, parameterFirst: true) ?? throw new ExpressionException("门槛和取值须为数字或数值参数", i.Position)).ToArray();
        var upperInclusive = c.Function == "tier";
        var result = Local(typeof(decimal), c.Function);
        if (AsQuotient(c.Args[0]) is { } q && Quotients.Thresholds.Of(bounds) is { } thresholds)
        {
            // Unrolled: step i compares the ratio with bound i; Unknown (b = 0, overflow) at the first step makes it unknown.
            var (known, ratio) = PrepareRatio(q, thresholds);
            var cmp = Local(typeof(int), "cmp");
            E chain = E.Block(E.Assign(result, E.Constant(results[^1])), E.Constant(true));
            for (var i = bounds.Length - 1; i >= 0; i--)
            {
                var passes = upperInclusive ? E.GreaterThan(cmp, E.Constant(0)) : E.GreaterThanOrEqual(cmp, E.Constant(0));
                chain = E.Block(
                    E.Assign(cmp, SignCall(ratio, thresholds, i)),
                    E.Condition(
                        E.Equal(cmp, E.Constant(Quotients.Unknown)),
                        E.Constant(false),
                        E.Condition(passes, chain, E.Block(E.Assign(result, E.Constant(results[i])), E.Constant(true)))));
            }

            return (E.AndAlso(known, chain), result);
        }

        var (okX, x) = Num(c.Args[0]);
        var value = Local(typeof(decimal), "x");
        E steps = E.Assign(result, E.Constant(results[^1]));
        for (var i = bounds.Length - 1; i >= 0; i--)
        {
            var passes = Test(upperInclusive ? ">" : ">=", CompareWith(value, bounds[i]));
            steps = E.Condition(passes, steps, E.Assign(result, E.Constant(results[i])));
        }

        return (E.AndAlso(okX, E.Block(E.Assign(value, x), steps, E.Constant(true))), result);
    }

    // ---------------------------------------------------------------- shapes

    /// <summary>The numerator and denominator when an expression is a quotient: a / b, ratio(a, b), or a derived value that is one.</summary>
    public (Expr Num, Expr Den)? AsQuotient(Expr e) => Resolve(e) switch
    {
        Binary { Op: "/" } d => (d.Left, d.Right),
        Call { Function: "ratio", Args: [var x, var y] } => (x, y),
        _ => null,
    };

    private Expr Resolve(Expr e) =>
        e is NameRef { YearsBack: null } r && FactCatalog.Find(r.Name) is null && !scope.Parameters.ContainsKey(r.Name)
            && scope.Derived.TryGetValue(r.Name, out var d) ? Resolve(d.Expr) : e;

    /// <summary>The value of a constant number: a literal, a negated literal or a numeric parameter (fixed for the evaluation date).
    /// A name is a fact before it is a parameter, except in band / tier lists (as in <see cref="FunctionCompiler"/>).</summary>
    public decimal? ConstantOf(Expr e, bool parameterFirst = false) => e switch
    {
        NumberLiteral n => n.Value,
        Unary { Op: "-", Operand: var o } when ConstantOf(o, parameterFirst) is { } v => -v,
        NameRef { YearsBack: null } r when (parameterFirst || FactCatalog.Find(r.Name) is null)
            && scope.Parameters.TryGetValue(r.Name, out var p) && p.Type == ValueType.Number => p.Value,
        _ => null,
    };
}

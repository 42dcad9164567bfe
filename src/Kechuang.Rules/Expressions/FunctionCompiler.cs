using Kechuang.Rules.Facts;

namespace Kechuang.Rules.Expressions;

/// <summary>Compiles calls to the built-in functions; there is no way to call anything else.</summary>
internal static class FunctionCompiler
{
    public static (ValueType, Eval) Compile(Compiler compiler, Call c) => c.Function switch
    {
        "min" or "max" or "best_of" => (ValueType.Number, Extreme(compiler, c)),
        "ratio" => (ValueType.Number, Ratio(compiler, c)),
        "sum" => (ValueType.Number, Sum(compiler, c)),
        "growth" => (ValueType.Number, Growth(compiler, c)),
        "band" or "tier" => (ValueType.Number, Band(compiler, c)),
        "years_since" => (ValueType.Number, YearsSince(compiler, c)),
        _ => throw new ExpressionException($"未知的函数 “{c.Function}”，可用的函数：{string.Join("、", Functions.All.Keys)}", c.Position),
    };

    private static Eval[] Numbers(Compiler compiler, Call c, int min, int? max = null)
    {
        if (c.Args.Count < min || c.Args.Count > (max ?? int.MaxValue))
        {
            throw new ExpressionException($"函数 {Functions.All[c.Function]} 的参数个数不对", c.Position);
        }

        return c.Args.Select(a =>
        {
            var (type, eval) = compiler.Compile(a);
            Compiler.Require(type, ValueType.Number, c.Function, a.Position);
            return eval;
        }).ToArray();
    }

    /// <summary>best_of is max under the policy's name for it: "两者取其高" (国科火字〔2022〕67号 附件 评价指标).</summary>
    private static Eval Extreme(Compiler compiler, Call c)
    {
        var args = Numbers(compiler, c, 2, c.Function == "best_of" ? 2 : null);
        var takeMin = c.Function == "min";
        return f =>
        {
            var best = args[0](f);
            if (!best.IsKnown)
            {
                return best;
            }

            for (var i = 1; i < args.Length; i++)
            {
                var v = args[i](f);
                if (!v.IsKnown)
                {
                    return v;
                }

                if (takeMin ? v.Number < best.Number : v.Number > best.Number)
                {
                    best = v;
                }
            }

            return best;
        };
    }

    private static Eval Ratio(Compiler compiler, Call c)
    {
        var args = Numbers(compiler, c, 2, 2);
        return compiler.Divide(args[0], args[1], c);
    }

    private static string AnnualFact(Call c)
    {
        if (c.Args.Count == 0 || c.Args[0] is not NameRef { YearsBack: null } r || FactCatalog.Find(r.Name) is not { Annual: true, Type: FactType.Number })
        {
            throw new ExpressionException($"函数 {Functions.All[c.Function]} 的第一个参数须为年度数值事实的名称（不带年份），如 rd_expense", c.Position);
        }

        return r.Name;
    }

    /// <summary>
    /// sum(fact, k) adds fact[y-1] … fact[y-k]. sum(fact, k, since) skips the years before the date's year, because a firm
    /// younger than k years is judged on its actual operating period (国科发火〔2016〕195号 工作指引 2.4).
    /// </summary>
    private static Eval Sum(Compiler compiler, Call c)
    {
        var fact = AnnualFact(c);
        if (c.Args.Count is not (2 or 3) || c.Args[1] is not NumberLiteral { Value: var k } || k != decimal.Truncate(k) || k < 1 || k >= FactCatalog.YearsKept)
        {
            throw new ExpressionException($"sum 的第二个参数须为 1 到 {FactCatalog.YearsKept - 1} 的整数年数", c.Position);
        }

        var slots = Enumerable.Range(1, (int)k).Select(back => FactCatalog.SlotOf(fact, back)).ToArray();
        Eval? since = null;
        if (c.Args.Count == 3)
        {
            var (type, eval) = compiler.Compile(c.Args[2]);
            Compiler.Require(type, ValueType.Date, "sum", c.Args[2].Position);
            since = eval;
        }

        compiler.Operations.Add(Printer.Print(c));
        var overflow = new Val(0, ValStatus.Overflow, compiler.Operations.Count - 1);
        return f =>
        {
            var years = slots.Length;
            if (since is not null)
            {
                var from = since(f);
                if (!from.IsKnown)
                {
                    return from;
                }

                years = Math.Clamp(f.EvaluationYear - DateOnly.FromDayNumber((int)from.Number).Year, 1, slots.Length);
            }

            decimal total = 0;
            for (var i = 0; i < years; i++)
            {
                if (!f.IsKnown(slots[i]))
                {
                    return new Val(0, ValStatus.Missing, slots[i]);
                }

                try
                {
                    total += f.Read(slots[i]);
                }
                catch (OverflowException)
                {
                    return overflow;
                }
            }

            return Val.Of(total);
        };
    }

    /// <summary>g = ½(Y2/Y1 + Y3/Y2) − 1 over the last three years (国科发火〔2016〕195号 附件2 企业成长性).</summary>
    private static Eval Growth(Compiler compiler, Call c)
    {
        var fact = AnnualFact(c);
        if (c.Args.Count != 1)
        {
            throw new ExpressionException($"函数 {Functions.All["growth"]} 只有一个参数", c.Position);
        }

        int y1 = FactCatalog.SlotOf(fact, 3), y2 = FactCatalog.SlotOf(fact, 2), y3 = FactCatalog.SlotOf(fact, 1);
        compiler.Operations.Add(Printer.Print(c));
        var zero = new Val(0, ValStatus.DivisionByZero, compiler.Operations.Count - 1);
        return f =>
        {
            foreach (var slot in (ReadOnlySpan<int>)[y1, y2, y3])
            {
                if (!f.IsKnown(slot))
                {
                    return new Val(0, ValStatus.Missing, slot);
                }
            }

            decimal a = f.Read(y1), b = f.Read(y2), d = f.Read(y3);
            try
            {
                return a == 0 || b == 0 ? zero : Val.Of(((b / a) + (d / b)) / 2 - 1);
            }
            catch (OverflowException)
            {
                return zero with { Status = ValStatus.Overflow };
            }
        };
    }

    /// <summary>
    /// band: lower bounds inclusive ("≥30% 得 20 分"); tier: upper bounds inclusive ("≤ 5000 万元 取 5%").
    /// Thresholds ascend; there is one more result than thresholds.
    /// </summary>
    private static Eval Band(Compiler compiler, Call c)
    {
        if (c.Args.Count != 3 || c.Args[1] is not ListLiteral bounds || c.Args[2] is not ListLiteral results)
        {
            throw new ExpressionException($"函数 {Functions.All[c.Function]} 的写法是 {c.Function}(x, [..], [..])", c.Position);
        }

        var (type, x) = compiler.Compile(c.Args[0]);
        Compiler.Require(type, ValueType.Number, c.Function, c.Args[0].Position);
        var t = bounds.Items.Select(i => ConstantValue(compiler, i)).ToArray();
        var v = results.Items.Select(i => ConstantValue(compiler, i)).ToArray();
        if (v.Length != t.Length + 1)
        {
            throw new ExpressionException($"{c.Function} 的取值个数应比门槛多一个（{t.Length} 个门槛，{v.Length} 个取值）", results.Position);
        }

        for (var i = 1; i < t.Length; i++)
        {
            if (t[i] <= t[i - 1])
            {
                throw new ExpressionException($"{c.Function} 的门槛须从小到大排列", bounds.Position);
            }
        }

        var upperInclusive = c.Function == "tier";
        return f =>
        {
            var value = x(f);
            if (!value.IsKnown)
            {
                return value;
            }

            var i = 0;
            while (i < t.Length && (upperInclusive ? value.Number > t[i] : value.Number >= t[i]))
            {
                i++;
            }

            return Val.Of(v[i]);
        };
    }

    private static decimal ConstantValue(Compiler compiler, Expr item) => item switch
    {
        NumberLiteral n => n.Value,
        Unary { Op: "-", Operand: NumberLiteral n } => -n.Value,
        NameRef { YearsBack: null } r when compiler.Scope.Parameters.TryGetValue(r.Name, out var p) && p.Type == ValueType.Number => p.Value,
        _ => throw new ExpressionException("门槛和取值须为数字或数值参数", item.Position),
    };

    /// <summary>Full years from a date to the evaluation date (成立满一年 = years_since(established) >= 1).</summary>
    private static Eval YearsSince(Compiler compiler, Call c)
    {
        if (c.Args.Count != 1)
        {
            throw new ExpressionException($"函数 {Functions.All["years_since"]} 只有一个参数", c.Position);
        }

        var (type, date) = compiler.Compile(c.Args[0]);
        Compiler.Require(type, ValueType.Date, "years_since", c.Position);
        var on = compiler.Scope.EvaluationDate;
        return f =>
        {
            var d = date(f);
            if (!d.IsKnown)
            {
                return d;
            }

            var from = DateOnly.FromDayNumber((int)d.Number);
            var years = on.Year - from.Year - (on < from.AddYears(on.Year - from.Year) ? 1 : 0);
            return Val.Of(years);
        };
    }
}

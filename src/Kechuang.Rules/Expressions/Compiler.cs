using Kechuang.Rules.Facts;

namespace Kechuang.Rules.Expressions;

/// <summary>
/// Type-checks an expression and compiles it to nested delegates over a <see cref="FactSheet"/>. Parameters are
/// folded in as constants; derived values are compiled once and shared; a cycle between them is refused.
/// </summary>
public sealed class Compiler(Scope scope)
{
    private readonly Dictionary<string, (ValueType Type, Eval Eval)> derived = [];
    private readonly List<string> inProgress = [];

    /// <summary>Texts of divisions and arithmetic, so "除数为零" or "数值超出范围" can say which one.</summary>
    public List<string> Operations { get; } = [];

    public Scope Scope => scope;

    public (ValueType Type, Eval Eval) Compile(Expr expr) => expr switch
    {
        NumberLiteral n => (ValueType.Number, Constant(n.Value)),
        BooleanLiteral b => (ValueType.Boolean, Constant(b.Value ? 1 : 0)),
        ListLiteral l => throw new ExpressionException("列表只能作为 band / tier 的参数", l.Position),
        NameRef r => CompileName(r),
        Unary u => CompileUnary(u),
        Binary b => CompileBinary(b),
        Call c => CompileCall(c),
        _ => throw new ExpressionException("无法识别的表达式", expr.Position),
    };

    public (ValueType Type, Eval Eval) CompileDerived(string name, int position)
    {
        if (derived.TryGetValue(name, out var done))
        {
            return done;
        }

        if (inProgress.Contains(name))
        {
            var cycle = string.Join(" → ", inProgress.SkipWhile(n => n != name).Append(name));
            throw new ExpressionException($"派生值之间存在循环引用：{cycle}", position) { Line = scope.Derived[name].Line };
        }

        inProgress.Add(name);
        try
        {
            var (expr, line) = scope.Derived[name];
            (ValueType, Eval) result;
            try
            {
                result = Compile(expr);
            }
            catch (ExpressionException e) when (e.Line is null)
            {
                throw new ExpressionException(e.Message, e.Position) { Line = line };
            }

            derived[name] = result;
            return result;
        }
        finally
        {
            inProgress.Remove(name);
        }
    }

    private static Eval Constant(decimal value)
    {
        var v = Val.Of(value);
        return _ => v;
    }

    private (ValueType, Eval) CompileName(NameRef r)
    {
        var fact = FactCatalog.Find(r.Name);
        if (fact is not null)
        {
            if (fact.Annual && r.YearsBack is null)
            {
                throw new ExpressionException($"“{r.Name}”（{fact.ChineseName}）是年度数据，需写明年份，如 {r.Name}[y-1]", r.Position);
            }

            if (!fact.Annual && r.YearsBack is not null)
            {
                throw new ExpressionException($"“{r.Name}”（{fact.ChineseName}）不是年度数据，不能带年份下标", r.Position);
            }

            if (r.YearsBack >= FactCatalog.YearsKept)
            {
                throw new ExpressionException($"最多只能读取评价年度之前 {FactCatalog.YearsKept - 1} 年的数据", r.Position);
            }

            return (TypeOf(fact.Type), ReadSlot(FactCatalog.SlotOf(r.Name, r.YearsBack ?? 0)));
        }

        if (r.YearsBack is not null)
        {
            throw new ExpressionException($"未知的事实名称 “{r.Name}”", r.Position);
        }

        if (scope.Parameters.TryGetValue(r.Name, out var parameter))
        {
            return (parameter.Type, Constant(parameter.Value));
        }

        if (scope.Derived.ContainsKey(r.Name))
        {
            return CompileDerived(r.Name, r.Position);
        }

        if (scope.ScoreParts.TryGetValue(r.Name, out var part))
        {
            return (ValueType.Number, part());
        }

        throw new ExpressionException($"未知的事实名称 “{r.Name}”", r.Position);
    }

    internal static ValueType TypeOf(FactType type) => type switch
    {
        FactType.Number => ValueType.Number,
        FactType.Boolean => ValueType.Boolean,
        FactType.Date => ValueType.Date,
    };

    private static Eval ReadSlot(int slot)
    {
        var missing = new Val(0, ValStatus.Missing, slot);
        return f => f.IsKnown(slot) ? Val.Of(f.Read(slot)) : missing;
    }

    private (ValueType, Eval) CompileUnary(Unary u)
    {
        var (type, operand) = Compile(u.Operand);
        if (u.Op == "not")
        {
            Require(type, ValueType.Boolean, "not", u.Position);
            return (ValueType.Boolean, Not(operand));
        }

        Require(type, ValueType.Number, "-", u.Position);
        return (ValueType.Number, Negate(operand));
    }

    private static Eval Not(Eval operand) => f =>
    {
        var v = operand(f);
        return v.IsKnown ? Val.Of(v.Number == 0) : v;
    };

    private static Eval Negate(Eval operand) => f =>
    {
        var v = operand(f);
        return v.IsKnown ? Val.Of(-v.Number) : v;
    };

    private (ValueType, Eval) CompileBinary(Binary b)
    {
        var (lt, l) = Compile(b.Left);
        var (rt, r) = Compile(b.Right);
        switch (b.Op)
        {
            case "and" or "or":
                Require(lt, ValueType.Boolean, b.Op, b.Position);
                Require(rt, ValueType.Boolean, b.Op, b.Position);
                return (ValueType.Boolean, b.Op == "and" ? And(l, r) : Or(l, r));
            case "==" or "!=":
                if (lt != rt)
                {
                    throw Mismatch(b.Op, lt, rt, b.Position);
                }

                return (ValueType.Boolean, Compare(b.Op, l, r));
            case "<" or "<=" or ">" or ">=":
                if (lt != rt || lt == ValueType.Boolean)
                {
                    throw Mismatch(b.Op, lt, rt, b.Position);
                }

                return (ValueType.Boolean, Compare(b.Op, l, r));
            default:
                Require(lt, ValueType.Number, b.Op, b.Position, rt);
                Require(rt, ValueType.Number, b.Op, b.Position, lt);
                return (ValueType.Number, Arithmetic(b.Op, l, r, b));
        }
    }

    private static Eval And(Eval l, Eval r) => f =>
    {
        var a = l(f);
        if (a.IsFalse)
        {
            return Val.False;
        }

        var b = r(f);
        return b.IsFalse ? Val.False : !a.IsKnown ? a : b;
    };

    private static Eval Or(Eval l, Eval r) => f =>
    {
        var a = l(f);
        if (a.IsTrue)
        {
            return Val.True;
        }

        var b = r(f);
        return b.IsTrue ? Val.True : !a.IsKnown ? a : b;
    };

    private static Eval Compare(string op, Eval l, Eval r)
    {
        Func<decimal, decimal, bool> test = op switch
        {
            "<" => static (a, b) => a < b,
            "<=" => static (a, b) => a <= b,
            ">" => static (a, b) => a > b,
            ">=" => static (a, b) => a >= b,
            "==" => static (a, b) => a == b,
            _ => static (a, b) => a != b,
        };
        return f =>
        {
            var a = l(f);
            if (!a.IsKnown)
            {
                return a;
            }

            var b = r(f);
            return b.IsKnown ? Val.Of(test(a.Number, b.Number)) : b;
        };
    }

    private Eval Arithmetic(string op, Eval l, Eval r, Binary node)
    {
        if (op == "/")
        {
            return Divide(l, r, node);
        }

        Func<decimal, decimal, decimal> apply = op switch
        {
            "+" => static (a, b) => a + b,
            "-" => static (a, b) => a - b,
            _ => static (a, b) => a * b,
        };
        Operations.Add(Printer.Print(node));
        var overflow = new Val(0, ValStatus.Overflow, Operations.Count - 1);
        return f =>
        {
            var a = l(f);
            if (!a.IsKnown)
            {
                return a;
            }

            var b = r(f);
            if (!b.IsKnown)
            {
                return b;
            }

            try
            {
                return Val.Of(apply(a.Number, b.Number));
            }
            catch (OverflowException)
            {
                return overflow;
            }
        };
    }

    /// <summary>Division by zero makes the result unknown with a reason (a firm with no sales has no R&amp;D ratio), never an exception.</summary>
    internal Eval Divide(Eval l, Eval r, Expr node)
    {
        Operations.Add(Printer.Print(node));
        var zero = new Val(0, ValStatus.DivisionByZero, Operations.Count - 1);
        var overflow = zero with { Status = ValStatus.Overflow };
        return f =>
        {
            var a = l(f);
            if (!a.IsKnown)
            {
                return a;
            }

            var b = r(f);
            if (!b.IsKnown)
            {
                return b;
            }

            try
            {
                return b.Number == 0 ? zero : Val.Of(a.Number / b.Number);
            }
            catch (OverflowException)
            {
                return overflow;
            }
        };
    }

    private (ValueType, Eval) CompileCall(Call c) => FunctionCompiler.Compile(this, c);

    internal static void Require(ValueType actual, ValueType expected, string op, int position, ValueType? other = null)
    {
        if (actual != expected)
        {
            throw other is { } o ? Mismatch(op, actual, o, position) : new ExpressionException($"类型不匹配：“{op}” 需要{Name(expected)}，这里是{Name(actual)}", position);
        }
    }

    internal static ExpressionException Mismatch(string op, ValueType left, ValueType right, int position) =>
        new($"类型不匹配：“{op}” 不能用于{Name(left)}和{Name(right)}", position);

    internal static string Name(ValueType type) => type switch
    {
        ValueType.Number => "数值",
        ValueType.Boolean => "布尔值",
        ValueType.Date => "日期",
        ValueType.List => "列表",
    };
}

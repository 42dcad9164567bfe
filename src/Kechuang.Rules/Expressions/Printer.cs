using System.Globalization;

namespace Kechuang.Rules.Expressions;

/// <summary>Writes an AST back as rule text, for explanations ("除数为零：rd_expense[y-1] / sales[y-1]").</summary>
public static class Printer
{
    public static string Print(Expr expr) => expr switch
    {
        NumberLiteral n => n.Value.ToString(CultureInfo.InvariantCulture),
        BooleanLiteral b => b.Value ? "true" : "false",
        ListLiteral l => $"[{string.Join(", ", l.Items.Select(Print))}]",
        NameRef { YearsBack: null } r => r.Name,
        NameRef { YearsBack: 0 } r => $"{r.Name}[y]",
        NameRef r => $"{r.Name}[y-{r.YearsBack}]",
        Unary u => u.Op == "not" ? $"not {Print(u.Operand)}" : $"-{Print(u.Operand)}",
        Binary b => $"{Wrap(b.Left)} {b.Op} {Wrap(b.Right)}",
        Call c => $"{c.Function}({string.Join(", ", c.Args.Select(Print))})",
        _ => "?",
    };

    private static string Wrap(Expr e) => e is Binary ? $"({Print(e)})" : Print(e);
}

namespace Kechuang.Rules.Expressions;

/// <summary>The typed AST of the rule expression language. Position is the 0-based column in the source text.</summary>
public abstract record Expr(int Position);

public sealed record NumberLiteral(decimal Value, int Position) : Expr(Position);

public sealed record BooleanLiteral(bool Value, int Position) : Expr(Position);

public sealed record ListLiteral(IReadOnlyList<Expr> Items, int Position) : Expr(Position);

/// <summary>A fact, parameter or derived value; YearsBack is set for name[y-k].</summary>
public sealed record NameRef(string Name, int? YearsBack, int Position) : Expr(Position);

public sealed record Unary(string Op, Expr Operand, int Position) : Expr(Position);

public sealed record Binary(string Op, Expr Left, Expr Right, int Position) : Expr(Position);

public sealed record Call(string Function, IReadOnlyList<Expr> Args, int Position) : Expr(Position);

public enum ValueType
{
    Number,
    Boolean,
    Date,
    List,
}

/// <summary>A syntax or type error at a column of the expression; the loader turns it into a line of the file.</summary>
public sealed class ExpressionException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;

    /// <summary>Set when the error lies in another expression of the file (a derived value) than the one being read.</summary>
    public int? Line { get; init; }
}

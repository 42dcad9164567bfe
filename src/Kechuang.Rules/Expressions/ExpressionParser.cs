namespace Kechuang.Rules.Expressions;

/// <summary>
/// Recursive-descent parser. Grammar (lowest precedence first):
/// <code>
/// expr    = and { "or" and }
/// and     = not { "and" not }
/// not     = "not" not | compare
/// compare = sum [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum ]
/// sum     = product { ("+" | "-") product }
/// product = unary { ("*" | "/") unary }
/// unary   = "-" unary | primary
/// primary = number ["%"] | "true" | "false" | "(" expr ")" | "[" [expr {"," expr}] "]"
///         | name "(" [expr {"," expr}] ")" | name [ "[" "y" ["-" integer] "]" ]
/// </code>
/// </summary>
public sealed class ExpressionParser
{
    private static readonly HashSet<string> Comparisons = ["<", "<=", ">", ">=", "==", "!="];
    private readonly List<Token> tokens;
    private int index;

    private ExpressionParser(string text) => tokens = Tokenizer.Tokenize(text);

    private Token Current => tokens[index];

    public static Expr Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var expr = parser.ParseOr();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw new ExpressionException($"多余的内容 “{parser.Current.Text}”", parser.Current.Position);
        }

        return expr;
    }

    private Expr ParseOr()
    {
        var left = ParseAnd();
        while (IsWord("or"))
        {
            var at = Next().Position;
            left = new Binary("or", left, ParseAnd(), at);
        }

        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseNot();
        while (IsWord("and"))
        {
            var at = Next().Position;
            left = new Binary("and", left, ParseNot(), at);
        }

        return left;
    }

    private Expr ParseNot()
    {
        if (IsWord("not"))
        {
            var at = Next().Position;
            return new Unary("not", ParseNot(), at);
        }

        return ParseCompare();
    }

    private Expr ParseCompare()
    {
        var left = ParseSum();
        if (Current.Kind == TokenKind.Symbol && Comparisons.Contains(Current.Text))
        {
            var op = Next();
            return new Binary(op.Text, left, ParseSum(), op.Position);
        }

        return left;
    }

    private Expr ParseSum()
    {
        var left = ParseProduct();
        while (IsSymbol("+") || IsSymbol("-"))
        {
            var op = Next();
            left = new Binary(op.Text, left, ParseProduct(), op.Position);
        }

        return left;
    }

    private Expr ParseProduct()
    {
        var left = ParseUnary();
        while (IsSymbol("*") || IsSymbol("/"))
        {
            var op = Next();
            left = new Binary(op.Text, left, ParseUnary(), op.Position);
        }

        return left;
    }

    private Expr ParseUnary()
    {
        if (IsSymbol("-"))
        {
            var at = Next().Position;
            return new Unary("-", ParseUnary(), at);
        }

        return ParsePrimary();
    }

    private Expr ParsePrimary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new NumberLiteral(token.Number, token.Position);
            case TokenKind.Identifier when token.Text is "true" or "false":
                return new BooleanLiteral(token.Text == "true", token.Position);
            case TokenKind.Identifier when IsSymbol("("):
                Next();
                return new Call(token.Text, ParseList(")"), token.Position);
            case TokenKind.Identifier:
                return new NameRef(token.Text, IsSymbol("[") ? ParseYear() : null, token.Position);
            case TokenKind.Symbol when token.Text == "(":
                var inner = ParseOr();
                Expect(")");
                return inner;
            case TokenKind.Symbol when token.Text == "[":
                return new ListLiteral(ParseList("]"), token.Position);
            case TokenKind.End:
                throw new ExpressionException("表达式不完整", token.Position);
            default:
                throw new ExpressionException($"此处不应出现 “{token.Text}”", token.Position);
        }
    }

    /// <summary>Reads "[y]" or "[y-k]" and returns k.</summary>
    private int ParseYear()
    {
        Next();
        var y = Next();
        if (y.Kind != TokenKind.Identifier || y.Text != "y")
        {
            throw new ExpressionException("年度下标应写作 [y-1] 这样的形式", y.Position);
        }

        var yearsBack = 0;
        if (IsSymbol("-"))
        {
            Next();
            var k = Next();
            if (k.Kind != TokenKind.Number || k.Number != decimal.Truncate(k.Number) || k.Number > 99)
            {
                throw new ExpressionException("年度下标应为整数，如 [y-1]", k.Position);
            }

            yearsBack = (int)k.Number;
        }

        Expect("]");
        return yearsBack;
    }

    private List<Expr> ParseList(string close)
    {
        var items = new List<Expr>();
        if (IsSymbol(close))
        {
            Next();
            return items;
        }

        items.Add(ParseOr());
        while (IsSymbol(","))
        {
            Next();
            items.Add(ParseOr());
        }

        Expect(close);
        return items;
    }

    private void Expect(string symbol)
    {
        if (!IsSymbol(symbol))
        {
            throw new ExpressionException($"此处缺少 “{symbol}”", Current.Position);
        }

        Next();
    }

    private bool IsSymbol(string s) => Current.Kind == TokenKind.Symbol && Current.Text == s;

    private bool IsWord(string s) => Current.Kind == TokenKind.Identifier && Current.Text == s;

    private Token Next() => tokens[index++];
}

using System.Globalization;

namespace Kechuang.Rules.Expressions;

public enum TokenKind
{
    Number,
    Identifier,
    Symbol,
    End,
}

public readonly record struct Token(TokenKind Kind, string Text, int Position, decimal Number = 0);

/// <summary>Splits an expression into tokens. "10%" is the number 0.10, so thresholds read as the policy text writes them.</summary>
public static class Tokenizer
{
    private static readonly string[] Symbols = ["<=", ">=", "==", "!=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", ","];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                tokens.Add(ReadNumber(text, ref i));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new ExpressionException($"无法识别的字符 “{c}”", i);
                tokens.Add(new Token(TokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
        }

        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return tokens;
    }

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.' || text[i] == '_'))
        {
            i++;
        }

        var digits = text[start..i].Replace("_", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new ExpressionException($"无法识别的数字 “{digits}”", start);
        }

        if (i < text.Length && text[i] == '%')
        {
            i++;
            value /= 100;
        }

        return new Token(TokenKind.Number, text[start..i], start, value);
    }
}

namespace Kechuang.Web.Infrastructure.Identifiers;

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters, the last a MOD-31 check character.</summary>
public static class CreditCode
{
    // The 31 characters in the order of their code values 0..30 (no I, O, Z, S, V).
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Null when the code is valid, otherwise the reason in Chinese.</summary>
    public static string? Check(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "请填写统一社会信用代码";
        }

        if (code.Length != 18)
        {
            return $"统一社会信用代码应为 18 位，当前为 {code.Length} 位";
        }

        for (var i = 0; i < 18; i++)
        {
            if (Alphabet.IndexOf(code[i], StringComparison.Ordinal) < 0)
            {
                return $"统一社会信用代码第 {i + 1} 位“{code[i]}”不是允许的字符（数字或除 I、O、Z、S、V 外的大写字母）";
            }
        }

        var expected = CheckCharacter(code.AsSpan(0, 17));
        return code[17] == expected ? null : $"统一社会信用代码校验位错误：第 18 位应为“{expected}”，实际为“{code[17]}”";
    }

    public static bool IsValid(string? code) => Check(code) is null;

    /// <summary>The check character for the first 17 characters: 31 − (Σ cᵢwᵢ mod 31), where 31 becomes 0.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Normalises user input: trims and upper-cases, since codes are often typed in lower case.</summary>
    public static string Normalise(string? code) => (code ?? "").Trim().ToUpperInvariant();
}

using System.Globalization;

namespace Kechuang.Web.Infrastructure.Identifiers;

/// <summary>居民身份证号码 (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character (0–9 or X); digits 7–14 are the birth date.</summary>
public static class ResidentId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Null when valid, otherwise the reason in Chinese.</summary>
    public static string? Check(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return "请填写身份证号码";
        }

        if (id.Length != 18)
        {
            return $"身份证号码应为 18 位，当前为 {id.Length} 位";
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return $"身份证号码第 {i + 1} 位应为数字";
            }
        }

        if (BirthDate(id) is null)
        {
            return "身份证号码中的出生日期（第 7–14 位）不是有效日期";
        }

        var expected = CheckCharacter(id.AsSpan(0, 17));
        return id[17] == expected ? null : $"身份证号码校验位错误：第 18 位应为“{expected}”，实际为“{id[17]}”";
    }

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public static DateOnly? BirthDate(string id) =>
        id.Length >= 14 && DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string Normalise(string? id) => (id ?? "").Trim().ToUpperInvariant();
}

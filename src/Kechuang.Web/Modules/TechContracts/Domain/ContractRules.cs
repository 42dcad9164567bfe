using System.Globalization;
using System.Text.RegularExpressions;

namespace Kechuang.Web.Modules.TechContracts.Domain;

/// <summary>The checks on a contract's figures and codes that every path (form, API, import) shares.</summary>
public static partial class ContractRules
{
    public const string China = "中国";

    /// <summary>GB/T 2260 province-level prefixes (31 provinces, 台湾 71, 香港 81, 澳门 82).</summary>
    private static readonly HashSet<int> Provinces =
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82];

    /// <summary>技术交易额 is the part of 成交额 paid for the technology itself, so it can never exceed it; 成交额 is positive.</summary>
    public static string? AmountProblem(decimal total, decimal technology)
    {
        if (total <= 0)
        {
            return "成交额必须大于 0 万元";
        }

        if (technology < 0)
        {
            return "技术交易额不能为负数";
        }

        return technology > total
            ? $"技术交易额（{technology.ToString("0.####", CultureInfo.InvariantCulture)} 万元）不能大于成交额（{total.ToString("0.####", CultureInfo.InvariantCulture)} 万元）"
            : null;
    }

    /// <summary>A GB/T 2260 code: six digits, a real province prefix, not a province or city code alone (…0000, …00).</summary>
    public static bool IsCountyCode(string? code) =>
        code is { Length: 6 } && SixDigits().IsMatch(code)
        && Provinces.Contains(int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture))
        && !code.EndsWith("00", StringComparison.Ordinal);

    /// <summary>登记编号: the seller's district (6) + the registration year (4) + the year's sequence (6), e.g. 6401042026000123.</summary>
    public static string RegistrationNumber(string districtCode, int year, int sequence)
    {
        if (!SixDigits().IsMatch(districtCode))
        {
            throw new ArgumentException("district code must be six digits", nameof(districtCode));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999_999);
        return string.Create(CultureInfo.InvariantCulture, $"{districtCode}{year:0000}{sequence:000000}");
    }

    /// <summary>The contract number as the parties wrote it, for comparison: no spaces, full-width letters and digits
    /// folded to ASCII, upper case.</summary>
    public static string NormaliseNumber(string number) =>
        new([.. number.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]);

    /// <summary>A party name for comparison: spaces removed and brackets folded (（） → ()).</summary>
    public static string NormaliseName(string name) => NormaliseNumber(name);

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();
}

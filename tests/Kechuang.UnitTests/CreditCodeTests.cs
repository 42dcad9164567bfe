using Kechuang.Web.Demo;
using Kechuang.Web.Infrastructure.Identifiers;

namespace Kechuang.UnitTests;

public sealed class CreditCodeTests
{
    // Codes published on the firms' own licences; their check characters were not computed by our code.
    [Theory]
    [InlineData("91110108551385082Q")] // 小米科技有限责任公司
    [InlineData("914403001922038216")] // 华为技术有限公司
    public void Accepts_published_codes(string code) => Assert.Null(CreditCode.Check(code));

    [Theory]
    [InlineData("91110108551385082R", "第 18 位应为“Q”")]
    [InlineData("914403001922038217", "第 18 位应为“6”")]
    public void Names_the_expected_check_character_when_it_is_wrong(string code, string expected) =>
        Assert.Contains(expected, CreditCode.Check(code), StringComparison.Ordinal);

    [Theory]
    [InlineData("9111010855138508", "应为 18 位，当前为 16 位")]
    [InlineData("91110108551385082QQ", "应为 18 位，当前为 19 位")]
    [InlineData("91110108551385O82Q", "第 15 位“O”不是允许的字符")]
    [InlineData("911101085513850I2Q", "第 16 位“I”不是允许的字符")]
    [InlineData("", "请填写统一社会信用代码")]
    [InlineData("   ", "请填写统一社会信用代码")]
    public void Explains_malformed_codes(string code, string expected) =>
        Assert.Contains(expected, CreditCode.Check(code), StringComparison.Ordinal);

    [Theory]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void Refuses_the_letters_the_standard_leaves_out(char letter) =>
        Assert.NotNull(CreditCode.Check("9111010855138508" + letter + "Q"));

    [Fact]
    public void Any_single_character_change_of_a_valid_code_is_detected_or_changes_the_check()
    {
        const string valid = "91110108551385082Q";
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (var position = 0; position < 17; position++)
        {
            foreach (var c in alphabet.Where(c => c != valid[position]))
            {
                var corrupted = valid[..position] + c + valid[(position + 1)..];
                Assert.NotNull(CreditCode.Check(corrupted));
            }
        }
    }

    [Fact]
    public void Lower_case_input_is_normalised_before_checking() =>
        Assert.Null(CreditCode.Check(CreditCode.Normalise(" 91110108551385082q ")));

    [Fact]
    public void Demo_codes_are_valid_and_distinct()
    {
        var random = new Random(7);
        var codes = Enumerable.Range(0, 2000).Select(_ => DemoCity.MakeCreditCode(random, "640106")).ToList();
        Assert.All(codes, c => Assert.Null(CreditCode.Check(c)));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}

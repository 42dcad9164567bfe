using Kechuang.Web.Infrastructure.Identifiers;

namespace Kechuang.UnitTests;

/// <summary>GB 11643 citizen numbers: the MOD 11-2 check character (X stands for 10) and the birth date inside.</summary>
public sealed class ResidentIdTests
{
    [Theory]
    [InlineData("11010519491231002X")] // the standard's own example, check character X
    [InlineData("440524188001010014")]
    public void Valid_numbers_pass(string id) => Assert.Null(ResidentId.Check(id));

    [Fact]
    public void A_wrong_check_character_names_the_right_one() =>
        Assert.Equal("身份证号码校验位错误：第 18 位应为“X”，实际为“1”", ResidentId.Check("110105194912310021"));

    [Theory]
    [InlineData("11010519491231002", "身份证号码应为 18 位，当前为 17 位")]
    [InlineData("1101051949123A002X", "身份证号码第 14 位应为数字")]
    [InlineData("110105194913310020", "身份证号码中的出生日期（第 7–14 位）不是有效日期")]
    [InlineData("", "请填写身份证号码")]
    public void Malformed_numbers_say_what_is_wrong(string id, string message) => Assert.Equal(message, ResidentId.Check(id));

    [Fact]
    public void The_birth_date_is_read_from_digits_7_to_14() =>
        Assert.Equal(new DateOnly(1949, 12, 31), ResidentId.BirthDate("11010519491231002X"));
}

using Kechuang.Web.Modules.Programmes.Domain;

namespace Kechuang.UnitTests.Programmes;

public sealed class CallSettingsTests
{
    private static Call ValidCall() => new()
    {
        Title = "测试指南",
        OpensOn = new DateOnly(2026, 11, 1),
        ClosesOn = new DateOnly(2026, 12, 1),
        Budget = 1000,
        MaxGrant = 100,
        FormJson = CallSettings.Write(CallSettings.Default.Form),
        AttachmentsJson = CallSettings.Write(CallSettings.Default.Attachments),
        CriteriaJson = CallSettings.Write(CallSettings.Default.Criteria),
    };

    [Fact]
    public void The_default_call_can_be_published_and_round_trips_through_json()
    {
        var call = ValidCall();

        Assert.Empty(call.Settings.Problems(call));
        Assert.Equal(CallSettings.Default.Criteria.Select(c => (c.Name, c.Weight)), call.Settings.Criteria.Select(c => (c.Name, c.Weight)));
        Assert.Equal(["研发", "小试", "中试", "产业化"], call.Settings.Fields.Single(f => f.Key == "stage").OptionList);
    }

    [Fact]
    public void Weights_not_adding_up_to_100_duplicate_keys_and_a_choice_without_options_are_reported()
    {
        var call = ValidCall();
        call.CriteriaJson = CallSettings.Write(new[] { new Criterion("创新性", 70), new Criterion("可行性", 20) });
        call.FormJson = CallSettings.Write(new[] { new FormSection("一", [new("a", "甲", FieldKind.Text), new("a", "乙", FieldKind.Choice, Options: "唯一")]) });

        var problems = call.Settings.Problems(call);

        Assert.Contains("评分指标权重合计应为 100%，现为 90%", problems);
        Assert.Contains("填写项标识“a”重复", problems);
        Assert.Contains("单选项“乙”至少需要两个选项（用“；”分隔）", problems);
        Assert.Throws<Kechuang.Web.Infrastructure.Errors.DomainRuleException>(() => call.Publish(DateTimeOffset.UtcNow));
        Assert.Equal(CallStatus.Draft, call.Status);
    }

    [Theory]
    [InlineData("2026-10-31", "该指南自 2026-11-01 起受理申报")]
    [InlineData("2026-12-02", "申报已于 2026-12-01 截止，不能再提交")]
    public void A_published_call_accepts_only_between_its_dates(string today, string why)
    {
        var call = ValidCall();
        call.Publish(DateTimeOffset.UtcNow);

        Assert.Equal(why, call.WhyNotAccepting(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Null(call.WhyNotAccepting(new DateOnly(2026, 12, 1)));
    }
}

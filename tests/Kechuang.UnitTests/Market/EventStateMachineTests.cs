using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Domain;

namespace Kechuang.UnitTests.Market;

/// <summary>The roadshow and challenge-list entities guard their own transitions.</summary>
public sealed class EventStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    private static Roadshow Roadshow(int capacity = 2) => new()
    {
        Title = "周二路演吧",
        StartsAt = Now.AddDays(7),
        Place = "路演厅",
        Theme = "新材料",
        Capacity = capacity,
        Description = "新材料项目路演",
        CreatedBy = "工作人员",
        CreatedAt = Now,
    };

    private static Participant Firm(string name = "甲公司") => new(ParticipantKind.Enterprise, Guid.NewGuid(), name);

    private static Challenge Challenge() => new()
    {
        Title = "导热膜涂布难题",
        Description = "大面积涂布均匀性",
        Field = "新材料",
        Reward = 200m,
        BidDeadline = Now.AddDays(10),
        Requirements = "有中试经验",
        EnterpriseId = Guid.NewGuid(),
        EnterpriseName = "发榜企业",
        CreatedBy = "工作人员",
        CreatedAt = Now,
    };

    private static ChallengeBid BidOf(Challenge c) => new()
    {
        ChallengeId = c.Id,
        ParticipantName = "揭榜团队",
        Team = "团队",
        PlanSummary = "方案",
        Price = 100m,
        PeriodMonths = 12,
    };

    [Fact]
    public void A_roadshow_is_published_only_as_a_draft_with_a_project_before_it_starts()
    {
        var r = Roadshow();
        Assert.Throws<DomainRuleException>(() => r.Publish(Now));
        r.AddProject("项目", "单位", "简介", 100m, null, Now);
        Assert.Throws<DomainRuleException>(() => r.Publish(Now.AddDays(8)));
        r.Publish(Now);
        Assert.Equal(RoadshowStatus.Published, r.Status);
        Assert.Throws<DomainRuleException>(() => r.Publish(Now));
        Assert.Throws<FieldValidationException>(() => r.AddProject("负数", "单位", "简介", -1m, null, Now));
    }

    [Fact]
    public void Registration_keeps_the_capacity_refuses_twice_and_frees_the_seat_on_cancelling()
    {
        var r = Roadshow(capacity: 2);
        r.AddProject("项目", "单位", "简介", 100m, null, Now);
        Assert.Throws<DomainRuleException>(() => r.Register(Firm(), null, "", Now)); // a draft takes no registrations
        r.Publish(Now);
        var a = Firm("甲");
        var first = r.Register(a, null, "", Now);
        Assert.Throws<ConflictException>(() => r.Register(a, null, "", Now));
        r.Register(Firm("乙"), null, "", Now);
        Assert.Contains("名额已满", Assert.Throws<DomainRuleException>(() => r.Register(Firm("丙"), null, "", Now)).Message, StringComparison.Ordinal);
        r.CancelRegistration(first, Now);
        Assert.Equal(1, r.RegisteredCount);
        Assert.Same(first, r.Register(a, null, "", Now)); // the same row again
        Assert.Equal(2, r.RegisteredCount);
        Assert.Throws<DomainRuleException>(() => r.CancelRegistration(first, r.StartsAt));
    }

    [Fact]
    public void Attendance_and_outcomes_come_only_after_the_start()
    {
        var r = Roadshow();
        var p = r.AddProject("项目", "单位", "简介", 100m, null, Now);
        r.Publish(Now);
        var reg = r.Register(Firm(), null, "", Now);
        var today = DateOnly.FromDateTime(r.StartsAt.UtcDateTime);
        Assert.Throws<DomainRuleException>(() => r.MarkAttendance(reg, true, Now));
        Assert.Throws<DomainRuleException>(() => r.RecordOutcome(p, OutcomeKind.Invested, 10m, null, "说明", today, today, "工作人员", Now));
        var after = r.StartsAt.AddHours(3);
        r.MarkAttendance(reg, true, after);
        Assert.True(reg.Attended);
        Assert.Throws<FieldValidationException>(() => r.RecordOutcome(p, OutcomeKind.Invested, null, null, "说明", today, today, "工作人员", after));
        Assert.Throws<FieldValidationException>(() => r.RecordOutcome(p, OutcomeKind.IntendedInvestment, -1m, null, "说明", today, today, "工作人员", after));
        var outcome = r.RecordOutcome(p, OutcomeKind.Invested, 300m, "投资方", "说明", today, today, "工作人员", after);
        Assert.Equal(300m, outcome.Amount);
        Assert.Throws<DomainRuleException>(() => r.Register(Firm(), null, "", after));
    }

    [Fact]
    public void A_challenge_goes_draft_published_judging_awarded_completed()
    {
        var c = Challenge();
        Assert.Throws<DomainRuleException>(() => c.EnsureOpenForBids(Now));
        c.Publish(Now);
        Assert.Equal(ChallengeStatus.Published, c.Status);
        Assert.Throws<DomainRuleException>(() => c.Publish(Now));
        c.EnsureOpenForBids(Now);
        var bid = BidOf(c);
        Assert.Throws<DomainRuleException>(() => c.CloseBidding(1, Now)); // before the deadline
        Assert.Throws<DomainRuleException>(() => c.ChooseWinner(bid, "理由", "工作人员", Now));
        Assert.Throws<DomainRuleException>(() => c.RecordOutcome(true, "完成", "工作人员", DateOnly.MinValue));

        var after = c.BidDeadline;
        Assert.Throws<DomainRuleException>(() => c.EnsureOpenForBids(after)); // the deadline itself is too late
        c.CloseBidding(1, after);
        Assert.Equal(ChallengeStatus.Judging, c.Status);
        Assert.Throws<FieldValidationException>(() => c.ChooseWinner(bid, " ", "工作人员", after));
        Assert.Throws<DomainRuleException>(() => c.ChooseWinner(new ChallengeBid { ChallengeId = Guid.NewGuid(), ParticipantName = "x", Team = "x", PlanSummary = "x" }, "理由", "工作人员", after));
        c.ChooseWinner(bid, "平均分最高", "工作人员", after);
        Assert.Equal((ChallengeStatus.Awarded, bid.Id, "工作人员", "平均分最高"), (c.Status, c.WinnerBidId, c.ChosenBy, c.ChoiceReason));
        Assert.Throws<DomainRuleException>(() => c.ChooseWinner(bid, "再选", "工作人员", after));
        c.RecordOutcome(false, "未达指标", "工作人员", DateOnly.FromDateTime(after.UtcDateTime));
        Assert.Equal(ChallengeStatus.Failed, c.Status);
        Assert.Throws<DomainRuleException>(() => c.RecordOutcome(true, "再登记", "工作人员", DateOnly.MinValue));
        Assert.Throws<DomainRuleException>(() => c.AssignExpert(Guid.NewGuid(), "专家"));
    }

    [Fact]
    public void A_challenge_without_bids_goes_unbid_and_cannot_be_awarded()
    {
        var c = Challenge();
        Assert.Throws<DomainRuleException>(() => c.Publish(c.BidDeadline)); // a deadline already passed
        c.Publish(Now);
        c.CloseBidding(0, c.BidDeadline.AddMinutes(1));
        Assert.Equal(ChallengeStatus.Unbid, c.Status);
        Assert.Contains("流榜", Assert.Throws<DomainRuleException>(() => c.ChooseWinner(BidOf(c), "理由", "工作人员", c.BidDeadline)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expert_is_assigned_once()
    {
        var c = Challenge();
        var user = Guid.NewGuid();
        c.AssignExpert(user, "赵教授");
        Assert.Throws<ConflictException>(() => c.AssignExpert(user, "赵教授"));
    }
}

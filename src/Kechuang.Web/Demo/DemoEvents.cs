using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Organisation.Domain;

namespace Kechuang.Web.Demo;

/// <summary>
/// The market's events in the demo city: next Tuesday's 路演吧 with registrations, one held three weeks ago with attendance
/// and follow-ups, a challenge list open for bids and one already awarded. Its own random source, so adding it changed no
/// other demo figure.
/// </summary>
public static class DemoEvents
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static void Seed(AppDbContext db, IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Unit> units, Guid expertUserId, Enterprise qiyeFirm, DateTimeOffset now)
    {
        var random = new Random(5005);
        var today = DateOnly.FromDateTime(now.ToOffset(Beijing).DateTime);
        var achievements = db.Achievements.Local.Where(a => a.IsPublished).ToList();
        var firms = enterprises.Where(e => e.Id != qiyeFirm.Id && e.HighTechField is not null).Take(40).ToList();
        Participant Firm(int i) => new(ParticipantKind.Enterprise, firms[i].Id, firms[i].Name);
        Participant UnitOf(Unit u) => new(ParticipantKind.Unit, u.Id, u.Name);
        var bank = units.First(u => u.Kind == UnitKind.FinancialInstitution);
        var guarantor = units.Last(u => u.Kind == UnitKind.FinancialInstitution);
        var university = units.First(u => u.Kind == UnitKind.University);
        var institute = units.First(u => u.Kind == UnitKind.ResearchInstitute);

        // Next Tuesday, 14:30 Beijing time: published, with registrations.
        var next = Tuesday(today, 1);
        var upcoming = Roadshow($"周二路演吧·新材料专场（{next:M月d日}）", At(next, 14, 30), "新材料", 60, now.AddDays(-5));
        upcoming.AddProject("石墨烯改性导热复合膜中试", "宁夏大学材料学院", "石墨烯改性导热复合膜，面内导热系数 1500 W/m·K，寻求中试线建设资金。", 800m, achievements.FirstOrDefault()?.Id, now.AddDays(-5));
        upcoming.AddProject("高纯电子级多晶硅副产物循环利用", firms[0].Name, "四氯化硅冷氢化循环工艺，降低能耗 20%。", 1200m, null, now.AddDays(-5));
        upcoming.AddProject("枸杞多糖绿色提取与功能食品", firms[1].Name, "膜分离与低温浓缩结合的枸杞多糖提取工艺，已完成小试。", 300m, null, now.AddDays(-5));
        upcoming.Publish(now.AddDays(-4));
        upcoming.Register(UnitOf(bank), null, "李经理", now.AddDays(-3));
        upcoming.Register(UnitOf(guarantor), null, "周经理", now.AddDays(-3));
        for (var i = 2; i < 2 + random.Next(4, 7); i++)
        {
            upcoming.Register(Firm(i), null, "企业联系人", now.AddDays(-2));
        }

        db.Roadshows.Add(upcoming);

        // Three weeks ago: held, with attendance and follow-ups.
        var last = Tuesday(today, -3);
        var past = Roadshow($"周二路演吧·电子信息专场（{last:M月d日}）", At(last, 14, 30), "电子信息", 40, now.AddDays(-30));
        var p1 = past.AddProject("工业互联网设备预测性维护平台", firms[10].Name, "基于振动与电流信号的设备故障预测，已在 12 家企业试用。", 500m, null, now.AddDays(-30));
        var p2 = past.AddProject("煤化工安全生产智能巡检机器人", firms[11].Name, "防爆巡检机器人，替代人工巡检高危区域。", 900m, null, now.AddDays(-30));
        var p3 = past.AddProject("农产品溯源区块链服务", firms[12].Name, "枸杞、滩羊等特色农产品一物一码溯源。", 200m, null, now.AddDays(-30));
        past.Publish(now.AddDays(-28));
        var registrations = new List<RoadshowRegistration>
        {
            past.Register(UnitOf(bank), null, "李经理", now.AddDays(-25)),
            past.Register(UnitOf(guarantor), null, "周经理", now.AddDays(-25)),
            past.Register(UnitOf(university), null, "科技处", now.AddDays(-24)),
        };
        for (var i = 13; i < 13 + random.Next(5, 9); i++)
        {
            registrations.Add(past.Register(Firm(i), null, "企业联系人", now.AddDays(-23)));
        }

        var after = past.StartsAt.AddHours(3);
        foreach (var r in registrations)
        {
            past.MarkAttendance(r, random.NextDouble() < 0.85, after);
        }

        var held = DateOnly.FromDateTime(past.StartsAt.ToOffset(Beijing).DateTime);
        past.RecordOutcome(p1, OutcomeKind.Invested, 300m, bank.Name, "签署科技贷款与投资协议", held.AddDays(10), today, "王科员", now);
        past.RecordOutcome(p2, OutcomeKind.IntendedInvestment, Math.Round(400m + random.Next(0, 5) * 50m, 2), guarantor.Name, "达成担保投资意向，尽调中", held.AddDays(5), today, "王科员", now);
        past.RecordOutcome(p2, OutcomeKind.TechCooperation, null, university.Name, "与宁夏大学共建巡检算法联合实验室", held.AddDays(12), today, "王科员", now);
        past.RecordOutcome(p3, OutcomeKind.NoFollowUp, null, null, "暂无投资意向，继续跟踪", held.AddDays(14), today, "王科员", now);
        db.Roadshows.Add(past);

        // A list open for bids, from a published demand of qiye's firm when there is one.
        var demand = db.Demands.Local.FirstOrDefault(d => d.EnterpriseId == qiyeFirm.Id && d.Status == DemandStatus.Published);
        var open = Challenge("大尺寸石墨烯导热膜涂布均匀性攻关", "新材料", 200m, At(today.AddDays(20), 17, 0), qiyeFirm.Id, qiyeFirm.Name, demand?.Id, now.AddDays(-10));
        open.Publish(now.AddDays(-9));
        db.Challenges.Add(open);
        db.ChallengeBids.Add(Bid(open, UnitOf(university), "材料学院石墨烯团队：张教授（负责人）等 6 人", 180m, 18, now.AddDays(-6)));
        db.ChallengeBids.Add(Bid(open, Firm(20), "企业研发中心团队", Math.Round(150m + random.Next(0, 4) * 10m, 2), 12, now.AddDays(-4)));

        // A list awarded last month, rated by the expert and the firm.
        var awardedFirm = firms[25];
        var awarded = Challenge("煤化工废水高盐分离技术揭榜", "资源与环境", 500m, At(today.AddDays(-40), 17, 0), awardedFirm.Id, awardedFirm.Name, null, now.AddDays(-80));
        awarded.Publish(now.AddDays(-78));
        awarded.AssignExpert(expertUserId, "赵教授");
        var bids = new[]
        {
            Bid(awarded, UnitOf(institute), "战略所联合团队", 450m, 24, now.AddDays(-60)),
            Bid(awarded, UnitOf(university), "化学化工学院团队", 480m, 20, now.AddDays(-55)),
        };
        awarded.CloseBidding(bids.Length, awarded.BidDeadline.AddDays(1));
        var scores = new[] { 78 + random.Next(0, 6), 86 + random.Next(0, 6) };
        for (var i = 0; i < bids.Length; i++)
        {
            db.ChallengeRatings.Add(new ChallengeRating { ChallengeId = awarded.Id, BidId = bids[i].Id, RaterUserId = expertUserId, RaterName = "赵教授", Role = RaterRole.Expert, Score = scores[i], Comment = i == 1 ? "分盐工艺成熟，有中试数据" : "技术路线可行，周期偏长", RatedAt = now.AddDays(-35) });
        }

        awarded.ChooseWinner(bids[1], $"专家评分最高（{scores[1]} 分），报价在榜额内，具备中试条件", "王科员", now.AddDays(-30));
        db.Challenges.Add(awarded);
        db.ChallengeBids.AddRange(bids);
    }

    private static DateOnly Tuesday(DateOnly today, int weeks)
    {
        var days = ((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7;
        var coming = today.AddDays(days == 0 ? 7 : days);
        return coming.AddDays(7 * (weeks > 0 ? weeks - 1 : weeks));
    }

    private static DateTimeOffset At(DateOnly date, int hour, int minute) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), Beijing).ToUniversalTime();

    private static Roadshow Roadshow(string title, DateTimeOffset startsAt, string theme, int capacity, DateTimeOffset createdAt) => new()
    {
        Title = title,
        StartsAt = startsAt,
        Place = "宁夏科技大市场路演厅（银川市金凤区）",
        Theme = theme,
        Capacity = capacity,
        Description = "每周二路演吧：科技成果与融资项目路演，邀请银行、担保、投资机构与企业现场对接。",
        CreatedBy = "王科员",
        CreatedAt = createdAt,
    };

    private static Challenge Challenge(string title, string field, decimal reward, DateTimeOffset deadline, Guid firmId, string firmName, Guid? demandId, DateTimeOffset createdAt) => new()
    {
        Title = title,
        Description = $"{firmName}面临的关键技术难题：{title.Replace("揭榜", "", StringComparison.Ordinal)}。现有工艺指标不达标，面向全国征集解决方案。",
        Field = field,
        Reward = reward,
        BidDeadline = deadline,
        Requirements = "具有相关领域研发基础和中试条件的高校、科研院所或企业团队，可联合揭榜",
        EnterpriseId = firmId,
        EnterpriseName = firmName,
        DemandId = demandId,
        CreatedBy = "王科员",
        CreatedAt = createdAt,
    };

    private static ChallengeBid Bid(Challenge c, Participant who, string team, decimal price, int months, DateTimeOffset at) => new()
    {
        ChallengeId = c.Id,
        ParticipantKind = who.Kind,
        ParticipantId = who.Id,
        ParticipantName = who.Name,
        Team = team,
        PlanSummary = $"针对「{c.Title}」，分三阶段完成机理研究、工艺优化与中试验证，交付工艺包与检测报告。",
        Price = price,
        PeriodMonths = months,
        SubmittedAt = at,
    };
}

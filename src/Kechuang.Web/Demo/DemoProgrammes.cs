using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Programmes.Domain;

namespace Kechuang.Web.Demo;

/// <summary>
/// Two calls: one accepting applications now (for a firm to try), and one closed whose 12 accepted applications wait in
/// a review batch (for staff to try the assignment). The demo expert account is linked to a 新材料 expert of the pool.
/// No random draws, so no other demo figure moves.
/// </summary>
internal static class DemoProgrammes
{
    public const int WaitingApplications = 12;

    private static readonly (string Title, string Keywords)[] Topics =
    [
        ("高纯石墨提纯关键技术研发", "石墨提纯；碳基材料"), ("光伏组件智能运维平台", "光伏；人工智能"), ("枸杞多糖深加工工艺", "枸杞深加工；生物发酵"),
        ("煤化工高盐废水零排放", "煤化工废水；固废利用"), ("工业机器人柔性焊接单元", "工业机器人；智能装备"), ("单晶硅切片损耗控制", "单晶硅；精密铸造"),
        ("储能电池热管理系统", "储能；余热回收"), ("设施农业节水灌溉控制", "节水灌溉；物联网"), ("中药配方颗粒质量追溯", "中药制剂；大数据"),
        ("铝镁合金压铸件轻量化", "铝镁合金；精密铸造"), ("工业软件国产化适配", "工业软件；信息安全"), ("氢能储运安全监测", "氢能；物联网"),
    ];

    public static void Seed(AppDbContext db, List<Enterprise> enterprises, DateOnly today, DateTimeOffset now)
    {
        var open = new Call
        {
            Title = $"{today.Year + 1}年度银川市科技支撑计划项目申报指南（演示）",
            Type = ProgrammeType.SciTechSupport,
            Year = today.Year + 1,
            Description = "支持方向：新材料、新能源、先进制造、生物医药等重点产业关键核心技术攻关。\n申报单位须为在银川市注册的企业，项目实施期一般为 2 年。",
            OpensOn = today.AddDays(-10),
            ClosesOn = today.AddDays(20),
            Budget = 3000,
            MaxGrant = 200,
            PanelSize = 5,
            RequiredExpertKind = ExpertKind.Finance,
        };
        Configure(open);
        open.Publish(now);

        var closed = new Call
        {
            Title = $"{today.Year}年度新质生产力引导项目（演示，已截止）",
            Type = ProgrammeType.NewQualityProductivity,
            Year = today.Year,
            Description = "引导企业培育新质生产力，实行经费包干制。",
            OpensOn = today.AddDays(-60),
            ClosesOn = today.AddDays(-5),
            Budget = 600,
            MaxGrant = 100,
            LumpSum = true,
            PanelSize = 3,
        };
        Configure(closed);
        closed.Publish(now);
        db.Calls.AddRange(open, closed);

        var batch = new ReviewBatch { CallId = closed.Id, Number = 1, CreatedAt = now };
        db.ReviewBatches.Add(batch);
        var applicants = enterprises.Where(e => e.HighTechField is not null).Take(WaitingApplications).ToList();
        for (var i = 0; i < applicants.Count; i++)
        {
            var firm = applicants[i];
            var (title, keywords) = Topics[i % Topics.Length];
            var application = new ProjectApplication
            {
                CallId = closed.Id,
                EnterpriseId = firm.Id,
                ApplicantName = firm.Name,
                ApplicantCreditCode = firm.CreditCode,
                Title = title,
                Field = HighTechFields.DisplayName(firm.HighTechField!.Value),
                Keywords = keywords,
                Summary = $"{firm.Name}围绕{title}开展攻关，形成可推广的技术方案与示范应用。",
                RequestedAmount = 50 + (i % 4 * 10),
                AnswersJson = CallSettings.Write(new Dictionary<string, string>
                {
                    ["leader"] = firm.ContactPerson ?? "项目负责人",
                    ["phone"] = firm.ContactPhone ?? "0951-0000000",
                    ["period"] = "24",
                    ["content"] = $"研究{title}的关键工艺与装备。",
                    ["targets"] = "形成专利 2 项，新增产值 1000 万元。",
                    ["stage"] = "中试",
                }),
                CreatedAt = now.AddDays(-20),
            };
            application.Submit(now.AddDays(-15), "本指南未设申报资格条件");
            application.Accept("王科员", now.AddDays(-4));
            application.JoinBatch(batch.Id);
            db.ProjectApplications.Add(application);
            db.ApplicationRevisions.Add(new ApplicationRevision
            {
                ApplicationId = application.Id,
                Number = 1,
                SnapshotJson = CallSettings.Write(new { application.Title, application.Keywords }),
                SubmittedAt = now.AddDays(-15),
                SubmittedBy = firm.ContactPerson ?? "企业",
                Outcome = "形式审查通过",
            });
        }
    }

    /// <summary>Links the demo expert account to a technical expert of the pool, so it has a profile to be assigned by.</summary>
    public static void LinkExpert(AppDbContext db, Guid userId) =>
        db.Experts.Local.Where(e => e.Kind == ExpertKind.Technical && e.Fields.Contains("新材料")).OrderBy(e => e.Name).First().UserId = userId;

    private static void Configure(Call call)
    {
        var settings = CallSettings.Default;
        call.FormJson = CallSettings.Write(settings.Form);
        call.AttachmentsJson = CallSettings.Write(settings.Attachments);
        call.CriteriaJson = CallSettings.Write(settings.Criteria);
    }
}

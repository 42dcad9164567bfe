using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Programmes;
using Kechuang.Web.Modules.Programmes.Domain;
using Kechuang.Web.Modules.Programmes.Features.Applications;
using Kechuang.Web.Modules.Programmes.Features.Experts;
using Kechuang.Web.Modules.Programmes.Features.Projects;
using Kechuang.Web.Modules.Programmes.Features.Review;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// A programme call walked end to end through the API: publish → apply (draft, attach, submit) → returned and
/// resubmitted (both revisions kept) → accepted → batch → optimal assignment → scoring (403 for someone else's
/// assignment, out-of-range refused) → a decline and the solver's replacement → ranking → approval within budget →
/// public notice → contract → mid-term → acceptance → archive → reopen with an audited reason.
/// </summary>
public abstract class RunningProgrammeCalls(ProviderApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% 项目申报书\n");

    private static object CallBody(string title, int panelSize = 3, decimal budget = 100, string? eligibility = null, DateOnly? closesOn = null) => new
    {
        title,
        type = "SciTechSupport",
        year = DateTime.UtcNow.Year + 1,
        description = "测试指南",
        opensOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
        closesOn = closesOn ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
        eligibilityRuleSetId = eligibility,
        budget,
        maxGrant = 80m,
        lumpSum = false,
        panelSize,
        dropExtremesFrom = 5,
        reviewDays = 10,
        publicityDays = 7,
        form = new[] { new { title = "项目内容", fields = new[] { new { key = "content", label = "主要研究内容", kind = "Paragraph", required = true, maxLength = 2000, options = "" } } } },
        attachments = new[] { new { key = "plan", name = "项目申报书", required = true, extensions = "pdf", maxMegabytes = 1 } },
        criteria = new[] { new { name = "创新性", weight = 60m, maxScore = 100m, description = "" }, new { name = "可行性", weight = 40m, maxScore = 50m, description = "" } },
    };

    private static object Draft(string title, string content, long version = 0, decimal amount = 50) => new
    {
        title,
        field = "新能源与节能",
        keywords = "钙钛矿叠层电池；光伏",
        summary = "研发钙钛矿叠层电池的封装工艺，提高光伏组件转换效率。",
        requestedAmount = amount,
        answers = new Dictionary<string, string> { ["content"] = content },
        version,
    };

    private static Task<Reply> Attach(Api api, Guid applicationId, string key, byte[] bytes, string fileName)
    {
        var content = new MultipartFormDataContent { { new StringContent(key), "requirementKey" } };
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", fileName);
        return api.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/applications/{applicationId}/attachments") { Content = content });
    }

    private static async Task<Guid> PublishedCallAsync(Api staff, object body)
    {
        var id = (await staff.PostAsync("/api/v1/calls", body)).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;
        (await staff.PostAsync($"/api/v1/calls/{id}/publish", new { })).Is(HttpStatusCode.NoContent);
        return id;
    }

    /// <summary>Gives an expert of the pool a login (role 评审专家), as an administrator would.</summary>
    private async Task<string> LoginForExpertAsync(Guid expertId)
    {
        var userName = "zj" + expertId.ToString("N")[..10];
        await using var scope = app.Shared.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            var user = new AppUser { UserName = userName, DisplayName = "测试专家" + userName[^4..], CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, AppFactory.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Expert)).Succeeded);
            await app.Shared.WithDbAsync(db => db.Experts.Where(e => e.Id == expertId).ExecuteUpdateAsync(s => s.SetProperty(e => e.UserId, user.Id)));
        }

        return userName;
    }

    private static object Scores(decimal innovation, decimal feasibility, long version = 0) => new
    {
        scores = new Dictionary<string, decimal> { ["创新性"] = innovation, ["可行性"] = feasibility },
        comment = "技术路线清晰，创新点明确，建议支持。",
        version,
    };

    /// <summary>Scores as an expert does: open the sheet (which carries its version), then submit.</summary>
    private static async Task<decimal> ScoreAsync(Api expert, Guid assignmentId, decimal innovation, decimal feasibility)
    {
        var sheet = (await expert.GetAsync($"/api/v1/reviews/{assignmentId}")).Is(HttpStatusCode.OK).Json<GetReviewSheet.Sheet>();
        return (await expert.PutAsync($"/api/v1/reviews/{assignmentId}", Scores(innovation, feasibility, sheet.Version))).Is(HttpStatusCode.OK).Json<decimal>();
    }

    private static string TextOf(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public async Task A_call_goes_from_publication_through_review_to_an_archived_project()
    {
        var staff = await app.Shared.As("staff");
        var firm = await app.Shared.As("qiye");
        var callId = await PublishedCallAsync(staff, CallBody($"测试科技支撑计划{Guid.NewGuid():N}"[..20]));

        // The firm drafts, attaches and submits; a missing attachment is refused first.
        var appId = (await firm.PostAsync($"/api/v1/calls/{callId}/applications", Draft("钙钛矿叠层电池封装工艺", "研究封装工艺。"))).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;
        Assert.Contains("请上传“项目申报书”", (await firm.PostAsync($"/api/v1/applications/{appId}/submit?version=1", new { })).Problem(HttpStatusCode.UnprocessableEntity).Detail, StringComparison.Ordinal);
        (await Attach(firm, appId, "plan", Pdf, "申报书.pdf")).Is(HttpStatusCode.Created);
        var first = (await firm.PostAsync($"/api/v1/applications/{appId}/submit?version=1", new { })).Is(HttpStatusCode.OK).Json<SubmitApplication.Result>();
        Assert.Equal(1, first.Revision);

        // Returned with a reason, revised and resubmitted: both revisions are kept with what the check said.
        (await staff.PostAsync($"/api/v1/applications/{appId}/formal-check", new { accept = false, reason = "研究内容过于简略，请补充技术路线" })).Is(HttpStatusCode.NoContent);
        var returned = (await firm.GetAsync($"/api/v1/applications/{appId}")).Json<GetApplication.Details>();
        Assert.Equal(ApplicationStatus.Returned, returned.Status);
        (await firm.PutAsync($"/api/v1/applications/{appId}", Draft("钙钛矿叠层电池封装工艺", "研究封装工艺；技术路线：材料筛选、中试、示范。", returned.Version))).Is(HttpStatusCode.NoContent);
        var revised = (await firm.GetAsync($"/api/v1/applications/{appId}")).Json<GetApplication.Details>();
        Assert.Equal(2, (await firm.PostAsync($"/api/v1/applications/{appId}/submit?version={revised.Version}", new { })).Is(HttpStatusCode.OK).Json<SubmitApplication.Result>().Revision);
        (await staff.PostAsync($"/api/v1/applications/{appId}/formal-check", new { accept = true })).Is(HttpStatusCode.NoContent);
        var accepted = (await staff.GetAsync($"/api/v1/applications/{appId}")).Json<GetApplication.Details>();
        Assert.Equal(ApplicationStatus.Accepted, accepted.Status);
        Assert.Equal(["形式审查通过", "退回修改：研究内容过于简略，请补充技术路线"], accepted.Revisions.Select(r => r.Outcome));

        // Batch and optimal assignment, each member with the reason.
        var batchId = (await staff.PostAsync($"/api/v1/calls/{callId}/batches", new { })).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;
        var assigned = (await staff.PostAsync($"/api/v1/review-batches/{batchId}/assign", new { })).Is(HttpStatusCode.OK).Json<AssignExperts.Result>();
        Assert.True(assigned.ProvenOptimal);
        Assert.Equal(3, assigned.Assignments);
        var batch = (await staff.GetAsync($"/api/v1/review-batches/{batchId}")).Json<GetBatch.Details>();
        var members = Assert.Single(batch.Panels).Members;
        Assert.Equal(3, members.Select(m => m.Unit).Distinct().Count());
        Assert.All(members, m => Assert.Contains("领域", m.Explanation, StringComparison.Ordinal));
        var logins = new List<string>();
        foreach (var m in members)
        {
            logins.Add(await LoginForExpertAsync(m.ExpertId));
        }

        // Scoring: only one's own assignment; out-of-range refused; others' scores not visible.
        var a = await app.Shared.As(logins[0]);
        var b = await app.Shared.As(logins[1]);
        var c = await app.Shared.As(logins[2]);
        var seatA = members[0].AssignmentId;
        (await b.PutAsync($"/api/v1/reviews/{seatA}", Scores(90, 40))).Is(HttpStatusCode.Forbidden);
        (await b.GetAsync($"/api/v1/reviews/{seatA}")).Is(HttpStatusCode.Forbidden);
        Assert.Contains("0 至 50", (await a.PutAsync($"/api/v1/reviews/{seatA}", Scores(90, 60))).Problem(HttpStatusCode.BadRequest).ErrorsOf("scores").Single(), StringComparison.Ordinal);
        Assert.Equal(86m, await ScoreAsync(a, seatA, 90, 40)); // 90/100×60 + 40/50×40
        var bSheet = (await b.GetAsync($"/api/v1/reviews/{members[1].AssignmentId}")).Is(HttpStatusCode.OK).Json<GetReviewSheet.Sheet>();
        Assert.Empty(bSheet.Scores);
        Assert.Null(bSheet.PanelResult);
        Assert.Equal(70m, await ScoreAsync(b, members[1].AssignmentId, 70, 35));

        // A hand-made swap that breaks a rule (two experts of one unit on a panel) is refused and changes nothing.
        var sameUnit = (await staff.GetAsync($"/api/v1/experts?search={Uri.EscapeDataString(members[0].Unit)}&available=true&pageSize=200")).Json<ListExperts.Page>().Items
            .First(e => e.UnitName == members[0].Unit && !e.OverAge && members.All(m => m.ExpertId != e.Id)).Id;
        var badSwap = (await staff.PostAsync($"/api/v1/review-batches/{batchId}/swap", new { assignmentId = members[2].AssignmentId, expertId = sameUnit })).Problem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"来自同一单位 {members[0].Unit}", badSwap.Detail, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single((await staff.GetAsync($"/api/v1/review-batches/{batchId}")).Json<GetBatch.Details>().Panels).Members.Count);

        // C declines; closing now is refused; the solver suggests a replacement that staff take.
        (await c.PostAsync($"/api/v1/reviews/{members[2].AssignmentId}/decline", new { kind = "NotMyField", reason = "研究方向不符" })).Is(HttpStatusCode.NoContent);
        (await staff.PostAsync($"/api/v1/review-batches/{batchId}/close", new { })).Problem(HttpStatusCode.UnprocessableEntity);
        var suggestion = Assert.Single(Assert.Single((await staff.GetAsync($"/api/v1/review-batches/{batchId}")).Json<GetBatch.Details>().Panels).Suggestions);
        Assert.NotEqual(members[2].ExpertId, suggestion.ExpertId);
        var replacement = (await staff.PostAsync($"/api/v1/review-batches/{batchId}/swap", new { assignmentId = members[2].AssignmentId })).Is(HttpStatusCode.OK).Json<SwapExpert.Result>();
        var panel = Assert.Single((await staff.GetAsync($"/api/v1/review-batches/{batchId}")).Json<GetBatch.Details>().Panels);
        var newSeat = panel.Members.Single(m => m.AssignmentId == replacement.AssignmentId);
        Assert.Equal(suggestion.ExpertId, newSeat.ExpertId);
        Assert.Equal("谢绝后替补", newSeat.Source);
        var d = await app.Shared.As(await LoginForExpertAsync(newSeat.ExpertId));
        Assert.Equal(50m, await ScoreAsync(d, newSeat.AssignmentId, 50, 25));

        // Close: mean of 86, 70, 50 (panel of 3 < 5, nothing dropped), rank 1; the firm now sees the score.
        (await staff.PostAsync($"/api/v1/review-batches/{batchId}/close", new { })).Is(HttpStatusCode.NoContent);
        var result = (await firm.GetAsync($"/api/v1/applications/{appId}")).Json<GetApplication.Details>();
        Assert.Equal(68.67m, result.FinalScore);
        Assert.Equal(1, result.Rank);
        Assert.Contains("不足 5 人不去最高最低分", result.ScoreExplanation, StringComparison.Ordinal);

        // Approval: over the maximum grant refused, nothing written; within it, the public notice starts.
        var overrun = (await staff.PostAsync("/api/v1/projects/approve", new { batchId, items = new[] { new { applicationId = appId, grant = 120m } } })).Problem(HttpStatusCode.UnprocessableEntity).Detail;
        Assert.Contains("资助金额应在 0–80 万元之间", overrun, StringComparison.Ordinal);
        Assert.Contains("超出预算：本次立项 120 万元，已立项 0 万元，合计 120 万元，预算 100 万元，超出 20 万元", overrun, StringComparison.Ordinal);
        Assert.Empty((await staff.GetAsync($"/api/v1/projects?callId={callId}")).Json<List<ListProjects.Row>>());
        var approved = (await staff.PostAsync("/api/v1/projects/approve", new { batchId, items = new[] { new { applicationId = appId, grant = 60m } } })).Is(HttpStatusCode.OK).Json<ApproveProjects.Result>();
        Assert.Equal(40m, approved.Remaining);
        var project = Assert.Single((await staff.GetAsync($"/api/v1/projects?callId={callId}")).Json<List<ListProjects.Row>>());
        Assert.Contains((await app.Shared.Anonymous().GetAsync("/api/v1/projects/publicity")).Json<List<ListProjects.Row>>(), p => p.Id == project.Id);

        // The approval notice is there from approval; the contract only once it is signed.
        var notice = TextOf((await firm.GetAsync($"/api/v1/projects/{project.Id}/documents/approval-notice.docx")).Is(HttpStatusCode.OK).Bytes);
        Assert.Contains(project.ProjectNo, notice, StringComparison.Ordinal);
        Assert.Contains("钙钛矿叠层电池封装工艺", notice, StringComparison.Ordinal);
        Assert.Contains("60.00", notice, StringComparison.Ordinal);
        (await staff.GetAsync($"/api/v1/projects/{project.Id}/documents/contract.docx")).Problem(HttpStatusCode.UnprocessableEntity);
        (await (await app.Shared.As("qiye2")).GetAsync($"/api/v1/projects/{project.Id}/documents/approval-notice.docx")).Is(HttpStatusCode.NotFound);

        // Life of the project, each step guarded.
        var status = $"/api/v1/projects/{project.Id}/status";
        Assert.Contains("期满后", (await staff.PostAsync(status, new { @do = "EndPublicity" })).Problem(HttpStatusCode.UnprocessableEntity).Detail, StringComparison.Ordinal);
        await app.Shared.WithDbAsync(db => db.Projects.Where(p => p.Id == project.Id).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.PublicityFrom, p => p.PublicityFrom.AddDays(-8)).SetProperty(p => p.PublicityTo, p => p.PublicityTo.AddDays(-8)))); // the notice period has passed
        (await staff.PostAsync(status, new { @do = "EndPublicity" })).Is(HttpStatusCode.OK);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await staff.PostAsync($"/api/v1/projects/{project.Id}/contract", new { startsOn = today, midTermDueOn = today.AddMonths(12), endsOn = today.AddMonths(24) })).Is(HttpStatusCode.NoContent);
        var contract = TextOf((await firm.GetAsync($"/api/v1/projects/{project.Id}/documents/contract.docx")).Is(HttpStatusCode.OK).Bytes);
        Assert.Contains("研究封装工艺；技术路线：材料筛选、中试、示范。", contract, StringComparison.Ordinal);
        Assert.Contains("36.00", contract, StringComparison.Ordinal); // first instalment: 60% of 60 万元
        Assert.Contains("验收通过后拨付", contract, StringComparison.Ordinal);
        Assert.Contains("中期检查通过后", (await firm.PostAsync($"/api/v1/projects/{project.Id}/reports", new { kind = "Final", content = "项目已完成全部考核指标，申请验收。形成专利两项。" })).Problem(HttpStatusCode.UnprocessableEntity).Detail, StringComparison.Ordinal);
        (await firm.PostAsync($"/api/v1/projects/{project.Id}/reports", new { kind = "MidTerm", content = "完成材料筛选与小试，形成中试方案，经费执行率 45%。" })).Is(HttpStatusCode.Created);
        var midTerm = (await staff.GetAsync($"/api/v1/projects/{project.Id}")).Json<GetProject.Details>().Reports.Single();
        (await staff.PostAsync($"/api/v1/projects/{project.Id}/reports/{midTerm.Id}/conclusion", new { passed = true, conclusion = "进度符合任务书要求" })).Is(HttpStatusCode.NoContent);
        (await firm.PostAsync($"/api/v1/projects/{project.Id}/reports", new { kind = "Final", content = "项目已完成全部考核指标，申请验收。形成专利两项。" })).Is(HttpStatusCode.Created);
        var final = (await staff.GetAsync($"/api/v1/projects/{project.Id}")).Json<GetProject.Details>().Reports.Single(r => r.Kind == ReportKind.Final);
        (await staff.PostAsync($"/api/v1/projects/{project.Id}/reports/{final.Id}/conclusion", new { passed = true, conclusion = "完成考核指标，同意通过验收" })).Is(HttpStatusCode.NoContent);
        Assert.Equal(ProjectStatus.Archived, (await staff.PostAsync(status, new { @do = "Archive" })).Is(HttpStatusCode.OK).Json<ProjectStatus>());

        // A closed project is reopened only with a reason, which the audit log keeps with the status change.
        Assert.Equal(["重新打开已结题项目须写明理由（至少 4 个字）"], (await staff.PostAsync(status, new { @do = "Reopen", reason = "" })).Problem(HttpStatusCode.BadRequest).ErrorsOf("reason"));
        Assert.Equal(ProjectStatus.InProgress, (await staff.PostAsync(status, new { @do = "Reopen", reason = "审计发现经费使用问题，需补充材料" })).Is(HttpStatusCode.OK).Json<ProjectStatus>());
        var audit = await app.Shared.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Project" && e.EntityId == project.Id.ToString()).ToListAsync());
        Assert.Contains(audit, e => e.Changes.Contains("审计发现经费使用问题", StringComparison.Ordinal) && e.Changes.Contains("InProgress", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submissions_after_the_deadline_from_ineligible_firms_or_with_bad_files_are_refused_with_reasons()
    {
        var staff = await app.Shared.As("staff");
        var firm = await app.Shared.As("qiye2");
        var callId = await PublishedCallAsync(staff, CallBody($"测试资格指南{Guid.NewGuid():N}"[..16], eligibility: "high-tech"));
        var appId = (await firm.PostAsync($"/api/v1/calls/{callId}/applications", Draft("资格测试项目", "研究内容。"))).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;

        var wrongType = (await Attach(firm, appId, "plan", Encoding.UTF8.GetBytes("not a pdf"), "申报书.docx")).Problem(HttpStatusCode.BadRequest);
        var disguised = (await Attach(firm, appId, "plan", Encoding.UTF8.GetBytes("MZ executable"), "申报书.pdf")).Problem(HttpStatusCode.BadRequest);
        var tooBig = (await Attach(firm, appId, "plan", [.. Pdf, .. new byte[1024 * 1024]], "申报书.pdf")).Problem(HttpStatusCode.BadRequest);
        var overGrant = (await firm.PutAsync($"/api/v1/applications/{appId}", Draft("资格测试项目", "研究内容。", 1, amount: 500))).Problem(HttpStatusCode.BadRequest);
        (await Attach(firm, appId, "plan", Pdf, "申报书.pdf")).Is(HttpStatusCode.Created);
        var ineligible = (await firm.PostAsync($"/api/v1/applications/{appId}/submit?version=1", new { })).Problem(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["“项目申报书”只接受 PDF 格式"], wrongType.ErrorsOf("file"));
        Assert.Contains("内容与扩展名 .pdf 不符", disguised.ErrorsOf("file").Single(), StringComparison.Ordinal);
        Assert.Contains("不能超过 1 MB", tooBig.ErrorsOf("file").Single(), StringComparison.Ordinal);
        Assert.Equal(["申请资助不能超过单项最高资助 80 万元"], overGrant.ErrorsOf("requestedAmount"));
        Assert.Contains("高新技术企业", ineligible.Detail, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Draft, (await firm.GetAsync($"/api/v1/applications/{appId}")).Json<GetApplication.Details>().Status);

        // After the deadline nothing is accepted; a firm cannot touch another firm's application.
        var closed = await PublishedCallAsync(staff, CallBody($"测试截止指南{Guid.NewGuid():N}"[..16], closesOn: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1)));
        var late = (await firm.PostAsync($"/api/v1/calls/{closed}/applications", Draft("截止测试", "内容。"))).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;
        (await Attach(firm, late, "plan", Pdf, "申报书.pdf")).Is(HttpStatusCode.Created);
        await app.Shared.WithDbAsync(db => db.Calls.Where(c => c.Id == closed).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosesOn, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2)))); // the deadline has passed
        Assert.Contains("截止", (await firm.PostAsync($"/api/v1/applications/{late}/submit?version=1", new { })).Problem(HttpStatusCode.UnprocessableEntity).Detail, StringComparison.Ordinal);
        (await (await app.Shared.As("qiye")).PutAsync($"/api/v1/applications/{late}", Draft("别人的", "内容。", 1))).Is(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_call_that_wants_a_finance_expert_gets_one_on_every_panel()
    {
        var staff = await app.Shared.As("staff");
        var body = CallBody($"测试财务专家{Guid.NewGuid():N}"[..16]);
        var callId = (await staff.PostAsync("/api/v1/calls", body)).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;
        var call = (await staff.GetAsync($"/api/v1/calls/{callId}")).Json<Kechuang.Web.Modules.Programmes.Features.Calls.GetCall.Details>();
        var form = Kechuang.Web.Modules.Programmes.Features.Calls.CallForm.From(await app.Shared.WithDbAsync(db => db.Calls.SingleAsync(c => c.Id == callId)));
        form.RequiredExpertKind = ExpertKind.Finance;
        (await staff.PutAsync($"/api/v1/calls/{callId}", form)).Is(HttpStatusCode.OK);
        (await staff.PostAsync($"/api/v1/calls/{callId}/publish", new { })).Is(HttpStatusCode.NoContent);
        var firm = await app.Shared.As("qiye2");
        var appId = (await firm.PostAsync($"/api/v1/calls/{callId}/applications", Draft("财务专家测试项目", "研究内容。"))).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;
        (await Attach(firm, appId, "plan", Pdf, "申报书.pdf")).Is(HttpStatusCode.Created);
        (await firm.PostAsync($"/api/v1/applications/{appId}/submit?version=1", new { })).Is(HttpStatusCode.OK);
        (await staff.PostAsync($"/api/v1/applications/{appId}/formal-check", new { accept = true })).Is(HttpStatusCode.NoContent);
        var batchId = (await staff.PostAsync($"/api/v1/calls/{callId}/batches", new { })).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;

        Assert.True((await staff.PostAsync($"/api/v1/review-batches/{batchId}/assign", new { })).Is(HttpStatusCode.OK).Json<AssignExperts.Result>().ProvenOptimal);

        Assert.Equal(3, call.PanelSize);
        var members = Assert.Single((await staff.GetAsync($"/api/v1/review-batches/{batchId}")).Json<GetBatch.Details>().Panels).Members;
        Assert.Contains(members, m => m.Kind == "财务");
    }

    [Fact]
    public async Task Firms_with_unsent_drafts_and_experts_with_unscored_reviews_are_reminded_once_before_the_deadline()
    {
        var staff = await app.Shared.As("staff");
        var closes = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        var callId = await PublishedCallAsync(staff, CallBody($"测试提醒指南{Guid.NewGuid():N}"[..16], closesOn: closes));
        var firm = await app.Shared.As("qiye2");
        var draft = (await firm.PostAsync($"/api/v1/calls/{callId}/applications", Draft("未提交的草稿", "研究内容。"))).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;
        var submitted = (await firm.PostAsync($"/api/v1/calls/{callId}/applications", Draft("已提交的申报书", "研究内容。"))).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;
        (await Attach(firm, submitted, "plan", Pdf, "申报书.pdf")).Is(HttpStatusCode.Created);
        (await firm.PostAsync($"/api/v1/applications/{submitted}/submit?version=1", new { })).Is(HttpStatusCode.OK);
        (await staff.PostAsync($"/api/v1/applications/{submitted}/formal-check", new { accept = true })).Is(HttpStatusCode.NoContent);
        var batchId = (await staff.PostAsync($"/api/v1/calls/{callId}/batches", new { })).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;
        (await staff.PostAsync($"/api/v1/review-batches/{batchId}/assign", new { })).Is(HttpStatusCode.OK);
        var batch = (await staff.GetAsync($"/api/v1/review-batches/{batchId}")).Json<GetBatch.Details>();
        var seat = Assert.Single(batch.Panels).Members[0];
        var expertUser = await app.Shared.UserIdAsync(await LoginForExpertAsync(seat.ExpertId));
        Task<List<string>> About(string link) => app.Shared.WithDbAsync(db => db.Notifications.Where(n => n.Link == link && n.Title == "项目申报即将截止").Select(n => n.Body).ToListAsync());

        await app.Shared.SendDeadlineRemindersAsync(closes.AddDays(-4));
        Assert.Empty(await About($"/applications/{draft}"));
        await app.Shared.SendDeadlineRemindersAsync(closes.AddDays(-3));
        await app.Shared.SendDeadlineRemindersAsync(closes.AddDays(-2));

        Assert.Contains("您的申报书“未提交的草稿”尚未提交", Assert.Single(await About($"/applications/{draft}")), StringComparison.Ordinal);
        Assert.Empty(await About($"/applications/{submitted}"));

        await app.Shared.SendDeadlineRemindersAsync(batch.DueOn!.Value.AddDays(-2));
        await app.Shared.SendDeadlineRemindersAsync(batch.DueOn!.Value);
        var review = Assert.Single(await app.Shared.WithDbAsync(db => db.Notifications.Where(n => n.Link == $"/reviews/{seat.AssignmentId}").ToListAsync()));
        Assert.Equal(expertUser, review.UserId);
        Assert.Contains("（2 天后）到期", review.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assignment_with_too_few_experts_names_the_applications_and_assigns_nobody()
    {
        var staff = await app.Shared.As("staff");
        var callId = await PublishedCallAsync(staff, CallBody($"测试专家不足{Guid.NewGuid():N}"[..16], panelSize: 15));
        var firm = await app.Shared.As("qiye2");
        var appId = (await firm.PostAsync($"/api/v1/calls/{callId}/applications", Draft("专家不足测试项目", "研究内容。"))).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;
        (await Attach(firm, appId, "plan", Pdf, "申报书.pdf")).Is(HttpStatusCode.Created);
        // qiye2 is not a 高企 candidate for every rule; this call has no eligibility rule.
        (await firm.PostAsync($"/api/v1/applications/{appId}/submit?version=1", new { })).Is(HttpStatusCode.OK);
        (await staff.PostAsync($"/api/v1/applications/{appId}/formal-check", new { accept = true })).Is(HttpStatusCode.NoContent);
        var batchId = (await staff.PostAsync($"/api/v1/calls/{callId}/batches", new { })).Is(HttpStatusCode.Created).Json<ProgrammesModule.IdResponse>().Id;

        var refused = (await staff.PostAsync($"/api/v1/review-batches/{batchId}/assign", new { })).Problem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("专家不足测试项目", refused.Detail, StringComparison.Ordinal);
        Assert.Contains("未做任何分配", refused.Detail, StringComparison.Ordinal);
        var batch = (await staff.GetAsync($"/api/v1/review-batches/{batchId}")).Json<GetBatch.Details>();
        Assert.Equal(ReviewBatchStatus.Forming, batch.Status);
        Assert.Empty(Assert.Single(batch.Panels).Members);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class RunningProgrammeCallsOnSqlite(SqliteApp app) : RunningProgrammeCalls(app);

[Collection(PostgresScenarios.Name)]
public sealed class RunningProgrammeCallsOnPostgres(PostgresApp app) : RunningProgrammeCalls(app);

using System.Globalization;
using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Audit.Domain;
using Kechuang.Web.Modules.Audit.Features;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Policies.Domain;
using Kechuang.Web.Modules.Policies.Features.Rewards;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// 新认定奖励: a firm's first 高企 (50 万元) or 科技小巨人 (30 万元) recognition earns one reward, created with the
/// qualification and never twice; staff gather rewards into a payment batch, another person approves it, the firms
/// are told, the payment list is exported, and the audit log shows every step.
/// </summary>
public abstract class RewardingRecognitions(ProviderApp app)
{
    private const string Rewards = "/api/v1/rewards";
    private const string Batches = "/api/v1/rewards/batches";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_first_high_tech_certificate_creates_exactly_one_50_wan_reward_that_explains_itself()
    {
        var (firm, form) = await app.Shared.NewEnterpriseAsync();
        var number = NewNumber("GR");

        var qualificationId = await RecordAsync(firm, QualificationType.HighTech, number, Today);

        var page = (await (await app.Shared.As("staff")).GetAsync($"{Rewards}?search={Uri.EscapeDataString(form.Name)}")).Is(HttpStatusCode.OK).Json<ListRewards.Page>();
        var row = Assert.Single(page.Items);
        Assert.Equal((1, 50m, 50m), (page.Total, page.TotalAmount, row.Amount));
        Assert.Equal((form.Name, form.CreditCode, number, Today, RewardStatus.Pending), (row.EnterpriseName, row.CreditCode, row.CertificateNumber, row.RecognizedOn, row.Status));
        Assert.Equal(("high-tech-reward", "2020.1", "新认定高新技术企业奖励"), (row.RuleSetId, row.RuleSetVersion, row.TypeName));
        Assert.Contains("奖励金额 = high_tech_reward = 50 万元", row.Explanation, StringComparison.Ordinal);
        Assert.Contains("规则版本 2020.1", row.Explanation, StringComparison.Ordinal);
        Assert.Contains(number, row.Explanation, StringComparison.Ordinal);
        var stored = Assert.Single(await RewardsOfAsync(firm));
        Assert.Equal(($"HighTech:{number}", qualificationId), (stored.RecognitionKey, stored.QualificationId));
    }

    [Fact]
    public async Task Saving_again_or_deleting_and_re_entering_the_same_certificate_creates_no_second_reward()
    {
        var (firm, _) = await app.Shared.NewEnterpriseAsync();
        var staff = await app.Shared.As("staff");
        var number = NewNumber("GR");
        var first = await RecordAsync(firm, QualificationType.HighTech, number, Today);

        // Corrected (a new expiry date), then deleted and typed in again.
        var corrected = HighTech(number, Today);
        corrected.ExpiresOn = Today.AddYears(3);
        corrected.Version = 1;
        (await staff.PutAsync($"/api/v1/enterprises/{firm}/qualifications/{first}", corrected)).Is(HttpStatusCode.OK);
        (await staff.DeleteAsync($"/api/v1/enterprises/{firm}/qualifications/{first}")).Is(HttpStatusCode.NoContent);
        var again = await RecordAsync(firm, QualificationType.HighTech, number, Today);

        var reward = Assert.Single(await RewardsOfAsync(firm));
        Assert.Equal((50m, again), (reward.Amount, reward.QualificationId));
    }

    [Fact]
    public async Task A_renewal_earns_nothing_and_a_recognition_before_the_reward_existed_earns_nothing()
    {
        var (renewing, _) = await app.Shared.NewEnterpriseAsync();
        var firstYear = Today.Year - 3;
        await RecordAsync(renewing, QualificationType.HighTech, NewNumber("GR"), new DateOnly(firstYear, 10, 20));
        await RecordAsync(renewing, QualificationType.HighTech, NewNumber("GR"), Today);

        var (old, _) = await app.Shared.NewEnterpriseAsync();
        await RecordAsync(old, QualificationType.HighTech, NewNumber("GR"), new DateOnly(2017, 11, 1)); // 奖励规则 2019-01-01 起施行
        await RecordAsync(old, QualificationType.HighTech, NewNumber("GR"), new DateOnly(2020, 11, 1));

        var reward = Assert.Single(await RewardsOfAsync(renewing));
        Assert.Equal((new DateOnly(firstYear, 10, 20), 50m), (reward.RecognizedOn, reward.Amount));
        Assert.Empty(await RewardsOfAsync(old));
    }

    [Fact]
    public async Task A_first_little_giant_recognition_earns_30_wan_and_other_qualifications_earn_nothing()
    {
        var (firm, _) = await app.Shared.NewEnterpriseAsync();
        var number = $"宁科小巨人〔{Today.Year}〕{Random.Shared.Next(100, 999)}号-{Guid.NewGuid().ToString("N")[..6]}";
        await RecordAsync(firm, QualificationType.LittleGiant, number, Today);
        await RecordAsync(firm, QualificationType.MicroTech, NewNumber("银科小微"), Today);

        var reward = Assert.Single(await RewardsOfAsync(firm));
        Assert.Equal((30m, "LittleGiant", "little-giant-reward"), (reward.Amount, reward.QualificationType, reward.RuleSetId));
        Assert.Contains("little_giant_reward = 30 万元", reward.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checking_for_new_recognitions_creates_the_missing_rewards_once()
    {
        // A certificate stored without the reward (as before this feature existed).
        var (firm, _) = await app.Shared.NewEnterpriseAsync();
        await app.Shared.WithDbAsync(db =>
        {
            db.Qualifications.Add(new Qualification { EnterpriseId = firm, Type = QualificationType.HighTech, Number = NewNumber("GR"), IssuedOn = Today, ExpiresOn = Today.AddYears(3) });
            return db.SaveChangesAsync();
        });
        Assert.Empty(await RewardsOfAsync(firm));
        var staff = await app.Shared.As("staff");

        var first = (await staff.PostAsync($"{Rewards}/sweep", new { })).Is(HttpStatusCode.OK).Json<SweepRecognitionRewards.Result>();
        var second = (await staff.PostAsync($"{Rewards}/sweep", new { })).Is(HttpStatusCode.OK).Json<SweepRecognitionRewards.Result>();

        Assert.True(first.Created >= 1, $"created {first.Created}");
        Assert.Equal(50m, Assert.Single(await RewardsOfAsync(firm)).Amount);
        Assert.Equal((0, 0m), (second.Created, second.Amount));
    }

    [Fact]
    public async Task The_demo_city_starts_with_a_reward_for_every_first_recognition_since_the_rules_took_effect()
    {
        var (firms, rewards) = await app.Untouched.WithDbAsync(async db =>
        {
            var firsts = (await db.Qualifications.AsNoTracking()
                    .Where(q => (q.Type == QualificationType.HighTech || q.Type == QualificationType.LittleGiant) && q.IssuedOn != null)
                    .Select(q => new { q.EnterpriseId, q.Type, q.IssuedOn }).ToListAsync())
                .GroupBy(q => (q.EnterpriseId, q.Type)).Count(g => g.Min(q => q.IssuedOn) >= new DateOnly(2019, 1, 1));
            return (firsts, await db.RecognitionRewards.CountAsync());
        });

        Assert.True(firms > 0, "the demo city has recognitions");
        Assert.Equal(firms, rewards);
    }

    [Fact]
    public async Task A_batch_is_compiled_by_one_person_approved_by_another_and_exported_with_its_total()
    {
        var (highTech, highTechForm) = await app.Shared.NewEnterpriseAsync();
        var (giant, giantForm) = await app.Shared.NewEnterpriseAsync();
        await RecordAsync(highTech, QualificationType.HighTech, NewNumber("GR"), Today);
        await RecordAsync(giant, QualificationType.LittleGiant, NewNumber("宁科小巨人"), Today);
        var ids = (await RewardsOfAsync(highTech)).Concat(await RewardsOfAsync(giant)).Select(r => r.Id).ToList();
        var staff = await app.Shared.As("staff");
        var staff2 = await app.Shared.As("staff2");

        var batchId = (await staff.PostAsync(Batches, new { title = "测试批次：新认定奖励", rewardIds = ids })).Is(HttpStatusCode.Created).Json<AppFactory.IdBody>().Id;

        var draft = (await staff.GetAsync($"{Batches}/{batchId}")).Is(HttpStatusCode.OK).Json<GetPaymentBatch.Details>();
        Assert.Equal((BatchStatus.Draft, 2, 80m), (draft.Status, draft.Count, draft.TotalAmount));
        Assert.Matches(@"^\d{4}-奖励-\d{3}$", draft.Number);
        Assert.All(draft.Rewards, r => Assert.Equal(RewardStatus.InBatch, r.Status));
        var (draftName, draftBytes) = await DownloadAsync("staff", $"{Batches}/{batchId}/payment-list.xlsx");
        Assert.Equal($"{draft.Number}-拨付名单（草稿）.xlsx", draftName);
        Assert.Equal(3, Sheets.Read(draftBytes).Count);

        // The compiler may not approve their own batch.
        var own = (await staff.PostAsync($"{Batches}/{batchId}/approve", new { note = "自己审批" })).Problem(HttpStatusCode.Forbidden);
        Assert.Contains("不能审批自己编制的拨付批次", own.Detail, StringComparison.Ordinal);
        Assert.Equal(BatchStatus.Draft, (await staff.GetAsync($"{Batches}/{batchId}")).Json<GetPaymentBatch.Details>().Status);

        (await staff2.PostAsync($"{Batches}/{batchId}/approve", new { note = "同意拨付" })).Is(HttpStatusCode.NoContent);

        var approved = (await staff.GetAsync($"{Batches}/{batchId}")).Is(HttpStatusCode.OK).Json<GetPaymentBatch.Details>();
        Assert.Equal((BatchStatus.Approved, "李科员", "同意拨付", true), (approved.Status, approved.ApprovedBy, approved.ApprovalNote, approved.IsReadOnly));
        Assert.All(approved.Rewards, r => Assert.Equal(RewardStatus.Approved, r.Status));
        var notices = await app.Shared.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.EnterpriseId == highTech || n.EnterpriseId == giant).ToListAsync());
        Assert.Equal(2, notices.Count);
        Assert.Contains(notices, n => n.EnterpriseId == highTech && n.Body.Contains("50 万元", StringComparison.Ordinal) && n.Body.Contains(approved.Number, StringComparison.Ordinal));
        Assert.Contains(notices, n => n.EnterpriseId == giant && n.Body.Contains("30 万元", StringComparison.Ordinal));

        // Approved is final.
        (await staff2.PostAsync($"{Batches}/{batchId}/approve", new { note = "再次审批" })).Problem(HttpStatusCode.Conflict);
        (await staff.DeleteAsync($"{Batches}/{batchId}/rewards/{ids[0]}")).Problem(HttpStatusCode.Conflict);

        var (fileName, bytes) = await DownloadAsync("staff2", $"{Batches}/{batchId}/payment-list.xlsx");
        Assert.Equal($"{approved.Number}-拨付名单.xlsx", fileName);
        var sheet = Sheets.Read(bytes);
        Assert.Equal(ExportPaymentList.Headers, sheet[0].Keys);
        Assert.Equal(3, sheet.Count);
        Assert.Equal(new[] { highTechForm.Name, giantForm.Name }.Order(StringComparer.Ordinal), sheet.Take(2).Select(r => Sheets.Text(r, "企业名称")).Order(StringComparer.Ordinal));
        var htRow = sheet.Single(r => Sheets.Text(r, "企业名称") == highTechForm.Name);
        Assert.Equal(("50", highTechForm.CreditCode, "新认定高新技术企业奖励", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            (Sheets.Text(htRow, "金额（万元）"), Sheets.Text(htRow, "统一社会信用代码"), Sheets.Text(htRow, "奖励事项"), Sheets.Text(htRow, "认定日期")));
        Assert.Contains("规则版本 2020.1", Sheets.Text(htRow, "计算依据"), StringComparison.Ordinal);
        Assert.Equal("high-tech-reward 2020.1", Sheets.Text(htRow, "规则版本"));
        Assert.Equal(("合计", "80"), (Sheets.Text(sheet[2], "序号"), Sheets.Text(sheet[2], "金额（万元）")));
    }

    [Fact]
    public async Task A_reward_goes_into_one_batch_only_and_is_free_again_when_taken_out_of_a_draft()
    {
        var (firm, _) = await app.Shared.NewEnterpriseAsync();
        await RecordAsync(firm, QualificationType.HighTech, NewNumber("GR"), Today);
        var reward = Assert.Single(await RewardsOfAsync(firm));
        var staff = await app.Shared.As("staff");
        var first = (await staff.PostAsync(Batches, new { title = "第一批", rewardIds = new[] { reward.Id } })).Is(HttpStatusCode.Created).Json<AppFactory.IdBody>().Id;

        var taken = (await staff.PostAsync(Batches, new { title = "第二批", rewardIds = new[] { reward.Id } })).Problem(HttpStatusCode.Conflict);
        Assert.Contains("一项奖励只能列入一个批次", taken.Detail, StringComparison.Ordinal);

        (await staff.DeleteAsync($"{Batches}/{first}/rewards/{reward.Id}")).Is(HttpStatusCode.NoContent);
        var freed = Assert.Single(await RewardsOfAsync(firm));
        Assert.Equal((RewardStatus.Pending, (Guid?)null), (freed.Status, freed.BatchId));
        Assert.Equal(0, (await staff.GetAsync($"{Batches}/{first}")).Json<GetPaymentBatch.Details>().Count);
        (await staff.PostAsync(Batches, new { title = "第二批", rewardIds = new[] { reward.Id } })).Is(HttpStatusCode.Created);
        (await (await app.Shared.As("staff2")).PostAsync($"{Batches}/{first}/approve", new { })).Problem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Two_batches_created_at_once_with_the_same_reward_let_exactly_one_win()
    {
        var (firm, _) = await app.Shared.NewEnterpriseAsync();
        await RecordAsync(firm, QualificationType.HighTech, NewNumber("GR"), Today);
        var reward = Assert.Single(await RewardsOfAsync(firm));
        var staff = await app.Shared.As("staff");
        var staff2 = await app.Shared.As("staff2");

        var replies = await Task.WhenAll(
            staff.PostAsync(Batches, new { title = "并发甲", rewardIds = new[] { reward.Id } }),
            staff2.PostAsync(Batches, new { title = "并发乙", rewardIds = new[] { reward.Id } }));

        Assert.True(
            replies.Select(r => r.Status).Order().SequenceEqual([HttpStatusCode.Created, HttpStatusCode.Conflict]),
            $"expected one 201 and one 409:\n{string.Join("\n", replies.Select(r => r.Describe()))}");
        var loser = replies.Single(r => r.Status == HttpStatusCode.Conflict).Problem(HttpStatusCode.Conflict);
        Assert.False(string.IsNullOrWhiteSpace(loser.Detail));
        var winner = replies.Single(r => r.Status == HttpStatusCode.Created).Json<AppFactory.IdBody>().Id;
        Assert.Equal(winner, Assert.Single(await RewardsOfAsync(firm)).BatchId);
        Assert.Equal(1, await app.Shared.WithDbAsync(db => db.RecognitionRewards.CountAsync(r => r.BatchId == winner)));
    }

    [Fact]
    public async Task The_audit_log_records_the_reward_its_batch_and_the_approval()
    {
        var (firm, _) = await app.Shared.NewEnterpriseAsync();
        await RecordAsync(firm, QualificationType.HighTech, NewNumber("GR"), Today);
        var reward = Assert.Single(await RewardsOfAsync(firm));
        var batchId = (await (await app.Shared.As("staff")).PostAsync(Batches, new { title = "审计测试批次", rewardIds = new[] { reward.Id } }))
            .Is(HttpStatusCode.Created).Json<AppFactory.IdBody>().Id;
        (await (await app.Shared.As("staff2")).PostAsync($"{Batches}/{batchId}/approve", new { note = "同意" })).Is(HttpStatusCode.NoContent);
        var admin = await app.Shared.As("admin");

        var rewardLog = (await admin.GetAsync($"/api/v1/audit?entityType=RecognitionReward&entityId={reward.Id}")).Is(HttpStatusCode.OK).Json<ListAuditEntries.Page>();
        var batchLog = (await admin.GetAsync($"/api/v1/audit?entityType=PaymentBatch&entityId={batchId}")).Is(HttpStatusCode.OK).Json<ListAuditEntries.Page>();

        var steps = rewardLog.Items.OrderBy(e => e.Id).ToList();
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Update], steps.Select(e => e.Action));
        Assert.Equal(("王科员", "王科员", "李科员"), (steps[0].UserName, steps[1].UserName, steps[2].UserName));
        Assert.Contains(steps[0].Changes, c => c.Field == "Amount" && c.After is "50" or "50.00");
        Assert.Contains(new FieldChange("Status", "Pending", "InBatch"), steps[1].Changes);
        Assert.Contains(new FieldChange("BatchId", null, batchId.ToString()), steps[1].Changes);
        Assert.Contains(new FieldChange("Status", "InBatch", "Approved"), steps[2].Changes);
        var batchSteps = batchLog.Items.OrderBy(e => e.Id).ToList();
        Assert.Equal([AuditAction.Create, AuditAction.Update], batchSteps.Select(e => e.Action));
        Assert.Contains(new FieldChange("Status", "Draft", "Approved"), batchSteps[1].Changes);
        Assert.Contains(new FieldChange("ApprovalNote", null, "同意"), batchSteps[1].Changes);
    }

    [Fact]
    public async Task Bad_requests_get_a_chinese_4xx_and_change_nothing()
    {
        var staff = await app.Shared.As("staff");
        var missing = Guid.NewGuid();

        var empty = (await staff.PostAsync(Batches, new { title = "", rewardIds = Array.Empty<Guid>() })).Problem(HttpStatusCode.BadRequest);
        var unknown = (await staff.PostAsync(Batches, new { title = "不存在的奖励", rewardIds = new[] { missing } })).Problem(HttpStatusCode.BadRequest);
        var longNote = (await (await app.Shared.As("staff2")).PostAsync($"{Batches}/{missing}/approve", new { note = new string('长', 501) })).Problem(HttpStatusCode.BadRequest);

        Assert.Contains("请填写批次名称", empty.ErrorsOf("title"));
        Assert.Contains("请选择要列入批次的奖励", empty.ErrorsOf("rewardIds"));
        Assert.Contains("不存在", unknown.ErrorsOf("rewardIds").Single(), StringComparison.Ordinal);
        Assert.Contains("审批意见不能超过 500 个字符", longNote.ErrorsOf("note"));
        (await staff.GetAsync($"{Batches}/{missing}")).Problem(HttpStatusCode.NotFound);
        (await staff.GetAsync($"{Batches}/{missing}/payment-list.xlsx")).Problem(HttpStatusCode.NotFound);
        (await staff.DeleteAsync($"{Batches}/{missing}/rewards/{missing}")).Problem(HttpStatusCode.NotFound);
        (await (await app.Shared.As("staff2")).PostAsync($"{Batches}/{missing}/approve", new { })).Problem(HttpStatusCode.NotFound);
        (await staff.SendRawAsync(HttpMethod.Post, Batches, "{\"title\": 12, ")).Problem(HttpStatusCode.BadRequest);
        Assert.Equal(0, await app.Shared.WithDbAsync(db => db.PaymentBatches.CountAsync(b => b.Title == "不存在的奖励")));
    }

    [Fact]
    public async Task Only_bureau_staff_with_the_reward_permissions_see_rewards_and_batches()
    {
        var firmUser = await app.Shared.As("qiye");

        (await firmUser.GetAsync(Rewards)).Problem(HttpStatusCode.Forbidden);
        (await firmUser.GetAsync(Batches)).Problem(HttpStatusCode.Forbidden);
        (await firmUser.PostAsync($"{Rewards}/sweep", new { })).Problem(HttpStatusCode.Forbidden);
        (await app.Shared.Anonymous().GetAsync(Rewards)).Is(HttpStatusCode.Unauthorized);
    }

    private static string NewNumber(string prefix) =>
        prefix + Today.Year.ToString(CultureInfo.InvariantCulture) + "64" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);

    private static QualificationForm HighTech(string number, DateOnly issued) =>
        new() { Type = QualificationType.HighTech, Number = number, IssuedOn = issued, ExpiresOn = issued.AddYears(3).AddDays(-1) };

    private async Task<Guid> RecordAsync(Guid firm, QualificationType type, string number, DateOnly issued)
    {
        var form = type == QualificationType.HighTech
            ? HighTech(number, issued)
            : new QualificationForm { Type = type, Number = number, IssuedOn = issued, ExpiresOn = issued.AddYears(3) };
        var reply = await (await app.Shared.As("staff")).PostAsync($"/api/v1/enterprises/{firm}/qualifications", form);
        return reply.Is(HttpStatusCode.Created).Json<AppFactory.IdBody>().Id;
    }

    private Task<List<RecognitionReward>> RewardsOfAsync(Guid firm) =>
        app.Shared.WithDbAsync(db => db.RecognitionRewards.AsNoTracking().Where(r => r.EnterpriseId == firm).ToListAsync());

    /// <summary>A file download with the name the browser would save it under.</summary>
    private async Task<(string FileName, byte[] Bytes)> DownloadAsync(string userName, string url)
    {
        using var client = app.Shared.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.Shared.LoginAsync(userName, AppFactory.Password));
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        return (response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName ?? "", bytes);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class RewardingRecognitionsOnSqlite(SqliteApp app) : RewardingRecognitions(app);

[Collection(PostgresScenarios.Name)]
public sealed class RewardingRecognitionsOnPostgres(PostgresApp app) : RewardingRecognitions(app);

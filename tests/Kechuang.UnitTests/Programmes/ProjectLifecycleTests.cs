using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Programmes.Domain;

namespace Kechuang.UnitTests.Programmes;

public sealed class ProjectLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Project Approved() => new()
    {
        ProjectNo = "KC2027-01-TEST-001",
        Title = "测试项目",
        ApplicantName = "测试企业",
        ApplicantCreditCode = "91640100MA00000000",
        Grant = 50,
        PublicityFrom = Today,
        PublicityTo = Today.AddDays(6),
        ApprovedBy = "王科员",
    };

    private static Project Concluded()
    {
        var p = Approved();
        p.EndPublicity(Today.AddDays(7));
        p.SignContract(Today.AddDays(10), Today.AddYears(2), Today.AddYears(1), EvaluationMode.Acceptance);
        p.ApplyForAcceptance();
        p.Conclude(true, "同意通过验收");
        return p;
    }

    [Fact]
    public void The_notice_cannot_end_before_its_period_is_over()
    {
        var p = Approved();

        Assert.Throws<DomainRuleException>(() => p.EndPublicity(Today.AddDays(6)));
        p.EndPublicity(Today.AddDays(7));
        Assert.Equal(ProjectStatus.Contracting, p.Status);
    }

    [Fact]
    public void Steps_out_of_order_are_refused_and_leave_the_status_alone()
    {
        var p = Approved();

        var e = Assert.Throws<ConflictException>(() => p.SignContract(Today, Today.AddYears(1), Today.AddMonths(6), EvaluationMode.Acceptance));
        Assert.Contains("立项公示中", e.Message, StringComparison.Ordinal);
        Assert.Throws<ConflictException>(p.Archive);
        Assert.Throws<ConflictException>(() => p.Conclude(true, "通过"));
        Assert.Equal(ProjectStatus.Publicising, p.Status);
    }

    [Fact]
    public void A_contract_needs_its_dates_in_order()
    {
        var p = Approved();
        p.EndPublicity(Today.AddDays(7));

        Assert.Throws<DomainRuleException>(() => p.SignContract(Today, Today.AddYears(1), Today.AddYears(2), EvaluationMode.Acceptance));
        Assert.Equal(ProjectStatus.Contracting, p.Status);
    }

    [Fact]
    public void A_closed_project_reopens_only_with_a_reason()
    {
        var p = Concluded();
        p.Archive();

        Assert.Throws<FieldValidationException>(() => p.Reopen(" "));
        Assert.Equal(ProjectStatus.Archived, p.Status);
        p.Reopen("审计发现问题，需补充材料");
        Assert.Equal(ProjectStatus.InProgress, p.Status);
        Assert.Equal("审计发现问题，需补充材料", p.StatusReason);
        Assert.Null(p.Passed);
    }

    [Fact]
    public void Only_a_closed_project_can_be_reopened()
    {
        var p = Approved();

        Assert.Throws<ConflictException>(() => p.Reopen("理由充分的说明"));
    }
}

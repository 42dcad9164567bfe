using Kechuang.Web.Modules.Enterprises.Domain;

namespace Kechuang.UnitTests;

public sealed class QualificationValidityTests
{
    [Fact]
    public void A_tech_sme_number_is_valid_in_its_year_only()
    {
        var q = new Qualification { Type = QualificationType.TechSme, Number = "x", Year = 2026 };
        Assert.True(q.IsValidOn(new DateOnly(2026, 1, 1)));
        Assert.True(q.IsValidOn(new DateOnly(2026, 12, 31)));
        Assert.False(q.IsValidOn(new DateOnly(2025, 12, 31)));
        Assert.False(q.IsValidOn(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void A_certificate_is_valid_from_issue_through_expiry_inclusive()
    {
        var q = new Qualification { Type = QualificationType.HighTech, Number = "GR", IssuedOn = new DateOnly(2024, 12, 1), ExpiresOn = new DateOnly(2027, 11, 30) };
        Assert.False(q.IsValidOn(new DateOnly(2024, 11, 30)));
        Assert.True(q.IsValidOn(new DateOnly(2024, 12, 1)));
        Assert.True(q.IsValidOn(new DateOnly(2027, 11, 30)));
        Assert.False(q.IsValidOn(new DateOnly(2027, 12, 1)));
    }
}

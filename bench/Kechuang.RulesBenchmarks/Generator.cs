using Kechuang.Rules.Facts;

namespace Kechuang.RulesBenchmarks;

/// <summary>Seeded, realistic firms: mostly small, a few near the 500-staff and 2亿 limits, about 3% with no y-1 figures.</summary>
internal static class Generator
{
    public const int Year = 2026;
    public static readonly DateOnly On = new(2026, 5, 1);

    public static (Firm[] Firms, FactSheet[] Sheets) Generate(int count, int seed)
    {
        var random = new Random(seed);
        var firms = new Firm[count];
        var sheets = new FactSheet[count];
        for (var i = 0; i < count; i++)
        {
            var (firm, sheet) = One(random);
            firms[i] = firm;
            sheets[i] = sheet;
        }

        return (firms, sheets);
    }

    private static (Firm, FactSheet) One(Random r)
    {
        // Log-normal-ish sizes: median ~40 staff, ~3000万 sales; a tail above the limits.
        var staff = Math.Clamp((int)Math.Round(Math.Exp(3.7 + (r.NextDouble() + r.NextDouble() + r.NextDouble() - 1.5) * 1.6)), 1, 2000);
        var stStaff = (int)Math.Round(staff * r.NextDouble() * 0.6);
        var sales = Money(Math.Exp(8 + (r.NextDouble() + r.NextDouble() + r.NextDouble() - 1.5) * 2.2));
        var cost = Money((double)sales * (0.6 + r.NextDouble() * 0.5));
        var rd = Money((double)sales * r.NextDouble() * r.NextDouble() * 0.25);
        var assets = Money((double)sales * (0.4 + r.NextDouble() * 1.8));
        var firm = new Firm
        {
            HasLastYear = r.NextDouble() >= 0.03,
            Staff = staff,
            StStaff = stStaff,
            Sales = sales,
            Cost = cost,
            RdExpense = rd,
            TotalAssets = assets,
            IpClass1 = r.NextDouble() < 0.3 ? r.Next(1, 4) : 0,
            IpClass2 = r.Next(0, 9),
            ResidentEnterprise = r.NextDouble() < 0.98,
            RestrictedIndustry = r.NextDouble() < 0.02,
            NoMajorViolation = r.NextDouble() < 0.99,
            ListedAbnormal = r.NextDouble() < 0.02,
            SoundAccounts = r.NextDouble() < 0.95,
            HoldsHighTech = r.NextDouble() < 0.12,
            NationalAward5y = r.NextDouble() < 0.01,
            ProvincialRdInstitution = r.NextDouble() < 0.03,
            LedStandard5y = r.NextDouble() < 0.03,
        };
        if (!firm.HasLastYear)
        {
            firm.Staff = firm.StStaff = 0;
            firm.Sales = firm.Cost = firm.RdExpense = firm.TotalAssets = 0;
        }

        var sheet = new FactSheet(Year)
            .Set("resident_enterprise", firm.ResidentEnterprise).Set("restricted_industry", firm.RestrictedIndustry)
            .Set("no_major_violation", firm.NoMajorViolation).Set("listed_abnormal", firm.ListedAbnormal)
            .Set("sound_accounts", firm.SoundAccounts).Set("holds_high_tech", firm.HoldsHighTech)
            .Set("national_award_5y", firm.NationalAward5y).Set("provincial_rd_institution", firm.ProvincialRdInstitution)
            .Set("led_standard_5y", firm.LedStandard5y).Set("ip_class1", firm.IpClass1).Set("ip_class2", firm.IpClass2)
            .Set("holds_tech_sme", r.NextDouble() < 0.5).Set("has_core_ip", r.NextDouble() < 0.7)
            .Set("in_hightech_field", r.NextDouble() < 0.6).Set("has_rd_unit", r.NextDouble() < 0.4)
            .Set("established", new DateOnly(2000, 1, 1).AddDays(r.Next(0, 9500)))
            .Set("tech_sme_since", new DateOnly(2018, 1, 1).AddDays(r.Next(0, 3000)));

        // Earlier years: the same firm growing 0–25% a year into y-1.
        for (var back = 1; back < FactCatalog.YearsKept; back++)
        {
            if (back == 1 && !firm.HasLastYear)
            {
                continue;
            }

            var f = back == 1 ? 1m : (decimal)Math.Pow(1 / (1 + (r.NextDouble() * 0.25)), back - 1);
            var y = Year - back;
            sheet.SetYear("staff", y, Math.Max(1, Math.Round(staff * f))).SetYear("st_staff", y, Math.Round(stStaff * f))
                .SetYear("sales", y, Math.Round(sales * f, 1)).SetYear("total_revenue", y, Math.Round(sales * f * 1.05m, 1))
                .SetYear("hightech_revenue", y, Math.Round(sales * f * 0.6m, 1)).SetYear("tech_revenue", y, Math.Round(sales * f * 0.3m, 1))
                .SetYear("cost", y, Math.Round(cost * f, 1)).SetYear("rd_expense", y, Math.Round(rd * f, 1))
                .SetYear("rd_expense_in_china", y, Math.Round(rd * f * 0.95m, 1)).SetYear("total_assets", y, Math.Round(assets * f, 1))
                .SetYear("net_assets", y, Math.Round(assets * f * 0.5m, 1)).SetYear("net_profit", y, Math.Round(sales * f * 0.08m, 1))
                .SetYear("tax_paid", y, Math.Round(sales * f * 0.05m, 1)).SetYear("conversions", y, r.Next(0, 6));
        }

        return (firm, sheet);
    }

    private static decimal Money(double value) => Math.Max(1m, Math.Round((decimal)value, 1));
}

using Kechuang.Rules.Evaluation;

namespace Kechuang.RulesBenchmarks;

/// <summary>
/// The 科技型中小企业 verdict and score in plain C#: the score bands are copied from
/// tests/Kechuang.UnitTests/Rules/TechSmeOracle.cs; the verdict adds the basic conditions, the 60-point pass mark,
/// the non-zero S&amp;T-staff score and the direct routes (国科发政〔2017〕115号 第六、七条). Missing y-1 figures make
/// the annual conditions and the score unknown.
/// </summary>
internal static class Oracle
{
    public static (Outcome Outcome, decimal? Score) Decide(Firm f)
    {
        var known = f.HasLastYear;
        var basicFails = !f.ResidentEnterprise || f.RestrictedIndustry || !(f.NoMajorViolation && !f.ListedAbnormal) || !f.SoundAccounts
            || (known && (f.Staff > 500 || f.Sales > 20000 || f.TotalAssets > 20000));
        var score = known ? Score(f.Staff, f.StStaff, f.Sales, f.Cost, f.RdExpense, f.IpClass1, f.IpClass2) : null;
        if (basicFails)
        {
            return (Outcome.Failed, score);
        }

        if (!known)
        {
            return (Outcome.Unknown, null);
        }

        if (f.HoldsHighTech || f.NationalAward5y || f.ProvincialRdInstitution || f.LedStandard5y)
        {
            return (Outcome.Passed, score);
        }

        var noStaffPoints = StaffPoints((decimal)f.StStaff / f.Staff) == 0;
        return (noStaffPoints ? Outcome.Failed : score is null ? Outcome.Unknown : score >= 60 ? Outcome.Passed : Outcome.Failed, score);
    }

    public static decimal? Score(int staff, int stStaff, decimal sales, decimal cost, decimal rd, int ipClass1, int ipClass2)
    {
        if (staff == 0 || sales == 0 || cost == 0)
        {
            return null;
        }

        return StaffPoints((decimal)stStaff / staff) + Math.Max(RdSalesPoints(rd / sales), RdCostPoints(rd / cost)) + IpPoints(ipClass1, ipClass2);
    }

    public static decimal StaffPoints(decimal share) =>
        share >= 0.30m ? 20 : share >= 0.25m ? 16 : share >= 0.20m ? 12 : share >= 0.15m ? 8 : share >= 0.10m ? 4 : 0;

    private static decimal RdSalesPoints(decimal r) =>
        r >= 0.06m ? 50 : r >= 0.05m ? 40 : r >= 0.04m ? 30 : r >= 0.03m ? 20 : r >= 0.02m ? 10 : 0;

    private static decimal RdCostPoints(decimal r) =>
        r >= 0.30m ? 50 : r >= 0.25m ? 40 : r >= 0.20m ? 30 : r >= 0.15m ? 20 : r >= 0.10m ? 10 : 0;

    private static decimal IpPoints(int class1, int class2) =>
        class1 >= 1 ? 30 : class2 >= 4 ? 24 : class2 == 3 ? 18 : class2 == 2 ? 12 : class2 == 1 ? 6 : 0;
}

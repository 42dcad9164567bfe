using Kechuang.Rules.Evaluation;
using Kechuang.UnitTests.Rules;

namespace Kechuang.RulesBenchmarks;

/// <summary>
/// The 科技型中小企业 verdict and score in plain C#: the score is the unit tests'
/// TechSmeOracle (the same file, compiled in here); the verdict adds the basic conditions, the 60-point pass mark,
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
        var score = known ? TechSmeOracle.Score(f.Staff, f.StStaff, f.Sales, f.Cost, f.RdExpense, f.IpClass1, f.IpClass2) : null;
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

        var noStaffPoints = TechSmeOracle.StaffPoints((decimal)f.StStaff / f.Staff) == 0;
        return (noStaffPoints ? Outcome.Failed : score is null ? Outcome.Unknown : score >= 60 ? Outcome.Passed : Outcome.Failed, score);
    }
}

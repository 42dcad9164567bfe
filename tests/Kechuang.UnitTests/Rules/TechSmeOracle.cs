namespace Kechuang.UnitTests.Rules;

/// <summary>
/// The 科技型中小企业 score written out by hand from 国科发政〔2017〕115号 附件 / 国科火字〔2022〕67号, independent of the
/// rules engine, to check the engine's YAML and compiler against. Null when a ratio has a zero denominator.
/// </summary>
internal static class TechSmeOracle
{
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

using Kechuang.Rules;
using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Facts;

namespace Kechuang.UnitTests.Rules;

public sealed class TechSmeOracleTests
{
    [Fact]
    public void The_engine_scores_generated_firms_as_the_hand_written_oracle_does()
    {
        var rules = Firms.Compiled(ShippedRuleSets.TechSme);
        var random = new Random(20260501);
        for (var i = 0; i < 3000; i++)
        {
            // Small integers hit band edges often (e.g. 3 of 10 staff, R&D exactly 5% of sales).
            var staff = random.Next(0, 40);
            var stStaff = staff == 0 ? 0 : random.Next(0, staff + 1);
            decimal sales = random.Next(0, 6) * 500, cost = random.Next(0, 6) * 100, rd = random.Next(0, 31) * 5;
            int ip1 = random.Next(0, 4) == 0 ? 1 : 0, ip2 = random.Next(0, 6);
            var firm = Firms.TechSme().Last("staff", staff).Last("st_staff", stStaff).Last("sales", sales).Last("cost", cost)
                .Last("rd_expense", rd).Set("ip_class1", ip1).Set("ip_class2", ip2);

            var expected = TechSmeOracle.Score(staff, stStaff, sales, cost, rd, ip1, ip2);
            var result = rules.Evaluate(firm);
            Assert.True(expected == result.Score!.Min, $"firm {i}: staff {staff}/{stStaff}, sales {sales}, cost {cost}, R&D {rd}, IP {ip1}/{ip2}: oracle {expected}, engine {result.Score.Min}");

            // A zero S&T-staff score fails the firm even when another ratio cannot be computed.
            var noStaffPoints = staff > 0 && TechSmeOracle.StaffPoints((decimal)stStaff / staff) == 0;
            var oracleOutcome = noStaffPoints ? Outcome.Failed : expected is null ? Outcome.Unknown : expected >= 60 ? Outcome.Passed : Outcome.Failed;
            Assert.True(oracleOutcome == rules.Decide(firm), $"firm {i}: oracle {oracleOutcome}, engine {rules.Decide(firm)}");
        }
    }
}

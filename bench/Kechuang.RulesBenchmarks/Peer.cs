using Kechuang.Rules.Evaluation;

using RulesEngine.Models;

namespace Kechuang.RulesBenchmarks;

/// <summary>
/// Microsoft RulesEngine 6.0.1 with the 科技型中小企业 evaluation written the way its users write it: one rule per
/// basic condition, per score band and per direct route, over a plain C# input (<see cref="Firm"/>); C# then adds
/// up the points of the passed bands. It has no notion of missing data, so firms without y-1 figures are not compared.
/// </summary>
internal sealed class Peer
{
    public const string WorkflowName = "tech-sme";

    private readonly RulesEngine.RulesEngine engine;
    private readonly List<Rule> rules;

    // Per rule: which group it belongs to and its points (bands), in workflow order.
    private readonly (Group Group, decimal Points)[] meaning;

    public Peer()
    {
        var list = new List<(Rule Rule, Group Group, decimal Points)>
        {
            (R("resident", "input1.ResidentEnterprise"), Group.Basic, 0),
            (R("staff_limit", "input1.Staff <= 500"), Group.Basic, 0),
            (R("sales_limit", "input1.Sales <= 20000M"), Group.Basic, 0),
            (R("assets_limit", "input1.TotalAssets <= 20000M"), Group.Basic, 0),
            (R("industry", "!input1.RestrictedIndustry"), Group.Basic, 0),
            (R("integrity", "input1.NoMajorViolation && !input1.ListedAbnormal"), Group.Basic, 0),
            (R("accounts", "input1.SoundAccounts"), Group.Basic, 0),
        };
        foreach (var (from, points) in new[] { ("0.30M", 20m), ("0.25M", 16m), ("0.20M", 12m), ("0.15M", 8m), ("0.10M", 4m) })
        {
            list.Add((R($"st_staff_{from}", $"input1.Staff > 0 && input1.StStaff * 1.0M / input1.Staff >= {from}"), Group.StStaff, points));
        }

        foreach (var (from, points) in new[] { ("0.06M", 50m), ("0.05M", 40m), ("0.04M", 30m), ("0.03M", 20m), ("0.02M", 10m) })
        {
            list.Add((R($"rd_sales_{from}", $"input1.Sales > 0 && input1.RdExpense / input1.Sales >= {from}"), Group.Rd, points));
        }

        foreach (var (from, points) in new[] { ("0.30M", 50m), ("0.25M", 40m), ("0.20M", 30m), ("0.15M", 20m), ("0.10M", 10m) })
        {
            list.Add((R($"rd_cost_{from}", $"input1.Cost > 0 && input1.RdExpense / input1.Cost >= {from}"), Group.Rd, points));
        }

        list.Add((R("ip_class1", "input1.IpClass1 >= 1"), Group.Ip, 30));
        foreach (var (from, points) in new[] { (4, 24m), (3, 18m), (2, 12m), (1, 6m) })
        {
            list.Add((R($"ip_class2_{from}", $"input1.IpClass2 >= {from}"), Group.Ip, points));
        }

        list.Add((R("high_tech", "input1.HoldsHighTech"), Group.Route, 0));
        list.Add((R("national_award", "input1.NationalAward5y"), Group.Route, 0));
        list.Add((R("rd_institution", "input1.ProvincialRdInstitution"), Group.Route, 0));
        list.Add((R("standard", "input1.LedStandard5y"), Group.Route, 0));

        rules = list.Select(x => x.Rule).ToList();
        meaning = list.Select(x => (x.Group, x.Points)).ToArray();
        var workflow = new Workflow { WorkflowName = WorkflowName, Rules = rules };
        engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    private enum Group
    {
        Basic,
        StStaff,
        Rd,
        Ip,
        Route,
    }

    public int RuleCount => rules.Count;

    public int Errors { get; private set; }

    public async Task<(Outcome Outcome, decimal Score)> Decide(Firm firm)
    {
        var results = await engine.ExecuteAllRulesAsync(WorkflowName, firm).ConfigureAwait(false);
        bool basic = true, route = false;
        decimal stStaff = 0, rd = 0, ip = 0;
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];

            // A failed rule reports its ErrorMessage as ExceptionMessage; anything else is a real error.
            if (!string.IsNullOrEmpty(r.ExceptionMessage) && r.ExceptionMessage != r.Rule.ErrorMessage)
            {
                Errors++;
            }

            var (group, points) = meaning[i];
            switch (group)
            {
                case Group.Basic: basic &= r.IsSuccess; break;
                case Group.Route: route |= r.IsSuccess; break;
                case Group.StStaff when r.IsSuccess: stStaff = Math.Max(stStaff, points); break;
                case Group.Rd when r.IsSuccess: rd = Math.Max(rd, points); break;
                case Group.Ip when r.IsSuccess: ip = Math.Max(ip, points); break;
                default: break;
            }
        }

        var score = stStaff + rd + ip;
        var outcome = basic && (route || (score >= 60 && stStaff > 0)) ? Outcome.Passed : Outcome.Failed;
        return (outcome, score);
    }

    private static Rule R(string name, string expression) =>
        new() { RuleName = name, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression, ErrorMessage = $"{name} 不符合" };
}

using System.Linq.Expressions;

using Kechuang.Rules.Expressions;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Model;

using E = System.Linq.Expressions.Expression;

namespace Kechuang.Rules.Evaluation;

/// <summary>
/// A whole rule set fused into one compiled delegate FactSheet → Outcome (<see cref="CompiledRuleSet.Decide"/>), with
/// the same result as the explained path (<see cref="CompiledRuleSet.DecideByClosures"/>):
/// <list type="bullet">
/// <item>basic conditions, cheapest first, stopping at the first that fails (the outcome does not depend on order);</item>
/// <item>direct routes, stopping at the first that passes;</item>
/// <item>the score's extra conditions before the parts (one that fails decides the score route), and the parts
/// stopping at the first unknown one; a part read by a condition (科技人员指标得分 > 0) is placed once per firm.</item>
/// </list>
/// </summary>
internal static class FastDecision
{
    private const int False = TreeCompiler.False;
    private const int True = TreeCompiler.True;
    private const int Unknown = TreeCompiler.Unknown;

    public static Func<FactSheet, Outcome> Build(CompiledRuleSet set)
    {
        var rules = set.Rules;
        var partsById = set.Parts.ToDictionary(p => p.Part.Id);
        var partCaches = new Dictionary<string, (ParameterExpression State, ParameterExpression Min, ParameterExpression Max)>();
        TreeCompiler tc = null!;
        tc = new TreeCompiler(set.Compiler.Scope, id => (PartKnown(id), PartCache(id).Min));

        (ParameterExpression State, ParameterExpression Min, ParameterExpression Max) PartCache(string id)
        {
            if (!partCaches.TryGetValue(id, out var cache))
            {
                cache = (tc.Local(typeof(int), id + "_state"), tc.Local(typeof(decimal), id + "_min"), tc.Local(typeof(decimal), id + "_max"));
                tc.Prologue.Add(E.Assign(cache.State, E.Constant(0)));
                partCaches[id] = cache;
            }

            return cache;
        }

        // Places the part once per firm; true when its points are known (then in the cache's Min/Max).
        E PartKnown(string id)
        {
            var (state, min, max) = PartCache(id);
            var fill = E.Assign(state, E.Condition(Place(tc, partsById[id].Part, min, max), E.Constant(True), E.Constant(Unknown)));
            return E.Equal(E.Condition(E.Equal(state, E.Constant(0)), fill, state), E.Constant(True));
        }

        var done = E.Label(typeof(Outcome), "done");
        var body = new List<E>();
        var basic = tc.Local(typeof(int), "basic");
        var t = tc.Local(typeof(int), "t");
        body.Add(E.Assign(basic, E.Constant(True)));
        foreach (var c in rules.Conditions.OrderBy(c => Cost(tc, c.Expr)))
        {
            body.Add(E.Assign(t, tc.Tri(c.Expr)));
            body.Add(E.IfThen(E.Equal(t, E.Constant(False)), E.Return(done, E.Constant(Outcome.Failed))));
            body.Add(E.IfThen(E.Equal(t, E.Constant(Unknown)), E.Assign(basic, E.Constant(Unknown))));
        }

        var basicOutcome = E.Condition(E.Equal(basic, E.Constant(True)), E.Constant(Outcome.Passed), E.Constant(Outcome.Unknown));
        if (rules.Score is not { } score)
        {
            body.Add(E.Return(done, basicOutcome));
        }
        else
        {
            // Routes: one that passes decides; otherwise route is Failed or Unknown.
            var routeUnknown = tc.Local(typeof(bool), "routeUnknown");
            body.Add(E.Assign(routeUnknown, E.Constant(false)));
            foreach (var r in rules.DirectRoutes.OrderBy(c => Cost(tc, c.Expr)))
            {
                body.Add(E.Assign(t, tc.Tri(r.Expr)));
                body.Add(E.IfThen(E.Equal(t, E.Constant(True)), E.Return(done, basicOutcome)));
                body.Add(E.IfThen(E.Equal(t, E.Constant(Unknown)), E.Assign(routeUnknown, E.Constant(true))));
            }

            // The score route s (False / True / Unknown).
            var s = tc.Local(typeof(int), "s");
            var alsoUnknown = tc.Local(typeof(bool), "alsoUnknown");
            var scored = E.Label("scored");
            body.Add(E.Assign(alsoUnknown, E.Constant(false)));
            foreach (var a in score.AlsoRequired.OrderBy(c => Cost(tc, c.Expr)))
            {
                body.Add(E.Assign(t, tc.Tri(a.Expr)));
                body.Add(E.IfThen(E.Equal(t, E.Constant(False)), E.Block(E.Assign(s, E.Constant(False)), E.Goto(scored))));
                body.Add(E.IfThen(E.Equal(t, E.Constant(Unknown)), E.Assign(alsoUnknown, E.Constant(true))));
            }

            var lo = tc.Local(typeof(decimal), "lo");
            var hi = tc.Local(typeof(decimal), "hi");
            body.Add(E.Assign(lo, E.Constant(0m)));
            body.Add(E.Assign(hi, E.Constant(0m)));
            // With every part exact (no expert range, no ranged band) the total is one number: hi = lo.
            // Parts are placed cheapest first (the total and "any part unknown → unknown" do not depend on order). With
            // ranges (expert parts), once neither passing nor failing can be reached whatever the remaining parts give,
            // the score is unknown — known or not, they cannot change that — so they are not placed.
            var exact = set.Parts.All(p => p.Part.IsExact);
            var ordered = set.Parts.OrderBy(p => PartCost(tc, p.Part)).ToList();
            var range = ordered.Select(p => PointsRange(tc, p.Part)).ToList();
            if (score.PassAtLeast is null && score.PassAbove is null)
            {
                body.Add(E.Assign(s, E.Constant(Unknown)));
                body.Add(E.Goto(scored));
            }

            for (var k = 0; k < ordered.Count; k++)
            {
                var part = ordered[k];
                var cache = PartCache(part.Part.Id);
                body.Add(E.IfThen(E.Not(PartKnown(part.Part.Id)), E.Block(E.Assign(s, E.Constant(Unknown)), E.Goto(scored))));
                body.Add(E.AddAssign(lo, cache.Min));
                if (!exact)
                {
                    body.Add(E.AddAssign(hi, cache.Max));
                }

                var rest = range.Skip(k + 1).ToList();
                if (!exact && rest.Count > 0 && rest.All(r => r is not null))
                {
                    // The total's low end can still grow by at most Σ max-low, its high end by at least Σ min-high.
                    var loGrowth = rest.Sum(r => r!.Value.MaxLo);
                    var hiGrowth = rest.Sum(r => r!.Value.MinHi);
                    E passPossible = score.PassAtLeast is { } least
                        ? TreeCompiler.Test(">=", TreeCompiler.CompareWith(lo, least - loGrowth))
                        : TreeCompiler.Test(">", TreeCompiler.CompareWith(lo, score.PassAbove!.Value - loGrowth));
                    E failPossible = score.PassAtLeast is { } least2
                        ? TreeCompiler.Test("<", TreeCompiler.CompareWith(hi, least2 - hiGrowth))
                        : TreeCompiler.Test("<=", TreeCompiler.CompareWith(hi, score.PassAbove!.Value - hiGrowth));
                    body.Add(E.IfThen(E.Not(E.OrElse(passPossible, failPossible)), E.Block(E.Assign(s, E.Constant(Unknown)), E.Goto(scored))));
                }
            }

            if (exact)
            {
                body.Add(E.Assign(hi, lo));
            }

            // Same pass mark as DecideScore: ≥ pass_at_least, or > pass_above; in between (expert ranges) unknown.
            E mark = score.PassAtLeast is { } atLeast
                ? E.Condition(TreeCompiler.Test(">=", TreeCompiler.CompareWith(lo, atLeast)), E.Constant(True), E.Condition(TreeCompiler.Test("<", TreeCompiler.CompareWith(hi, atLeast)), E.Constant(False), E.Constant(Unknown)))
                : score.PassAbove is { } above
                    ? E.Condition(TreeCompiler.Test(">", TreeCompiler.CompareWith(lo, above)), E.Constant(True), E.Condition(TreeCompiler.Test("<=", TreeCompiler.CompareWith(hi, above)), E.Constant(False), E.Constant(Unknown)))
                    : E.Constant(Unknown);
            body.Add(E.Assign(s, mark));
            body.Add(E.IfThen(E.AndAlso(alsoUnknown, E.NotEqual(s, E.Constant(False))), E.Assign(s, E.Constant(Unknown))));
            body.Add(E.Label(scored));

            // x = route or s, with route Failed or Unknown; the result is basic and x, with basic Passed or Unknown.
            var x = tc.Local(typeof(int), "x");
            body.Add(E.Assign(x, E.Condition(
                E.Equal(s, E.Constant(True)),
                E.Constant(True),
                E.Condition(routeUnknown, E.Constant(Unknown), s))));
            body.Add(E.Return(done, E.Condition(
                E.Equal(x, E.Constant(False)),
                E.Constant(Outcome.Failed),
                E.Condition(E.AndAlso(E.Equal(basic, E.Constant(True)), E.Equal(x, E.Constant(True))), E.Constant(Outcome.Passed), E.Constant(Outcome.Unknown)))));
        }

        body.Add(E.Label(done, E.Constant(Outcome.Unknown)));
        var block = E.Block(tc.Locals, tc.Prologue.Concat(body));
        return E.Lambda<Func<FactSheet, Outcome>>(block, $"Decide_{rules.Id}", [tc.Facts]).Compile();
    }

    /// <summary>Places a part (as <see cref="CompiledPart.Place"/>): true with min/max set, or false when unknown.</summary>
    private static E Place(TreeCompiler tc, ScorePart part, ParameterExpression min, ParameterExpression max)
    {
        E Points(decimal lo, decimal hi) => E.Block(E.Assign(min, E.Constant(lo)), E.Assign(max, E.Constant(hi)), E.Constant(true));

        if (part.Expert is { } expert)
        {
            return Points(expert.Min, expert.Max);
        }

        if (part.Points is { } pointsExpr)
        {
            var (ok, v) = tc.Num(pointsExpr);
            return E.AndAlso(ok, E.Block(E.Assign(min, v), E.Assign(max, min), E.Constant(true)));
        }

        // The value that places the firm: a ratio compared band by band without dividing, or a number.
        E known;
        Func<int, E> atLeast; // band i's "value ≥ from"
        var froms = part.Bands.Where(b => b.From is not null).Select(b => b.From!.Value).ToArray();
        if (part.Value is { } valueExpr && tc.AsQuotient(valueExpr) is { } q && (froms.Length == 0 ? Quotients.Thresholds.Of([0m]) : Quotients.Thresholds.Of(froms)) is { } th)
        {
            var (okAB, ratio) = tc.PrepareRatio(q, th);
            known = E.AndAlso(okAB, TreeCompiler.DefinedCall(ratio));
            var index = part.Bands.Select((b, i) => b.From is null ? -1 : part.Bands.Take(i).Count(x => x.From is not null)).ToArray();
            atLeast = i => E.GreaterThanOrEqual(TreeCompiler.SignCall(ratio, th, index[i]), E.Constant(0));
        }
        else if (part.Value is { } growthExpr && tc.AsGrowth(growthExpr) is { } fact && part.Bands.All(b => b.From is null || DecimalBits.Constant(b.From.Value) is { Scale: <= 4 }))
        {
            var (okGrowth, growth) = tc.PrepareGrowth(fact);
            known = okGrowth;
            atLeast = i => E.GreaterThanOrEqual(TreeCompiler.GrowthSignCall(growth, part.Bands[i].From!.Value), E.Constant(0));
        }
        else if (part.Value is { } plain)
        {
            var (ok, v) = tc.Num(plain);
            var value = tc.Local(typeof(decimal), part.Id + "_value");
            known = E.AndAlso(ok, E.Block(E.Assign(value, v), E.Constant(true)));
            atLeast = i => TreeCompiler.Test(">=", TreeCompiler.CompareWith(value, part.Bands[i].From!.Value));
        }
        else
        {
            known = E.Constant(true);
            atLeast = i => E.Constant(0m >= part.Bands[i].From!.Value);
        }

        // First band that matches, in file order; a band's condition that is unknown makes the part unknown.
        var placed = tc.Local(typeof(bool), part.Id + "_placed");
        var w = tc.Local(typeof(int), part.Id + "_when");
        var end = E.Label(part.Id + "_end");
        var steps = new List<E> { E.Assign(placed, E.Constant(false)), E.IfThen(E.Not(known), E.Goto(end)) };
        for (var i = 0; i < part.Bands.Count; i++)
        {
            var band = part.Bands[i];
            var next = E.Label($"{part.Id}_band{i + 1}");
            if (band.From is not null)
            {
                steps.Add(E.IfThen(E.Not(atLeast(i)), E.Goto(next)));
            }

            if (band.When is { } when)
            {
                steps.Add(E.Assign(w, tc.Tri(when)));
                steps.Add(E.IfThen(E.Equal(w, E.Constant(Unknown)), E.Goto(end)));
                steps.Add(E.IfThen(E.Equal(w, E.Constant(False)), E.Goto(next)));
            }

            steps.Add(Points(band.MinPoints, band.MaxPoints));
            steps.Add(E.Assign(placed, E.Constant(true)));
            steps.Add(E.Goto(end));
            steps.Add(E.Label(next));
        }

        steps.Add(Points(0, 0));
        steps.Add(E.Assign(placed, E.Constant(true)));
        steps.Add(E.Label(end));
        steps.Add(placed);
        return E.Block(steps);
    }

    /// <summary>Bounds on a part's points: the largest low end and the smallest high end it can have; null when unbounded.</summary>
    private static (decimal MaxLo, decimal MinHi)? PointsRange(TreeCompiler tc, ScorePart part)
    {
        if (part.Expert is { } expert)
        {
            return (expert.Min, expert.Max);
        }

        if (part.Points is { } points)
        {
            return ValueRange(tc, points) is { } r ? (r.Max, r.Min) : null;
        }

        // Some band, or none (0 points).
        return (part.Bands.Select(b => b.MinPoints).Append(0).Max(), part.Bands.Select(b => b.MaxPoints).Append(0).Min());
    }

    /// <summary>The range a points expression can take, when it is made of constants, band/tier and min/max/best_of.</summary>
    private static (decimal Min, decimal Max)? ValueRange(TreeCompiler tc, Expr e)
    {
        if (tc.ConstantOf(e) is { } c)
        {
            return (c, c);
        }

        switch (e)
        {
            case Call { Function: "band" or "tier", Args: [_, _, ListLiteral results] }:
                var values = results.Items.Select(i => tc.ConstantOf(i, parameterFirst: true)).ToList();
                return values.All(v => v is not null) && values.Count > 0 ? (values.Min()!.Value, values.Max()!.Value) : null;
            case Call { Function: "min" or "max" or "best_of" } call:
                var ranges = call.Args.Select(a => ValueRange(tc, a)).ToList();
                return ranges.All(r => r is not null) && ranges.Count > 0 ? (ranges.Min(r => r!.Value.Min), ranges.Max(r => r!.Value.Max)) : null;
            default:
                return null;
        }
    }

    private static int PartCost(TreeCompiler tc, ScorePart part) =>
        part.Expert is not null ? 0
        : part.Points is { } points ? Cost(tc, points)
        : (part.Value is { } value ? Cost(tc, value) : 0) + part.Bands.Sum(b => b.When is { } w ? Cost(tc, w) : 0);

    /// <summary>A rough cost, to test cheap conditions first: a division or growth is dear, a flag is cheap.</summary>
    private static int Cost(TreeCompiler tc, Expr e) => e switch
    {
        NameRef r when tc.ConstantOf(r) is not null => 0,
        NameRef r when FactCatalog.Find(r.Name) is not null => 1,
        NameRef r when tc.AsQuotient(r) is { } q => 4 + Cost(tc, q.Num) + Cost(tc, q.Den),
        NameRef => 20,
        Binary { Op: "/" } b => 20 + Cost(tc, b.Left) + Cost(tc, b.Right),
        Binary b when tc.AsQuotient(b.Left) is not null || tc.AsQuotient(b.Right) is not null => 4 + Cost(tc, b.Left) + Cost(tc, b.Right),
        Binary b => 2 + Cost(tc, b.Left) + Cost(tc, b.Right),
        Unary u => 1 + Cost(tc, u.Operand),
        Call { Function: "growth" } => 60,
        Call { Function: "sum" or "years_since" } c => 10 + c.Args.Sum(a => Cost(tc, a)),
        Call c => 20 + c.Args.Sum(a => Cost(tc, a)),
        _ => 0,
    };
}

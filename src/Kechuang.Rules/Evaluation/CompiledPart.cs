using Kechuang.Rules.Expressions;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Model;

namespace Kechuang.Rules.Evaluation;

/// <summary>A score part compiled once: places the firm's value in a band (first band that matches, in file order).</summary>
internal sealed class CompiledPart(ScorePart part, Eval? value, Eval?[] whens, Eval? points)
{
    public ScorePart Part => part;

    public Eval? Value => value;

    /// <summary>Points as a range; Status not Known when a fact is missing. The value that placed it comes out too.</summary>
    public (Val Status, decimal Min, decimal Max, Val Value) Place(FactSheet f)
    {
        if (part.Expert is { } expert)
        {
            return (Val.True, expert.Min, expert.Max, default);
        }

        if (points is not null)
        {
            var p = points(f);
            return (p, p.Number, p.Number, p);
        }

        var v = value is null ? default : value(f);
        if (value is not null && !v.IsKnown)
        {
            return (v, 0, 0, v);
        }

        for (var i = 0; i < part.Bands.Count; i++)
        {
            var band = part.Bands[i];
            if (band.From is { } from && v.Number < from)
            {
                continue;
            }

            if (whens[i] is { } when)
            {
                var w = when(f);
                if (!w.IsKnown)
                {
                    return (w, 0, 0, v);
                }

                if (!w.IsTrue)
                {
                    continue;
                }
            }

            return (Val.True, band.MinPoints, band.MaxPoints, v);
        }

        return (Val.True, 0, 0, v);
    }

    /// <summary>The part as a number in expressions (科技人员指标得分 > 0); only exact parts may be read this way.</summary>
    public Eval AsPoints() => f =>
    {
        var (status, min, _, _) = Place(f);
        return status.IsKnown ? Val.Of(min) : status;
    };
}

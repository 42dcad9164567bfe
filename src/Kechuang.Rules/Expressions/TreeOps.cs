using Kechuang.Rules.Facts;

namespace Kechuang.Rules.Expressions;

/// <summary>
/// The operations a compiled expression tree (<see cref="TreeCompiler"/>) calls: the same decimal arithmetic and built-in
/// functions as <see cref="Compiler"/> and <see cref="FunctionCompiler"/>, answering only "has a value" and the value
/// (no reason), because the whole-city path needs the outcome alone.
/// </summary>
internal static class TreeOps
{
    public static bool Add(decimal a, decimal b, out decimal r)
    {
        try
        {
            r = a + b;
            return true;
        }
        catch (OverflowException)
        {
            r = 0;
            return false;
        }
    }

    public static bool Subtract(decimal a, decimal b, out decimal r)
    {
        try
        {
            r = a - b;
            return true;
        }
        catch (OverflowException)
        {
            r = 0;
            return false;
        }
    }

    public static bool Multiply(decimal a, decimal b, out decimal r)
    {
        try
        {
            r = a * b;
            return true;
        }
        catch (OverflowException)
        {
            r = 0;
            return false;
        }
    }

    /// <summary>Division by zero and overflow have no value (the explanation path says which).</summary>
    public static bool Divide(decimal a, decimal b, out decimal r)
    {
        if (b == 0)
        {
            r = 0;
            return false;
        }

        try
        {
            r = a / b;
            return true;
        }
        catch (OverflowException)
        {
            r = 0;
            return false;
        }
    }

    /// <summary>sum(fact, k): slots first+1 … first+k are fact[y-1] … fact[y-k] (first is fact[y]'s slot).</summary>
    public static bool Sum(FactSheet f, int first, int years, out decimal total)
    {
        total = 0;
        for (var i = 1; i <= years; i++)
        {
            var position = FactSheet.Position(first + i);
            if (!FactSheet.KnownAt(f, position))
            {
                return false;
            }

            if (!Add(total, FactSheet.ValueAt(f, position), out total))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>sum(fact, k, since): only the years since the date's year, at least 1 and at most k.</summary>
    public static bool SumSince(FactSheet f, int first, int k, decimal sinceDay, out decimal total)
    {
        var years = Math.Clamp(f.EvaluationYear - DateOnly.FromDayNumber((int)sinceDay).Year, 1, k);
        return Sum(f, first, years, out total);
    }

    /// <summary>growth(fact) over the positions (<see cref="FactSheet.Position"/>) of y-3, y-2, y-1.</summary>
    public static bool Growth(FactSheet f, int y1, int y2, int y3, out decimal g)
    {
        g = 0;
        if (!FactSheet.KnownAt(f, y1) || !FactSheet.KnownAt(f, y2) || !FactSheet.KnownAt(f, y3))
        {
            return false;
        }

        decimal a = FactSheet.ValueAt(f, y1), b = FactSheet.ValueAt(f, y2), d = FactSheet.ValueAt(f, y3);
        if (a == 0 || b == 0)
        {
            return false;
        }

        try
        {
            g = ((b / a) + (d / b)) / 2 - 1;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Full years from a day number to the evaluation date (same as years_since).</summary>
    public static decimal YearsSince(decimal day, int onDay)
    {
        var on = DateOnly.FromDayNumber(onDay);
        var from = DateOnly.FromDayNumber((int)day);
        return on.Year - from.Year - (on < from.AddYears(on.Year - from.Year) ? 1 : 0);
    }
}

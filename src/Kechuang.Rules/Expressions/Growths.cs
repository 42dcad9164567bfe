namespace Kechuang.Rules.Expressions;

/// <summary>
/// Compares growth(fact) = ½(b/a + d/b) − 1 (a, b, d = y-3, y-2, y-1) with constants without dividing:
/// g − t = N / (2·a·b·10^S) with N = (b² + a·d)·10^S − (2·10^S + 2·T)·a·b in integers (t = T·10^−S).
/// <para>
/// The decimal growth rounds three times, each by at most a few units of the 27th significant digit. The integer sign
/// is used only when N ≠ 0 and even |N| = 1 puts g farther from t than those roundings could move it; otherwise (ties,
/// huge or finely scaled figures) the decimal growth is computed exactly as <see cref="FunctionCompiler"/> does.
/// </para>
/// </summary>
internal static class Growths
{
    private const int Fast = 0;
    private const int Decimal = 1;
    private const int Undefined = 2;

    private static readonly long[] Pow10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    /// <summary>growth taken apart once for several comparisons.</summary>
    public struct Prepared
    {
        public int Mode;
        public Int128 SumTerm;   // b'² + a'·d' (common scale)
        public Int128 Product;   // a'·b'
        public decimal A;
        public decimal B;
        public decimal D;
        public decimal Value;    // the decimal growth, once computed
        public bool HasValue;
    }

    /// <summary>Takes growth apart for comparisons with constants of scale ≤ maxScale; a = 0 or b = 0 is unknown (as growth).</summary>
    public static Prepared Prepare(decimal a, decimal b, decimal d, int maxScale)
    {
        if (a == 0 || b == 0)
        {
            return new Prepared { Mode = Undefined };
        }

        var p = new Prepared { A = a, B = b, D = d, Mode = Decimal };
        if (!DecimalBits.LayoutKnown || maxScale > 4)
        {
            return p;
        }

        var xa = DecimalBits.Of(ref a);
        var xb = DecimalBits.Of(ref b);
        var xd = DecimalBits.Of(ref d);
        if ((xa.Hi | xb.Hi | xd.Hi) != 0 || ((xa.Lo | xb.Lo | xd.Lo) >> 32) != 0)
        {
            return p;
        }

        // Common scale s; each mantissa scaled up by at most 10^2 stays below 2^39.
        var s = Math.Max(xa.Scale, Math.Max(xb.Scale, xd.Scale));
        if (s - Math.Min(xa.Scale, Math.Min(xb.Scale, xd.Scale)) > 2)
        {
            return p;
        }

        var ma = (long)xa.Lo * Pow10[s - xa.Scale] * (xa.Negative ? -1 : 1);
        var mb = (long)xb.Lo * Pow10[s - xb.Scale] * (xb.Negative ? -1 : 1);
        var md = (long)xd.Lo * Pow10[s - xd.Scale] * (xd.Negative ? -1 : 1);
        var product = (Int128)ma * mb;

        // |g − t| ≥ 1 / (2·|a'b'|·10^S) when N ≠ 0; the decimal growth is within (|b/a| + |d/b| + 2)·2e-27 of the exact one.
        // Take the fast path only with a factor of 1000 to spare (doubles are used for this bound alone).
        var gapFloor = 1.0 / (2.0 * Math.Abs((double)product) * Pow10[maxScale]);
        var rounding = (Math.Abs((double)mb / ma) + Math.Abs((double)md / mb) + 2) * 2e-27;
        if (gapFloor > 1000 * rounding)
        {
            p.Mode = Fast;
            p.SumTerm = ((Int128)mb * mb) + ((Int128)ma * md);
            p.Product = product;
        }

        return p;
    }

    /// <summary>Whether the prepared growth has a value (a, b ≠ 0 and no overflow).</summary>
    public static bool IsDefined(ref Prepared p)
    {
        if (p.Mode == Decimal && !p.HasValue && !Compute(ref p))
        {
            p.Mode = Undefined;
        }

        return p.Mode != Undefined;
    }

    /// <summary>sign(g − t) for t = ±scaled·10^−scale: −1, 0, 1, or <see cref="Quotients.Unknown"/>.</summary>
    public static int Sign(ref Prepared p, ulong scaled, int scale, bool negative, decimal t)
    {
        if (p.Mode == Fast)
        {
            var u = (2 * (Int128)Pow10[scale]) + (2 * (Int128)scaled * (negative ? -1 : 1));
            var n = (p.SumTerm * Pow10[scale]) - (u * p.Product);
            if (n != 0)
            {
                return (n > 0) == (p.Product > 0) ? 1 : -1;
            }
        }

        if (p.Mode == Undefined || (!p.HasValue && !Compute(ref p)))
        {
            return Quotients.Unknown;
        }

        return Math.Sign(p.Value.CompareTo(t));
    }

    /// <summary>The decimal growth, as FunctionCompiler computes it.</summary>
    private static bool Compute(ref Prepared p)
    {
        try
        {
            p.Value = ((p.B / p.A) + (p.D / p.B)) / 2 - 1;
            p.HasValue = true;
            return true;
        }
        catch (OverflowException)
        {
            p.Mode = Undefined;
            return false;
        }
    }
}

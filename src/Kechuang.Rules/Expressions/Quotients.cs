using System.Runtime.CompilerServices;

namespace Kechuang.Rules.Expressions;

/// <summary>
/// Compares a quotient a ÷ b with constant thresholds t without dividing: sign(a/b − t) = sign(a − t·b) · sign(b),
/// worked out exactly in integers from the decimals' mantissas and scales. Decimal division costs several times a
/// multiply, and a ratio is mostly only compared with thresholds (科技人员占比 ≥ 10%, bands of 2% … 6%).
/// <para>
/// The result must equal comparing the <em>decimal</em> quotient, which is rounded to 28–29 digits. The two can differ
/// only when a/b lies within half a rounding step of t. The fast path is taken only when that is impossible: with all
/// thresholds written at one scale S, a − t·b ≠ 0 is a multiple of 10^−max(sa, S+sb); with mantissas below 2^32 and
/// max(sa − sb, S) ≤ K − 20 (K: decimals the quotient keeps near t, <see cref="Thresholds"/>) the exact quotient is
/// farther from t than the rounding step. Otherwise (huge or very finely scaled figures) it divides, as the explanation
/// does. b = 0, or a quotient that overflows, is unknown.
/// </para>
/// </summary>
internal static class Quotients
{
    public const int Unknown = 2;

    private const int Fast = 0;
    private const int Divided = 1;
    private const int Undefined = 2;

    private static readonly ulong[] Pow10 = [.. Enumerable.Range(0, 20).Select(Power)];

    /// <summary>
    /// The constant thresholds one quotient is compared with, written at one scale: Scaled[i] = |t_i| · 10^Scale.
    /// Null when one is too large or too fine for the fast path (then the caller divides).
    /// </summary>
    public sealed record Thresholds(decimal[] Values, ulong[] Scaled, int Scale, int MaxScaleGap)
    {
        public static Thresholds? Of(IReadOnlyList<decimal> values)
        {
            if (values.Count == 0)
            {
                return null;
            }

            var scale = values.Max(v => (int)v.Scale);
            var scaled = new ulong[values.Count];
            for (var i = 0; i < values.Count; i++)
            {
                var m = Math.Abs(values[i]) * Pow10Decimal(scale);
                if (m != decimal.Truncate(m) || m > uint.MaxValue)
                {
                    return null;
                }

                scaled[i] = (ulong)m;
            }

            // The decimal quotient near t keeps at least K decimals (28, or fewer when t is large); 2 spare digits.
            var largest = values.Max(Math.Abs);
            var k = Math.Min(28, (int)Math.Floor(Math.Log10(7.9e28 / ((double)largest + 1)))) - 2;
            var gap = k - 20;
            return scale <= gap && scale <= 9 ? new Thresholds([.. values], scaled, scale, gap) : null;
        }
    }

    /// <summary>a ÷ b taken apart once for several comparisons (see <see cref="Prepare"/>).</summary>
    public struct Ratio
    {
        public int Mode;
        public int SignA;
        public bool NegativeB;
        public ulong Left;   // |A| · 10^(S + sb)
        public ulong Unit;   // |B| · 10^sa
        public decimal Quotient;
    }

    /// <summary>Takes a ÷ b apart for comparisons with thresholds at scale S; divides only when the fast path cannot be exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ratio Prepare(decimal a, decimal b, int scale, int maxScaleGap)
    {
        if (DecimalBits.LayoutKnown)
        {
            var xa = DecimalBits.Of(ref a);
            var xb = DecimalBits.Of(ref b);
            int sa = xa.Scale, sb = xb.Scale;
            var gap = sa - sb;

            // Mantissas below 2^32 (the usual figures): A·10^(S+sb) < 2^62 and B·10^sa < 2^62; |a/b| < 2^32·10^8 cannot overflow.
            if ((xa.Hi | xb.Hi) == 0 && ((xa.Lo | xb.Lo) >> 32) == 0 && xb.Lo != 0 && gap >= -8 && gap <= maxScaleGap && sa <= 9 && scale + sb <= 9)
            {
                return new Ratio
                {
                    Mode = Fast,
                    SignA = xa.Lo == 0 ? 0 : xa.Negative ? -1 : 1,
                    NegativeB = xb.Negative,
                    Left = xa.Lo * Pow10[scale + sb],
                    Unit = xb.Lo * Pow10[sa],
                };
            }
        }

        return PrepareSlow(a, b);
    }

    /// <summary>sign(a/b − t) for one prepared quotient and the threshold t (Scaled = |t|·10^S): −1, 0, 1, or <see cref="Unknown"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Sign(ref Ratio r, ulong scaled, bool negative, decimal t)
    {
        if (r.Mode != Fast)
        {
            return r.Mode == Undefined ? Unknown : Math.Sign(r.Quotient.CompareTo(t));
        }

        // a − t·b ∝ sA·Left − sT·sB·T·Unit.
        var signR = scaled == 0 ? 0 : negative != r.NegativeB ? -1 : 1;
        int c;
        if (r.SignA != signR)
        {
            c = r.SignA > signR ? 1 : -1;
        }
        else if (r.SignA == 0)
        {
            c = 0;
        }
        else
        {
            var high = Math.BigMul(scaled, r.Unit, out var low);
            c = high != 0 ? -1 : r.Left.CompareTo(low);
            c = r.SignA < 0 ? -c : c;
        }

        return r.NegativeB ? -c : c;
    }

    /// <summary>Whether the prepared a ÷ b has a value (b ≠ 0, no overflow).</summary>
    public static bool IsDefined(ref Ratio r) => r.Mode != Undefined;

    /// <summary>sign(a/b − t) for one threshold: −1, 0, 1, or <see cref="Unknown"/> (b = 0 or overflow).</summary>
    public static int Compare(decimal a, decimal b, decimal t)
    {
        if (Thresholds.Of([t]) is not { } th)
        {
            return TreeOps.Divide(a, b, out var q) ? Math.Sign(q.CompareTo(t)) : Unknown;
        }

        var r = Prepare(a, b, th.Scale, th.MaxScaleGap);
        return Sign(ref r, th.Scaled[0], t < 0, t);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Ratio PrepareSlow(decimal a, decimal b) =>
        TreeOps.Divide(a, b, out var q) ? new Ratio { Mode = Divided, Quotient = q } : new Ratio { Mode = Undefined };

    private static decimal Pow10Decimal(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }

    private static ulong Power(int n)
    {
        ulong p = 1;
        for (var i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }
}

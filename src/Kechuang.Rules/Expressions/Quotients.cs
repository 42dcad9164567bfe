using System.Runtime.CompilerServices;

namespace Kechuang.Rules.Expressions;

/// <summary>
/// Compares a quotient a ÷ b with a constant threshold t without dividing: sign(a/b − t) = sign(a − t·b) · sign(b),
/// worked out exactly in 128-bit integers from the decimals' mantissas and scales. Decimal division costs about four
/// times a multiply, and a ratio is mostly only compared with thresholds (科技人员占比 ≥ 10%).
/// <para>
/// The result must equal comparing the <em>decimal</em> quotient, which is rounded to 28–29 digits. The two can
/// differ only when a/b lies within half a rounding step of t. The fast path is taken only when that is impossible:
/// a − t·b ≠ 0 is a multiple of 10^−max(sa, st+sb), so with mantissas below 2^64 and scales within
/// <see cref="Threshold.MaxScaleGap"/> the exact quotient is farther from t than the rounding step near t. Otherwise
/// (huge or very finely scaled figures) it divides as before. b = 0, or a quotient that overflows, is unknown.
/// </para>
/// </summary>
internal static class Quotients
{
    public const int Unknown = 2;

    private static readonly ulong[] Pow10 = [.. Enumerable.Range(0, 20).Select(Power)];

    /// <summary>A constant threshold prepared for <see cref="Compare"/>; null when it is too large or fine for the fast path.</summary>
    public sealed record Threshold(decimal Value, ulong Mantissa, int Scale, bool Negative, int MaxScaleGap)
    {
        public static Threshold? Of(decimal t)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(t, bits);
            if (bits[2] != 0 || bits[1] != 0)
            {
                return null; // mantissa ≥ 2^32: the product with a 64-bit denominator might not fit 96 bits
            }

            var scale = (bits[3] >> 16) & 0xFF;

            // The decimal quotient near t keeps at least K decimals (28, or fewer when t is large); 2 spare digits.
            var k = Math.Min(28, (int)Math.Floor(Math.Log10(7.9e28 / ((double)Math.Abs(t) + 1)))) - 2;
            var gap = k - 20;
            return scale <= gap ? new Threshold(t, (uint)bits[0], scale, bits[3] < 0, gap) : null;
        }
    }

    /// <summary>sign(a/b − t) as comparing the decimal quotient a / b with t gives it: −1, 0 or 1; <see cref="Unknown"/> for
    /// b = 0 or an overflowing quotient.</summary>
    public static int Compare(decimal a, decimal b, Threshold t) => Compare(a, b, t.Mantissa, t.Scale, t.Negative, t.MaxScaleGap);

    /// <summary>The same with the threshold's parts passed as constants (from compiled expression trees).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(decimal a, decimal b, ulong tMantissa, int tScale, bool tNegative, int maxScaleGap)
    {
        if (!DecimalBits.LayoutKnown)
        {
            return Slow(a, b, tMantissa, tScale, tNegative);
        }

        var xa = DecimalBits.Of(ref a);
        var xb = DecimalBits.Of(ref b);
        int sa = xa.Scale, sb = xb.Scale;
        var gap = sa - sb;
        if ((xa.Hi | xb.Hi) != 0 || gap < -8 || gap > maxScaleGap || sa > 9 || tScale + sb > 19 || xb.Lo == 0)
        {
            return Slow(a, b, tMantissa, tScale, tNegative);
        }

        // a − t·b ∝ sA·A·10^(st+sb) − sT·sB·T·B·10^sa; its sign times sign(b) is sign(a/b − t).
        ulong mantA = xa.Lo, mantB = xb.Lo;
        var signA = mantA == 0 ? 0 : xa.Negative ? -1 : 1;
        var signR = tMantissa == 0 ? 0 : tNegative != xb.Negative ? -1 : 1;
        int c;
        if (signA != signR)
        {
            c = signA > signR ? 1 : -1;
        }
        else if (signA == 0)
        {
            c = 0;
        }
        else
        {
            if (((mantA | mantB) >> 32) == 0 && tScale + sb <= 9)
            {
                // All below 2^32 (the usual figures): A·10^(st+sb) < 2^62, and T·B < 2^64 times 10^sa in 128 bits.
                var left = mantA * Pow10[tScale + sb];
                var rightHigh = Math.BigMul(tMantissa * mantB, Pow10[sa], out var rightLow);
                c = rightHigh != 0 ? -1 : left.CompareTo(rightLow);
            }
            else
            {
                // A < 2^64 times 10^(≤19) and T·B < 2^96 times 10^(≤9): both below 2^128.
                var left = (UInt128)mantA * Pow10[tScale + sb];
                var right = (UInt128)(tMantissa * (UInt128)mantB) * Pow10[sa];
                c = left.CompareTo(right);
            }

            c = signA < 0 ? -c : c;
        }

        return xb.Negative ? -c : c;
    }

    /// <summary>Whether a / b has a value: b ≠ 0 and the quotient does not overflow (without dividing when it cannot).</summary>
    public static bool IsDefined(decimal a, decimal b)
    {
        if (b == 0)
        {
            return false;
        }

        // |a / b| ≤ |mantissa(a)| · 10^(sb − sa) < 2^64 · 10^8, far below decimal.MaxValue.
        Span<int> x = stackalloc int[4];
        decimal.GetBits(a, x);
        return (x[2] == 0 && b.Scale - a.Scale <= 8) || TreeOps.Divide(a, b, out _);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Slow(decimal a, decimal b, ulong tMantissa, int tScale, bool tNegative)
    {
        if (b == 0)
        {
            return Unknown;
        }

        var t = new decimal((int)(uint)tMantissa, (int)(tMantissa >> 32), 0, tNegative, (byte)tScale);
        return TreeOps.Divide(a, b, out var q) ? Math.Sign(q.CompareTo(t)) : Unknown;
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

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kechuang.Rules.Expressions;

/// <summary>
/// A decimal's sign, scale and 96-bit mantissa read in place (no GetBits copy), for <see cref="Quotients"/>. The layout is
/// CoreCLR's (flags, high 32 bits, low 64 bits); <see cref="LayoutKnown"/> checks it against decimal.GetBits once, and
/// callers use the plain decimal operations when it does not hold.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct DecimalBits
{
    public readonly int Flags;
    public readonly uint Hi;
    public readonly ulong Lo;

    public static readonly bool LayoutKnown = Check();

    public DecimalBits(int flags, uint hi, ulong lo)
    {
        Flags = flags;
        Hi = hi;
        Lo = lo;
    }

    public int Scale => (Flags >> 16) & 0xFF;

    public bool Negative => Flags < 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DecimalBits Of(ref decimal d) => Unsafe.As<decimal, DecimalBits>(ref d);

    /// <summary>The decimal with these bits; only when <see cref="LayoutKnown"/> and the flags are valid (scale ≤ 28).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal ToDecimal(DecimalBits bits) => Unsafe.As<DecimalBits, decimal>(ref bits);

    /// <summary>
    /// sign(x − t) for a constant t = ±scaled·10^−scale (scaled &lt; 2^32, scale ≤ 9), in integers when x is small
    /// enough, else by decimal comparison; comparing decimals is exact, so both give the same answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(decimal x, ulong scaled, int scale, bool negative, decimal t)
    {
        if (LayoutKnown)
        {
            var b = Of(ref x);
            var sx = b.Scale;
            if (b.Hi == 0 && (b.Lo >> 32) == 0 && sx <= 9)
            {
                var signX = b.Lo == 0 ? 0 : b.Negative ? -1 : 1;
                var signT = scaled == 0 ? 0 : negative ? -1 : 1;
                if (signX != signT)
                {
                    return signX > signT ? 1 : -1;
                }

                if (signX == 0)
                {
                    return 0;
                }

                // Both below 2^32 times at most 10^9: no overflow.
                var left = sx < scale ? b.Lo * Pow10[scale - sx] : b.Lo;
                var right = scale < sx ? scaled * Pow10[sx - scale] : scaled;
                var c = left.CompareTo(right);
                return signX < 0 ? -c : c;
            }
        }

        return Math.Sign(x.CompareTo(t));
    }

    /// <summary>|t|·10^scale when it is a whole number below 2^32 at a scale ≤ 9 (for <see cref="Compare"/>), else null.</summary>
    public static (ulong Scaled, int Scale)? Constant(decimal t)
    {
        var scale = (int)t.Scale;
        var m = Math.Abs(t);
        for (var i = 0; i < scale; i++)
        {
            m *= 10;
        }

        return scale <= 9 && m <= uint.MaxValue && m == decimal.Truncate(m) ? ((ulong)m, scale) : null;
    }

    private static readonly ulong[] Pow10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    private static bool Check()
    {
        if (Unsafe.SizeOf<decimal>() != Unsafe.SizeOf<DecimalBits>())
        {
            return false;
        }

        Span<int> bits = stackalloc int[4];
        foreach (var sample in (ReadOnlySpan<decimal>)[-123456789012345678901234.5678m, 0.0001m, 79228162514264337593543950335m, -1m])
        {
            var d = sample;
            decimal.GetBits(d, bits);
            var x = Of(ref d);
            if (x.Flags != bits[3] || x.Hi != (uint)bits[2] || x.Lo != (((ulong)(uint)bits[1] << 32) | (uint)bits[0]) || ToDecimal(x) != sample)
            {
                return false;
            }
        }

        return true;
    }
}

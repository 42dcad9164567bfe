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

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

using Kechuang.Rules.Expressions;

namespace Kechuang.Rules.Facts;

/// <summary>
/// One enterprise's facts for one evaluation year, held in flat arrays so that a compiled rule set reads
/// them by slot. Booleans are stored as 0/1 and dates as day numbers; an unset slot is missing data.
/// </summary>
/// <remarks>
/// Storage is one array: a bit per slot saying whether it is set, then one ulong per value. A whole-city pass reads a
/// few slots of each of 100,000 sheets, so it is bound by memory traffic. So a value is packed into 64 bits — sign,
/// scale and a mantissa below 2^58, which holds every realistic figure exactly, scale included — and a value that does
/// not fit is kept in a side array. The values are stored in <see cref="Position"/> order — non-annual facts, then every
/// fact of y-1, then y-2 … y-5, then y — rather than in slot order, so that the figures rules read most share a few
/// cache lines next to the bits. Slot numbers (and with them explanations and reasons) are unchanged.
/// </remarks>
public sealed class FactSheet
{
    private static readonly int KnownWords = (FactCatalog.SlotCount + 63) / 64;
    private static readonly int[] Positions = BuildPositions();

    private const int MantissaBits = 58;
    private const ulong MantissaMask = (1UL << MantissaBits) - 1;
    private const int Spilled = 31; // a scale no decimal has: the value is in spilled[position]

    private readonly ulong[] data = new ulong[KnownWords + FactCatalog.SlotCount];
    private decimal[]? spilled;

    public FactSheet(int evaluationYear) => EvaluationYear = evaluationYear;

    /// <summary>The year y in rules such as revenue[y-1].</summary>
    public int EvaluationYear { get; }

    internal bool IsKnown(int slot) => KnownAt(this, Positions[slot]);

    internal decimal Read(int slot) => ValueAt(this, Positions[slot]);

    /// <summary>Where a slot's value is stored (for compiled rule sets, which read by position).</summary>
    internal static int Position(int slot) => Positions[slot];

    /// <summary>IsKnown by position without bounds checks, for compiled rule sets; position must be in [0, FactCatalog.SlotCount).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool KnownAt(FactSheet f, int position) =>
        (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(f.data), position >> 6) & (1UL << position)) != 0;

    /// <summary>Read by position without bounds checks, for compiled rule sets; position must be in [0, FactCatalog.SlotCount).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal ValueAt(FactSheet f, int position)
    {
        var packed = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(f.data), KnownWords + position);
        var scale = (int)(packed >> MantissaBits) & 0x1F;
        if (scale == Spilled)
        {
            return f.spilled![position];
        }

        return DecimalBits.LayoutKnown
            ? DecimalBits.ToDecimal(new DecimalBits((int)((packed >> 32) & 0x8000_0000) | (scale << 16), 0, packed & MantissaMask))
            : new decimal((int)packed, (int)(packed >> 32) & 0x03FF_FFFF, 0, (long)packed < 0, (byte)scale);
    }

    /// <summary>Sets an annual figure for a calendar year (money in 万元).</summary>
    public FactSheet SetYear(string fact, int year, decimal value) => Set(Checked(fact, FactType.Number, annual: true), EvaluationYear - year, value);

    public FactSheet Set(string fact, decimal value) => Set(Checked(fact, FactType.Number, annual: false), 0, value);

    public FactSheet Set(string fact, bool value) => Set(Checked(fact, FactType.Boolean, annual: false), 0, value ? 1 : 0);

    public FactSheet Set(string fact, DateOnly value) => Set(Checked(fact, FactType.Date, annual: false), 0, value.DayNumber);

    private FactSheet Set(string fact, int yearsBack, decimal value)
    {
        if (yearsBack is < 0 or >= FactCatalog.YearsKept)
        {
            throw new ArgumentOutOfRangeException(nameof(yearsBack), $"{fact} 只保存评价年度及之前 {FactCatalog.YearsKept - 1} 年的数据");
        }

        var position = Positions[FactCatalog.SlotOf(fact, yearsBack)];
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var sign = bits[3] < 0 ? 1UL << 63 : 0;
        if (bits[2] == 0 && mantissa <= MantissaMask)
        {
            data[KnownWords + position] = sign | ((ulong)value.Scale << MantissaBits) | mantissa;
        }
        else
        {
            (spilled ??= new decimal[FactCatalog.SlotCount])[position] = value;
            data[KnownWords + position] = (ulong)Spilled << MantissaBits;
        }

        data[position >> 6] |= 1UL << position;
        return this;
    }

    private static string Checked(string fact, FactType type, bool annual)
    {
        var definition = FactCatalog.Find(fact) ?? throw new ArgumentException($"未知的事实名称 “{fact}”", nameof(fact));
        if (definition.Type != type || definition.Annual != annual)
        {
            throw new ArgumentException($"事实 “{fact}” 的类型是 {definition.Type}{(definition.Annual ? "（按年度）" : "")}", nameof(fact));
        }

        return fact;
    }

    /// <summary>Non-annual facts first, then annual facts year by year: y-1, y-2, …, y-5, y.</summary>
    private static int[] BuildPositions()
    {
        var positions = new int[FactCatalog.SlotCount];
        var next = 0;
        foreach (var fact in FactCatalog.All.Where(f => !f.Annual))
        {
            positions[FactCatalog.SlotOf(fact.Name, 0)] = next++;
        }

        foreach (var back in Enumerable.Range(1, FactCatalog.YearsKept - 1).Append(0))
        {
            foreach (var fact in FactCatalog.All.Where(f => f.Annual))
            {
                positions[FactCatalog.SlotOf(fact.Name, back)] = next++;
            }
        }

        return positions;
    }
}
